//! `itertools`: lazy iterator building blocks, written as Python
//! generators (`prelude/itertools.py`) after CPython's reference code.

use crate::interp::Vm;
use crate::value::Value;
use crate::PyResult;

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    super::prelude_module(
        vm,
        "itertools",
        include_str!("prelude/itertools.py"),
        &[],
        vec![],
    )
}
