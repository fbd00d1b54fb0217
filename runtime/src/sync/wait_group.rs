//! `WaitGroup`: wait for a counter to reach zero (Go's `sync.WaitGroup`).

use std::sync::atomic::Ordering;

use crate::sync_shim::AtomicI64;
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};

use crate::sync_shim::Mutex;

use crate::error::Error;
use crate::park::{wake_all, WaitList};
use crate::scope::WaitReason;
use crate::task::{block_on, TaskCx};

struct Inner {
    count: AtomicI64,
    waiters: Mutex<WaitList>,
}

/// A counter that waiters wait to see at zero. Clones share it.
#[derive(Clone)]
pub struct WaitGroup {
    inner: Arc<Inner>,
}

impl Default for WaitGroup {
    fn default() -> Self {
        WaitGroup::new()
    }
}

impl std::fmt::Debug for WaitGroup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WaitGroup({})", self.count())
    }
}

impl WaitGroup {
    /// Counter at zero.
    pub fn new() -> WaitGroup {
        WaitGroup {
            inner: Arc::new(Inner {
                count: AtomicI64::new(0),
                waiters: Mutex::new(WaitList::default()),
            }),
        }
    }

    /// The counter now.
    pub fn count(&self) -> i64 {
        // Acquire: see the work of those who called `done`.
        self.inner.count.load(Ordering::Acquire)
    }

    /// Adds `delta` (may be negative). A result below zero (or beyond i64)
    /// leaves the counter unchanged and returns `Err(NegativeCounter)` /
    /// `Err(Overflow)`; it never panics. Reaching zero wakes every waiter.
    pub fn add(&self, delta: i64) -> Result<(), Error> {
        let c = &self.inner.count;
        let mut cur = c.load(Ordering::Relaxed);
        let new = loop {
            let new = cur.checked_add(delta).ok_or(Error::Overflow)?;
            if new < 0 {
                return Err(Error::NegativeCounter);
            }
            // AcqRel: Release publishes the caller's work to waiters that
            // see zero; Acquire chains earlier `done`s into ours.
            match c.compare_exchange_weak(cur, new, Ordering::AcqRel, Ordering::Relaxed) {
                Ok(_) => break new,
                Err(a) => cur = a,
            }
        };
        if new == 0 && delta != 0 {
            // Waiters check the counter under this lock, so either they saw
            // zero or they are in the list now.
            let ws = self.inner.waiters.lock().take_all();
            wake_all(ws);
        }
        Ok(())
    }

    /// `add(-1)`.
    pub fn done(&self) -> Result<(), Error> {
        self.add(-1)
    }

    /// Poll form of [`wait`](Self::wait).
    pub fn poll_wait(&self, cx: &TaskCx, deadline: Option<Instant>) -> Poll<Result<(), Error>> {
        if self.count() == 0 && !cx.has_key() {
            cx.check()?;
            cx.done_waiting();
            return Poll::Ready(Ok(()));
        }
        let mut wl = self.inner.waiters.lock();
        if let Some(k) = cx.take_key() {
            wl.remove(k);
        }
        if let Err(e) = cx.check() {
            drop(wl);
            cx.done_waiting();
            return Poll::Ready(Err(e));
        }
        if self.count() == 0 {
            drop(wl);
            cx.done_waiting();
            return Poll::Ready(Ok(()));
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            drop(wl);
            cx.done_waiting();
            return Poll::Ready(Err(Error::Timeout));
        }
        cx.set_key(wl.push(cx.waker()));
        drop(wl);
        cx.prepare_park(WaitReason::WaitGroup, deadline);
        Poll::Pending
    }

    /// Parks until the counter is zero.
    pub fn wait(&self) -> Result<(), Error> {
        block_on(None, |cx| self.poll_wait(cx, None))
    }

    /// [`wait`](Self::wait) with a timeout.
    pub fn wait_timeout(&self, d: Duration) -> Result<(), Error> {
        let dl = crate::deadline_after(d);
        block_on(Some(dl), |cx| self.poll_wait(cx, Some(dl)))
    }
}
