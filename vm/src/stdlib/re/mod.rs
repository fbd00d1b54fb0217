//! `re` (in progress).
use crate::value::Value;
pub fn module() -> Value {
    super::native_module("re", &[], vec![])
}
