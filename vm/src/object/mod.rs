//! Heap objects behind `Value`'s `Arc`s.
//!
//! Immutable kinds (str, tuple, bytes, functions, code) need no lock.
//! Mutable containers carry one `parking_lot` lock each, held for a single
//! operation only: never while calling back into the interpreter and never
//! across a suspend (DESIGN.md, "Values").

mod class;
mod dict;
mod drop;
pub mod func;
pub mod heap;
mod misc;
mod set;
mod spin;
mod str;
pub mod trace;

pub use self::class::{Class, ClassFlags, ClassKind, Instance, Payload};
pub use self::dict::{Dict, DictInner, Lookup};
pub(crate) use self::drop::drain as drop_values;
pub use self::func::{BoundMethod, Builtin, BuiltinFn, CodeObj, Function, Globals, Module};
pub use self::heap::{Obj, Trace};
pub use self::misc::{
    int_value, CellObj, ExcData, Generator, GeneratorState, IterObj, IterState, List, NativeObj,
    RangeObj, SliceObj, TbEntry, Tuple,
};
pub use self::set::SetObj;
pub use self::spin::AttrLock;
pub use self::str::Str;
