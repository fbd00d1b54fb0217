//! spindle-vm: values, the interpreter, built-ins and the standard library.
//!
//! Start at `interp` (the loop), `value` (the 16-byte value), `object`
//! (heap objects) and `protocol` (how operations dispatch on them).

pub mod builtins;
pub mod call;
pub mod containers;
pub mod context;
pub mod exc;
pub mod format;
pub mod frame;
pub mod gc;
pub mod hash;
pub mod import;
pub mod intern;
pub mod interp;
pub mod object;
pub mod ops;
pub mod opstack;
pub mod protocol;
pub mod sched;
pub mod stack;
pub mod stdlib;
pub mod traceback;
pub mod types;
pub mod value;

pub use exc::PyErr;
pub use interp::Vm;
pub use value::Value;

/// The result of anything that can raise a script exception.
pub type PyResult<T = Value> = Result<T, PyErr>;
