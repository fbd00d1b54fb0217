//! The few synchronization types the primitives use, swapped for loom's
//! under `cfg(loom)` so that the loom models (tests/loom.rs) explore the
//! real `Queue`, `WaitGroup` and `Promise` code through the OS-thread
//! blocking path. The scheduler itself is not modelled by loom (it is
//! covered by the migration stress test).

#[cfg(not(loom))]
pub(crate) use parking_lot::Mutex;
#[cfg(not(loom))]
pub(crate) use std::sync::atomic::{AtomicBool, AtomicI64};

#[cfg(loom)]
pub(crate) use loom::sync::atomic::{AtomicBool, AtomicI64};
#[cfg(loom)]
pub(crate) use loom::sync::MutexGuard;

/// loom's mutex with parking_lot's signature (`lock()` without a Result).
#[cfg(loom)]
pub(crate) struct Mutex<T>(loom::sync::Mutex<T>);

#[cfg(loom)]
impl<T> Mutex<T> {
    pub(crate) fn new(v: T) -> Self {
        Mutex(loom::sync::Mutex::new(v))
    }
    pub(crate) fn lock(&self) -> MutexGuard<'_, T> {
        self.0.lock().unwrap()
    }
}
