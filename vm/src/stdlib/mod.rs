//! The standard libraries: `math`, `time`, `random`, `sys`, `json`, `re`,
//! `string`, `collections`, `itertools`, `functools` and
//! `scriptling.threads`. Each is built the first time a script imports it.

pub mod math;
pub mod random;
pub mod sys;
pub mod threads;
pub mod time;

use std::sync::Arc;

use crate::interp::Vm;
use crate::object::{BuiltinFn, Globals, Module};
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
    Value::Module(Arc::new(Module { name: Arc::from(name), globals: g }))
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
        _ => {
            let lib = vm.ctx.libraries.lock().get(name).cloned();
            match lib {
                Some(init) => {
                    let g = Arc::new(Globals::new(Arc::from(name), &[]));
                    g.set_by_name("__name__", Value::str(name));
                    init(&g);
                    Value::Module(Arc::new(Module { name: Arc::from(name), globals: g }))
                }
                None => return Ok(None),
            }
        }
    };
    vm.ctx.modules.lock().insert(Arc::from(name), m.clone());
    Ok(Some(m))
}
