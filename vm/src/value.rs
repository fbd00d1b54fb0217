//! `Value`: the 16-byte handle every script value travels in.
//!
//! `None`, `bool`, `int` (i64) and `float` live inline; everything else is an
//! `Arc` to an immutable object or to a mutable container that carries its
//! own lock (see `object`). Cloning a `Value` is a copy for the inline kinds
//! and one atomic increment for the rest.

use crate::object::Obj;
use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::BigInt;

use crate::object::{
    BoundMethod, Builtin, CellObj, Class, CodeObj, Dict, Function, Generator, Instance, IterObj,
    List, Module, NativeObj, RangeObj, SetObj, SliceObj, Str, Tuple,
};

/// A bool payload stored as a whole word (0 or 1). With every payload an
/// 8-byte integer or pointer, `Value` is a scalar pair: it is passed and
/// returned in two registers and copied as two words. A one-byte or
/// floating-point payload would make it a 16-byte blob copied as one wide
/// load, which stalls store forwarding whenever a tag byte was just written.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct BoolWord(u64);

impl BoolWord {
    pub const FALSE: BoolWord = BoolWord(0);
    pub const TRUE: BoolWord = BoolWord(1);

    #[inline(always)]
    pub const fn new(b: bool) -> BoolWord {
        BoolWord(b as u64)
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

/// A float payload stored as its bits (see `BoolWord` for why).
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct FloatWord(u64);

impl FloatWord {
    #[inline(always)]
    pub const fn new(f: f64) -> FloatWord {
        FloatWord(f.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl std::fmt::Debug for FloatWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// A script value.
///
/// `repr(u64)` fixes the layout: an 8-byte tag equal to the variant's
/// position, then the 8-byte payload. The heap variants (`BigInt` through
/// `Code`) are contiguous, so `clone` tells them apart from inline values
/// with one range check instead of a jump table.
#[repr(u64)]
pub enum Value {
    None,
    Bool(BoolWord),
    Int(i64),
    Float(FloatWord),
    /// An int outside i64; always normalized (never fits in i64).
    BigInt(Obj<BigInt>),
    Str(Obj<Str>),
    Bytes(Obj<Vec<u8>>),
    List(Obj<List>),
    Tuple(Obj<Tuple>),
    Dict(Obj<Dict>),
    Set(Obj<SetObj>),
    FrozenSet(Obj<SetObj>),
    Range(Obj<RangeObj>),
    Slice(Obj<SliceObj>),
    Function(Obj<Function>),
    Builtin(Obj<Builtin>),
    Method(Obj<BoundMethod>),
    Class(Obj<Class>),
    Instance(Obj<Instance>),
    Module(Obj<Module>),
    Generator(Obj<Generator>),
    Iter(Obj<IterObj>),
    Cell(Obj<CellObj>),
    Native(Obj<NativeObj>),
    /// A code object (constant operand of MakeFunction).
    Code(Obj<CodeObj>),
    /// `...`
    Ellipsis,
    /// `NotImplemented`, returned by binary dunders.
    NotImplemented,
    /// An unset local slot or the NULL of `LoadMethod`. Never visible to
    /// scripts.
    Undef,
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// Tags of the first and last heap (`Arc`) variants of `Value`.
const FIRST_HEAP_TAG: u64 = 4;
const LAST_HEAP_TAG: u64 = 24;

impl Value {
    /// The variant's tag (its position in the declaration).
    #[inline(always)]
    fn tag(&self) -> u64 {
        // SAFETY: `repr(u64)` puts the tag, a u64, at offset 0.
        unsafe { *(self as *const Value as *const u64) }
    }
}

impl Value {
    /// Whether this is a heap (`Arc`) variant, i.e. dropping it does work.
    #[inline(always)]
    pub fn is_heap(&self) -> bool {
        self.tag().wrapping_sub(FIRST_HEAP_TAG) <= LAST_HEAP_TAG - FIRST_HEAP_TAG
    }

    /// Drops the value: inline values cost a tag check, and a heap value
    /// that is not the last reference one decrement, without the derived
    /// destructor's dispatch on the variant.
    #[inline(always)]
    pub fn release(self) {
        if !self.is_heap() {
            std::mem::forget(self);
            return;
        }
        // SAFETY: a heap variant's payload (offset 8) is an `Obj`, a
        // pointer to its `RcBox`, which starts with the count (see
        // `clone`).
        let count = unsafe { &**(&self as *const Value as *const *const AtomicUsize).add(1) };
        // Release, as in `Arc::drop`; Acquire pairs with the other owners'
        // decrements before the object is freed.
        if count.fetch_sub(1, Ordering::Release) != 1 {
            std::mem::forget(self);
            return;
        }
        std::sync::atomic::fence(Ordering::Acquire);
        free_at_zero(self);
    }
}

/// Frees the object of a heap value whose count `release` took to zero.
#[cold]
#[inline(never)]
fn free_at_zero(v: Value) {
    macro_rules! free {
        ($($variant:ident),*) => {
            match v {
                // SAFETY: the count is zero and was taken there by our
                // caller, for this handle.
                $(Value::$variant(o) => unsafe { Obj::free_at_zero(o) },)*
                other => std::mem::forget(other),
            }
        };
    }
    free!(
        BigInt, Str, Bytes, List, Tuple, Dict, Set, FrozenSet, Range, Slice, Function, Builtin,
        Method, Class, Instance, Module, Generator, Iter, Cell, Native, Code
    );
}

impl Clone for Value {
    /// One reference-count increment and a two-word copy. The derived
    /// `clone` rebuilds the enum variant by variant through a jump table
    /// and is too big to inline.
    #[inline(always)]
    fn clone(&self) -> Value {
        let tag = self.tag();
        if tag.wrapping_sub(FIRST_HEAP_TAG) <= LAST_HEAP_TAG - FIRST_HEAP_TAG {
            // SAFETY: a heap variant's payload (offset 8, per `repr(u64)`)
            // is an `Obj`, i.e. a pointer to its `RcBox`, which is
            // `repr(C)` with the count first, for every payload type.
            // Incrementing that count and copying the handle bit for bit is
            // what `Obj::clone` does.
            unsafe {
                let inner = *(self as *const Value as *const *const AtomicUsize).add(1);
                let old = (*inner).fetch_add(1, Ordering::Relaxed);
                if old > isize::MAX as usize {
                    std::process::abort();
                }
            }
        }
        // SAFETY: inline variants are plain data; for heap variants the
        // count was taken above, so the copy owns its reference.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// Builds a bool value.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(BoolWord::new(b))
    }

    /// Builds a float value.
    #[inline(always)]
    pub const fn float(f: f64) -> Value {
        Value::Float(FloatWord::new(f))
    }

    /// Builds a str value.
    pub fn str(s: &str) -> Value {
        Value::Str(Obj::new(Str::new(s)))
    }

    /// `str(i)`: the decimal text of an int, built without an
    /// intermediate `String`.
    pub fn int_str(i: i64) -> Value {
        let mut buf = [0u8; 21];
        let mut digits = [0u8; 20];
        let start = crate::format::spec::decimal_digits(i.unsigned_abs(), &mut digits);
        let n = 20 - start;
        let at = if i < 0 {
            buf[0] = b'-';
            1
        } else {
            0
        };
        buf[at..at + n].copy_from_slice(&digits[start..]);
        // SAFETY: a sign and decimal digits are ASCII.
        Value::str(unsafe { std::str::from_utf8_unchecked(&buf[..at + n]) })
    }

    /// Builds a str value from an owned string.
    pub fn string(s: String) -> Value {
        Value::Str(Obj::new(Str::from_string(s)))
    }

    /// Builds a tuple.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Obj::new(Tuple::new(items)))
    }

    /// Builds a list.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Obj::new(List::new(items)))
    }

    /// Builds an int from a big integer, normalizing to i64 when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Obj::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn is_undef(&self) -> bool {
        matches!(self, Value::Undef)
    }

    /// Identity: `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
            (Undef, Undef) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints and floats are values, not objects; CPython caches
            // small ints, and scripts that rely on `is` for ints compare
            // equal values, so identity of equal inline numbers is true.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.get().to_bits() == b.get().to_bits(),
            _ => match (self.arc_ptr(), other.arc_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, if any (for `is` and `id`).
    pub fn arc_ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(a) => Obj::as_ptr(a) as *const u8 as usize,
            Str(a) => Obj::as_ptr(a) as *const u8 as usize,
            Bytes(a) => Obj::as_ptr(a) as *const u8 as usize,
            List(a) => Obj::as_ptr(a) as *const u8 as usize,
            Tuple(a) => Obj::as_ptr(a) as *const u8 as usize,
            Dict(a) => Obj::as_ptr(a) as *const u8 as usize,
            Set(a) | FrozenSet(a) => Obj::as_ptr(a) as *const u8 as usize,
            Range(a) => Obj::as_ptr(a) as *const u8 as usize,
            Slice(a) => Obj::as_ptr(a) as *const u8 as usize,
            Function(a) => Obj::as_ptr(a) as *const u8 as usize,
            Builtin(a) => Obj::as_ptr(a) as *const u8 as usize,
            Method(a) => Obj::as_ptr(a) as *const u8 as usize,
            Class(a) => Obj::as_ptr(a) as *const u8 as usize,
            Instance(a) => Obj::as_ptr(a) as *const u8 as usize,
            Module(a) => Obj::as_ptr(a) as *const u8 as usize,
            Generator(a) => Obj::as_ptr(a) as *const u8 as usize,
            Iter(a) => Obj::as_ptr(a) as *const u8 as usize,
            Cell(a) => Obj::as_ptr(a) as *const u8 as usize,
            Native(a) => Obj::as_ptr(a) as *const u8 as usize,
            Code(a) => Obj::as_ptr(a) as *const u8 as usize,
            _ => return Option::None,
        })
    }

    /// The `str` payload, if this is a str.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// The i64 value of an int or bool.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(b.get() as i64),
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if b.get() { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{}", i),
            Value::Float(x) => write!(f, "{}", x.get()),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            other => write!(f, "<{}>", crate::types::type_name(other)),
        }
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(v)
    }
}

impl From<i32> for Value {
    fn from(v: i32) -> Value {
        Value::Int(v as i64)
    }
}

impl From<f64> for Value {
    fn from(v: f64) -> Value {
        Value::float(v)
    }
}

impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::bool(v)
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::str(v)
    }
}

impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::string(v)
    }
}

impl From<Vec<Value>> for Value {
    fn from(v: Vec<Value>) -> Value {
        Value::list(v)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map(Into::into).unwrap_or(Value::None)
    }
}

impl Value {
    /// The float value of a float or int.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Float(f) => Some(f.get()),
            Value::Int(i) => Some(*i as f64),
            _ => None,
        }
    }

    /// The items of a list or tuple (a snapshot).
    pub fn as_items(&self) -> Option<Vec<Value>> {
        match self {
            Value::List(l) => Some(l.snapshot()),
            Value::Tuple(t) => Some(t.items.to_vec()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::CellObj;

    #[test]
    fn tags_follow_declaration_order() {
        assert_eq!(Value::None.tag(), 0);
        assert_eq!(Value::bool(true).tag(), 1);
        assert_eq!(Value::Int(7).tag(), 2);
        assert_eq!(Value::float(0.5).tag(), 3);
        let big = Value::BigInt(Obj::new(BigInt::from(1) << 80u32));
        assert_eq!(big.tag(), FIRST_HEAP_TAG);
        assert_eq!(Value::Ellipsis.tag(), LAST_HEAP_TAG + 1);
        assert_eq!(Value::Undef.tag(), LAST_HEAP_TAG + 3);
    }

    #[test]
    fn heap_clone_counts() {
        fn check<T: crate::object::Trace>(v: Value, arc: &Obj<T>) {
            let before = Obj::strong_count(arc);
            let c = v.clone();
            assert_eq!(Obj::strong_count(arc), before + 1);
            drop(c);
            assert_eq!(Obj::strong_count(arc), before);
            drop(v);
            assert_eq!(Obj::strong_count(arc), before - 1);
        }
        let b: Obj<BigInt> = Obj::new(BigInt::from(3) << 70u32);
        check(Value::BigInt(b.clone()), &b);
        let s = Obj::new(Str::new("a string long enough to be on the heap"));
        check(Value::Str(s.clone()), &s);
        let l = Obj::new(List::new(vec![Value::Int(1), Value::None]));
        check(Value::List(l.clone()), &l);
        let t = Obj::new(Tuple::new(vec![Value::Int(1)]));
        check(Value::Tuple(t.clone()), &t);
        let c = Obj::new(CellObj::new(Value::Int(2)));
        check(Value::Cell(c.clone()), &c);
        // `release` takes one reference; the last one frees the object.
        let c2 = Value::Cell(c.clone());
        assert_eq!(Obj::strong_count(&c), 2);
        c2.release();
        assert_eq!(Obj::strong_count(&c), 1);
        // A list holding the only other handle to `s`: freeing the list
        // drops it.
        let holder = Obj::new(List::new(vec![Value::Str(s.clone())]));
        assert_eq!(Obj::strong_count(&s), 2);
        drop(l);
        Value::List(holder).release();
        assert_eq!(Obj::strong_count(&s), 1, "last release frees the list");
        Value::Int(7).release();
        Value::None.release();
        // Inline values have no count to take.
        let f = Value::float(1.5);
        assert!(matches!(f.clone(), Value::Float(x) if x.get() == 1.5));
        assert!(matches!(
            Value::bool(true).clone(),
            Value::Bool(BoolWord::TRUE)
        ));
    }
}
