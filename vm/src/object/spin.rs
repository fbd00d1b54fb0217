//! `AttrLock`: the lock around an instance's attribute list.
//!
//! Attribute reads and writes are the most frequent locked operations in
//! object-heavy scripts and hold the lock for a few instructions (a scan of
//! a short list and one clone). A `parking_lot::Mutex` costs two atomic
//! read-modify-writes per use (its unlock must check for parked waiters);
//! this lock costs one, because unlocking is a plain release store. Waiters
//! spin briefly and then yield their OS thread: a holder never blocks, never
//! calls back into the interpreter and never suspends a goroutine while
//! holding it, so waits are short.

use std::cell::UnsafeCell;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, Ordering};

pub struct AttrLock<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: the value is only reached through a guard, and at most one guard
// exists at a time (`lock` acquires `locked` exclusively), so sharing the
// lock between threads shares `T` the way a mutex does.
unsafe impl<T: Send> Sync for AttrLock<T> {}
// SAFETY: moving the lock moves the value it owns.
unsafe impl<T: Send> Send for AttrLock<T> {}

pub struct AttrGuard<'a, T> {
    lock: &'a AttrLock<T>,
}

impl<T> AttrLock<T> {
    pub const fn new(value: T) -> AttrLock<T> {
        AttrLock {
            locked: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }

    #[inline]
    pub fn lock(&self) -> AttrGuard<'_, T> {
        // Acquire: the holder's writes made before its release store are
        // visible once we own the lock.
        if self
            .locked
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.lock_slow();
        }
        AttrGuard { lock: self }
    }

    #[cold]
    fn lock_slow(&self) {
        let mut spins = 0u32;
        loop {
            // Relaxed: only a hint that trying again may succeed.
            while self.locked.load(Ordering::Relaxed) {
                if spins < 64 {
                    std::hint::spin_loop();
                    spins += 1;
                } else {
                    std::thread::yield_now();
                }
            }
            if self
                .locked
                .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
            {
                return;
            }
        }
    }

    /// The lock if it is free now (the cycle collector never waits).
    pub fn try_lock(&self) -> Option<AttrGuard<'_, T>> {
        self.locked
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .ok()
            .map(|_| AttrGuard { lock: self })
    }

    /// The value, through exclusive access to the lock.
    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }
}

impl<T: Default> Default for AttrLock<T> {
    fn default() -> Self {
        AttrLock::new(T::default())
    }
}

impl<T> Deref for AttrGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: the guard proves the lock is held.
        unsafe { &*self.lock.value.get() }
    }
}

impl<T> DerefMut for AttrGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the guard proves the lock is held, exclusively.
        unsafe { &mut *self.lock.value.get() }
    }
}

impl<T> Drop for AttrGuard<'_, T> {
    #[inline]
    fn drop(&mut self) {
        // Release: publishes the holder's writes to the next owner.
        self.lock.locked.store(false, Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::AttrLock;
    use std::sync::Arc;

    #[test]
    fn counts_exactly_under_contention() {
        let lock = Arc::new(AttrLock::new(0u64));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let lock = lock.clone();
                std::thread::spawn(move || {
                    for _ in 0..100_000 {
                        *lock.lock() += 1;
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(*lock.lock(), 400_000);
    }
}
