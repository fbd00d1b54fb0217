//! The standard libraries: `math`, `time`, `random`, `sys`, `json`, `re`,
//! `string`, `collections`, `itertools`, `functools` and
//! `scriptling.threads`. Each is built the first time a script imports it.

pub mod collections;
pub mod functools;
pub mod itertools;
pub mod json;
pub mod math;
pub mod random;
pub mod re;
pub mod string;
pub mod sys;
pub mod threads;
pub mod time;

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
    Value::Module(Arc::new(Module {
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
    Ok(Value::Module(Arc::new(Module {
        name: Arc::from(name),
        globals: g,
    })))
}

/// A library exception class deriving from `base` (json.JSONDecodeError,
/// re.error). Created once per process, like the built-in classes.
pub fn exception_class(name: &str, module: &str, base: &Arc<Class>) -> Arc<Class> {
    let mut mro = vec![base.clone()];
    mro.extend(base.mro.iter().cloned());
    Arc::new(Class {
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

/// Loads a built-in or embedder library, caching it; None if `name` is
/// not one (the importer then looks for a file).
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let m = match name {
        "math" => math::module(),
        "time" => time::module(),
        "random" => random::module(),
        "sys" => sys::module(vm),
        "scriptling" => native_module("scriptling", &[], vec![]),
        "scriptling.threads" => threads::module(),
        "json" => json::module(),
        "re" => re::module(),
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
                    Value::Module(Arc::new(Module {
                        name: Arc::from(name),
                        globals: g,
                    }))
                }
                None => return Ok(None),
            }
        }
    };
    vm.ctx.modules.lock().insert(Arc::from(name), m.clone());
    Ok(Some(m))
}
