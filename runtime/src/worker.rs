//! A worker: one OS thread running goroutines from its local queue, its
//! run-next slot, the global injector, and its victims' queues.
//!
//! The protocol is described in the essay at the top of `scheduler.rs`;
//! this file is the code. Every function here runs on the worker's own
//! thread; the goroutine code that calls into it (`schedule_*`) runs on that
//! same thread, on the goroutine's stack.

use std::cell::{Cell, UnsafeCell};
use std::sync::atomic::Ordering;
use std::sync::Arc;

use corosensei::CoroutineResult;
use crossbeam_deque::{Steal, Worker as Deque};

use crate::error::Error;
use crate::scheduler::Shared;
use crate::stack::StackPool;
use crate::task::{
    self, Outcome, Suspend, Task, TaskRef, WorkerPtr, DONE, IDLE, NOTIFIED, RUNNING, SCHEDULED,
};

/// Ticks between two looks at the global injector (fairness for outside
/// spawns and wakes), as Go's `schedtick % 61`.
const INJECTOR_EVERY: u32 = 61;
/// Consecutive run-next picks before the slot must wait its turn (stops a
/// ping-pong pair from starving the local queue).
const RUN_NEXT_STREAK: u32 = 32;
/// Rounds of stealing attempts before a searching worker goes to sleep.
const SEARCH_ROUNDS: u32 = 4;

thread_local! {
    static CURRENT_WORKER: Cell<*const WorkerLocal> = const { Cell::new(std::ptr::null()) };
}

/// The worker running on this OS thread, if any. `#[inline(never)]`: the
/// TLS address is recomputed on every call, never cached across a suspend
/// by the caller's code (DESIGN.md rule 1).
#[inline(never)]
pub(crate) fn current_worker() -> *const WorkerLocal {
    CURRENT_WORKER.with(|c| c.get())
}

#[inline(never)]
fn set_current_worker(p: *const WorkerLocal) {
    CURRENT_WORKER.with(|c| c.set(p));
}

/// Per-worker state. Owner-only: touched by its own thread alone (the
/// worker loop, and goroutines running on it).
pub(crate) struct WorkerLocal {
    pub(crate) index: usize,
    pub(crate) shared: Arc<Shared>,
    deque: Deque<TaskRef>,
    run_next: Cell<Option<TaskRef>>,
    next_streak: Cell<u32>,
    stacks: UnsafeCell<StackPool>,
    rng: Cell<u64>,
    tick: Cell<u32>,
}

/// Schedules a woken task. Runs on whatever thread wakes it: a worker (the
/// task goes to that worker's run-next slot, Go's `runnext`, so a hand-off
/// runs next with a warm cache) or any other thread (global injector).
pub(crate) fn schedule_woken(task: TaskRef) {
    let w = current_worker();
    if !w.is_null() {
        // SAFETY: CURRENT_WORKER points at the WorkerLocal that lives on
        // this thread's stack for as long as the worker loop runs, and it is
        // only set on that thread.
        let w = unsafe { &*w };
        if Arc::ptr_eq(&w.shared, &task.scope.rt) {
            w.push_next(task);
            return;
        }
    }
    let rt = task.scope.rt.clone();
    rt.inject(task);
}

/// Schedules a new task (spawn): the local queue of this worker, or the
/// injector from outside.
pub(crate) fn schedule_new(task: TaskRef) {
    let w = current_worker();
    if !w.is_null() {
        // SAFETY: as in `schedule_woken`.
        let w = unsafe { &*w };
        if Arc::ptr_eq(&w.shared, &task.scope.rt) {
            w.shared.stats.worker(w.index).spawned.bump();
            w.deque.push(task);
            w.shared.notify();
            return;
        }
    }
    let rt = task.scope.rt.clone();
    // Relaxed: a statistic.
    rt.stats.outside_spawns.fetch_add(1, Ordering::Relaxed);
    rt.inject(task);
}

impl WorkerLocal {
    /// Only the owning worker (or a goroutine running on it).
    fn push_next(&self, task: TaskRef) {
        if self.shared.config.randomize {
            match self.rand() % 3 {
                0 => {
                    self.deque.push(task);
                    self.shared.notify();
                    return;
                }
                1 => {
                    self.shared.inject(task);
                    return;
                }
                _ => {}
            }
        }
        if let Some(old) = self.run_next.replace(Some(task)) {
            self.deque.push(old);
            self.shared.notify();
        }
    }

    fn next_task(&self) -> Option<TaskRef> {
        let tick = self.tick.get().wrapping_add(1);
        self.tick.set(tick);
        if tick.is_multiple_of(INJECTOR_EVERY) {
            if let Some(t) = steal_one(|| self.shared.injector.steal()) {
                return Some(t);
            }
        }
        if self.shared.config.randomize && self.rand().is_multiple_of(4) {
            if let Some(t) = self.run_next.take() {
                self.deque.push(t);
            }
        }
        if let Some(t) = self.run_next.take() {
            let streak = self.next_streak.get() + 1;
            if streak <= RUN_NEXT_STREAK || self.deque.is_empty() {
                self.next_streak.set(streak);
                return Some(t);
            }
            // Starvation guard: the run-next task goes to the back.
            self.deque.push(t);
        }
        self.next_streak.set(0);
        self.deque.pop()
    }

    fn rand(&self) -> usize {
        // xorshift64*: victim choice only, quality is irrelevant.
        let mut x = self.rng.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng.set(x);
        (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) as usize
    }

    /// One round: the injector (a batch), then half of a random victim's
    /// queue, trying every other worker once starting at a random one.
    fn steal_round(&self) -> Option<TaskRef> {
        if let Some(t) = steal_one(|| self.shared.injector.steal_batch_and_pop(&self.deque)) {
            return Some(t);
        }
        let n = self.shared.stealers.len();
        if n > 1 {
            let start = self.rand() % n;
            for k in 0..n {
                let v = (start + k) % n;
                if v == self.index {
                    continue;
                }
                let before = self.deque.len();
                if let Some(t) =
                    steal_one(|| self.shared.stealers[v].steal_batch_and_pop(&self.deque))
                {
                    let got = (self.deque.len() - before) as u64 + 1;
                    self.shared.stats.worker(self.index).steals.add(got);
                    return Some(t);
                }
            }
        }
        None
    }

    fn search(&self) -> Option<TaskRef> {
        let sh = &self.shared;
        // SeqCst: part of the sleep/notify protocol (see `Shared::notify`).
        sh.num_searching.fetch_add(1, Ordering::SeqCst);
        let mut found = None;
        for round in 0..SEARCH_ROUNDS {
            found = self.steal_round();
            // Acquire: pairs with the Release in `Runtime::drop`.
            if found.is_some() || sh.shutdown.load(Ordering::Acquire) {
                break;
            }
            if round + 1 < SEARCH_ROUNDS {
                std::thread::yield_now();
            }
        }
        // SeqCst: as above.
        let was_last = sh.num_searching.fetch_sub(1, Ordering::SeqCst) == 1;
        if found.is_some() && was_last {
            // We stop searching with work in hand: there may be more, so
            // make sure someone else looks (Go's "wakep after steal").
            sh.notify();
        }
        found
    }

    /// Runs one task until it yields, parks or finishes.
    fn run(&self, task: TaskRef) {
        // Relaxed: we own the task (popped from a queue, which synchronized
        // with its pusher); wakers only CAS from IDLE/RUNNING.
        task.state.store(RUNNING, Ordering::Relaxed);
        // SAFETY: we hold RUNNING.
        let started = unsafe { task.mark_started() };
        // Acquire: pairs with the Release in `Scope::cancel`.
        if !started && task.scope.cancelled.load(Ordering::Acquire) {
            // A goroutine of a cancelled scope that never ran never will.
            // SAFETY: we hold RUNNING.
            unsafe { task.fail(Error::Cancelled) };
            self.finish(task);
            return;
        }
        // SAFETY: we hold RUNNING.
        let co = unsafe { task.take_co() };
        let mut co = match co {
            Some(co) => co,
            None => {
                // SAFETY: owner-only pool; no other borrow is live (the
                // goroutine does not touch the pool).
                let pool = unsafe { &mut *self.stacks.get() };
                match pool.get() {
                    Ok(stack) => Task::new_coroutine(&task, stack),
                    Err(e) => {
                        // SAFETY: we hold RUNNING.
                        unsafe { task.fail(e) };
                        self.finish(task);
                        return;
                    }
                }
            }
        };
        let stats = self.shared.stats.worker(self.index);
        stats.polls.bump();
        let r = co.resume(WorkerPtr(self as *const WorkerLocal));
        // The goroutine is off this thread's stack now.
        task::set_current_cx(std::ptr::null());
        match r {
            CoroutineResult::Yield(Suspend::Yield) => {
                // SAFETY: we hold RUNNING.
                unsafe { task.put_co(co) };
                self.requeue(task);
            }
            CoroutineResult::Yield(Suspend::Park) => {
                // SAFETY: we hold RUNNING.
                unsafe { task.put_co(co) };
                stats.stackful_parks.bump();
                self.park(task, true);
            }
            CoroutineResult::Return(out) => {
                // SAFETY: owner-only pool, as above.
                unsafe { (*self.stacks.get()).put(co.into_stack()) };
                match out {
                    Outcome::Done => {
                        // SAFETY: we hold RUNNING.
                        unsafe { task.drop_body() };
                        self.finish(task)
                    }
                    Outcome::Pending => self.park(task, false),
                    Outcome::Yield => self.requeue(task),
                }
            }
        }
    }

    fn requeue(&self, task: TaskRef) {
        self.shared.stats.worker(self.index).yields.bump();
        // Release: publishes our owner-only writes to the next runner
        // (together with the queue push).
        task.state.store(SCHEDULED, Ordering::Release);
        // A task that yields to an empty queue runs again next, here: waking
        // an idle worker would only have it look for work, find none (or
        // steal the task away from a warm cache) and sleep again, a futex
        // round trip per time slice of a lone CPU-bound goroutine. When
        // others are queued, idle workers are woken to share them.
        let next = self.run_next.take();
        let backlog = next.is_some() || !self.deque.is_empty();
        self.run_next.set(next);
        self.deque.push(task);
        if backlog {
            self.shared.notify();
        }
    }

    fn park(&self, task: TaskRef, stackful: bool) {
        self.shared.stats.worker(self.index).parks.bump();
        task.scope.register(&task);
        if stackful {
            // Relaxed: diagnostic, published with the state change below.
            task.holds_stack.store(true, Ordering::Relaxed);
        }
        // AcqRel: Release publishes our owner-only writes to whoever wakes
        // the task; Acquire (on failure) sees the waker's NOTIFIED.
        match task
            .state
            .compare_exchange(RUNNING, IDLE, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => {
                task::recheck_cancel_after_park(&task);
                // After the state change: a waker that raced us has already
                // counted itself active again, so this cannot read a false 0.
                task.scope.active_dec();
            }
            Err(s) => {
                debug_assert_eq!(s, NOTIFIED);
                // Woken while still running: go again, right away.
                // Relaxed: diagnostic. Release: as in `requeue`.
                task.holds_stack.store(false, Ordering::Relaxed);
                task.state.store(SCHEDULED, Ordering::Release);
                self.push_next(task);
            }
        }
    }

    fn finish(&self, task: TaskRef) {
        // Release: anyone reading DONE sees the finished body.
        task.state.store(DONE, Ordering::Release);
        task.scope.exit(&task);
    }
}

fn steal_one(mut f: impl FnMut() -> Steal<TaskRef>) -> Option<TaskRef> {
    loop {
        match f() {
            Steal::Success(t) => return Some(t),
            Steal::Empty => return None,
            Steal::Retry => continue,
        }
    }
}

/// The worker thread's main loop.
pub(crate) fn worker_main(
    shared: Arc<Shared>,
    index: usize,
    deque: Deque<TaskRef>,
    parker: crossbeam_utils::sync::Parker,
) {
    let pool = StackPool::new(shared.stacks.clone());
    let local = WorkerLocal {
        index,
        shared,
        deque,
        run_next: Cell::new(None),
        next_streak: Cell::new(0),
        stacks: UnsafeCell::new(pool),
        rng: Cell::new(0x9E37_79B9_7F4A_7C15 ^ ((index as u64 + 1) << 17)),
        tick: Cell::new(0),
    };
    set_current_worker(&local);
    let sh = local.shared.clone();
    loop {
        if let Some(t) = local.next_task() {
            local.run(t);
            continue;
        }
        // Acquire: pairs with the Release in `Runtime::drop`.
        if sh.shutdown.load(Ordering::Acquire) {
            break;
        }
        if let Some(t) = local.search() {
            local.run(t);
            continue;
        }
        sh.sleep(index, &parker);
    }
    set_current_worker(std::ptr::null());
    // Drop what is still queued here (shutdown): tasks go, stacks go back.
    while local.next_task().is_some() {}
}
