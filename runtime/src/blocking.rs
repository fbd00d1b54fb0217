//! The blocking pool: OS threads for host work that may block (file or
//! network I/O, a foreign call), so that workers never block.
//!
//! A goroutine calling [`run_blocking`](crate::run_blocking) hands the
//! closure to the pool and parks (`WaitReason::Blocking`) until it returns.
//! The job counts as an outside waker of the goroutine's scope while it runs
//! (no false deadlock). Threads are started on demand up to a maximum and
//! exit after 10 s idle; shutdown joins them all.

use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::error::Error;
use crate::sync::promise::Promise;

type Job = Box<dyn FnOnce() + Send>;

const IDLE_EXIT: Duration = Duration::from_secs(10);

#[derive(Default)]
struct State {
    jobs: VecDeque<Job>,
    idle: usize,
    threads: usize,
    shutdown: bool,
    handles: Vec<JoinHandle<()>>,
}

struct Inner {
    st: Mutex<State>,
    cv: Condvar,
    max: usize,
    name: String,
}

pub(crate) struct BlockingPool(Arc<Inner>);

impl BlockingPool {
    pub(crate) fn new(max: usize, name: String) -> Self {
        BlockingPool(Arc::new(Inner {
            st: Mutex::new(State::default()),
            cv: Condvar::new(),
            max,
            name,
        }))
    }

    pub(crate) fn threads(&self) -> usize {
        self.0.st.lock().threads
    }

    fn submit(&self, job: Job) -> Result<(), Error> {
        let mut st = self.0.st.lock();
        if st.shutdown {
            return Err(Error::Shutdown);
        }
        st.jobs.push_back(job);
        if st.idle > 0 {
            drop(st);
            self.0.cv.notify_one();
            return Ok(());
        }
        if st.threads < self.0.max {
            st.threads += 1;
            st.handles.retain(|h| !h.is_finished());
            let inner = self.0.clone();
            let n = st.threads;
            match std::thread::Builder::new()
                .name(format!("{}-{n}", self.0.name))
                .spawn(move || run(inner))
            {
                Ok(h) => st.handles.push(h),
                Err(_) => st.threads -= 1, // the job waits for a running thread
            }
        }
        Ok(())
    }

    pub(crate) fn shutdown(&self) {
        let handles = {
            let mut st = self.0.st.lock();
            st.shutdown = true;
            std::mem::take(&mut st.handles)
        };
        self.0.cv.notify_all();
        for h in handles {
            let _ = h.join();
        }
    }
}

fn run(inner: Arc<Inner>) {
    let mut st = inner.st.lock();
    loop {
        if let Some(job) = st.jobs.pop_front() {
            drop(st);
            job();
            st = inner.st.lock();
            continue;
        }
        if st.shutdown {
            break;
        }
        st.idle += 1;
        let timed_out = inner.cv.wait_for(&mut st, IDLE_EXIT).timed_out();
        st.idle -= 1;
        if timed_out && st.jobs.is_empty() {
            break;
        }
    }
    st.threads -= 1;
}

/// Runs `f` on the blocking pool of the current runtime; the promise
/// completes with its result (`Error::Panicked` if it panicked). Called on a
/// goroutine, the job counts as an outside waker of its scope until done.
pub fn spawn_blocking<R, F>(f: F) -> Promise<R>
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    let promise = Promise::new();
    let p = promise.clone();
    let guard = crate::Scope::current().map(|s| s.external());
    let rt = crate::Handle::current();
    let job: Job = Box::new(move || {
        let r = catch_unwind(AssertUnwindSafe(f)).map_err(|e| {
            let msg: Arc<str> = e
                .downcast_ref::<&str>()
                .map(|s| (*s).into())
                .or_else(|| e.downcast_ref::<String>().map(|s| s.as_str().into()))
                .unwrap_or_else(|| "non-string panic payload".into());
            Error::Panicked(msg)
        });
        // Complete (which wakes the waiter, counted active) before the guard
        // drops its count.
        p.complete(r);
        drop(guard);
    });
    if let Err(e) = rt.0.blocking.submit(job) {
        promise.complete(Err(e));
    }
    promise
}

/// Runs host work that may block. On a goroutine: on the blocking pool,
/// parking the goroutine until it returns. On an OS thread: inline.
pub fn run_blocking<R, F>(f: F) -> Result<R, Error>
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    if crate::in_goroutine() {
        spawn_blocking(f).join_as(crate::WaitReason::Blocking)
    } else {
        Ok(f())
    }
}
