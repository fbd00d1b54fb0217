//! `Promise<T>` (alias `JoinHandle<T>`): the result of a goroutine, or of any
//! computation that completes once.

use std::sync::atomic::Ordering;

use crate::sync_shim::AtomicBool;
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};

use crate::sync_shim::Mutex;

use crate::error::Error;
use crate::park::{wake_all, WaitList};
use crate::scope::WaitReason;
use crate::task::{block_on, TaskCx};

struct State<T> {
    value: Option<Result<T, Error>>,
    taken: bool,
    waiters: WaitList,
}

struct Inner<T> {
    done: AtomicBool,
    st: Mutex<State<T>>,
}

/// A value that arrives once. Clonable; every clone sees the same value.
///
/// A goroutine's promise completes with its result, with
/// `Error::Panicked(msg)` if it panicked, or `Error::Cancelled` if its scope
/// was cancelled before it started.
pub struct Promise<T> {
    inner: Arc<Inner<T>>,
}

/// The handle [`spawn`](crate::spawn) returns.
pub type JoinHandle<T> = Promise<T>;

impl<T> Clone for Promise<T> {
    fn clone(&self) -> Self {
        Promise {
            inner: self.inner.clone(),
        }
    }
}

impl<T> Default for Promise<T> {
    fn default() -> Self {
        Promise::new()
    }
}

impl<T> std::fmt::Debug for Promise<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Promise(done={})", self.is_done())
    }
}

impl<T> Promise<T> {
    /// A pending promise, completed with [`complete`](Self::complete).
    pub fn new() -> Promise<T> {
        Promise {
            inner: Arc::new(Inner {
                done: AtomicBool::new(false),
                st: Mutex::new(State {
                    value: None,
                    taken: false,
                    waiters: WaitList::default(),
                }),
            }),
        }
    }

    /// Sets the outcome and wakes every waiter. The first call wins; later
    /// ones return false.
    pub fn complete(&self, r: Result<T, Error>) -> bool {
        let mut st = self.inner.st.lock();
        if st.value.is_some() || st.taken {
            return false;
        }
        st.value = Some(r);
        // Release: a reader that sees `done` (Acquire) then locks and reads.
        self.inner.done.store(true, Ordering::Release);
        let ws = st.waiters.take_all();
        drop(st);
        wake_all(ws);
        true
    }

    /// Whether it has completed.
    pub fn is_done(&self) -> bool {
        // Acquire: pairs with the Release in `complete`.
        self.inner.done.load(Ordering::Acquire)
    }

    fn poll_with<R>(
        &self,
        cx: &TaskCx,
        deadline: Option<Instant>,
        reason: WaitReason,
        mut read: impl FnMut(&mut State<T>) -> Result<R, Error>,
    ) -> Poll<Result<R, Error>> {
        let mut st = self.inner.st.lock();
        if let Some(k) = cx.take_key() {
            st.waiters.remove(k);
        }
        if let Err(e) = cx.check() {
            drop(st);
            cx.done_waiting();
            return Poll::Ready(Err(e));
        }
        if st.value.is_some() || st.taken {
            let r = read(&mut st);
            drop(st);
            cx.done_waiting();
            return Poll::Ready(r);
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            drop(st);
            cx.done_waiting();
            return Poll::Ready(Err(Error::Timeout));
        }
        cx.set_key(st.waiters.push(cx.waker()));
        drop(st);
        cx.prepare_park(reason, deadline);
        Poll::Pending
    }

    /// Poll form of [`wait`](Self::wait).
    pub fn poll_wait(&self, cx: &TaskCx, deadline: Option<Instant>) -> Poll<Result<(), Error>> {
        self.poll_with(cx, deadline, WaitReason::Promise, read_unit)
    }

    /// Waits for completion. `Ok(())` if it completed with a value, the
    /// goroutine's error otherwise (every time); `Cancelled`/`Deadlock` if
    /// the caller is interrupted.
    pub fn wait(&self) -> Result<(), Error> {
        block_on(None, |cx| self.poll_wait(cx, None))
    }

    /// [`wait`](Self::wait) with a timeout.
    pub fn wait_timeout(&self, d: Duration) -> Result<(), Error> {
        let dl = crate::deadline_after(d);
        block_on(Some(dl), |cx| self.poll_wait(cx, Some(dl)))
    }

    /// Poll form of [`join`](Self::join): takes the value.
    pub fn poll_join(&self, cx: &TaskCx, deadline: Option<Instant>) -> Poll<Result<T, Error>> {
        self.poll_with(cx, deadline, WaitReason::Promise, take_value)
    }

    /// Waits and moves the value out (for non-`Clone` results). Other
    /// clones then get `Error::Taken`.
    pub fn join(self) -> Result<T, Error> {
        self.join_as(WaitReason::Promise)
    }

    pub(crate) fn join_as(self, reason: WaitReason) -> Result<T, Error> {
        block_on(None, |cx| self.poll_with(cx, None, reason, take_value))
    }

    /// [`join`](Self::join) with a timeout.
    pub fn join_timeout(self, d: Duration) -> Result<T, Error> {
        let dl = crate::deadline_after(d);
        block_on(Some(dl), |cx| {
            self.poll_with(cx, Some(dl), WaitReason::Promise, take_value)
        })
    }
}

fn read_unit<T>(st: &mut State<T>) -> Result<(), Error> {
    match &st.value {
        Some(Ok(_)) => Ok(()),
        Some(Err(e)) => Err(e.clone()),
        None => Err(Error::Taken),
    }
}

fn take_value<T>(st: &mut State<T>) -> Result<T, Error> {
    match st.value.take() {
        Some(Ok(v)) => {
            st.taken = true;
            Ok(v)
        }
        Some(Err(e)) => {
            st.value = Some(Err(e.clone()));
            Err(e)
        }
        None => Err(Error::Taken),
    }
}

impl<T: Clone> Promise<T> {
    /// Poll form of [`get`](Self::get).
    pub fn poll_get(&self, cx: &TaskCx, deadline: Option<Instant>) -> Poll<Result<T, Error>> {
        self.poll_with(cx, deadline, WaitReason::Promise, |st| match &st.value {
            Some(Ok(v)) => Ok(v.clone()),
            Some(Err(e)) => Err(e.clone()),
            None => Err(Error::Taken),
        })
    }

    /// Waits and returns a clone of the value (or the goroutine's error),
    /// as often as called.
    pub fn get(&self) -> Result<T, Error> {
        block_on(None, |cx| self.poll_get(cx, None))
    }

    /// [`get`](Self::get) with a timeout (`Error::Timeout`).
    pub fn get_timeout(&self, d: Duration) -> Result<T, Error> {
        let dl = crate::deadline_after(d);
        block_on(Some(dl), |cx| self.poll_get(cx, Some(dl)))
    }

    /// The value if completed, without waiting.
    pub fn try_get(&self) -> Option<Result<T, Error>> {
        if !self.is_done() {
            return None;
        }
        let st = self.inner.st.lock();
        match &st.value {
            Some(r) => Some(r.clone()),
            None => Some(Err(Error::Taken)),
        }
    }
}
