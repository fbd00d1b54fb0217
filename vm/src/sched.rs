//! The interpreter's side of the scheduler contract (runtime/README.md):
//! blocking operations, preemption and sleeping.
//!
//! A blocking call made directly from bytecode on a goroutine driven
//! stacklessly (`Vm::driver`) does not keep the native stack: when the
//! primitive is not ready, `block_on` returns the *park* signal, the
//! interpreter loop returns `Exit::Parked` with the instruction pointer on
//! the call, and the goroutine is polled again when woken, re-executing the
//! call (which polls the same operation again). Anywhere else (native
//! re-entry, a plain OS thread) the runtime's blocking form suspends the
//! coroutine or blocks the thread.

use std::task::Poll;
use std::time::{Duration, Instant};

use spindle_runtime::{Error as RtError, Site, TaskCx};

use crate::exc::{self, PyErr};
use crate::interp::Vm;
use crate::types::types;
use crate::PyResult;

/// Turns a runtime error into the script exception SPEC part 3 names.
pub fn map_error(e: RtError) -> PyErr {
    let t = types();
    match e {
        RtError::Closed => PyErr::msg(&t.queue_closed, "queue is closed"),
        RtError::Timeout => exc::timeout_error("timed out"),
        RtError::Cancelled => crate::context::cancelled_error(),
        RtError::Deadlock(report) => PyErr::msg(&t.deadlock, report.to_string()),
        RtError::NegativeCounter => exc::value_error("negative WaitGroup counter"),
        RtError::Overflow => exc::overflow_error("Atomic value out of range"),
        other => exc::runtime_error(other.to_string()),
    }
}

impl Vm {
    /// Whether a Pending poll may park by returning to the driver.
    pub fn can_park_stackless(&self) -> bool {
        self.driver && self.park_ok && self.native_depth == 1
    }

    /// Where the current frame is, for deadlock reports.
    fn site(&self, what: &'static str) -> Site {
        match self.frames.last() {
            Some(f) => {
                let c = &f.code.get().code;
                Site::at(what, c.filename.clone(), c.line_at(f.ip.saturating_sub(1)))
            }
            None => Site::Static(what),
        }
    }

    /// Runs one blocking operation to completion (see the module docs).
    /// `poll` must be the same operation each time it is called.
    pub fn block_on<T>(
        &mut self,
        what: &'static str,
        timeout: Option<Duration>,
        mut poll: impl FnMut(&TaskCx, Option<Instant>) -> Poll<Result<T, RtError>>,
    ) -> PyResult<T> {
        let deadline = match self.pending_deadline.take() {
            Some(d) => d,
            None => timeout.map(spindle_runtime::deadline_after),
        };
        let stackless = self.can_park_stackless();
        // The wait site (for deadlock reports) is only built when the
        // operation actually has to wait.
        let first = spindle_runtime::with_current(|cx| cx.map(|cx| poll(cx, deadline)));
        let r = match first {
            Some(Poll::Ready(r)) => r,
            Some(Poll::Pending) if stackless => {
                let site = self.site(what);
                spindle_runtime::set_site(site);
                self.pending_deadline = Some(deadline);
                return Err(PyErr::park());
            }
            _ => {
                let site = self.site(what);
                crate::gc::allow_threads(self.gc_depth, || {
                    spindle_runtime::block_on(deadline, |cx| {
                        cx.set_site(site.clone());
                        poll(cx, deadline)
                    })
                })
            }
        };
        r.map_err(map_error)
    }

    /// Gives other goroutines a turn when the budget is spent: returns
    /// true when the caller must return `Exit::Preempt` (stackless); else
    /// yields stackfully here. Checks cancellation either way.
    pub fn preempt(&mut self) -> PyResult<bool> {
        self.budget = crate::interp::BUDGET;
        if crate::gc::wanted() || crate::gc::weak::pending() {
            crate::gc::safepoint(self);
        }
        let cancelled = spindle_runtime::with_current(|cx| cx.map(|cx| cx.check()));
        if let Some(Err(e)) = cancelled {
            return Err(map_error(e));
        }
        if !spindle_runtime::in_goroutine() {
            return Ok(false);
        }
        if self.driver && self.native_depth == 1 {
            return Ok(true);
        }
        crate::gc::allow_threads(self.gc_depth, spindle_runtime::yield_now).map_err(map_error)?;
        Ok(false)
    }
}

impl Vm {
    /// A preemption point inside native code (a native loop over a lazy
    /// iterator, a callback loop): always yields stackfully, since native
    /// frames are on the stack, and checks cancellation.
    pub fn preempt_native(&mut self) -> PyResult<()> {
        self.budget = crate::interp::BUDGET;
        if crate::gc::wanted() || crate::gc::weak::pending() {
            crate::gc::safepoint(self);
        }
        if spindle_runtime::in_goroutine() {
            crate::gc::allow_threads(self.gc_depth, spindle_runtime::yield_now)
                .map_err(map_error)?;
        }
        Ok(())
    }
}

/// Sleeps the calling goroutine (or thread) for `d`.
pub fn sleep(vm: &mut Vm, d: Duration) -> PyResult<()> {
    if d.is_zero() {
        return crate::gc::allow_threads(vm.gc_depth, spindle_runtime::yield_now)
            .map_err(map_error);
    }
    vm.block_on("time.sleep", Some(d), |cx, deadline| {
        spindle_runtime::poll_sleep_until(cx, deadline.unwrap_or_else(Instant::now))
    })
}
