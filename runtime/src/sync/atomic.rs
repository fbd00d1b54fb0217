//! `Atomic`: an i64 with checked arithmetic, for scripts' `threads.Atomic`.
//!
//! Every operation is `SeqCst`: scripts get Go's memory model for atomics
//! (all atomic operations appear in one total order), which is what a
//! script author reasoning about several Atomics expects.

use std::sync::atomic::{AtomicI64, Ordering::SeqCst};
use std::sync::Arc;

use crate::error::Error;

/// A shared i64. Clones share the value.
#[derive(Clone, Default)]
pub struct Atomic {
    v: Arc<AtomicI64>,
}

impl std::fmt::Debug for Atomic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Atomic({})", self.get())
    }
}

impl Atomic {
    /// A new atomic holding `v`.
    pub fn new(v: i64) -> Atomic {
        Atomic {
            v: Arc::new(AtomicI64::new(v)),
        }
    }

    /// Adds `delta` and returns the new value; `Err(Overflow)` (value
    /// unchanged) if the result leaves the i64 range.
    pub fn add(&self, delta: i64) -> Result<i64, Error> {
        let mut cur = self.v.load(SeqCst);
        loop {
            let new = cur.checked_add(delta).ok_or(Error::Overflow)?;
            match self.v.compare_exchange_weak(cur, new, SeqCst, SeqCst) {
                Ok(_) => return Ok(new),
                Err(a) => cur = a,
            }
        }
    }

    /// The value.
    pub fn get(&self) -> i64 {
        self.v.load(SeqCst)
    }

    /// Sets the value.
    pub fn set(&self, v: i64) {
        self.v.store(v, SeqCst)
    }

    /// Sets to `new` if it holds `old`; whether it did.
    pub fn cas(&self, old: i64, new: i64) -> bool {
        self.v.compare_exchange(old, new, SeqCst, SeqCst).is_ok()
    }

    /// Swaps in `v`, returning the old value.
    pub fn swap(&self, v: i64) -> i64 {
        self.v.swap(v, SeqCst)
    }
}
