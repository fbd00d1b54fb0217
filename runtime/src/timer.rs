//! Timers: one thread per runtime and a binary heap, never a thread per
//! sleeper.
//!
//! `insert` files a (deadline, waker) pair and returns a key; `remove`
//! cancels it. The timer thread sleeps on a condvar until the earliest
//! deadline, then wakes the due wakers outside the lock. Cancelled entries
//! are dropped lazily when they reach the top of the heap.
//!
//! A pending timer counts as "activity" in its scope (deadlock detection
//! must not fire while a sleeper will wake): `insert` raises the scope's
//! active count, and whoever removes the entry — `remove`, or the timer
//! thread firing it (after waking the waker) — lowers it.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::sync::Arc;
use std::time::Instant;

use parking_lot::{Condvar, Mutex};

use crate::park::Waker;
use crate::scope::ScopeInner;

/// Key of one pending timer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct TimerKey(u64);

struct Entry {
    waker: Waker,
    scope: Option<Arc<ScopeInner>>,
}

#[derive(Default)]
struct State {
    heap: BinaryHeap<Reverse<(Instant, u64)>>,
    live: HashMap<u64, Entry>,
    next: u64,
    shutdown: bool,
}

pub(crate) struct Timers {
    st: Mutex<State>,
    cv: Condvar,
}

impl Timers {
    pub(crate) fn new() -> Arc<Timers> {
        Arc::new(Timers {
            st: Mutex::new(State::default()),
            cv: Condvar::new(),
        })
    }

    pub(crate) fn insert(
        &self,
        deadline: Instant,
        waker: Waker,
        scope: Option<Arc<ScopeInner>>,
    ) -> TimerKey {
        if let Some(s) = &scope {
            s.active_inc();
        }
        let mut st = self.st.lock();
        let id = st.next;
        st.next += 1;
        let earliest = st.heap.peek().map(|Reverse((d, _))| *d);
        st.heap.push(Reverse((deadline, id)));
        st.live.insert(id, Entry { waker, scope });
        drop(st);
        if earliest.is_none_or(|e| deadline < e) {
            self.cv.notify_one();
        }
        TimerKey(id)
    }

    /// Cancels a timer; false if it already fired.
    pub(crate) fn remove(&self, key: TimerKey) -> bool {
        let mut st = self.st.lock();
        let e = st.live.remove(&key.0);
        // Cancelled entries stay in the heap until they surface; rebuild it
        // when they dominate, so frequent short-lived timeouts with long
        // deadlines cannot grow it without bound.
        if st.heap.len() > 1024 && st.heap.len() > 2 * st.live.len() {
            let live = std::mem::take(&mut st.live);
            st.heap.retain(|Reverse((_, id))| live.contains_key(id));
            st.live = live;
        }
        drop(st);
        match e {
            Some(e) => {
                if let Some(s) = e.scope {
                    s.active_dec();
                }
                true
            }
            None => false,
        }
    }

    pub(crate) fn pending(&self) -> usize {
        self.st.lock().live.len()
    }

    pub(crate) fn shutdown(&self) {
        self.st.lock().shutdown = true;
        self.cv.notify_all();
    }

    /// The timer thread's loop.
    pub(crate) fn run(&self) {
        let mut due = Vec::new();
        let mut st = self.st.lock();
        loop {
            if st.shutdown {
                return;
            }
            let now = Instant::now();
            while let Some(&Reverse((d, id))) = st.heap.peek() {
                if d > now {
                    break;
                }
                st.heap.pop();
                if let Some(e) = st.live.remove(&id) {
                    due.push(e);
                }
            }
            if !due.is_empty() {
                drop(st);
                for e in due.drain(..) {
                    // Wake first, then drop the timer's activity count, so
                    // the scope never looks idle in between.
                    e.waker.wake();
                    if let Some(s) = e.scope {
                        s.active_dec();
                    }
                }
                st = self.st.lock();
                continue;
            }
            match st.heap.peek() {
                Some(&Reverse((d, _))) => {
                    self.cv.wait_until(&mut st, d);
                }
                None => self.cv.wait(&mut st),
            }
        }
    }
}
