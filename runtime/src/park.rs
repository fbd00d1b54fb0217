//! Parking: who can be woken, and the lists primitives keep them in.
//!
//! * [`Waker`] wakes either a goroutine (schedules its task) or a plain OS
//!   thread blocked in a primitive (unparks it).
//! * [`WaitList`] is a FIFO of wakers with O(1) removal by key, so that a
//!   waiter that gives up (timeout, cancel, deadlock) leaves its list in O(1)
//!   even when a million others wait beside it.
//! * [`WaitSlot`] is the per-waiter bookkeeping the primitives fill in: the
//!   key of its current registration and its timer.

#[cfg(not(loom))]
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Instant;

use smallvec::SmallVec;

#[cfg(not(loom))]
use crate::sync_shim::AtomicBool;
use crate::task::TaskRef;
use crate::timer::TimerKey;
#[cfg(not(loom))]
use std::thread;

/// Something to wake: a parked goroutine or a blocked OS thread.
///
/// Obtained from [`TaskCx::waker`](crate::TaskCx::waker). Waking a goroutine
/// that is not parked (running, already scheduled, finished) is harmless: a
/// running goroutine is re-polled once after it parks.
#[derive(Clone)]
pub struct Waker(pub(crate) WakerKind);

#[derive(Clone)]
pub(crate) enum WakerKind {
    Task(TaskRef),
    Thread(Arc<ThreadParker>),
}

impl Waker {
    /// Wakes the goroutine or thread, consuming the waker.
    pub fn wake(self) {
        match self.0 {
            WakerKind::Task(t) => crate::task::Task::wake(&t),
            WakerKind::Thread(p) => p.unpark(),
        }
    }

    /// Wakes without consuming.
    pub fn wake_by_ref(&self) {
        match &self.0 {
            WakerKind::Task(t) => crate::task::Task::wake(t),
            WakerKind::Thread(p) => p.unpark(),
        }
    }
}

impl std::fmt::Debug for Waker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            WakerKind::Task(t) => write!(f, "Waker(goroutine {})", t.id),
            WakerKind::Thread(_) => f.write_str("Waker(thread)"),
        }
    }
}

/// Blocks an OS thread that is not a goroutine. One per blocking call.
#[cfg(not(loom))]
pub(crate) struct ThreadParker {
    notified: AtomicBool,
    thread: thread::Thread,
}

#[cfg(not(loom))]
impl ThreadParker {
    pub(crate) fn new() -> Arc<Self> {
        Arc::new(ThreadParker {
            notified: AtomicBool::new(false),
            thread: thread::current(),
        })
    }

    pub(crate) fn unpark(&self) {
        // Release: the state change the waker made before waking (an item
        // pushed, a counter at zero) is visible to the thread's re-poll,
        // which starts after its Acquire swap below observes `true`.
        self.notified.store(true, Ordering::Release);
        self.thread.unpark();
    }

    /// Parks until unparked or `deadline` passes. Spurious returns are fine:
    /// the caller re-polls.
    pub(crate) fn park(&self, deadline: Option<Instant>) {
        loop {
            // Acquire: pairs with the Release store in `unpark`.
            if self.notified.swap(false, Ordering::Acquire) {
                return;
            }
            match deadline {
                None => thread::park(),
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return;
                    }
                    thread::park_timeout(d - now);
                }
            }
        }
    }
}

/// Under loom: the same contract on loom's Mutex + Condvar (models use no
/// deadlines).
#[cfg(loom)]
pub(crate) struct ThreadParker {
    notified: loom::sync::Mutex<bool>,
    cv: loom::sync::Condvar,
}

#[cfg(loom)]
impl ThreadParker {
    pub(crate) fn new() -> Arc<Self> {
        Arc::new(ThreadParker {
            notified: loom::sync::Mutex::new(false),
            cv: loom::sync::Condvar::new(),
        })
    }

    pub(crate) fn unpark(&self) {
        *self.notified.lock().unwrap() = true;
        self.cv.notify_one();
    }

    pub(crate) fn park(&self, _deadline: Option<Instant>) {
        let mut n = self.notified.lock().unwrap();
        while !*n {
            n = self.cv.wait(n).unwrap();
        }
        *n = false;
    }
}

/// Key of one registration in a [`WaitList`]; stale keys are detected by
/// generation, so removing twice or after a pop is a harmless `false`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WaitKey {
    idx: u32,
    gen: u32,
}

const NIL: u32 = u32::MAX;

struct Node {
    waker: Option<Waker>,
    prev: u32,
    next: u32,
    gen: u32,
}

/// FIFO of wakers in a slab: push, pop-front and remove-by-key are O(1).
/// Lives inside a primitive's mutex; never touched without it.
pub(crate) struct WaitList {
    /// The first waiter lives inline: a promise or a goroutine's lone waiter
    /// costs no allocation.
    nodes: SmallVec<[Node; 1]>,
    head: u32,
    tail: u32,
    free: u32,
    len: usize,
}

impl Default for WaitList {
    fn default() -> Self {
        WaitList {
            nodes: SmallVec::new(),
            head: NIL,
            tail: NIL,
            free: NIL,
            len: 0,
        }
    }
}

impl WaitList {
    #[allow(dead_code)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    #[allow(dead_code)]
    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub(crate) fn push(&mut self, waker: Waker) -> WaitKey {
        let idx = if self.free != NIL {
            let i = self.free;
            self.free = self.nodes[i as usize].next;
            let n = &mut self.nodes[i as usize];
            n.waker = Some(waker);
            n.prev = self.tail;
            n.next = NIL;
            i
        } else {
            let i =
                u32::try_from(self.nodes.len()).expect("more than 2^32 waiters on one primitive");
            self.nodes.push(Node {
                waker: Some(waker),
                prev: self.tail,
                next: NIL,
                gen: 0,
            });
            i
        };
        if self.tail != NIL {
            self.nodes[self.tail as usize].next = idx;
        } else {
            self.head = idx;
        }
        self.tail = idx;
        self.len += 1;
        WaitKey {
            idx,
            gen: self.nodes[idx as usize].gen,
        }
    }

    fn unlink(&mut self, idx: u32) -> Waker {
        let (prev, next) = {
            let n = &self.nodes[idx as usize];
            (n.prev, n.next)
        };
        if prev != NIL {
            self.nodes[prev as usize].next = next;
        } else {
            self.head = next;
        }
        if next != NIL {
            self.nodes[next as usize].prev = prev;
        } else {
            self.tail = prev;
        }
        let n = &mut self.nodes[idx as usize];
        n.gen = n.gen.wrapping_add(1);
        n.next = self.free;
        n.prev = NIL;
        self.free = idx;
        self.len -= 1;
        n.waker.take().expect("linked node holds a waker")
    }

    /// Removes and returns the oldest waiter.
    pub(crate) fn pop(&mut self) -> Option<Waker> {
        if self.head == NIL {
            None
        } else {
            Some(self.unlink(self.head))
        }
    }

    /// Removes a registration; `false` if it was already popped (woken).
    pub(crate) fn remove(&mut self, key: WaitKey) -> bool {
        match self.nodes.get(key.idx as usize) {
            Some(n) if n.gen == key.gen && n.waker.is_some() => {
                self.unlink(key.idx);
                true
            }
            _ => false,
        }
    }

    /// Removes every waiter (to be woken after the lock is released).
    pub(crate) fn take_all(&mut self) -> Wakers {
        let mut out = Wakers::new();
        if self.len == 0 {
            return out;
        }
        while let Some(w) = self.pop() {
            out.push(w);
        }
        // Give the slab's memory back once a crowd has left.
        if self.nodes.len() > 64 {
            *self = WaitList::default();
        }
        out
    }
}

/// Per-waiter state the primitives keep between polls: the current wait
/// registration and its timer. A goroutine has one (it waits on one thing at
/// a time); a blocking OS-thread call has one on its stack.
#[derive(Default)]
pub(crate) struct WaitSlot {
    pub(crate) key: Option<WaitKey>,
    pub(crate) timer: Option<TimerKey>,
}

/// A batch of wakers taken out of a list, to be woken outside its lock.
pub(crate) type Wakers = SmallVec<[Waker; 2]>;

/// Wakes a batch of wakers (outside any lock).
pub(crate) fn wake_all(ws: Wakers) {
    for w in ws {
        w.wake();
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    fn tw() -> Waker {
        Waker(WakerKind::Thread(ThreadParker::new()))
    }

    #[test]
    fn fifo_and_remove() {
        let mut l = WaitList::default();
        let a = l.push(tw());
        let b = l.push(tw());
        let c = l.push(tw());
        assert_eq!(l.len(), 3);
        assert!(l.remove(b));
        assert!(!l.remove(b));
        assert!(l.pop().is_some()); // a
        assert!(!l.remove(a));
        let d = l.push(tw()); // reuses a slot, new generation
        assert!(!l.remove(a));
        assert!(l.remove(c));
        assert!(l.remove(d));
        assert!(l.is_empty());
        assert!(l.pop().is_none());
    }
}

#[cfg(all(test, loom))]
mod loom_tests {
    use super::*;

    #[test]
    fn parker_unpark_is_not_lost() {
        loom::model(|| {
            let (tx, rx) = loom::sync::mpsc::channel();
            let t = loom::thread::spawn(move || {
                let p = ThreadParker::new();
                tx.send(p.clone()).unwrap();
                p.park(None);
            });
            let p = rx.recv().unwrap();
            p.unpark();
            t.join().unwrap();
        });
    }
}
