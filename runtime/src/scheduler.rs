//! The scheduler: M goroutines on N worker threads.
//!
//! # Nouns
//!
//! * A **goroutine** (a `Task`, in `task.rs`) is a body plus the state to
//!   run it: either a closure run once on a coroutine (*stackful*, the
//!   `spawn(FnOnce)` form) or a poll function `FnMut(&TaskCx) -> Step<T>`
//!   called until it returns `Ready` (*stackless*, the form the VM uses).
//!   Every poll runs on a corosensei coroutine, so a body may also block
//!   deep in native code; that suspends the coroutine and the goroutine
//!   keeps its stack until it resumes.
//! * A **worker** is an OS thread with a local FIFO run queue (a
//!   crossbeam-deque `Worker`), a one-task **run-next** slot, and a pool of
//!   stacks. There is one worker per core by default.
//! * The **injector** is the global queue: spawns and wakes from threads
//!   that are not workers of this runtime land there.
//! * A **scope** groups the goroutines of one evaluation: cancel token,
//!   deadlock detection, wait-for-all (see `scope.rs`).
//! * The **timer thread** fires deadlines; the **blocking pool** runs host
//!   functions that may block.
//!
//! # The problem
//!
//! Scripts spawn goroutines by the hundred thousand, hand values through
//! queues at a rate of millions per second, and mostly sit parked. So:
//! spawning and parking must cost about a hundred nanoseconds and no system
//! call; a parked goroutine must cost little memory (less than Go's 2.7 KiB);
//! idle workers must sleep rather than spin; and the memory-mapping limit
//! (65,530) must not cap the number of goroutines.
//!
//! # Designs rejected
//!
//! * *One OS thread per goroutine* (Scriptling's Go original used goroutines,
//!   CPython uses threads): 8 MiB of reserved stack and a kernel thread each;
//!   does not reach 100k.
//! * *Stackless only (async Rust)*: the VM re-enters the interpreter from
//!   native code (sort keys, dunder methods, host callbacks); a blocking call
//!   there would need every native frame to be a state machine.
//! * *Stackful only*: a parked goroutine would pin at least one touched
//!   stack page (4 KiB) plus guard bookkeeping, above Go's 2.7 KiB. Since the
//!   VM keeps script frames on the heap, a goroutine parked from bytecode
//!   needs no native stack. Hence both: stackless when possible, stackful
//!   when needed.
//! * *A stack per goroutine from `DefaultStack`*: two mappings each, the
//!   process dies near 32,700 goroutines (see `stack.rs`).
//! * *A global run queue only*: every spawn and wake would contend on one
//!   lock. Work stealing keeps the common case local.
//! * *Spinning idle workers*: the machine has 2 cores shared with other
//!   work; a searching worker makes a few rounds and then sleeps.
//!
//! # Running a task
//!
//! The worker pops a task, takes its suspended coroutine if it has one, or
//! creates a coroutine on a pooled stack that polls the body once. It
//! resumes it. The goroutine reports why it stopped through the value it
//! yields or returns, and *all scheduling work happens on the worker's stack
//! after `resume` returns*:
//!
//! * returned `Done`: stack back to the pool, task `DONE`, scope bookkeeping;
//! * returned `Pending` (stackless park): stack back to the pool, then park;
//! * returned `Yield`: stack back to the pool, task to the back of the local
//!   queue;
//! * suspended with `Park` (stackful park): coroutine stored in the task,
//!   then park;
//! * suspended with `Yield`: coroutine stored, task to the back of the queue.
//!
//! # Wake / park protocol
//!
//! The task state is one atomic byte (see `task.rs` for the table).
//!
//! 1. A goroutine that must wait registers its waker with the primitive
//!    under the primitive's lock, releases the lock, and stops (returns
//!    `Pending` or suspends with `Park`). Its state is still `RUNNING`.
//! 2. A waker pops the registration (under the same lock), releases the
//!    lock, and calls `wake`: CAS `IDLE → SCHEDULED` and push onto a run
//!    queue, or CAS `RUNNING → NOTIFIED` if the goroutine has not finished
//!    stopping yet; any other state means nothing to do.
//! 3. The worker, after `resume` returns with a park, CASes `RUNNING → IDLE`.
//!    If that fails the state is `NOTIFIED`: a wake came in between 1 and 3,
//!    so the task goes straight back to the run-next slot. No wake is lost
//!    and no task is ever on two queues.
//! 4. A woken task is re-polled; the primitive's poll sees its registration
//!    was consumed and retries the operation.
//!
//! A wake from a worker thread puts the task in that worker's run-next slot
//! (what it displaces goes to the back of the local queue): hand-offs run
//! next, on a warm cache, with no cross-thread traffic. A run-next streak
//! is capped so a ping-pong pair cannot starve the local queue.
//!
//! # Finding work, sleeping, and waking workers
//!
//! Each tick a worker takes, in order: the injector every 61st tick (so
//! outside spawns are never starved by a busy local queue), its run-next
//! slot, its local queue. Empty-handed, it becomes *searching*: a few rounds
//! of "a batch from the injector, else half of a random victim's queue".
//! Still nothing: it sleeps.
//!
//! 1. Sleep: lock the idle list, add itself, `num_sleeping += 1`, unlock;
//!    SeqCst fence; re-check the injector and every victim. Work visible →
//!    take itself off the list and search again. Otherwise park the thread.
//! 2. Notify (after any push that others could steal): SeqCst fence; if a
//!    worker is searching, it will find the work (a searcher re-checks
//!    before it sleeps); else if one sleeps, pop it from the idle list and
//!    unpark it.
//! 3. The two fences make this Dekker's pattern: either the pusher sees
//!    `num_sleeping > 0` or the sleeper's re-check sees the pushed task. No
//!    work is left with every worker asleep.
//! 4. A searcher that finds work while it was the last searcher notifies
//!    another worker, so parallelism ramps up as work spreads.
//!
//! Pushes to the run-next slot do not notify (nobody can steal that slot);
//! a long-running goroutine therefore delays a task it woke until its
//! budget makes it yield. The VM charges budget at calls and backward jumps.
//!
//! # Preemption
//!
//! Cooperative: `TaskCx::should_yield` counts down a per-goroutine budget;
//! the body then returns `Step::Yield` (stackless) or calls `yield_now`
//! (stackful). A yielded task goes to the back of the local queue.
//!
//! # Shutdown
//!
//! Dropping the owning [`Runtime`] (the global runtime is never dropped;
//! dropped by one of its own goroutines, it only does steps 1 and 3 and
//! detaches the threads):
//! 1. every scope of the runtime is cancelled, so parked goroutines wake
//!    with `Cancelled` and unwind normally, and unstarted ones never start;
//! 2. it waits (bounded, 5 s) for the goroutines to finish;
//! 3. it sets `shutdown`, unparks every worker; workers leave their loop,
//!    drop what is still queued and return their stacks;
//! 4. it joins the workers, stops the timer thread and the blocking pool and
//!    joins them too. A goroutine that ignores cancellation and never
//!    finishes is the one thing left behind (its task and stack stay
//!    allocated); nothing is ever freed under a suspended coroutine.

use std::sync::atomic::{fence, AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, Weak};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_deque::{Injector, Stealer, Worker as Deque};
use crossbeam_utils::sync::{Parker, Unparker};
use crossbeam_utils::CachePadded;
use parking_lot::Mutex;

use crate::blocking::BlockingPool;
use crate::scope::{Scope, ScopeInner};
use crate::stack::StackAlloc;
use crate::task::TaskRef;
use crate::timer::Timers;

/// State shared by the workers of one runtime and by every handle to it.
pub(crate) struct Shared {
    pub(crate) injector: Injector<TaskRef>,
    pub(crate) stealers: Box<[Stealer<TaskRef>]>,
    unparkers: Box<[Unparker]>,
    idle: Mutex<Vec<usize>>,
    num_sleeping: AtomicUsize,
    pub(crate) num_searching: AtomicUsize,
    pub(crate) shutdown: AtomicBool,
    pub(crate) stacks: Arc<StackAlloc>,
    pub(crate) timers: Arc<Timers>,
    pub(crate) blocking: BlockingPool,
    pub(crate) stats: Stats,
    scopes: Mutex<Vec<Weak<ScopeInner>>>,
    root: Mutex<Option<Scope>>,
    pub(crate) config: Config,
}

#[derive(Clone, Debug)]
pub(crate) struct Config {
    pub(crate) workers: usize,
    pub(crate) stack_size: usize,
    pub(crate) blocking_threads: usize,
    pub(crate) name: String,
    pub(crate) randomize: bool,
}

impl Shared {
    /// Pushes onto the injector and makes sure a worker will look.
    pub(crate) fn inject(&self, task: TaskRef) {
        self.injector.push(task);
        self.notify();
    }

    /// Wakes a sleeping worker if no worker is searching. Any thread.
    pub(crate) fn notify(&self) {
        // SeqCst fence: the pusher's half of the Dekker pattern with
        // `sleep` (essay, "Finding work", step 3).
        fence(Ordering::SeqCst);
        if self.num_searching.load(Ordering::Relaxed) > 0
            || self.num_sleeping.load(Ordering::Relaxed) == 0
        {
            return;
        }
        let mut idle = self.idle.lock();
        if let Some(i) = idle.pop() {
            // Relaxed: the idle-list mutex orders this with the sleeper.
            self.num_sleeping.fetch_sub(1, Ordering::Relaxed);
            drop(idle);
            self.unparkers[i].unpark();
        }
    }

    fn has_work(&self) -> bool {
        !self.injector.is_empty() || self.stealers.iter().any(|s| !s.is_empty())
    }

    /// Parks worker `index` until notified (essay, step 1).
    pub(crate) fn sleep(&self, index: usize, parker: &Parker) {
        {
            let mut idle = self.idle.lock();
            idle.push(index);
            // Relaxed: the SeqCst fence below orders it before our re-check.
            self.num_sleeping.fetch_add(1, Ordering::Relaxed);
        }
        // SeqCst fence: the sleeper's half of the Dekker pattern.
        fence(Ordering::SeqCst);
        if !self.has_work() && !self.shutdown.load(Ordering::Acquire) {
            parker.park();
        }
        // Woken, spuriously, or work appeared: make sure we are off the list.
        let mut idle = self.idle.lock();
        if let Some(pos) = idle.iter().position(|&i| i == index) {
            idle.swap_remove(pos);
            // Relaxed: under the idle-list mutex, like every decrement.
            self.num_sleeping.fetch_sub(1, Ordering::Relaxed);
        }
    }

    pub(crate) fn register_scope(&self, s: &Arc<ScopeInner>) {
        let mut v = self.scopes.lock();
        v.retain(|w| w.strong_count() > 0);
        v.push(Arc::downgrade(s));
    }

    fn live_scopes(&self) -> Vec<Arc<ScopeInner>> {
        self.scopes
            .lock()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect()
    }
}

// ----------------------------------------------------------------------------
// Public handles.

/// Configures a [`Runtime`].
#[derive(Clone, Debug)]
pub struct Builder {
    cfg: Config,
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

impl Builder {
    /// Defaults: one worker per core, 256 KiB stacks, up to 64 blocking threads.
    pub fn new() -> Builder {
        Builder {
            cfg: Config {
                workers: std::thread::available_parallelism().map_or(1, |n| n.get()),
                stack_size: 256 * 1024,
                blocking_threads: 64,
                name: "spindle-worker".into(),
                randomize: std::env::var_os("SPINDLE_RANDOMIZE_SCHEDULER")
                    .is_some_and(|v| v != "0"),
            },
        }
    }

    /// Number of worker threads (at least 1).
    pub fn workers(mut self, n: usize) -> Builder {
        self.cfg.workers = n.max(1);
        self
    }

    /// Usable bytes of native stack per goroutine (rounded up to pages, at
    /// least 16 KiB). Only goroutines that are running or parked stackfully
    /// hold one; untouched pages cost no memory.
    pub fn stack_size(mut self, bytes: usize) -> Builder {
        self.cfg.stack_size = bytes;
        self
    }

    /// Maximum threads of the blocking pool.
    pub fn blocking_threads(mut self, n: usize) -> Builder {
        self.cfg.blocking_threads = n.max(1);
        self
    }

    /// Randomized scheduling, a stress switch (Go's `randomizeScheduler`):
    /// wakes go to the back of the local queue or the injector instead of
    /// the run-next slot, at random, and the run-next slot is skipped at
    /// random. Exposes code that depends on a particular interleaving. Also
    /// turned on by the environment variable `SPINDLE_RANDOMIZE_SCHEDULER=1`
    /// (the one debug switch of this crate).
    pub fn randomize_scheduling(mut self, on: bool) -> Builder {
        self.cfg.randomize = on;
        self
    }

    /// Thread name prefix.
    pub fn name(mut self, name: impl Into<String>) -> Builder {
        self.cfg.name = name.into();
        self
    }

    /// Starts the workers and the timer thread.
    pub fn build(self) -> std::io::Result<Runtime> {
        let cfg = self.cfg;
        let n = cfg.workers;
        let deques: Vec<Deque<TaskRef>> = (0..n).map(|_| Deque::new_fifo()).collect();
        let parkers: Vec<Parker> = (0..n).map(|_| Parker::new()).collect();
        let shared = Arc::new(Shared {
            injector: Injector::new(),
            stealers: deques.iter().map(|d| d.stealer()).collect(),
            unparkers: parkers.iter().map(|p| p.unparker().clone()).collect(),
            idle: Mutex::new(Vec::with_capacity(n)),
            num_sleeping: AtomicUsize::new(0),
            num_searching: AtomicUsize::new(0),
            shutdown: AtomicBool::new(false),
            stacks: StackAlloc::new(cfg.stack_size),
            timers: Timers::new(),
            blocking: BlockingPool::new(cfg.blocking_threads, format!("{}-blocking", cfg.name)),
            stats: Stats::new(n),
            scopes: Mutex::new(Vec::new()),
            root: Mutex::new(None),
            config: cfg.clone(),
        });
        let mut threads = Vec::with_capacity(n + 1);
        for (i, (d, p)) in deques.into_iter().zip(parkers).enumerate() {
            let sh = shared.clone();
            threads.push(
                std::thread::Builder::new()
                    .name(format!("{}-{i}", cfg.name))
                    .spawn(move || crate::worker::worker_main(sh, i, d, p))?,
            );
        }
        let timers = shared.timers.clone();
        let timer_thread = std::thread::Builder::new()
            .name(format!("{}-timer", cfg.name))
            .spawn(move || timers.run())?;
        let root = Scope::new_named(&Handle(shared.clone()), "root");
        *shared.root.lock() = Some(root);
        Ok(Runtime {
            handle: Handle(shared),
            threads,
            timer_thread: Some(timer_thread),
        })
    }
}

/// A cheap, clonable reference to a runtime: spawn, create scopes, read stats.
#[derive(Clone)]
pub struct Handle(pub(crate) Arc<Shared>);

impl Handle {
    /// The runtime of the calling goroutine, or else the global runtime.
    pub fn current() -> Handle {
        let w = crate::worker::current_worker();
        if !w.is_null() {
            // SAFETY: see `worker::schedule_woken`.
            return Handle(unsafe { &*w }.shared.clone());
        }
        global().clone()
    }

    /// The runtime's root scope (used by [`Handle::spawn`]).
    pub fn root_scope(&self) -> Scope {
        self.0
            .root
            .lock()
            .clone()
            .expect("runtime is shutting down")
    }

    /// Spawns a stackful goroutine in the root scope.
    pub fn spawn<T, F>(&self, f: F) -> crate::Promise<T>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        self.root_scope().spawn(f)
    }

    /// Number of worker threads.
    pub fn workers(&self) -> usize {
        self.0.config.workers
    }

    /// Scheduler statistics, summed over workers.
    pub fn stats(&self) -> RuntimeStats {
        self.0.stats.snapshot(&self.0)
    }
}

impl std::fmt::Debug for Handle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Handle({} workers)", self.0.config.workers)
    }
}

/// Owns a runtime: dropping it shuts the runtime down (see the essay). Derefs
/// to [`Handle`]. Several scopes (interpreters) share one runtime.
pub struct Runtime {
    handle: Handle,
    threads: Vec<JoinHandle<()>>,
    timer_thread: Option<JoinHandle<()>>,
}

impl Runtime {
    /// A builder with default settings.
    pub fn builder() -> Builder {
        Builder::new()
    }

    /// A runtime with default settings.
    pub fn new() -> std::io::Result<Runtime> {
        Builder::new().build()
    }

    /// A clonable handle.
    pub fn handle(&self) -> &Handle {
        &self.handle
    }
}

impl std::ops::Deref for Runtime {
    type Target = Handle;
    fn deref(&self) -> &Handle {
        &self.handle
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        let sh = &self.handle.0;
        let w = crate::worker::current_worker();
        // SAFETY: see `worker::schedule_woken`.
        if !w.is_null() && Arc::ptr_eq(&unsafe { &*w }.shared, sh) {
            // Dropped by one of its own goroutines: we cannot wait for (or
            // join) the thread we are on. Cancel and signal only; the
            // threads exit on their own and are detached.
            for s in sh.live_scopes() {
                s.cancel();
            }
            // Release: as in step 3 below.
            sh.shutdown.store(true, Ordering::Release);
            for u in sh.unparkers.iter() {
                u.unpark();
            }
            sh.timers.shutdown();
            return;
        }
        // 1. Cancel every scope (root included).
        let scopes = sh.live_scopes();
        for s in &scopes {
            s.cancel();
        }
        // 2. Give goroutines a bounded time to unwind. Polling with a short
        //    sleep is fine here: correctness does not depend on it.
        let until = Instant::now() + Duration::from_secs(5);
        while scopes.iter().any(|s| s.live() > 0) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(1));
        }
        drop(scopes);
        // 3. Stop the workers. Release: pairs with the workers' Acquire
        //    load; anything queued before is seen by their final drain.
        sh.shutdown.store(true, Ordering::Release);
        for u in sh.unparkers.iter() {
            u.unpark();
        }
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
        // 4. Timer thread and blocking pool.
        sh.timers.shutdown();
        if let Some(t) = self.timer_thread.take() {
            let _ = t.join();
        }
        sh.blocking.shutdown();
        // Break the root scope's cycle and drop anything injected late.
        *sh.root.lock() = None;
        while !sh.injector.is_empty() {
            let _ = sh.injector.steal();
        }
    }
}

static GLOBAL: OnceLock<Runtime> = OnceLock::new();

/// The process-wide runtime used by the free functions ([`spawn`](crate::spawn)
/// outside a goroutine): default settings, created on first use, never
/// shut down.
pub fn global() -> &'static Handle {
    GLOBAL
        .get_or_init(|| {
            Builder::new()
                .name("spindle")
                .build()
                .expect("start the global runtime")
        })
        .handle()
}

// ----------------------------------------------------------------------------
// Statistics.

/// A counter with a single writer (its worker): a plain load+store, no
/// locked instruction. Readers may see a slightly stale value.
#[derive(Default)]
pub(crate) struct Counter(AtomicU64);

impl Counter {
    #[inline]
    pub(crate) fn bump(&self) {
        self.add(1)
    }
    #[inline]
    pub(crate) fn add(&self, n: u64) {
        // Relaxed load+store: only the owning worker writes.
        self.0
            .store(self.0.load(Ordering::Relaxed) + n, Ordering::Relaxed);
    }
    fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

#[derive(Default)]
pub(crate) struct WorkerStats {
    pub(crate) spawned: Counter,
    pub(crate) polls: Counter,
    pub(crate) parks: Counter,
    pub(crate) stackful_parks: Counter,
    pub(crate) yields: Counter,
    pub(crate) steals: Counter,
}

pub(crate) struct Stats {
    workers: Box<[CachePadded<WorkerStats>]>,
    pub(crate) outside_spawns: AtomicU64,
}

impl Stats {
    fn new(n: usize) -> Stats {
        Stats {
            workers: (0..n)
                .map(|_| CachePadded::new(WorkerStats::default()))
                .collect(),
            outside_spawns: AtomicU64::new(0),
        }
    }

    pub(crate) fn worker(&self, i: usize) -> &WorkerStats {
        &self.workers[i]
    }

    fn snapshot(&self, sh: &Shared) -> RuntimeStats {
        let mut s = RuntimeStats {
            // Relaxed: a statistic.
            spawned: self.outside_spawns.load(Ordering::Relaxed),
            ..Default::default()
        };
        for w in self.workers.iter() {
            s.spawned += w.spawned.get();
            s.polls += w.polls.get();
            s.parks += w.parks.get();
            s.stackful_parks += w.stackful_parks.get();
            s.yields += w.yields.get();
            s.steals += w.steals.get();
        }
        s.stacks_carved = sh.stacks.carved() as u64;
        s.timers_pending = sh.timers.pending() as u64;
        s.blocking_threads = sh.blocking.threads() as u64;
        s
    }
}

/// Scheduler figures for `--stats`. Per-scope figures (peak live) are in
/// [`ScopeStats`](crate::ScopeStats).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RuntimeStats {
    /// Goroutines spawned, all scopes.
    pub spawned: u64,
    /// Times a worker resumed a goroutine.
    pub polls: u64,
    /// Parks (stackless and stackful).
    pub parks: u64,
    /// Parks that kept the native stack.
    pub stackful_parks: u64,
    /// Yields (budget or `yield_now`).
    pub yields: u64,
    /// Goroutines moved by work stealing.
    pub steals: u64,
    /// Stacks ever carved from regions (a high-water mark of stacks in use).
    pub stacks_carved: u64,
    /// Timers pending now.
    pub timers_pending: u64,
    /// Threads in the blocking pool now.
    pub blocking_threads: u64,
}
