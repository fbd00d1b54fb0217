//! Script frames. They live in the goroutine's `Vm::frames` vector, never on
//! the Rust stack, so script recursion is bounded by the recursion limit and
//! not by the native stack.

use crate::object::Obj;
use std::sync::Arc;

use crate::object::{CodeObj, Dict, Function, Globals};
use crate::value::Value;

/// What a frame runs, and what keeps it alive. A function frame borrows
/// the code through its function (no second reference count on the code
/// object, which every goroutine running that function would share).
pub enum FrameCode {
    /// A function call: code and globals come from the function.
    Func(Obj<Function>),
    /// Module or class-body code run with these globals.
    Module(Obj<CodeObj>, Arc<Globals>),
}

impl FrameCode {
    #[inline]
    pub fn get(&self) -> &CodeObj {
        match self {
            FrameCode::Func(f) => &f.code,
            FrameCode::Module(c, _) => c,
        }
    }

    #[inline]
    pub fn globals(&self) -> &Arc<Globals> {
        match self {
            FrameCode::Func(f) => &f.globals,
            FrameCode::Module(_, g) => g,
        }
    }
}

/// One activation of a code object.
pub struct Frame {
    pub code: FrameCode,
    /// Next instruction to execute.
    pub ip: usize,
    /// Index of slot 0 (first local) in `Vm::stack`.
    pub base: usize,
    /// The stack is truncated to this length when the frame returns.
    pub ret_to: usize,
    /// Class-body namespace (`LoadName`/`StoreName`).
    pub ns: Option<Obj<Dict>>,
    /// Entered from native code: returning from it returns from `Vm::run`.
    pub entry: bool,
    /// In an `__init__` frame run for an instantiation, the instance: the
    /// return value must be None and the caller receives the instance
    /// instead. (A pointer rather than a `Value`: written and read as one
    /// word on every call.)
    pub init_self: Option<Obj<crate::object::Instance>>,
}

impl Frame {
    /// The frame's global namespace.
    #[inline]
    pub fn globals(&self) -> &Arc<Globals> {
        self.code.globals()
    }
}

/// A generator's frame while it is not running: the frame with its slots
/// and operand stack moved off the goroutine's stack.
pub struct SavedFrame {
    pub frame: Frame,
    pub stack: Vec<Value>,
}
