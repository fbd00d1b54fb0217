//! `OpStack`: the goroutine's value stack (frame slots and operands).
//!
//! A `Vec<Value>` with one change: `pop` reads the top value as two 8-byte
//! words. The value on top was usually pushed by the instruction just
//! before, as two 8-byte stores; the 16-byte vector load the compiler
//! otherwise emits to copy it cannot be served from those stores and
//! waits until they reach the cache (a store-forwarding stall).

use std::mem::MaybeUninit;
use std::ops::{Deref, DerefMut};

use crate::value::Value;

#[derive(Default)]
pub struct OpStack(Vec<Value>);

impl OpStack {
    pub fn with_capacity(n: usize) -> OpStack {
        OpStack(Vec::with_capacity(n))
    }

    /// Removes and returns the top value.
    #[inline(always)]
    pub fn pop(&mut self) -> Option<Value> {
        let len = self.0.len();
        if len == 0 {
            return None;
        }
        // SAFETY: slot `len - 1` holds an initialized value; shortening the
        // vector first hands its ownership to us.
        unsafe {
            self.0.set_len(len - 1);
            Some(read_value(self.0.as_ptr().add(len - 1)))
        }
    }

    /// `Vec::truncate`, dropping the removed values with `Value::release`.
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        while self.0.len() > len {
            if let Some(v) = self.pop() {
                v.release();
            }
        }
    }

    /// `Vec::split_off`, callable as `stack.split_off(stack.len() - n)`.
    #[inline]
    pub fn split_off(&mut self, at: usize) -> Vec<Value> {
        self.0.split_off(at)
    }
}

/// Moves the value out of `p` as two 8-byte loads (see the module
/// comment).
///
/// # Safety
///
/// `p` points to an initialized value whose ownership the caller takes.
#[inline(always)]
pub unsafe fn read_value(p: *const Value) -> Value {
    // SAFETY: the two volatile loads copy the value's 16 bytes (tag word,
    // payload word) without being merged into one wide load;
    // `MaybeUninit` covers payload words that unit variants leave
    // unwritten. The bytes form the same valid `Value`.
    unsafe {
        let p = p as *const MaybeUninit<u64>;
        let words = [p.read_volatile(), p.add(1).read_volatile()];
        std::mem::transmute::<[MaybeUninit<u64>; 2], Value>(words)
    }
}

impl Deref for OpStack {
    type Target = Vec<Value>;
    #[inline(always)]
    fn deref(&self) -> &Vec<Value> {
        &self.0
    }
}

impl DerefMut for OpStack {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::Obj;

    #[test]
    fn pop_returns_values_in_order_and_keeps_counts() {
        let s = Obj::new(crate::object::Str::new(
            "shared text that lives on the heap",
        ));
        let mut st = OpStack::with_capacity(4);
        st.push(Value::None);
        st.push(Value::Int(-5));
        st.push(Value::Str(s.clone()));
        st.push(Value::float(2.5));
        assert_eq!(Obj::strong_count(&s), 2);
        assert!(matches!(st.pop(), Some(Value::Float(f)) if f.get() == 2.5));
        match st.pop() {
            Some(Value::Str(t)) => assert!(Obj::ptr_eq(&t, &s)),
            _ => panic!("expected the str"),
        }
        assert_eq!(Obj::strong_count(&s), 1);
        assert!(matches!(st.pop(), Some(Value::Int(-5))));
        assert!(matches!(st.pop(), Some(Value::None)));
        assert!(st.pop().is_none());
    }
}
