//! `Queue<T>`: a FIFO channel, bounded or unbounded, with close.
//!
//! One mutex guards the buffer and two wait lists (getters parked on empty,
//! putters parked on full). A `put` that adds an item pops one getter; a
//! `get` that frees a slot pops one putter; `close` wakes everyone. A waiter
//! that was popped but gives up (cancel, deadlock, timeout) passes the wake
//! on to the next waiter if its condition still holds, so no wake is lost.

use std::collections::VecDeque;
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};

use crate::sync_shim::Mutex;

use crate::error::Error;
use crate::park::{wake_all, WaitList, Waker};
use crate::scope::WaitReason;
use crate::task::{block_on, TaskCx};

struct State<T> {
    buf: VecDeque<T>,
    closed: bool,
    getters: WaitList,
    putters: WaitList,
}

struct Inner<T> {
    /// 0 = unbounded.
    cap: usize,
    st: Mutex<State<T>>,
}

/// A multi-producer multi-consumer FIFO queue. Clones share the queue.
pub struct Queue<T> {
    inner: Arc<Inner<T>>,
}

impl<T> Clone for Queue<T> {
    fn clone(&self) -> Self {
        Queue {
            inner: self.inner.clone(),
        }
    }
}

impl<T> std::fmt::Debug for Queue<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Queue(len={}, cap={})", self.len(), self.inner.cap)
    }
}

impl<T> Queue<T> {
    /// `maxsize <= 0` is unbounded (Python's convention).
    pub fn new(maxsize: i64) -> Queue<T> {
        if maxsize <= 0 {
            Queue::unbounded()
        } else {
            Queue::bounded(usize::try_from(maxsize).unwrap_or(usize::MAX))
        }
    }

    /// An unbounded queue.
    pub fn unbounded() -> Queue<T> {
        Queue::with_cap(0)
    }

    /// A queue holding at most `cap` items (`cap` ≥ 1).
    pub fn bounded(cap: usize) -> Queue<T> {
        Queue::with_cap(cap.max(1))
    }

    fn with_cap(cap: usize) -> Queue<T> {
        Queue {
            inner: Arc::new(Inner {
                cap,
                st: Mutex::new(State {
                    buf: VecDeque::new(),
                    closed: false,
                    getters: WaitList::default(),
                    putters: WaitList::default(),
                }),
            }),
        }
    }

    /// Items waiting.
    pub fn len(&self) -> usize {
        self.inner.st.lock().buf.len()
    }

    /// No items waiting.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bound (None = unbounded).
    pub fn capacity(&self) -> Option<usize> {
        (self.inner.cap > 0).then_some(self.inner.cap)
    }

    /// Closes the queue (idempotent): parked putters fail with `Closed`,
    /// getters drain what remains and then fail with `Closed`.
    pub fn close(&self) {
        let mut st = self.inner.st.lock();
        if st.closed {
            return;
        }
        st.closed = true;
        let mut ws = st.getters.take_all();
        ws.extend(st.putters.take_all());
        drop(st);
        wake_all(ws);
    }

    /// Whether closed.
    pub fn is_closed(&self) -> bool {
        self.inner.st.lock().closed
    }

    fn full(&self, st: &State<T>) -> bool {
        self.inner.cap != 0 && st.buf.len() >= self.inner.cap
    }

    /// Poll form of [`get`](Self::get).
    pub fn poll_get(&self, cx: &TaskCx, deadline: Option<Instant>) -> Poll<Result<T, Error>> {
        let mut st = self.inner.st.lock();
        let woken = cx.take_key().is_some_and(|k| !st.getters.remove(k));
        if let Err(e) = cx.check() {
            let next = if woken && (!st.buf.is_empty() || st.closed) {
                st.getters.pop()
            } else {
                None
            };
            drop(st);
            wake_opt(next);
            cx.done_waiting();
            return Poll::Ready(Err(e));
        }
        if let Some(v) = st.buf.pop_front() {
            let next = if self.inner.cap != 0 {
                st.putters.pop()
            } else {
                None
            };
            drop(st);
            wake_opt(next);
            cx.done_waiting();
            return Poll::Ready(Ok(v));
        }
        if st.closed {
            drop(st);
            cx.done_waiting();
            return Poll::Ready(Err(Error::Closed));
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            drop(st);
            cx.done_waiting();
            return Poll::Ready(Err(Error::Timeout));
        }
        cx.set_key(st.getters.push(cx.waker()));
        drop(st);
        cx.prepare_park(WaitReason::QueueGet, deadline);
        Poll::Pending
    }

    /// Poll form of [`put`](Self::put): takes the item out of `item` when it
    /// is accepted (or dropped on error); leaves it there on `Pending`.
    pub fn poll_put(
        &self,
        cx: &TaskCx,
        item: &mut Option<T>,
        deadline: Option<Instant>,
    ) -> Poll<Result<(), Error>> {
        let mut st = self.inner.st.lock();
        let woken = cx.take_key().is_some_and(|k| !st.putters.remove(k));
        if let Err(e) = cx.check() {
            let next = if woken && (!self.full(&st) || st.closed) {
                st.putters.pop()
            } else {
                None
            };
            drop(st);
            wake_opt(next);
            cx.done_waiting();
            item.take();
            return Poll::Ready(Err(e));
        }
        if st.closed {
            drop(st);
            cx.done_waiting();
            item.take();
            return Poll::Ready(Err(Error::Closed));
        }
        if !self.full(&st) {
            st.buf
                .push_back(item.take().expect("poll_put called without an item"));
            let next = st.getters.pop();
            drop(st);
            wake_opt(next);
            cx.done_waiting();
            return Poll::Ready(Ok(()));
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            drop(st);
            cx.done_waiting();
            item.take();
            return Poll::Ready(Err(Error::Timeout));
        }
        cx.set_key(st.putters.push(cx.waker()));
        drop(st);
        cx.prepare_park(WaitReason::QueuePut, deadline);
        Poll::Pending
    }

    /// Takes the oldest item, parking while the queue is empty. After
    /// `close`, drains the rest, then `Err(Closed)`.
    pub fn get(&self) -> Result<T, Error> {
        block_on(None, |cx| self.poll_get(cx, None))
    }

    /// [`get`](Self::get) with a timeout (`Error::Timeout`).
    pub fn get_timeout(&self, d: Duration) -> Result<T, Error> {
        let dl = crate::deadline_after(d);
        block_on(Some(dl), |cx| self.poll_get(cx, Some(dl)))
    }

    /// Appends an item, parking while the queue is full. `Err(Closed)` if
    /// the queue is (or becomes, while parked) closed; the item is dropped.
    pub fn put(&self, item: T) -> Result<(), Error> {
        let mut slot = Some(item);
        block_on(None, |cx| self.poll_put(cx, &mut slot, None))
    }

    /// [`put`](Self::put) with a timeout.
    pub fn put_timeout(&self, item: T, d: Duration) -> Result<(), Error> {
        let dl = crate::deadline_after(d);
        let mut slot = Some(item);
        block_on(Some(dl), |cx| self.poll_put(cx, &mut slot, Some(dl)))
    }

    /// Takes an item if one is there (`Err(Closed)` once closed and drained,
    /// `Ok(None)` if merely empty).
    pub fn try_get(&self) -> Result<Option<T>, Error> {
        let mut st = self.inner.st.lock();
        match st.buf.pop_front() {
            Some(v) => {
                let next = if self.inner.cap != 0 {
                    st.putters.pop()
                } else {
                    None
                };
                drop(st);
                wake_opt(next);
                Ok(Some(v))
            }
            None if st.closed => Err(Error::Closed),
            None => Ok(None),
        }
    }

    /// Appends if there is room: `Ok(None)` when accepted, `Ok(Some(item))`
    /// back when full, `Err(Closed)` when closed.
    pub fn try_put(&self, item: T) -> Result<Option<T>, Error> {
        let mut st = self.inner.st.lock();
        if st.closed {
            return Err(Error::Closed);
        }
        if self.full(&st) {
            return Ok(Some(item));
        }
        st.buf.push_back(item);
        let next = st.getters.pop();
        drop(st);
        wake_opt(next);
        Ok(None)
    }

    /// Iterates with [`get`](Self::get) until the queue is closed and
    /// drained (or the caller is interrupted: check
    /// [`Iter::error`] afterwards).
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { q: self, err: None }
    }
}

fn wake_opt(w: Option<Waker>) {
    if let Some(w) = w {
        w.wake();
    }
}

/// Blocking iterator over a queue (`for item in &queue`).
pub struct Iter<'a, T> {
    q: &'a Queue<T>,
    err: Option<Error>,
}

impl<T> Iter<'_, T> {
    /// The error that ended the iteration, if it was not a normal close
    /// (`Cancelled`, `Deadlock`).
    pub fn error(&self) -> Option<&Error> {
        self.err.as_ref()
    }
}

impl<T> Iterator for Iter<'_, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.err.is_some() {
            return None;
        }
        match self.q.get() {
            Ok(v) => Some(v),
            Err(Error::Closed) => None,
            Err(e) => {
                self.err = Some(e);
                None
            }
        }
    }
}

impl<'a, T> IntoIterator for &'a Queue<T> {
    type Item = T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}
