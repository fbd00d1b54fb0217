//! spindle-runtime: goroutines as stackful coroutines, multiplexed M:N over
//! a work-stealing pool of OS threads.
//!
//! It knows nothing about scripts: an embedder can use it alone. See
//! `README.md` for the concepts and the contract with the VM, and the essay
//! at the top of [`scheduler`] for how the scheduler works.
//!
//! | module | holds |
//! |---|---|
//! | [`scheduler`] | the essay; `Runtime`, `Builder`, `Handle`, stats |
//! | `worker` | a worker's loop: queues, stealing, running a task |
//! | `task` | a goroutine's state machine, `TaskCx`, `Step`, `block_on` |
//! | `stack` | stack regions, guard pages, per-worker pools |
//! | `park` | wakers, wait lists, OS-thread parking |
//! | `timer` | the timer thread |
//! | `scope` | scopes: cancellation, deadlock detection, wait-for-all |
//! | `blocking` | the blocking pool |
//! | [`sync`] | `Queue`, `WaitGroup`, `Atomic`, `Promise`, `Mutex`, `sleep` |
//! | `error` | the one error type |
//!
//! # A stackless goroutine (how the VM runs script code)
//!
//! ```
//! use std::task::Poll;
//! use spindle_runtime::{Error, Queue, Runtime, Scope, Site, Step};
//!
//! let rt = Runtime::builder().workers(2).build().unwrap();
//! let scope = Scope::new_named(&rt, "script.py");
//! let q = Queue::<i64>::unbounded();
//! let q2 = q.clone();
//! let mut sum = 0;
//! let main = scope.task().main().spawn_poll(move |cx| loop {
//!     cx.set_site(Site::Static("Queue.get at script.py:3"));
//!     match q2.poll_get(cx, None) {
//!         Poll::Ready(Ok(v)) => sum += v,                   // next "opcode"
//!         Poll::Ready(Err(Error::Closed)) => return Step::Ready(sum),
//!         Poll::Ready(Err(e)) => panic!("{e}"),             // Cancelled, Deadlock...
//!         Poll::Pending => return Step::Pending,            // parked, no stack held
//!     }
//! });
//! for i in 1..=10 { q.put(i).unwrap(); }
//! q.close();
//! assert_eq!(main.get().unwrap(), 55);
//! scope.wait_all().unwrap();
//! ```

#![warn(missing_docs)]

mod blocking;
mod error;
mod park;
pub mod scheduler;
mod scope;
mod stack;
pub mod sync;
mod sync_shim;
mod task;
mod timer;
mod worker;

pub use blocking::{run_blocking, spawn_blocking};
pub use error::Error;
pub use park::Waker;
pub use scheduler::{global, Builder, Handle, Runtime, RuntimeStats};
pub use scope::{
    BlockedGoroutine, CancelToken, DeadlockReport, ExternalGuard, Scope, ScopeStats, Site,
    TaskBuilder, WaitReason,
};
pub use stack::stack_pointer;
pub use sync::atomic::Atomic;
pub use sync::mutex::{Mutex, MutexGuard};
pub use sync::promise::{JoinHandle, Promise};
pub use sync::queue::Queue;
pub use sync::sleep::{poll_sleep_until, sleep, sleep_until};
pub use sync::wait_group::WaitGroup;
pub use task::{block_on, Step, TaskCx, DEFAULT_BUDGET};

/// Calls `f` with the running goroutine's context (`None` on a plain OS
/// thread, or on a worker between goroutines).
pub fn with_current<R>(f: impl FnOnce(Option<&TaskCx>) -> R) -> R {
    let p = task::current_cx_ptr();
    if p.is_null() {
        f(None)
    } else {
        // SAFETY: CURRENT_CX is only set by a running goroutine to its own
        // TaskCx, which lives on the stack we are running on, and cleared
        // when it stops; `f` cannot keep the reference (lifetime-bound).
        f(Some(unsafe { &*p }))
    }
}

/// True when called on a goroutine.
pub fn in_goroutine() -> bool {
    !task::current_cx_ptr().is_null()
}

/// Spawns a stackful goroutine: in the caller's scope on a goroutine, else
/// in the global runtime's root scope.
pub fn spawn<T, F>(f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let mut f = Some(f);
    // Borrow the caller's scope rather than cloning a handle to it.
    let on_goroutine = with_current(|cx| {
        let t = cx?.task()?;
        Some(scope::spawn_in(&t.scope, f.take().expect("not taken yet")))
    });
    match on_goroutine {
        Some(p) => p,
        None => global().spawn(f.take().expect("not taken yet")),
    }
}

/// Yields the running goroutine (stackful; keeps its stack) so others run.
/// `Err(Cancelled)` in a cancelled scope. On an OS thread: a thread yield.
pub fn yield_now() -> Result<(), Error> {
    with_current(|cx| match cx {
        Some(cx) => cx.yield_now(),
        None => {
            std::thread::yield_now();
            Ok(())
        }
    })
}

/// Charges one unit of the running goroutine's budget; true when it should
/// yield. Prefer [`TaskCx::should_yield`] when a `&TaskCx` is at hand (no
/// thread-local lookup).
pub fn should_yield() -> bool {
    with_current(|cx| cx.is_some_and(|cx| cx.should_yield()))
}

/// Attaches a wait site to the running goroutine's next park (shown in
/// deadlock reports). No-op on an OS thread.
pub fn set_site(site: Site) {
    with_current(|cx| {
        if let Some(cx) = cx {
            cx.set_site(site)
        }
    })
}

/// The instant `d` from now; a wait too long for the clock (years past
/// any real deadline) is capped instead of overflowing `Instant`.
pub fn deadline_after(d: std::time::Duration) -> std::time::Instant {
    let now = std::time::Instant::now();
    now.checked_add(d)
        .or_else(|| now.checked_add(std::time::Duration::from_secs(1 << 32)))
        .unwrap_or(now)
}
