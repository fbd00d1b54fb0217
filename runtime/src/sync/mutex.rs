//! `Mutex<T>`: a lock whose `lock` parks the goroutine (never the worker),
//! and whose guard may be held across a blocking call or a yield.
//!
//! This is what the VM's `threads.Shared.update(fn)` needs: `fn` runs
//! script code under the lock, and that code may block (`q.get()`), which
//! suspends the goroutine — perhaps resuming it on another worker thread.
//! A `parking_lot` guard must not live across such a suspend (DESIGN.md
//! rule 2) and would block a worker if contended; this lock has neither
//! problem: its guard is a plain token, released from whatever thread the
//! goroutine is on.
//!
//! Unfair by design (like Go's `sync.Mutex` in normal mode): an unlock wakes
//! the oldest waiter, which competes with newcomers.

use std::cell::UnsafeCell;
use std::ops::{Deref, DerefMut};
use std::task::Poll;
use std::time::{Duration, Instant};

use crate::error::Error;
use crate::park::WaitList;
use crate::scope::WaitReason;
use crate::sync_shim::Mutex as RawMutex;
use crate::task::{block_on, TaskCx};

struct State {
    locked: bool,
    waiters: WaitList,
}

/// A goroutine-aware mutual-exclusion lock.
pub struct Mutex<T: ?Sized> {
    st: RawMutex<State>,
    value: UnsafeCell<T>,
}

// SAFETY: the value is only reached through a guard, and at most one guard
// exists at a time (`locked`); moving the lock moves the value.
unsafe impl<T: ?Sized + Send> Send for Mutex<T> {}
// SAFETY: as above; `&Mutex` only hands out `&mut T` to the single holder.
unsafe impl<T: ?Sized + Send> Sync for Mutex<T> {}

impl<T: Default> Default for Mutex<T> {
    fn default() -> Self {
        Mutex::new(T::default())
    }
}

impl<T> Mutex<T> {
    /// An unlocked mutex holding `v`.
    pub fn new(v: T) -> Mutex<T> {
        Mutex {
            st: RawMutex::new(State {
                locked: false,
                waiters: WaitList::default(),
            }),
            value: UnsafeCell::new(v),
        }
    }

    /// The value, consuming the lock.
    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

impl<T: ?Sized> Mutex<T> {
    /// Takes the lock if it is free.
    pub fn try_lock(&self) -> Option<MutexGuard<'_, T>> {
        let mut st = self.st.lock();
        if st.locked {
            None
        } else {
            st.locked = true;
            Some(MutexGuard { m: self })
        }
    }

    /// Poll form of [`lock`](Self::lock).
    pub fn poll_lock(
        &self,
        cx: &TaskCx,
        deadline: Option<Instant>,
    ) -> Poll<Result<MutexGuard<'_, T>, Error>> {
        let mut st = self.st.lock();
        let woken = cx.take_key().is_some_and(|k| !st.waiters.remove(k));
        if let Err(e) = cx.check() {
            let next = if woken && !st.locked {
                st.waiters.pop()
            } else {
                None
            };
            drop(st);
            if let Some(w) = next {
                w.wake();
            }
            cx.done_waiting();
            return Poll::Ready(Err(e));
        }
        if !st.locked {
            st.locked = true;
            drop(st);
            cx.done_waiting();
            return Poll::Ready(Ok(MutexGuard { m: self }));
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            drop(st);
            cx.done_waiting();
            return Poll::Ready(Err(Error::Timeout));
        }
        cx.set_key(st.waiters.push(cx.waker()));
        drop(st);
        cx.prepare_park(WaitReason::Lock, deadline);
        Poll::Pending
    }

    /// Takes the lock, parking the goroutine (or blocking the OS thread)
    /// while another holder has it. `Err(Cancelled)`/`Err(Deadlock)` if
    /// interrupted while waiting.
    pub fn lock(&self) -> Result<MutexGuard<'_, T>, Error> {
        block_on(None, |cx| self.poll_lock(cx, None))
    }

    /// [`lock`](Self::lock) with a timeout.
    pub fn lock_timeout(&self, d: Duration) -> Result<MutexGuard<'_, T>, Error> {
        let dl = crate::deadline_after(d);
        block_on(Some(dl), |cx| self.poll_lock(cx, Some(dl)))
    }

    fn unlock(&self) {
        let mut st = self.st.lock();
        st.locked = false;
        let next = st.waiters.pop();
        drop(st);
        if let Some(w) = next {
            w.wake();
        }
    }
}

/// Holds a [`Mutex`]; unlocks on drop. May be held across blocking calls
/// and yields, and dropped on another thread.
pub struct MutexGuard<'a, T: ?Sized> {
    m: &'a Mutex<T>,
}

// SAFETY: the guard is a token for exclusive access; unlocking from another
// thread is fine (no thread-bound state), and it gives `&mut T` (so T: Send).
unsafe impl<T: ?Sized + Send> Send for MutexGuard<'_, T> {}
// SAFETY: `&MutexGuard` gives `&T` only.
unsafe impl<T: ?Sized + Sync> Sync for MutexGuard<'_, T> {}

impl<T: ?Sized> Deref for MutexGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: this guard is the only one (`locked` was false → true when
        // it was made), so no `&mut T` exists elsewhere.
        unsafe { &*self.m.value.get() }
    }
}

impl<T: ?Sized> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`, and `&mut self` makes this borrow unique.
        unsafe { &mut *self.m.value.get() }
    }
}

impl<T: ?Sized> Drop for MutexGuard<'_, T> {
    fn drop(&mut self) {
        self.m.unlock();
    }
}
