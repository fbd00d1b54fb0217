//! `functools`: `reduce` in Rust; `partial`, `wraps`, `lru_cache`,
//! `total_ordering`, `cmp_to_key` in Python (`prelude/functools.py`).

use crate::builtins::args::{arity, no_kw};
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::types::types;
use crate::value::Value;
use crate::PyResult;

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    super::prelude_module(
        vm,
        "functools",
        include_str!("prelude/functools.py"),
        &[("reduce", reduce)],
        vec![],
    )
}

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("reduce", kw)?;
    arity("reduce", args, 2, 3)?;
    let it = vm.iter(&args[1]).map_err(|e| {
        if e.is(&types().type_error) {
            exc::type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = match args.get(2) {
        Some(v) => v.clone(),
        None => match vm.next(&it)? {
            Some(v) => v,
            None => {
                return Err(exc::type_error(
                    "reduce() of empty iterable with no initial value",
                ))
            }
        },
    };
    let f = args[0].clone();
    while let Some(x) = vm.next(&it)? {
        acc = vm.call(&f, &[acc, x])?;
    }
    Ok(acc)
}
