//! `set` and `frozenset`: the dict table with keys only.
//!
//! Iteration follows insertion order. (CPython iterates in hash-table order;
//! for small ints that is ascending order, which `vm::setops` reproduces
//! when printing.)

use parking_lot::Mutex;

use super::dict::DictInner;

/// A set or frozenset; a frozenset is never mutated after construction.
#[derive(Default)]
pub struct SetObj {
    pub inner: Mutex<DictInner>,
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj::default()
    }

    pub fn from_inner(inner: DictInner) -> SetObj {
        SetObj {
            inner: Mutex::new(inner),
        }
    }

    pub fn len(&self) -> usize {
        self.inner.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
