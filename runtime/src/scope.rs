//! Scopes: the goroutines of one evaluation, with a cancel token, deadlock
//! detection, and wait-for-all.
//!
//! # Deadlock detection
//!
//! Each scope keeps one counter, `active`: the number of things that could
//! still make progress or wake someone —
//!
//! * goroutines that are not parked (scheduled or running): +1 at spawn and
//!   at each wake, −1 at each park and at exit;
//! * pending timers of the scope's goroutines: +1 when armed, −1 when fired
//!   (after the wake) or cancelled;
//! * outside wakers: +1 for each [`ExternalGuard`] and each job of the scope
//!   in the blocking pool, −1 when dropped or finished (after its wake).
//!
//! Every waker is itself counted while it wakes, and it counts the woken
//! goroutine (+1) before it drops its own count, so `active` never touches
//! zero while anything can still happen. When a decrement brings `active` to
//! zero while goroutines are alive, the scope is deadlocked, as Go's "all
//! goroutines are asleep". The thread that made it zero builds a
//! [`DeadlockReport`] (each parked goroutine, its [`WaitReason`] and its
//! [`Site`]) and delivers it:
//!
//! * to the scope's *main* goroutines and to goroutines parked in
//!   [`Scope::wait_all`]: their blocking call returns `Error::Deadlock`;
//! * to OS threads blocked in `wait_all`: same error.
//!
//! If nobody waits, the report is kept ([`Scope::deadlock_report`]) and the
//! goroutines stay parked until the scope is cancelled.
//!
//! Limits, by design: an OS thread (not a goroutine) that may wake the
//! scope's goroutines, or a goroutine of *another* scope, is invisible to
//! the counter; hold an [`ExternalGuard`] while such a waker exists, or a
//! deadlock may be reported that the outside waker would have resolved.
//!
//! # Cancellation
//!
//! [`Scope::cancel`] sets the token, then wakes every parked goroutine. A
//! woken goroutine's blocking call or poll returns `Error::Cancelled`, and so
//! does every later one, and `yield_now`/`TaskCx::check`. Goroutines that
//! never started never start (their promise holds `Cancelled`). A goroutine
//! that parks while the cancel is under way wakes itself (see
//! `task::recheck_cancel_after_park`).

use std::fmt;
use std::sync::atomic::{fence, AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};

use crossbeam_utils::CachePadded;
use parking_lot::Mutex;

use crate::error::Error;
use crate::park::{wake_all, WaitList};
use crate::scheduler::{Handle, Shared};
use crate::sync::promise::Promise;
use crate::task::{self, PollBody, Step, Task, TaskCx, TaskRef, IDLE};

/// Why a goroutine is parked. Shown in deadlock reports.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WaitReason {
    /// Not waiting (or parked by a body that gave no reason).
    None = 0,
    /// `Queue::get` on an empty queue.
    QueueGet,
    /// `Queue::put` on a full queue.
    QueuePut,
    /// `WaitGroup::wait`.
    WaitGroup,
    /// `Promise::get` / `wait`.
    Promise,
    /// `sleep`.
    Sleep,
    /// `Scope::wait_all`.
    WaitAll,
    /// Waiting for a job in the blocking pool.
    Blocking,
    /// `Mutex::lock`.
    Lock,
    /// A wait of the embedder's or VM's own (see [`TaskCx::set_site`]).
    Other,
}

impl WaitReason {
    pub(crate) fn from_u8(v: u8) -> WaitReason {
        use WaitReason::*;
        [
            None, QueueGet, QueuePut, WaitGroup, Promise, Sleep, WaitAll, Blocking, Lock, Other,
        ]
        .get(v as usize)
        .copied()
        .unwrap_or(Other)
    }

    /// Short human name, e.g. `"Queue.get"`.
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::None => "parked",
            WaitReason::QueueGet => "Queue.get",
            WaitReason::QueuePut => "Queue.put",
            WaitReason::WaitGroup => "WaitGroup.wait",
            WaitReason::Promise => "Promise.get",
            WaitReason::Sleep => "sleep",
            WaitReason::WaitAll => "wait for all goroutines",
            WaitReason::Blocking => "blocking call",
            WaitReason::Lock => "Mutex.lock",
            WaitReason::Other => "waiting",
        }
    }
}

/// Where a goroutine waits, in the caller's words. Cheap to clone; formatted
/// only when a report is shown (the VM may set one before every blocking
/// call without allocating).
#[derive(Clone, Debug, Default)]
pub enum Site {
    /// No site given.
    #[default]
    None,
    /// A static description.
    Static(&'static str),
    /// Free text.
    Text(Arc<str>),
    /// An operation at a source line: shown as `"{what} at {file}:{line}"`.
    At {
        /// The operation, e.g. `"Queue.get"`.
        what: &'static str,
        /// The script file.
        file: Arc<str>,
        /// 1-based line.
        line: u32,
    },
}

impl Site {
    /// `"{what} at {file}:{line}"`.
    pub fn at(what: &'static str, file: Arc<str>, line: u32) -> Site {
        Site::At { what, file, line }
    }

    /// Free text.
    pub fn text(s: impl Into<Arc<str>>) -> Site {
        Site::Text(s.into())
    }

    /// True for `Site::None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Site::None)
    }
}

impl fmt::Display for Site {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Site::None => Ok(()),
            Site::Static(s) => f.write_str(s),
            Site::Text(s) => f.write_str(s),
            Site::At { what, file, line } => write!(f, "{what} at {file}:{line}"),
        }
    }
}

/// One parked goroutine in a [`DeadlockReport`].
#[derive(Clone, Debug)]
pub struct BlockedGoroutine {
    /// Id within the scope (1 = first spawned).
    pub id: u64,
    /// Name given at spawn.
    pub name: Option<Arc<str>>,
    /// Spawned as a main goroutine.
    pub main: bool,
    /// What it waits for.
    pub reason: WaitReason,
    /// Where (if the caller said).
    pub site: Site,
    /// Whether it is parked holding its native stack.
    pub holds_stack: bool,
}

/// "All goroutines are asleep": which goroutines wait where.
#[derive(Clone, Debug)]
pub struct DeadlockReport {
    /// The scope's name.
    pub scope: Arc<str>,
    /// Every parked goroutine of the scope, by id.
    pub goroutines: Vec<BlockedGoroutine>,
}

impl fmt::Display for DeadlockReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "all goroutines are asleep - deadlock! ({} blocked",
            self.goroutines.len()
        )?;
        if !self.scope.is_empty() {
            write!(f, " in scope {}", self.scope)?;
        }
        f.write_str(")")?;
        const SHOW: usize = 50;
        for g in self.goroutines.iter().take(SHOW) {
            write!(f, "\n  goroutine {}", g.id)?;
            if let Some(n) = &g.name {
                write!(f, " \"{n}\"")?;
            }
            if g.main {
                f.write_str(" (main)")?;
            }
            write!(f, " [{}]", g.reason.as_str())?;
            if !g.site.is_none() {
                write!(f, ": {}", g.site)?;
            }
        }
        if self.goroutines.len() > SHOW {
            write!(f, "\n  ... and {} more", self.goroutines.len() - SHOW)?;
        }
        Ok(())
    }
}

/// Per-scope figures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScopeStats {
    /// Goroutines spawned in the scope.
    pub spawned: u64,
    /// Goroutines alive now.
    pub live: u64,
    /// Most goroutines alive at once.
    pub peak_live: u64,
    /// Deadlocks detected.
    pub deadlocks: u64,
}

const SHARDS: usize = 16;

#[derive(Default)]
struct Slab {
    slots: Vec<Option<TaskRef>>,
    free: Vec<usize>,
}

/// `live` (high 32 bits) and `active` (low 32 bits) in one word, so a
/// spawn, and most exits, cost one read-modify-write.
const LIVE1: u64 = 1 << 32;
const ACTIVE_MASK: u64 = LIVE1 - 1;

struct Counts {
    live_active: AtomicU64,
    peak: AtomicUsize,
    spawned: AtomicU64,
}

pub(crate) struct ScopeInner {
    pub(crate) rt: Arc<Shared>,
    name: Arc<str>,
    pub(crate) cancelled: AtomicBool,
    counts: CachePadded<Counts>,
    registry: Box<[CachePadded<Mutex<Slab>>]>,
    waitall: Mutex<WaitList>,
    /// Serializes deadlock detection with cancellation; holds the last report.
    control: Mutex<Option<Arc<DeadlockReport>>>,
    deadlocks: AtomicU64,
}

impl ScopeInner {
    pub(crate) fn live(&self) -> usize {
        // Acquire: a reader of "0 live" sees the finished goroutines' effects.
        (self.counts.live_active.load(Ordering::Acquire) >> 32) as usize
    }

    fn active(&self) -> u64 {
        // Acquire: see `active_inc`.
        self.counts.live_active.load(Ordering::Acquire) & ACTIVE_MASK
    }

    pub(crate) fn last_deadlock(&self) -> Option<Arc<DeadlockReport>> {
        self.control.lock().clone()
    }

    pub(crate) fn active_inc(&self) {
        // AcqRel: increments and decrements form one modification order;
        // the decrement that reaches zero must happen-after every park it
        // counts, so that the detector sees their IDLE states.
        self.counts.live_active.fetch_add(1, Ordering::AcqRel);
    }

    pub(crate) fn active_dec(&self) {
        // AcqRel: as in `active_inc`.
        let old = self.counts.live_active.fetch_sub(1, Ordering::AcqRel);
        debug_assert!(old & ACTIVE_MASK > 0, "active count underflow");
        if old & ACTIVE_MASK == 1 {
            self.on_quiescent();
        }
    }

    fn spawn_task<B: task::Body + 'static>(
        self: &Arc<Self>,
        name: Option<Arc<str>>,
        main: bool,
        body: B,
    ) {
        let c = &self.counts;
        // Relaxed: an id counter.
        let id = c.spawned.fetch_add(1, Ordering::Relaxed) + 1;
        // AcqRel: as in `active_inc`; live and active up by one.
        let live = (c.live_active.fetch_add(LIVE1 + 1, Ordering::AcqRel) >> 32) as usize + 1;
        // Relaxed: a statistic.
        if live > c.peak.load(Ordering::Relaxed) {
            c.peak.fetch_max(live, Ordering::Relaxed);
        }
        let task = Task::new(id, name, main, self.clone(), body);
        crate::worker::schedule_new(task);
    }

    /// Enters a goroutine in the registry, the first time it parks (worker
    /// side, while it is still RUNNING). Goroutines that never park never
    /// pay for it; cancellation and deadlock reports only need parked ones
    /// (see `cancel` for the race with a first park).
    pub(crate) fn register(&self, task: &TaskRef) {
        // Relaxed: only the RUNNING holder reads or writes `reg_key`.
        if task.reg_key.load(Ordering::Relaxed) != usize::MAX {
            return;
        }
        let mut s = self.registry[(task.id as usize) % SHARDS].lock();
        let k = match s.free.pop() {
            Some(k) => {
                s.slots[k] = Some(task.clone());
                k
            }
            None => {
                s.slots.push(Some(task.clone()));
                s.slots.len() - 1
            }
        };
        // Relaxed: only the RUNNING holder reads it (see above).
        task.reg_key.store(k, Ordering::Relaxed);
    }

    /// A goroutine finished (worker side).
    pub(crate) fn exit(&self, task: &TaskRef) {
        // Relaxed: only the RUNNING holder reads or writes `reg_key`.
        let k = task.reg_key.load(Ordering::Relaxed);
        if k != usize::MAX {
            let mut s = self.registry[(task.id as usize) % SHARDS].lock();
            s.slots[k] = None;
            s.free.push(k);
        }
        let la = &self.counts.live_active;
        // Relaxed: only a first guess for the CAS below.
        let mut cur = la.load(Ordering::Relaxed);
        loop {
            if cur >> 32 <= 2 {
                // Slow path: wait_all waits for 0 live (outside callers) or
                // 1 (a goroutine of the scope waiting for the others), so
                // lower `live`, wake them, and only then lower `active`: the
                // woken are counted before we stop counting.
                // AcqRel: as in `active_inc`.
                la.fetch_sub(LIVE1, Ordering::AcqRel);
                let ws = self.waitall.lock().take_all();
                wake_all(ws);
                self.active_dec();
                return;
            }
            // Fast path: both down by one in one step.
            // AcqRel: as in `active_inc`.
            match la.compare_exchange_weak(
                cur,
                cur - LIVE1 - 1,
                Ordering::AcqRel,
                Ordering::Relaxed,
            ) {
                Ok(_) => {
                    if cur & ACTIVE_MASK == 1 {
                        self.on_quiescent();
                    }
                    return;
                }
                Err(a) => cur = a,
            }
        }
    }

    fn for_each_task(&self, mut f: impl FnMut(&TaskRef)) {
        for shard in self.registry.iter() {
            let s = shard.lock();
            for t in s.slots.iter().flatten() {
                f(t);
            }
        }
    }

    fn parked_tasks(&self) -> Vec<TaskRef> {
        let mut v = Vec::new();
        self.for_each_task(|t| {
            // Acquire: pairs with the park's Release (its wait reason and
            // site were written before).
            if t.state.load(Ordering::Acquire) == IDLE {
                v.push(t.clone());
            }
        });
        v
    }

    #[cold]
    fn on_quiescent(&self) {
        // Acquire: pairs with the Release in `cancel`.
        if self.cancelled.load(Ordering::Acquire) {
            return; // cancellation is waking everyone anyway
        }
        let mut ctl = self.control.lock();
        // Re-check under the lock: a wake may have raced in.
        if self.active() != 0 || self.live() == 0 {
            return;
        }
        let mut parked = self.parked_tasks();
        if parked.is_empty() {
            return;
        }
        parked.sort_by_key(|t| t.id);
        let goroutines = parked
            .iter()
            .map(|t| BlockedGoroutine {
                id: t.id,
                name: t.name.clone(),
                main: t.main,
                reason: t.wait_reason(),
                site: t.site(),
                // Relaxed: diagnostic only.
                holds_stack: t.holds_stack.load(Ordering::Relaxed),
            })
            .collect();
        *ctl = Some(Arc::new(DeadlockReport {
            scope: self.name.clone(),
            goroutines,
        }));
        drop(ctl);
        // Relaxed: a statistic.
        self.deadlocks.fetch_add(1, Ordering::Relaxed);
        for t in parked
            .iter()
            .filter(|t| t.main || t.wait_reason() == WaitReason::WaitAll)
        {
            Task::signal_deadlock(t);
        }
        let ws = self.waitall.lock().take_all();
        wake_all(ws);
    }

    /// A goroutine parking for the first time registers itself *before*
    /// its `RUNNING → IDLE` transition and re-checks the flag after it
    /// (`recheck_cancel_after_park`), so a scan that misses it is covered
    /// by its own re-check.
    pub(crate) fn cancel(&self) {
        // Release: pairs with the Acquire loads in `TaskCx::check`.
        self.cancelled.store(true, Ordering::Release);
        // SeqCst fence: Dekker pairing with `recheck_cancel_after_park`.
        fence(Ordering::SeqCst);
        let _ctl = self.control.lock();
        for t in self.parked_tasks() {
            Task::wake(&t);
        }
        let ws = self.waitall.lock().take_all();
        wake_all(ws);
    }
}

/// The goroutines of one evaluation. Clonable handle.
///
/// Dropping the handles does not stop the goroutines; call
/// [`shutdown`](Scope::shutdown) (cancel, then wait) when an evaluation ends.
#[derive(Clone)]
pub struct Scope {
    pub(crate) inner: Arc<ScopeInner>,
}

impl fmt::Debug for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Scope({:?}, live={})",
            self.inner.name,
            self.inner.live()
        )
    }
}

impl Scope {
    /// A new scope on `rt`.
    pub fn new(rt: &Handle) -> Scope {
        Scope::new_named(rt, "")
    }

    /// A new scope with a name (shown in deadlock reports).
    pub fn new_named(rt: &Handle, name: &str) -> Scope {
        let inner = Arc::new(ScopeInner {
            rt: rt.0.clone(),
            name: name.into(),
            cancelled: AtomicBool::new(false),
            counts: CachePadded::new(Counts {
                live_active: AtomicU64::new(0),
                peak: AtomicUsize::new(0),
                spawned: AtomicU64::new(0),
            }),
            registry: (0..SHARDS)
                .map(|_| CachePadded::new(Mutex::new(Slab::default())))
                .collect(),
            waitall: Mutex::new(WaitList::default()),
            control: Mutex::new(None),
            deadlocks: AtomicU64::new(0),
        });
        rt.0.register_scope(&inner);
        Scope { inner }
    }

    pub(crate) fn from_inner(inner: Arc<ScopeInner>) -> Scope {
        Scope { inner }
    }

    /// The scope of the calling goroutine.
    pub fn current() -> Option<Scope> {
        crate::with_current(|cx| cx.and_then(|cx| cx.scope()))
    }

    /// The runtime this scope runs on.
    pub fn handle(&self) -> Handle {
        Handle(self.inner.rt.clone())
    }

    /// Options for the next spawn (name, main).
    pub fn task(&self) -> TaskBuilder<'_> {
        TaskBuilder {
            scope: self,
            name: None,
            main: false,
        }
    }

    /// Spawns a stackful goroutine running `f` once. Blocking calls inside
    /// `f` suspend it keeping its stack.
    pub fn spawn<T, F>(&self, f: F) -> Promise<T>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        self.task().spawn(f)
    }

    /// Spawns a stackless goroutine: `f` is polled until it returns
    /// [`Step::Ready`]; see [`Step`] for the protocol.
    pub fn spawn_poll<T, F>(&self, f: F) -> Promise<T>
    where
        F: FnMut(&TaskCx) -> Step<T> + Send + 'static,
        T: Send + 'static,
    {
        self.task().spawn_poll(f)
    }

    /// Cancels the scope: running goroutines get `Cancelled` at their next
    /// yield point or blocking call, parked ones are woken with it, unstarted
    /// ones never start. Idempotent; callable from any thread.
    pub fn cancel(&self) {
        self.inner.cancel();
    }

    /// A token that cancels this scope, for another thread (e.g. a timeout).
    pub fn cancel_token(&self) -> CancelToken {
        CancelToken(self.inner.clone())
    }

    /// Whether [`cancel`](Self::cancel) was called.
    pub fn is_cancelled(&self) -> bool {
        // Acquire: pairs with the Release in `cancel`.
        self.inner.cancelled.load(Ordering::Acquire)
    }

    /// Registers an outside waker (see the module docs): while the guard
    /// lives, no deadlock is reported for this scope.
    pub fn external(&self) -> ExternalGuard {
        self.inner.active_inc();
        ExternalGuard(self.inner.clone())
    }

    /// Waits until every goroutine of the scope has finished (from inside
    /// the scope: every *other* goroutine). Errors: `Deadlock` when the
    /// remaining goroutines can never finish, `Cancelled`/`Deadlock` for a
    /// goroutine caller that is interrupted.
    pub fn wait_all(&self) -> Result<(), Error> {
        task::block_on(None, |cx| self.poll_wait_all(cx, None))
    }

    /// [`wait_all`](Self::wait_all) with a timeout (`Error::Timeout`).
    pub fn wait_all_timeout(&self, d: Duration) -> Result<(), Error> {
        let deadline = crate::deadline_after(d);
        task::block_on(Some(deadline), |cx| self.poll_wait_all(cx, Some(deadline)))
    }

    /// Poll form of [`wait_all`](Self::wait_all).
    pub fn poll_wait_all(&self, cx: &TaskCx, deadline: Option<Instant>) -> Poll<Result<(), Error>> {
        let s = &self.inner;
        let inside = cx.task().is_some_and(|t| Arc::ptr_eq(&t.scope, s));
        let target = usize::from(inside);
        let mut wl = s.waitall.lock();
        if let Some(k) = cx.take_key() {
            wl.remove(k);
        }
        if let Err(e) = cx.check() {
            drop(wl);
            cx.done_waiting();
            return Poll::Ready(Err(e));
        }
        if s.live() <= target {
            drop(wl);
            cx.done_waiting();
            return Poll::Ready(Ok(()));
        }
        if !inside && !self.is_cancelled() && s.active() == 0 {
            if let Some(r) = s.last_deadlock() {
                drop(wl);
                cx.done_waiting();
                return Poll::Ready(Err(Error::Deadlock(r)));
            }
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            drop(wl);
            cx.done_waiting();
            return Poll::Ready(Err(Error::Timeout));
        }
        cx.set_key(wl.push(cx.waker()));
        drop(wl);
        cx.prepare_park(WaitReason::WaitAll, deadline);
        Poll::Pending
    }

    /// Cancels and waits (at most `timeout`) for every goroutine to finish.
    /// True if all finished.
    pub fn shutdown(&self, timeout: Duration) -> bool {
        self.cancel();
        self.wait_all_timeout(timeout).is_ok()
    }

    /// The last deadlock detected, if any.
    pub fn deadlock_report(&self) -> Option<Arc<DeadlockReport>> {
        self.inner.last_deadlock()
    }

    /// Goroutines alive now.
    pub fn live(&self) -> usize {
        self.inner.live()
    }

    /// Figures for `--stats`.
    pub fn stats(&self) -> ScopeStats {
        let c = &self.inner.counts;
        // Relaxed: statistics.
        ScopeStats {
            spawned: c.spawned.load(Ordering::Relaxed),
            live: c.live_active.load(Ordering::Relaxed) >> 32,
            peak_live: c.peak.load(Ordering::Relaxed) as u64,
            deadlocks: self.inner.deadlocks.load(Ordering::Relaxed),
        }
    }
}

/// Cancels a scope from anywhere.
#[derive(Clone)]
pub struct CancelToken(Arc<ScopeInner>);

impl CancelToken {
    /// Same as [`Scope::cancel`].
    pub fn cancel(&self) {
        self.0.cancel();
    }
    /// Whether cancelled.
    pub fn is_cancelled(&self) -> bool {
        // Acquire: pairs with the Release in `cancel`.
        self.0.cancelled.load(Ordering::Acquire)
    }
}

/// While alive, an outside waker of the scope exists: no deadlock is reported.
pub struct ExternalGuard(Arc<ScopeInner>);

impl Drop for ExternalGuard {
    fn drop(&mut self) {
        self.0.active_dec();
    }
}

/// Spawn options: `scope.task().name("main").main().spawn_poll(body)`.
pub struct TaskBuilder<'a> {
    scope: &'a Scope,
    name: Option<Arc<str>>,
    main: bool,
}

impl TaskBuilder<'_> {
    /// Name shown in deadlock reports.
    pub fn name(mut self, name: impl Into<Arc<str>>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Marks the goroutine as a main goroutine of the scope: when the scope
    /// deadlocks while it is parked, its blocking call returns
    /// `Error::Deadlock` (the script's main goroutine).
    pub fn main(mut self) -> Self {
        self.main = true;
        self
    }

    /// Spawns a stackful goroutine (see [`Scope::spawn`]).
    pub fn spawn<T, F>(self, f: F) -> Promise<T>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let mut f = Some(f);
        self.spawn_poll(move |_cx| {
            Step::Ready((f.take().expect("stackful body polled after it finished"))())
        })
    }

    /// Spawns a stackless goroutine (see [`Scope::spawn_poll`]).
    pub fn spawn_poll<T, F>(self, f: F) -> Promise<T>
    where
        F: FnMut(&TaskCx) -> Step<T> + Send + 'static,
        T: Send + 'static,
    {
        let promise = Promise::new();
        let mut body = PollBody {
            f,
            promise: promise.clone(),
        };
        if self.scope.is_cancelled() {
            task::Body::fail(&mut body, Error::Cancelled);
            return promise;
        }
        self.scope.inner.spawn_task(self.name, self.main, body);
        promise
    }
}

/// `Scope::spawn` on a borrowed scope (no handle clone).
pub(crate) fn spawn_in<T, F>(scope: &Arc<ScopeInner>, f: F) -> Promise<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let mut f = Some(f);
    spawn_poll_in(scope, move |_cx: &TaskCx| {
        Step::Ready((f.take().expect("stackful body polled after it finished"))())
    })
}

/// `Scope::spawn_poll` on a borrowed scope (no handle clone).
pub(crate) fn spawn_poll_in<T, F>(scope: &Arc<ScopeInner>, f: F) -> Promise<T>
where
    F: FnMut(&TaskCx) -> Step<T> + Send + 'static,
    T: Send + 'static,
{
    let promise = Promise::new();
    let mut body = PollBody {
        f,
        promise: promise.clone(),
    };
    // Acquire: pairs with the Release in `cancel`.
    if scope.cancelled.load(Ordering::Acquire) {
        task::Body::fail(&mut body, Error::Cancelled);
        return promise;
    }
    scope.spawn_task(None, false, body);
    promise
}
