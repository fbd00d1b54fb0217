//! Built-in functions, the constructors of the built-in types, and the
//! methods of those types (one file per type).

pub mod args;
pub mod complex;
pub mod construct;
mod eval;
pub mod exceptions;
pub mod functions;
mod methods_bytes;
mod methods_dict;
mod methods_list;
pub(crate) mod methods_misc;
mod methods_num;
mod methods_object;
mod methods_set;
mod methods_str;
pub mod repr;
mod unicode;
mod unicode_tables;

use crate::object::Obj;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use crate::exc;
use crate::interp::Vm;
use crate::object::func::BuiltinImpl;
use crate::object::{Builtin, BuiltinFn, Class, Instance, Payload};
use crate::types::{type_name, Types};
use crate::value::Value;
use crate::PyResult;

pub use construct::construct;
pub use methods_bytes::{decode_bytes, encode_text};

/// A free built-in function value.
pub fn func(name: &str, f: BuiltinFn) -> Value {
    Value::Builtin(Obj::new(Builtin {
        name: Arc::from(name),
        func: BuiltinImpl::Plain(f),
        owner: None,
        bound: None,
    }))
}

/// Adds methods to a built-in class; each receives `self` as `args[0]`.
pub fn add_methods(cls: &Obj<Class>, owner: &'static str, methods: &[(&str, BuiltinFn)]) {
    let mut d = cls.dict.write();
    for (name, f) in methods {
        let b = Builtin {
            name: Arc::from(*name),
            func: BuiltinImpl::Plain(*f),
            owner: Some(owner),
            bound: None,
        };
        d.insert(crate::intern::intern(name), Value::Builtin(Obj::new(b)));
    }
}

/// Adds class methods (`dict.fromkeys`): bound to the class, which the
/// function receives as `args[0]`.
pub fn add_class_methods(
    t: &Types,
    cls: &Obj<Class>,
    owner: &'static str,
    methods: &[(&str, BuiltinFn)],
) {
    let t_cm = t.classmethod.clone();
    let mut d = cls.dict.write();
    for (name, f) in methods {
        let b = Builtin {
            name: Arc::from(*name),
            func: BuiltinImpl::Plain(*f),
            owner: Some(owner),
            bound: None,
        };
        d.insert(
            crate::intern::intern(name),
            wrapper(&t_cm, vec![Value::Builtin(Obj::new(b))]),
        );
    }
}

/// Adds static methods (`str.maketrans`): called with the arguments as given.
pub fn add_static_methods(
    t: &Types,
    cls: &Obj<Class>,
    owner: &'static str,
    methods: &[(&str, BuiltinFn)],
) {
    let t_sm = t.staticmethod.clone();
    let mut d = cls.dict.write();
    for (name, f) in methods {
        let b = Builtin {
            name: Arc::from(*name),
            func: BuiltinImpl::Plain(*f),
            owner: None,
            bound: None,
        };
        let _ = owner;
        d.insert(
            crate::intern::intern(name),
            wrapper(&t_sm, vec![Value::Builtin(Obj::new(b))]),
        );
    }
}

/// An instance of a built-in wrapper class (property, staticmethod, super ...).
pub fn wrapper(cls: &Obj<Class>, parts: Vec<Value>) -> Value {
    Value::Instance(Obj::new(Instance::new(
        cls.clone(),
        Payload::Wrapper(parts),
    )))
}

/// Registers the methods of every built-in type (called once at startup).
pub fn register_methods(t: &Types) {
    methods_str::register(t);
    methods_bytes::register(t);
    methods_num::register(t);
    methods_list::register(t);
    methods_dict::register(t);
    methods_set::register(t);
    methods_misc::register(t);
    exceptions::register(t);
    methods_object::register(t);
}

fn table() -> &'static HashMap<&'static str, Value> {
    static T: OnceLock<HashMap<&'static str, Value>> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::types::types();
        let mut m: HashMap<&'static str, Value> = HashMap::new();
        for (name, cls) in t.all() {
            if !matches!(
                name,
                "NoneType"
                    | "function"
                    | "builtin_function_or_method"
                    | "method"
                    | "module"
                    | "generator"
                    | "iterator"
                    | "cell"
                    | "code"
                    | "ellipsis"
                    | "NotImplementedType"
                    | "dict_keys"
                    | "dict_values"
                    | "dict_items"
                    | "QueueClosed"
                    | "Deadlock"
                    | "_Park"
            ) {
                m.insert(name, Value::Class(cls.clone()));
            }
        }
        functions::register(&mut m);
        eval::register(&mut m);
        m.insert("EnvironmentError", Value::Class(t.os_error.clone()));
        m.insert("complex", Value::Class(complex::class().clone()));
        m.insert("IOError", Value::Class(t.os_error.clone()));
        m.insert("__debug__", Value::bool(true));
        m.insert("Ellipsis", Value::Ellipsis);
        m.insert("NotImplemented", Value::NotImplemented);
        m
    })
}

/// The built-in named `name`.
pub fn lookup(name: &str) -> Option<Value> {
    table().get(name).cloned().or_else(|| {
        PY_BUILTINS
            .get()?
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    })
}

/// Built-in classes written in Python (`prelude.py`), made once per
/// process by the first interpreter.
static PY_BUILTINS: std::sync::OnceLock<Vec<(&'static str, Value)>> = std::sync::OnceLock::new();

/// Runs `prelude.py` if no interpreter has yet (called when a VM starts,
/// before any script code, so no global lookup can miss these names).
pub fn init_python_builtins(vm: &mut Vm) {
    if PY_BUILTINS.get().is_some() {
        return;
    }
    PY_BUILTINS.get_or_init(|| {
        let m =
            crate::stdlib::prelude_module(vm, "builtins", include_str!("prelude.py"), &[], vec![]);
        let Ok(Value::Module(m)) = m else {
            // The prelude is part of the binary and tested; if it ever
            // fails, the names are simply missing (NameError), never a crash.
            return Vec::new();
        };
        [
            "bytearray",
            "memoryview",
            "BaseExceptionGroup",
            "ExceptionGroup",
            "__spindle_eg_start__",
            "__spindle_eg_split__",
            "__spindle_eg_finish__",
        ]
        .into_iter()
        .filter_map(|n| m.globals.get_by_name(n).map(|v| (n, v)))
        .collect()
    });
}

/// A dict holding a module's globals (a snapshot: `module.__dict__`,
/// `f.__globals__`).
pub fn module_dict(m: &Value) -> Value {
    let d = crate::object::Dict::new();
    if let Value::Module(md) = m {
        for (k, v) in md.globals.items() {
            d.set_native(Value::str(&k), v);
        }
    }
    Value::Dict(Obj::new(d))
}

/// A dict of every built-in (`__builtins__`, `vars(builtins)`).
pub fn builtins_module_dict() -> Option<Value> {
    let d = crate::object::Dict::new();
    let mut names = names();
    names.sort_unstable();
    for n in names {
        if let Some(v) = lookup(n) {
            d.set_native(Value::str(n), v);
        }
    }
    Some(Value::Dict(Obj::new(d)))
}

/// The `builtins` module.
pub fn builtins_module() -> Value {
    let mut names = names();
    names.sort_unstable();
    let consts: Vec<(&str, Value)> = names
        .into_iter()
        .filter_map(|n| lookup(n).map(|v| (n, v)))
        .collect();
    crate::stdlib::native_module("builtins", &[], consts)
}

/// All built-in names (for `dir()` of builtins).
pub fn names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = table().keys().copied().collect();
    if let Some(py) = PY_BUILTINS.get() {
        v.extend(py.iter().map(|(n, _)| *n));
    }
    v.sort_unstable();
    v
}

/// `format(v, spec)` for built-in types and `__format__`.
pub fn format_builtin(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    use crate::format::spec as fs;
    let conv = |e: fs::FormatError| match e.kind {
        fs::FormatErrorKind::ValueError => exc::value_error(e.message),
        fs::FormatErrorKind::OverflowError => exc::overflow_error(e.message),
        fs::FormatErrorKind::MemoryError => exc::memory_error(e.message),
    };
    match v {
        Value::Instance(_) | Value::Native(_) => {
            if let Some(f) = vm.lookup_special(v, "__format__") {
                let r = vm.call(&f, &[v.clone(), Value::str(spec)])?;
                return match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    _ => Err(exc::type_error("__format__ must return a str")),
                };
            }
            if let Some(p) = vm.builtin_payload(v) {
                if !matches!(p, Value::List(_) | Value::Dict(_)) {
                    return format_builtin(vm, &p, spec);
                }
            }
            if spec.is_empty() {
                return vm.to_str(v);
            }
            Err(exc::type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name(v)
            )))
        }
        _ if spec.is_empty() => vm.to_str(v),
        Value::Int(i) => fs::format_i64_spec(*i, spec, "int").map_err(conv),
        Value::BigInt(b) => fs::format_int_spec(b, spec, "int").map_err(conv),
        Value::Bool(b) => fs::format_i64_spec(b.get() as i64, spec, "bool").map_err(conv),
        Value::Float(f) => fs::format_float_spec(f.get(), spec, "float").map_err(conv),
        Value::Str(s) => fs::format_str_spec(s.as_str(), spec, "str").map_err(conv),
        _ => Err(exc::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(v)
        ))),
    }
}

/// A class for native objects (streams, threads primitives).
pub fn native_class(name: &str, module: &str) -> Obj<Class> {
    let t = crate::types::types();
    Obj::new(Class {
        name: Arc::from(name),
        qualname: Arc::from(name),
        module: Arc::from(module),
        bases: vec![t.object.clone()],
        mro: vec![t.object.clone()],
        dict: parking_lot::RwLock::new(Default::default()),
        kind: crate::object::ClassKind::Native,
        builtin: true,
        slots: None,
        frozen: std::sync::OnceLock::new(),
        frozen_list: std::sync::OnceLock::new(),
        meta: None,
        cache: std::sync::atomic::AtomicU64::new(0),
        id: crate::object::Class::new_id(),
    })
}

/// CPython's iteration order for a set's keys.
pub fn methods_set_order(keys: &[Value]) -> Vec<Value> {
    methods_set::order(keys)
}
