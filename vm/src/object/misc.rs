//! Lists, tuples, ranges, slices, cells, iterators, generators, exception
//! state and native objects.

use crate::object::Obj;
use std::any::Any;
use std::sync::Arc;

use parking_lot::Mutex;

use super::{Class, Dict, Str};
use crate::frame::SavedFrame;
use crate::value::Value;

/// A Python list.
#[derive(Default)]
pub struct List {
    pub items: Mutex<Vec<Value>>,
}

impl List {
    pub fn new(items: Vec<Value>) -> List {
        List {
            items: Mutex::new(items),
        }
    }

    pub fn len(&self) -> usize {
        self.items.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A snapshot of the items (copy out, then call back into scripts).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.lock().clone()
    }
}

/// A tuple: immutable, no lock.
pub struct Tuple {
    pub items: Box<[Value]>,
}

impl Tuple {
    pub fn new(items: Vec<Value>) -> Tuple {
        Tuple {
            items: items.into_boxed_slice(),
        }
    }
}

/// `range(start, stop, step)`. Bounds are i128, so ranges past i64 (such
/// as `range(10**20)`) work; elements outside i64 become big ints.
pub struct RangeObj {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl RangeObj {
    /// Number of elements (may exceed usize on 32-bit hosts, never i128).
    pub fn len_i128(&self) -> i128 {
        let (start, stop, step) = (self.start, self.stop, self.step);
        if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / -step + 1
        } else {
            0
        }
    }

    /// Number of elements, saturated to usize.
    pub fn len(&self) -> usize {
        usize::try_from(self.len_i128()).unwrap_or(usize::MAX)
    }

    pub fn is_empty(&self) -> bool {
        self.len_i128() == 0
    }

    /// Element `i` (in range).
    pub fn get(&self, i: i128) -> i128 {
        self.start + i * self.step
    }

    /// Whether `v` is an element.
    pub fn contains(&self, v: i128) -> bool {
        if self.step > 0 {
            v >= self.start && v < self.stop && (v - self.start) % self.step == 0
        } else {
            v <= self.start && v > self.stop && (self.start - v) % (-self.step) == 0
        }
    }
}

/// An i128 as an int value (i64 when it fits).
#[inline(always)]
pub fn int_value(v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => big_int_value(v),
    }
}

#[cold]
#[inline(never)]
fn big_int_value(v: i128) -> Value {
    Value::from_bigint(num_bigint::BigInt::from(v))
}

/// `slice(start, stop, step)`.
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A cell holding a variable shared with inner functions.
pub struct CellObj {
    pub value: Mutex<Value>,
}

impl CellObj {
    pub fn new(v: Value) -> CellObj {
        CellObj {
            value: Mutex::new(v),
        }
    }
}

/// State of a built-in iterator.
pub enum IterState {
    List(Obj<super::List>, usize),
    Tuple(Obj<Tuple>, usize),
    Range {
        next: i128,
        stop: i128,
        step: i128,
    },
    Str(Obj<Str>, usize),
    Bytes(Obj<Vec<u8>>, usize),
    DictKeys(Obj<Dict>, usize, usize),
    DictValues(Obj<Dict>, usize, usize),
    DictItems(Obj<Dict>, usize, usize),
    /// Items copied out at creation (sorted views, reversed, etc.).
    Values(Vec<Value>, usize),
    ListReversed(Obj<super::List>, usize),
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    /// Old-style iteration through `__getitem__` with 0, 1, 2...
    SeqGetItem(Value, i64),
    /// `iter(callable, sentinel)`.
    Callable(Value, Value),
    Exhausted,
}

/// A built-in iterator object.
pub struct IterObj {
    pub state: Mutex<IterState>,
    pub kind: &'static str,
}

impl IterObj {
    pub fn new(kind: &'static str, state: IterState) -> IterObj {
        IterObj {
            state: Mutex::new(state),
            kind,
        }
    }
}

/// Where a generator is in its life.
pub enum GeneratorState {
    /// Created, not started; holds the initial frame.
    Created(SavedFrame),
    /// Suspended at a yield.
    Suspended(SavedFrame),
    /// Being resumed by some goroutine.
    Running,
    Finished,
}

/// A generator object.
pub struct Generator {
    pub state: Mutex<GeneratorState>,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
}

/// One traceback line: where a frame was when an exception passed.
#[derive(Clone, Debug)]
pub struct TbEntry {
    pub filename: Arc<str>,
    pub name: Arc<str>,
    pub line: u32,
    /// Frame-stack depth when recorded (dedups re-raises in one frame).
    pub depth: u32,
}

/// State of an exception instance.
#[derive(Clone)]
pub struct ExcData {
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args,
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        }
    }
}

/// An object implemented in Rust (threads.Queue, a Promise ...).
pub struct NativeObj {
    pub class: Obj<Class>,
    pub data: Box<dyn Any + Send + Sync>,
}
