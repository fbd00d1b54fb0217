//! The standard libraries: `math`, `time`, `random`, `sys`, `json`, `re`,
//! `string`, `collections`, `itertools`, `functools` and
//! `scriptling.threads`. Each is built the first time a script imports it.

pub mod collections;
pub mod functools;
pub mod gc;
pub mod hashlib;
pub mod itertools;
pub mod json;
pub mod math;
pub mod random;
pub mod re;
pub mod sqlite;
pub mod string;
pub mod sys;
pub mod threads;
pub mod time;
pub mod zlib;

use crate::object::Obj;
use std::sync::Arc;

use crate::interp::Vm;
use crate::object::{BuiltinFn, Class, ClassKind, Globals, Module};
use crate::value::Value;
use crate::PyResult;

/// Builds a module from native functions and constants.
pub fn native_module(name: &str, fns: &[(&str, BuiltinFn)], consts: Vec<(&str, Value)>) -> Value {
    let g = Arc::new(Globals::new(Arc::from(name), &[]));
    g.set_by_name("__name__", Value::str(name));
    for (n, f) in fns {
        g.set_by_name(n, crate::builtins::func(n, *f));
    }
    for (n, v) in consts {
        g.set_by_name(n, v);
    }
    Value::Module(Obj::new(Module {
        name: Arc::from(name),
        globals: g,
    }))
}

/// Builds a module whose body is Python source (`source`, embedded in the
/// binary) run in a namespace pre-filled with native helpers `fns`.
pub fn prelude_module(
    vm: &mut Vm,
    name: &str,
    source: &str,
    fns: &[(&str, BuiltinFn)],
    consts: Vec<(&str, Value)>,
) -> PyResult<Value> {
    let compiled = vm.compile(source, &format!("<spindle {}>", name))?;
    let g = crate::import::new_module_globals(name, &compiled.globals, None);
    for (n, f) in fns {
        g.set_by_name(n, crate::builtins::func(n, *f));
    }
    for (n, v) in consts {
        g.set_by_name(n, v);
    }
    let code = crate::import::load_code(&compiled.code);
    vm.run_module_code(code, g.clone())?;
    Ok(Value::Module(Obj::new(Module {
        name: Arc::from(name),
        globals: g,
    })))
}

/// A library exception class deriving from `base` (json.JSONDecodeError,
/// re.error). Created once per process, like the built-in classes.
pub fn exception_class(name: &str, module: &str, base: &Obj<Class>) -> Obj<Class> {
    let mut mro = vec![base.clone()];
    mro.extend(base.mro.iter().cloned());
    Obj::new(Class {
        name: Arc::from(name),
        qualname: Arc::from(name),
        module: Arc::from(module),
        bases: vec![base.clone()],
        mro,
        dict: parking_lot::RwLock::new(Default::default()),
        kind: ClassKind::Exception,
        builtin: true,
        slots: None,
        frozen: std::sync::OnceLock::new(),
        frozen_list: std::sync::OnceLock::new(),
        meta: None,
        cache: std::sync::atomic::AtomicU64::new(0),
        id: crate::object::Class::new_id(),
    })
}

/// A read-only attribute of a native class, computed by `get(self)`.
pub fn property(name: &str, get: BuiltinFn) -> Value {
    let t = crate::types::types();
    let getter = crate::builtins::func(name, get);
    crate::builtins::wrapper(
        &t.property,
        vec![getter, Value::None, Value::None, Value::None],
    )
}

include!(concat!(env!("OUT_DIR"), "/pylib.rs"));

/// The embedded Python module `name`: its source and whether it is a
/// package (`src/stdlib/lib/`, see `vm/build.rs`).
pub fn pylib(name: &str) -> Option<(&'static str, bool)> {
    PYLIB
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, src, pkg)| (*src, *pkg))
}

/// Modules built into the interpreter, as CPython builds `sys`, `time`,
/// `itertools` and `gc` into its own: a script's file of the same name
/// never shadows them. Every other library module is searched for after
/// the script's folder and the search path, as CPython's `Lib/` is.
pub fn is_builtin(name: &str) -> bool {
    matches!(
        name,
        "sys"
            | "math"
            | "time"
            | "itertools"
            | "gc"
            | "_weakref"
            | "builtins"
            | "importlib"
            | "scriptling"
            | "scriptling.threads"
    )
}

/// Loads a built-in or embedder library, caching it; None if `name` is
/// not one (the importer then looks for a file).
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let m = match name {
        "math" => math::module(),
        "time" => time::module(),
        "random" => random::module(),
        "sys" => sys::module(vm)?,
        "builtins" => crate::builtins::builtins_module(),
        "importlib" => importlib_module(),
        "hashlib" => hashlib::module(vm)?,
        "_sqlite3" => sqlite::module(),
        "zlib" => zlib::module(),
        "gc" => gc::gc_module(vm)?,
        "_weakref" => gc::weakref_module(vm)?,
        "scriptling" => native_module("scriptling", &[], vec![]),
        "scriptling.threads" => threads::module(),
        "json" => json::module(),
        "re" => re::module(vm)?,
        "string" => string::module(vm)?,
        "collections" => collections::module(vm)?,
        "itertools" => itertools::module(vm)?,
        "functools" => functools::module(vm)?,
        _ => {
            let lib = vm.ctx.libraries.lock().get(name).cloned();
            match lib {
                Some(init) => {
                    let g = Arc::new(Globals::new(Arc::from(name), &[]));
                    g.set_by_name("__name__", Value::str(name));
                    init(&g);
                    Value::Module(Obj::new(Module {
                        name: Arc::from(name),
                        globals: g,
                    }))
                }
                None => return Ok(None),
            }
        }
    };
    vm.ctx.modules.insert(name, m.clone());
    Ok(Some(m))
}

/// `importlib`: `import_module(name, package=None)`, `invalidate_caches()`.
fn importlib_module() -> Value {
    fn import_module(vm: &mut Vm, args: &[Value], kw: crate::object::func::Kwargs) -> PyResult {
        let name = match args
            .first()
            .or_else(|| kw.iter().find(|(k, _)| &**k == "name").map(|(_, v)| v))
        {
            Some(Value::Str(s)) => s.as_str().to_string(),
            Some(other) => {
                return Err(crate::exc::type_error(format!(
                    "the 'name' argument must be str, not {}",
                    crate::types::type_name(other)
                )))
            }
            None => {
                return Err(crate::exc::type_error(
                    "import_module() missing required argument 'name'",
                ))
            }
        };
        let package = args
            .get(1)
            .or_else(|| kw.iter().find(|(k, _)| &**k == "package").map(|(_, v)| v))
            .and_then(|p| p.as_str().map(|s| s.to_string()));
        let full = if name.starts_with('.') {
            let Some(pkg) = package else {
                return Err(crate::exc::type_error(format!(
                    "the 'package' argument is required to perform a relative import for '{}'",
                    name
                )));
            };
            let g = crate::import::new_module_globals(&pkg, &[], None);
            g.set_by_name("__package__", Value::str(&pkg));
            vm.resolve_relative(&name, &g)?
        } else {
            name
        };
        vm.import_module(&full)
    }
    fn invalidate_caches(
        _vm: &mut Vm,
        _args: &[Value],
        _kw: crate::object::func::Kwargs,
    ) -> PyResult {
        Ok(Value::None)
    }
    native_module(
        "importlib",
        &[
            ("import_module", import_module),
            ("invalidate_caches", invalidate_caches),
        ],
        vec![],
    )
}
