//! A goroutine ("task"): its state machine, its body, and the context
//! ([`TaskCx`]) it runs with.
//!
//! # States
//!
//! | state       | who owns the task                | on a run queue? |
//! |-------------|----------------------------------|-----------------|
//! | `IDLE`      | the wakers registered with it    | no (parked)     |
//! | `SCHEDULED` | the run queue holding it         | yes, exactly one|
//! | `RUNNING`   | the worker running it            | no              |
//! | `NOTIFIED`  | the worker running it; woken meanwhile, so re-queue on park | no |
//! | `DONE`      | nobody; body dropped             | no              |
//!
//! Independently of that, a parked task either holds a native stack (its
//! coroutine is suspended inside a blocking call: *stackful park*) or holds
//! none (its body returned [`Step::Pending`]: *stackless park*). A task that
//! has not started holds no stack either.

use std::cell::{Cell, UnsafeCell};
use std::mem::ManuallyDrop;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{fence, AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

use corosensei::{Coroutine, Yielder};
use parking_lot::Mutex;

use crate::error::Error;
use crate::park::{ThreadParker, WaitSlot, Waker, WakerKind};
use crate::scope::{ScopeInner, Site, WaitReason};
use crate::stack::PooledStack;
use crate::worker::{self, WorkerLocal};

pub(crate) const IDLE: u8 = 0;
pub(crate) const SCHEDULED: u8 = 1;
pub(crate) const RUNNING: u8 = 2;
pub(crate) const NOTIFIED: u8 = 3;
pub(crate) const DONE: u8 = 4;

const SIG_NONE: u8 = 0;
const SIG_DEADLOCK: u8 = 1;

/// Polls between two `should_yield() == true` answers.
pub const DEFAULT_BUDGET: u32 = 2000;

pub(crate) type TaskRef = Arc<Task>;

/// What a goroutine body returns each time it is polled.
///
/// This is the *stackless* protocol: returning `Pending` or `Yield` gives the
/// native stack back to the worker's pool, and the next poll may run on any
/// worker and any stack.
#[derive(Debug)]
pub enum Step<T> {
    /// Finished with this value (completes the goroutine's [`Promise`](crate::Promise)).
    Ready(T),
    /// Parked: the body has registered this goroutine's waker with a
    /// primitive (a `poll_*` call returned `Poll::Pending`). It is polled
    /// again once woken. Returning `Pending` without a registration parks it
    /// for good (and deadlock detection will report it).
    Pending,
    /// Still runnable, but let others run first (budget used up). Polled
    /// again soon.
    Yield,
}

/// Why a goroutine's coroutine suspended (stackful: the stack is kept).
pub(crate) enum Suspend {
    Yield,
    Park,
}

/// What a coroutine returned (stackless: its stack goes back to the pool).
pub(crate) enum Outcome {
    Done,
    Pending,
    Yield,
}

/// Resume input: the worker now running the goroutine ("the current worker
/// is what `suspend()` returns", DESIGN.md rule 1).
/// (Stored in `TaskCx`; scheduling code currently finds the worker through
/// the `#[inline(never)]` TLS accessor, which is equally fresh.)
#[derive(Clone, Copy)]
pub(crate) struct WorkerPtr(#[allow(dead_code)] pub(crate) *const WorkerLocal);

pub(crate) type Co = Coroutine<WorkerPtr, Suspend, Outcome, PooledStack>;

/// A type-erased goroutine body.
pub(crate) trait Body: Send {
    fn poll(&mut self, cx: &TaskCx) -> Outcome;
    /// Completes the goroutine's promise with an error (panic, cancelled
    /// before start, no stack).
    fn fail(&mut self, err: Error);
}

pub(crate) struct PollBody<F, T> {
    pub(crate) f: F,
    pub(crate) promise: crate::sync::promise::Promise<T>,
}

impl<F, T> Body for PollBody<F, T>
where
    F: FnMut(&TaskCx) -> Step<T> + Send,
    T: Send,
{
    fn poll(&mut self, cx: &TaskCx) -> Outcome {
        match (self.f)(cx) {
            Step::Ready(v) => {
                self.promise.complete(Ok(v));
                Outcome::Done
            }
            Step::Pending => Outcome::Pending,
            Step::Yield => Outcome::Yield,
        }
    }

    fn fail(&mut self, err: Error) {
        self.promise.complete(Err(err));
    }
}

/// A goroutine. Shared by the run queue or the wakers that hold it, the
/// scope registry, and the worker running it. The body lives in the same
/// allocation (`Task<PollBody<F, T>>` unsized to `Task<dyn Body>`).
pub(crate) struct Task<B: ?Sized = dyn Body> {
    pub(crate) state: AtomicU8,
    signal: AtomicU8,
    reason: AtomicU8,
    /// Set while the task is parked holding its stack (for reports/stats).
    pub(crate) holds_stack: AtomicBool,
    pub(crate) main: bool,
    pub(crate) id: u64,
    pub(crate) name: Option<Arc<str>>,
    pub(crate) scope: Arc<ScopeInner>,
    /// Slot in the scope registry (written once before the task is first
    /// scheduled).
    pub(crate) reg_key: AtomicUsize,
    site: Mutex<Site>,
    // Owner-only fields: touched only by whoever holds the task in RUNNING
    // state (the worker, and the goroutine itself on that worker).
    // `SCHEDULED → RUNNING` happens after the queue pop (Acquire) that
    // pairs with the push (Release) that followed the previous runner's last
    // write, so each runner sees the previous one's writes.
    co: UnsafeCell<Option<Co>>,
    slot: UnsafeCell<WaitSlot>,
    pending_site: UnsafeCell<Option<Site>>,
    site_set: Cell<bool>,
    started: Cell<bool>,
    body_live: Cell<bool>,
    /// Last, so that the struct can be unsized over it.
    body: UnsafeCell<ManuallyDrop<B>>,
}

impl<B: ?Sized> Drop for Task<B> {
    fn drop(&mut self) {
        // A suspended coroutine captures an `Arc` of its task, so a task
        // being dropped has none; drop it first anyway, before the body.
        drop(self.co.get_mut().take());
        if self.body_live.get() {
            // SAFETY: the body is live (flag) and this is its last use.
            unsafe { ManuallyDrop::drop(self.body.get_mut()) }
        }
    }
}

// SAFETY: `Task` is the goroutine wrapper, the only type the runtime marks
// Send/Sync by hand. Its owner-only fields (`body`, `co`, `slot`, the Cells)
// are accessed only by the holder of the RUNNING state, one thread at a
// time, with happens-before between holders (see the field comment). The
// suspended coroutine inside may move to another thread because of
// DESIGN.md's rules: (1) no code on a goroutine stack keeps a thread_local
// or its address across a suspend (TLS is read through #[inline(never)]
// accessors, afresh after each resume), and (2) nothing thread-bound — lock
// guards, RefCell borrows, epoch guards — is alive across a suspend (the
// primitives release their locks before returning Pending).
unsafe impl<B: ?Sized + Send> Send for Task<B> {}
// SAFETY: as above; shared access is to atomics and the `site` mutex only.
unsafe impl<B: ?Sized + Send> Sync for Task<B> {}

impl Task {
    pub(crate) fn new<B: Body + 'static>(
        id: u64,
        name: Option<Arc<str>>,
        main: bool,
        scope: Arc<ScopeInner>,
        body: B,
    ) -> TaskRef {
        let t: Arc<Task<B>> = Arc::new(Task {
            state: AtomicU8::new(SCHEDULED),
            signal: AtomicU8::new(SIG_NONE),
            reason: AtomicU8::new(WaitReason::None as u8),
            holds_stack: AtomicBool::new(false),
            main,
            id,
            name,
            scope,
            reg_key: AtomicUsize::new(usize::MAX),
            site: Mutex::new(Site::None),
            co: UnsafeCell::new(None),
            slot: UnsafeCell::new(WaitSlot::default()),
            pending_site: UnsafeCell::new(None),
            site_set: Cell::new(false),
            started: Cell::new(false),
            body_live: Cell::new(true),
            body: UnsafeCell::new(ManuallyDrop::new(body)),
        });
        t
    }

    /// The body, if not dropped yet. Only the RUNNING holder.
    #[allow(clippy::mut_from_ref)] // the RUNNING state is the exclusive borrow
    unsafe fn body_mut(&self) -> Option<&mut dyn Body> {
        if self.body_live.get() {
            // SAFETY: caller holds RUNNING; the body is live; no other
            // reference to it exists (only the RUNNING holder makes one).
            Some(unsafe { &mut **self.body.get() })
        } else {
            None
        }
    }

    /// Drops the body now (its captures go, the task header stays).
    /// Only the RUNNING holder, with no reference from `body_mut` alive.
    unsafe fn drop_body_now(&self) {
        if self.body_live.replace(false) {
            // SAFETY: live until now, flag cleared, so dropped exactly once.
            unsafe { ManuallyDrop::drop(&mut *self.body.get()) }
        }
    }

    /// Wakes the task: `IDLE → SCHEDULED` and onto a run queue, or
    /// `RUNNING → NOTIFIED` (the worker re-queues it when it parks).
    pub(crate) fn wake(this: &TaskRef) {
        // Acquire: a first guess for the CAS loop (which re-validates).
        let mut s = this.state.load(Ordering::Acquire);
        loop {
            let next = match s {
                IDLE => SCHEDULED,
                RUNNING => NOTIFIED,
                _ => return, // already queued, already notified, or done
            };
            // AcqRel: Acquire so that if we schedule it, we see the parked
            // task's last owner-only writes (passed on to the next runner
            // through the run queue); Release so the runner that observes
            // NOTIFIED sees the state change we made before waking.
            match this
                .state
                .compare_exchange_weak(s, next, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => {
                    if next == SCHEDULED {
                        // Relaxed: diagnostic only.
                        this.holds_stack.store(false, Ordering::Relaxed);
                        this.scope.active_inc();
                        worker::schedule_woken(this.clone());
                    }
                    return;
                }
                Err(actual) => s = actual,
            }
        }
    }

    /// Wakes a parked task with the deadlock signal (its current blocking
    /// call returns `Error::Deadlock`).
    pub(crate) fn signal_deadlock(this: &TaskRef) {
        // Release: the report stored in the scope before this is visible to
        // the goroutine that swaps the signal with Acquire.
        this.signal.store(SIG_DEADLOCK, Ordering::Release);
        Task::wake(this);
    }

    pub(crate) fn wait_reason(&self) -> WaitReason {
        // Relaxed: diagnostic; the report reads it after the park's
        // Release/Acquire on `state` anyway.
        WaitReason::from_u8(self.reason.load(Ordering::Relaxed))
    }

    pub(crate) fn site(&self) -> Site {
        self.site.lock().clone()
    }

    /// Only the worker running the task (RUNNING state).
    pub(crate) unsafe fn take_co(&self) -> Option<Co> {
        // SAFETY: caller holds the RUNNING state (see the field comment).
        unsafe { (*self.co.get()).take() }
    }

    /// Only the worker running the task (RUNNING state).
    pub(crate) unsafe fn put_co(&self, co: Co) {
        // SAFETY: caller holds the RUNNING state (see the field comment).
        unsafe { *self.co.get() = Some(co) }
    }

    /// Only the worker running the task. Drops the body, completing its
    /// promise with `err`, for a task that will never run (again).
    pub(crate) unsafe fn fail(&self, err: Error) {
        // SAFETY: caller holds the RUNNING state (see the field comment).
        unsafe {
            if let Some(b) = self.body_mut() {
                b.fail(err);
            }
            self.drop_body_now();
        }
    }

    /// Only the worker running the task.
    pub(crate) unsafe fn mark_started(&self) -> bool {
        self.started.replace(true)
    }

    /// Only the worker, after the coroutine returned `Done`: drop the body.
    pub(crate) unsafe fn drop_body(&self) {
        // SAFETY: caller holds the RUNNING state; the coroutine has returned.
        unsafe { self.drop_body_now() }
    }

    /// Creates the coroutine that polls the body once on `stack`.
    /// Only the worker running the task.
    pub(crate) fn new_coroutine(this: &TaskRef, stack: PooledStack) -> Co {
        let task = this.clone();
        let limit = stack.limit_addr();
        Co::with_stack(
            stack,
            move |y: &Yielder<WorkerPtr, Suspend>, w: WorkerPtr| {
                let cx = TaskCx {
                    kind: Kind::Task {
                        task: &task,
                        yielder: y as *const _,
                        worker: Cell::new(w),
                        stack_limit: limit,
                    },
                    budget: Cell::new(DEFAULT_BUDGET),
                };
                cx.enter();
                // SAFETY: we run as the RUNNING holder; `body` is only touched
                // by the running goroutine, and the worker does not touch it
                // while the coroutine runs.
                let out = match unsafe { task.body_mut() } {
                    None => Outcome::Done,
                    Some(b) => match catch_unwind(AssertUnwindSafe(|| b.poll(&cx))) {
                        Ok(o) => o,
                        Err(payload) => {
                            let msg: Arc<str> = if let Some(s) = payload.downcast_ref::<&str>() {
                                (*s).into()
                            } else if let Some(s) = payload.downcast_ref::<String>() {
                                s.as_str().into()
                            } else {
                                "non-string panic payload".into()
                            };
                            // A panic may leave a wait registration behind;
                            // forget it (the primitive drops it when woken).
                            cx.done_waiting();
                            // SAFETY: RUNNING holder; the `b` borrow ended with
                            // the unwind.
                            unsafe { task.fail(Error::Panicked(msg)) };
                            Outcome::Done
                        }
                    },
                };
                if matches!(out, Outcome::Done) {
                    // Drop the body's captures on this stack, while the
                    // goroutine context is still current.
                    // SAFETY: RUNNING holder; no body reference alive.
                    unsafe { task.drop_body_now() };
                }
                out
            },
        )
    }
}

// ----------------------------------------------------------------------------
// The context a goroutine (or a blocked OS thread) runs with.

thread_local! {
    static CURRENT_CX: Cell<*const TaskCx<'static>> = const { Cell::new(std::ptr::null()) };
}

/// Sets the current-goroutine pointer of this OS thread. `#[inline(never)]`
/// so the TLS address is computed afresh on every call (DESIGN.md rule 1).
#[inline(never)]
pub(crate) fn set_current_cx(p: *const TaskCx<'static>) {
    CURRENT_CX.with(|c| c.set(p));
}

#[inline(never)]
pub(crate) fn current_cx_ptr() -> *const TaskCx<'static> {
    CURRENT_CX.with(|c| c.get())
}

pub(crate) enum Kind<'a> {
    Task {
        task: &'a TaskRef,
        yielder: *const Yielder<WorkerPtr, Suspend>,
        worker: Cell<WorkerPtr>,
        stack_limit: usize,
    },
    Thread {
        parker: Arc<ThreadParker>,
        slot: UnsafeCell<WaitSlot>,
    },
}

/// The context of the running goroutine (or of an OS thread blocked in a
/// primitive): its waker, cancellation, budget, and wait bookkeeping.
///
/// A stackless body receives `&TaskCx` on every poll; inside a goroutine,
/// [`with_current`](crate::with_current) finds it too. It is neither `Send`
/// nor `Sync` and must not be kept past the poll it was given for.
pub struct TaskCx<'a> {
    pub(crate) kind: Kind<'a>,
    budget: Cell<u32>,
}

impl<'a> TaskCx<'a> {
    pub(crate) fn thread() -> TaskCx<'static> {
        TaskCx {
            kind: Kind::Thread {
                parker: ThreadParker::new(),
                slot: UnsafeCell::new(WaitSlot::default()),
            },
            budget: Cell::new(DEFAULT_BUDGET),
        }
    }

    fn enter(&self) {
        set_current_cx((self as *const TaskCx<'_>).cast());
    }

    pub(crate) fn task(&self) -> Option<&TaskRef> {
        match &self.kind {
            Kind::Task { task, .. } => Some(task),
            Kind::Thread { .. } => None,
        }
    }

    /// True on a goroutine, false for an OS thread's blocking call.
    pub fn is_goroutine(&self) -> bool {
        matches!(self.kind, Kind::Task { .. })
    }

    /// The goroutine's id within its scope (1 for the first spawned).
    pub fn id(&self) -> Option<u64> {
        self.task().map(|t| t.id)
    }

    /// The goroutine's scope.
    pub fn scope(&self) -> Option<crate::Scope> {
        self.task()
            .map(|t| crate::Scope::from_inner(t.scope.clone()))
    }

    /// Spawns a stackless goroutine in this goroutine's scope (the VM's
    /// `threads.run`), without cloning a scope handle. On an OS-thread
    /// context, spawns in the global runtime's root scope.
    pub fn spawn_poll<T, F>(&self, f: F) -> crate::Promise<T>
    where
        F: FnMut(&TaskCx) -> Step<T> + Send + 'static,
        T: Send + 'static,
    {
        match self.task() {
            Some(t) => crate::scope::spawn_poll_in(&t.scope, f),
            None => crate::global().root_scope().spawn_poll(f),
        }
    }

    /// Spawns a stackful goroutine in this goroutine's scope.
    pub fn spawn<T, F>(&self, f: F) -> crate::Promise<T>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let mut f = Some(f);
        self.spawn_poll(move |_cx| {
            Step::Ready((f.take().expect("stackful body polled after it finished"))())
        })
    }

    /// A waker for this goroutine (or thread).
    pub fn waker(&self) -> Waker {
        match &self.kind {
            Kind::Task { task, .. } => Waker(WakerKind::Task((*task).clone())),
            Kind::Thread { parker, .. } => Waker(WakerKind::Thread(parker.clone())),
        }
    }

    /// True once the goroutine's scope is cancelled.
    #[inline]
    pub fn is_cancelled(&self) -> bool {
        // Acquire: pairs with the Release in `Scope::cancel`.
        self.task()
            .is_some_and(|t| t.scope.cancelled.load(Ordering::Acquire))
    }

    /// `Err(Cancelled)` if the scope is cancelled, `Err(Deadlock)` if this
    /// goroutine was chosen to receive a deadlock report; else `Ok`.
    /// Primitives call this on every poll; the VM may call it at budget
    /// points. The deadlock signal is consumed by the call that returns it.
    #[inline]
    pub fn check(&self) -> Result<(), Error> {
        let Some(t) = self.task() else { return Ok(()) };
        // Acquire: pairs with the Release in `Scope::cancel`.
        if t.scope.cancelled.load(Ordering::Acquire) {
            return Err(Error::Cancelled);
        }
        // Relaxed peek first: the common case is "no signal" and costs a load.
        if t.signal.load(Ordering::Relaxed) != SIG_NONE {
            return self.take_signal();
        }
        Ok(())
    }

    #[cold]
    fn take_signal(&self) -> Result<(), Error> {
        let t = self.task().expect("signal on a goroutine");
        // Acquire: pairs with the Release in `signal_deadlock`, so the
        // report stored before it is visible.
        if t.signal.swap(SIG_NONE, Ordering::Acquire) == SIG_DEADLOCK {
            if let Some(r) = t.scope.last_deadlock() {
                return Err(Error::Deadlock(r));
            }
        }
        Ok(())
    }

    /// Charges one unit of budget; true when the goroutine has used its
    /// share and should yield (return [`Step::Yield`], or call
    /// [`yield_now`](Self::yield_now) when deep in native code). Costs a
    /// decrement and a branch.
    #[inline]
    pub fn should_yield(&self) -> bool {
        let b = self.budget.get();
        if b > 1 {
            self.budget.set(b - 1);
            false
        } else {
            self.budget.set(DEFAULT_BUDGET);
            true
        }
    }

    /// Charges `n` units at once (e.g. a loop's back-edge count).
    #[inline]
    pub fn charge(&self, n: u32) -> bool {
        let b = self.budget.get();
        if b > n {
            self.budget.set(b - n);
            false
        } else {
            self.budget.set(DEFAULT_BUDGET);
            true
        }
    }

    /// Stackful yield: suspends, keeping the stack, and lets other
    /// goroutines run. Returns `Err(Cancelled)` at once in a cancelled scope.
    /// On an OS thread, `std::thread::yield_now`.
    pub fn yield_now(&self) -> Result<(), Error> {
        self.check()?;
        match &self.kind {
            Kind::Task { .. } => self.suspend(Suspend::Yield),
            Kind::Thread { .. } => std::thread::yield_now(),
        }
        self.check()
    }

    /// Attaches a free-text wait site to this goroutine's next park (shown
    /// in deadlock reports), e.g. `Site::at("Queue.get", file, 12)`.
    pub fn set_site(&self, site: Site) {
        if self.task().is_some() {
            // SAFETY: only the running goroutine touches `pending_site`.
            unsafe { *self.pending_site_ptr() = Some(site) }
        }
    }

    fn pending_site_ptr(&self) -> *mut Option<Site> {
        self.task().expect("goroutine").pending_site.get()
    }

    /// Bytes of native stack left below the current frame (None on an OS
    /// thread). The VM checks it before re-entering the interpreter from
    /// native code.
    #[inline(never)]
    pub fn remaining_stack(&self) -> Option<usize> {
        match &self.kind {
            Kind::Task { stack_limit, .. } => {
                Some(crate::stack::stack_pointer().saturating_sub(*stack_limit))
            }
            Kind::Thread { .. } => None,
        }
    }

    fn slot_ptr(&self) -> *mut WaitSlot {
        match &self.kind {
            Kind::Task { task, .. } => task.slot.get(),
            Kind::Thread { slot, .. } => slot.get(),
        }
    }

    /// Takes this waiter's current registration key (primitives, under
    /// their lock).
    pub(crate) fn take_key(&self) -> Option<crate::park::WaitKey> {
        // SAFETY: only the running goroutine (or the blocked thread) touches
        // its slot, one access at a time; no reference escapes this call.
        unsafe { (*self.slot_ptr()).key.take() }
    }

    /// Whether this waiter is registered somewhere.
    pub(crate) fn has_key(&self) -> bool {
        // SAFETY: as in `take_key`.
        unsafe { (*self.slot_ptr()).key.is_some() }
    }

    /// Records this waiter's new registration key.
    pub(crate) fn set_key(&self, k: crate::park::WaitKey) {
        // SAFETY: as in `take_key`.
        unsafe { (*self.slot_ptr()).key = Some(k) }
    }

    /// Called by a primitive that returns `Pending`: records why and where
    /// the goroutine waits, and arms a timer for `deadline`.
    pub(crate) fn prepare_park(&self, reason: WaitReason, deadline: Option<Instant>) {
        let Some(t) = self.task() else { return };
        // Relaxed: published by the park's Release on `state`.
        t.reason.store(reason as u8, Ordering::Relaxed);
        // SAFETY: only the running goroutine touches `pending_site`.
        let pending = unsafe { (*t.pending_site.get()).take() };
        if let Some(site) = pending {
            *t.site.lock() = site;
            t.site_set.set(true);
        } else if t.site_set.replace(false) {
            *t.site.lock() = Site::None;
        }
        if let Some(d) = deadline {
            let slot = self.slot_ptr();
            // SAFETY: as in `take_key`; `insert` does not touch the slot.
            if unsafe { (*slot).timer.is_none() } {
                let k = t
                    .scope
                    .rt
                    .timers
                    .insert(d, self.waker(), Some(t.scope.clone()));
                // SAFETY: as in `take_key`.
                unsafe { (*slot).timer = Some(k) };
            }
        }
    }

    /// Called by a primitive on every `Ready` path: disarms the timer and
    /// forgets the pending site.
    pub(crate) fn done_waiting(&self) {
        let slot = self.slot_ptr();
        // SAFETY: as in `take_key`.
        let timer = unsafe {
            (*slot).key = None;
            (*slot).timer.take()
        };
        if let Some(t) = self.task() {
            if let Some(k) = timer {
                t.scope.rt.timers.remove(k);
            }
            // SAFETY: only the running goroutine touches `pending_site`.
            unsafe { *t.pending_site.get() = None };
        }
    }

    /// Suspends the goroutine keeping its stack (stackful).
    pub(crate) fn suspend(&self, why: Suspend) {
        let Kind::Task {
            yielder, worker, ..
        } = &self.kind
        else {
            unreachable!("suspend on a thread")
        };
        // SAFETY: the yielder lives at the base of this coroutine's stack,
        // which is the stack we are running on; it outlives this call.
        let w = unsafe { (**yielder).suspend(why) };
        worker.set(w);
        // We may be on another OS thread now: publish ourselves in its TLS.
        self.enter();
    }

    /// Parks the caller until woken: stackful suspend on a goroutine,
    /// thread park (until `deadline`) on an OS thread.
    pub(crate) fn block(&self, deadline: Option<Instant>) {
        match &self.kind {
            Kind::Task { .. } => self.suspend(Suspend::Park),
            Kind::Thread { parker, .. } => parker.park(deadline),
        }
    }
}

/// Runs `poll` until it is ready, parking between polls: the blocking form
/// of every primitive. On a goroutine it suspends the coroutine (keeping its
/// stack); on an OS thread it blocks the thread.
pub fn block_on<R>(
    deadline: Option<Instant>,
    mut poll: impl FnMut(&TaskCx) -> std::task::Poll<R>,
) -> R {
    let p = current_cx_ptr();
    if !p.is_null() {
        // SAFETY: CURRENT_CX is set only by a running goroutine to its own
        // TaskCx, which lives on its stack, the stack we are on now; it is
        // cleared by the worker whenever the goroutine is not running.
        let cx = unsafe { &*p };
        loop {
            if let std::task::Poll::Ready(r) = poll(cx) {
                return r;
            }
            cx.block(deadline);
        }
    } else {
        let cx = TaskCx::thread();
        loop {
            if let std::task::Poll::Ready(r) = poll(&cx) {
                return r;
            }
            cx.block(deadline);
        }
    }
}

/// Post-park check, worker side: a cancel that raced with the park must
/// still wake the task.
pub(crate) fn recheck_cancel_after_park(task: &TaskRef) {
    // SeqCst fence: Dekker pairing with `Scope::cancel` (store flag; fence;
    // scan states). Either the canceller sees our IDLE state and wakes us,
    // or we see its flag here and wake ourselves.
    fence(Ordering::SeqCst);
    if task.scope.cancelled.load(Ordering::Relaxed) {
        Task::wake(task);
    }
}
