//! The cycle collector (DESIGN.md, "Memory").
//!
//! Reference counting frees everything that is not part of a cycle; this
//! module finds the cycles, the way CPython does: trial deletion over the
//! tracked objects of the generations being collected.
//!
//! 1. Every tracked object (`object::heap`) is on one of three generation
//!    lists (and a fourth, the frozen set of `gc.freeze()`). New objects go
//!    on generation 0; survivors of a collection move one generation up.
//! 2. A collection copies each object's reference count into its scratch
//!    count, then subtracts one for every reference *from another object
//!    being collected*. What is left counts references from outside: the
//!    stacks of running code, older generations, untracked holders.
//! 3. Objects with outside references are reachable, and so is everything
//!    they reference; the rest is garbage. The collector takes a reference
//!    to each garbage object, lets the world run again, runs `__del__`
//!    finalizers, then clears the objects (empties their containers), which
//!    breaks the cycles and lets reference counting free them.
//!
//! Goroutines run on several OS threads at once, and step 2 needs counts
//! that do not move under it, so the collector stops the world: every
//! thread running script code (`Vm::run`) is a *mutator* and checks for a
//! stop request at its safepoints (the preemption check of the interpreter
//! loop, every few thousand instructions, and every blocking call, which
//! releases the thread's mutator slot while it waits: `allow_threads`).
//! The collector waits until no mutator is running, bounded: if some
//! thread does not reach a safepoint in time (a long native call), the
//! collection is put off, never forced. Threads outside the interpreter
//! (host threads) may still drop references meanwhile: an object whose
//! count reaches zero waits on the list lock to unlink, and the collector
//! skips objects whose count is zero.

pub mod weak;

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use crate::object::heap::{flags, node_count, GcNode, VTable};
use crate::value::Value;

/// The frozen "generation" of `gc.freeze()`.
const FROZEN: usize = 3;

struct Lists {
    /// Sentinels of the circular generation lists (boxed: their addresses
    /// are stable).
    heads: [Box<GcNode>; 4],
    /// Objects on each list.
    counts: [usize; 4],
    /// Allocations minus deallocations of tracked objects since the last
    /// collection of generation 0 (CPython's `gc.get_count()[0]`).
    young: usize,
    /// Collections of generation 0 since the last of generation 1, and of
    /// generation 1 since the last of generation 2.
    since: [usize; 2],
    thresholds: [usize; 3],
    enabled: bool,
    /// Objects that survived into generation 2 since its last collection
    /// (CPython's `long_lived_pending`).
    pending_old: usize,
    stats: [Stats; 3],
}

#[derive(Clone, Copy, Default)]
pub struct Stats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

// SAFETY: the sentinels' cells are only touched under the `LISTS` lock.
unsafe impl Send for Lists {}

fn dummy_traverse(_: *const GcNode, _: &mut dyn FnMut(*const GcNode)) -> bool {
    true
}
fn dummy_clear(_: *const GcNode, _: &mut Vec<Value>) {}
fn dummy_value(_: *const GcNode) -> Value {
    Value::None
}

static SENTINEL_VT: VTable = VTable {
    traverse: dummy_traverse,
    clear: dummy_clear,
    to_value: dummy_value,
    name: "sentinel",
    count_offset: 0,
};

fn sentinel() -> Box<GcNode> {
    let b = Box::new(GcNode {
        next: Cell::new(std::ptr::null_mut()),
        prev: Cell::new(std::ptr::null_mut()),
        refs: Cell::new(0),
        flags: AtomicUsize::new(0),
        vt: &SENTINEL_VT,
    });
    let p = &*b as *const GcNode as *mut GcNode;
    b.next.set(p);
    b.prev.set(p);
    b
}

static LISTS: LazyLock<Mutex<Lists>> = LazyLock::new(|| {
    Mutex::new(Lists {
        heads: [sentinel(), sentinel(), sentinel(), sentinel()],
        counts: [0; 4],
        young: 0,
        since: [0; 2],
        thresholds: [700, 10, 10],
        enabled: true,
        pending_old: 0,
        stats: [Stats::default(); 3],
    })
});

/// Set when generation 0 passed its threshold: the next safepoint
/// collects.
static WANTED: AtomicBool = AtomicBool::new(false);

impl Lists {
    fn head(&self, g: usize) -> *mut GcNode {
        &*self.heads[g] as *const GcNode as *mut GcNode
    }
}

/// Appends `n` to the list at `head`.
///
/// # Safety
///
/// Both are live nodes, `n` on no list; the caller holds the list lock.
unsafe fn push_tail(head: *mut GcNode, n: *mut GcNode) {
    unsafe {
        let last = (*head).prev.get();
        (*n).prev.set(last);
        (*n).next.set(head);
        (*last).next.set(n);
        (*head).prev.set(n);
    }
}

/// Takes `n` off its list.
///
/// # Safety
///
/// `n` is on a list; the caller holds the list lock.
unsafe fn remove(n: *mut GcNode) {
    unsafe {
        let (p, x) = ((*n).prev.get(), (*n).next.get());
        (*p).next.set(x);
        (*x).prev.set(p);
    }
}

/// Moves every node of the list at `from` to the end of the list at `to`.
unsafe fn splice(from: *mut GcNode, to: *mut GcNode) {
    unsafe {
        let first = (*from).next.get();
        if first == from {
            return;
        }
        let last = (*from).prev.get();
        let tail = (*to).prev.get();
        (*tail).next.set(first);
        (*first).prev.set(tail);
        (*last).next.set(to);
        (*to).prev.set(last);
        (*from).next.set(from);
        (*from).prev.set(from);
    }
}

fn set_gen(n: *mut GcNode, g: usize) {
    // SAFETY: a live node; its flags are atomic.
    let f = unsafe { &(*n).flags };
    let old = f.load(Ordering::Relaxed);
    f.store(
        (old & !flags::GEN_MASK) | (g << flags::GEN_SHIFT),
        Ordering::Relaxed,
    );
}

fn gen_of(n: *const GcNode) -> usize {
    // SAFETY: a live node.
    (unsafe { (*n).flags.load(Ordering::Relaxed) } & flags::GEN_MASK) >> flags::GEN_SHIFT
}

/// Puts a new object on generation 0 (`Obj::new`).
pub(crate) fn link(n: *mut GcNode) {
    let mut l = LISTS.lock();
    // SAFETY: a fresh node, on no list; the lock is held.
    unsafe {
        (*n).flags.fetch_or(flags::TRACKED, Ordering::Relaxed);
        push_tail(l.head(0), n);
    }
    l.counts[0] += 1;
    l.young += 1;
    if l.young > l.thresholds[0] && l.enabled && l.thresholds[0] > 0 {
        WANTED.store(true, Ordering::Relaxed);
    }
}

/// Takes a dying object off its generation list (`Obj` drop).
///
/// # Safety
///
/// `n` is tracked and its count is zero.
pub(crate) unsafe fn unlink(n: *mut GcNode) {
    let mut l = LISTS.lock();
    let g = gen_of(n);
    // SAFETY: tracked nodes are on a list; the lock is held.
    unsafe { remove(n) };
    l.counts[g] -= 1;
    l.young = l.young.saturating_sub(1);
}

/// Whether a collection is due at the next safepoint.
#[inline(always)]
pub fn wanted() -> bool {
    WANTED.load(Ordering::Relaxed) || STOP.load(Ordering::Relaxed)
}

// ---- stopping the world -------------------------------------------------

/// Threads in `Vm::run` that hold a mutator slot.
static ACTIVE: AtomicUsize = AtomicUsize::new(0);
/// A collector wants the world stopped.
static STOP: AtomicBool = AtomicBool::new(false);
static WORLD: Mutex<()> = Mutex::new(());
static WORLD_CV: Condvar = Condvar::new();
/// Held by the one thread collecting.
static COLLECTOR: Mutex<()> = Mutex::new(());

fn notify() {
    let _g = WORLD.lock();
    WORLD_CV.notify_all();
}

fn wait_world_running() {
    let mut g = WORLD.lock();
    while STOP.load(Ordering::SeqCst) {
        WORLD_CV.wait(&mut g);
    }
}

fn acquire_slot() {
    loop {
        ACTIVE.fetch_add(1, Ordering::SeqCst);
        if !STOP.load(Ordering::SeqCst) {
            return;
        }
        ACTIVE.fetch_sub(1, Ordering::SeqCst);
        notify();
        wait_world_running();
    }
}

fn release_slot() {
    ACTIVE.fetch_sub(1, Ordering::SeqCst);
    if STOP.load(Ordering::SeqCst) {
        notify();
    }
}

/// `Vm::run` starts: the interpreter holds a mutator slot while any run
/// of it is on the stack. The count lives in the `Vm`, not in the thread:
/// a goroutine's stack may move to another OS thread while it waits.
#[inline]
pub fn enter(depth: &mut usize) {
    if *depth == 0 {
        acquire_slot();
    }
    *depth += 1;
}

/// `Vm::run` returns.
#[inline]
pub fn leave(depth: &mut usize) {
    *depth -= 1;
    if *depth == 0 {
        release_slot();
    }
}

/// A `Vm` that held its slot is dropped (a panic unwound its runs).
pub fn forget(depth: usize) {
    if depth > 0 {
        release_slot();
    }
}

/// Runs `f`, which blocks (waits on a queue, sleeps, suspends the
/// goroutine), with the interpreter's mutator slot released, so a
/// collector on another thread need not wait for it. `f` must not touch
/// script values.
pub fn allow_threads<R>(depth: usize, f: impl FnOnce() -> R) -> R {
    if depth > 0 {
        release_slot();
    }
    let r = f();
    if depth > 0 {
        acquire_slot();
    }
    r
}

/// Parks this mutator while another thread collects.
#[inline(never)]
fn yield_to_collector(depth: usize) {
    allow_threads(depth, wait_world_running);
}

/// Stops every other mutator; false if they did not all stop in `patience`.
fn stop_world(patience: Duration) -> bool {
    STOP.store(true, Ordering::SeqCst);
    let deadline = Instant::now() + patience;
    let mut g = WORLD.lock();
    while ACTIVE.load(Ordering::SeqCst) != 0 {
        if WORLD_CV.wait_until(&mut g, deadline).timed_out() && ACTIVE.load(Ordering::SeqCst) != 0 {
            drop(g);
            resume_world();
            return false;
        }
    }
    true
}

fn resume_world() {
    STOP.store(false, Ordering::SeqCst);
    notify();
}

// ---- collecting ----------------------------------------------------------

/// The safepoint check of the interpreter loop: joins a stop requested by
/// another thread, or collects when generation 0 is over its threshold.
#[cold]
pub fn safepoint(vm: &mut crate::Vm) {
    if STOP.load(Ordering::Relaxed) {
        yield_to_collector(vm.gc_depth);
    }
    if WANTED.swap(false, Ordering::Relaxed) {
        let gen = {
            let l = LISTS.lock();
            if !l.enabled {
                return;
            }
            // The oldest generation over its threshold (CPython's rule,
            // with its guard against quadratic full collections).
            if l.since[1] >= l.thresholds[2] && l.pending_old > l.counts[2] / 4 {
                2
            } else if l.since[0] >= l.thresholds[1] {
                1
            } else {
                0
            }
        };
        collect(vm, gen, Duration::from_millis(50));
    }
    weak::run_pending(vm);
}

/// What one collection found.
#[derive(Default)]
pub struct Outcome {
    pub collected: usize,
    pub uncollectable: usize,
}

/// Collects generations `0..=gen` and returns how many unreachable
/// objects it found (what `gc.collect()` returns). Call only where no
/// native caller holds a container's lock or a borrowed reference into a
/// container's contents (a safepoint or a native function's entry).
pub fn collect(vm: &mut crate::Vm, gen: usize, patience: Duration) -> usize {
    let Some(_one) = COLLECTOR.try_lock() else {
        // Another thread is collecting: let it.
        yield_to_collector(vm.gc_depth);
        return 0;
    };
    // This interpreter stops being a mutator while the others stop.
    let garbage = allow_threads(vm.gc_depth, || {
        if stop_world(patience) {
            let g = find_garbage(gen);
            resume_world();
            g
        } else {
            None
        }
    });
    let Some(garbage) = garbage else {
        // Put off (a thread did not stop in time): the next time
        // generation 0 passes its threshold tries again.
        return 0;
    };
    let found = garbage.len();
    let uncollectable = dispose(vm, garbage);
    let mut l = LISTS.lock();
    let s = &mut l.stats[gen];
    s.collections += 1;
    s.collected += found;
    s.uncollectable += uncollectable;
    found
}

/// Steps 1–2 of the module docs, with the world stopped: returns a
/// strong reference to every unreachable object, or None when the walk
/// could not finish (a container was locked by a thread outside the
/// interpreter).
fn find_garbage(gen: usize) -> Option<Vec<Value>> {
    let mut l = LISTS.lock();
    let young = l.head(gen);
    for g in 0..gen {
        // SAFETY: list heads, lock held.
        unsafe { splice(l.head(g), young) };
        l.counts[gen] += l.counts[g];
        l.counts[g] = 0;
    }
    // SAFETY: every node on the list is a live tracked object (dying ones
    // wait on the lock we hold before they unlink and free), and the world
    // is stopped, so counts and contents hold still.
    let older = if gen < 2 { gen + 1 } else { 2 };
    let result = unsafe { scan(young, gen, older) };
    let unreachable = match result {
        Some(unreachable) => {
            let unreachable = &*unreachable as *const GcNode as *mut GcNode;
            // SAFETY: as above.
            let garbage = unsafe { take_refs(unreachable) };
            // Survivors and garbage alike moved on (`scan` set their
            // generation); the garbage is freed when its cycles are
            // cleared.
            let moved = l.counts[gen];
            let head = l.head(older);
            // SAFETY: as above.
            unsafe {
                if older != gen {
                    splice(young, head);
                }
                splice(unreachable, head);
            }
            if older == gen {
                l.counts[gen] = moved;
            } else {
                l.counts[gen] = 0;
                l.counts[older] += moved;
            }
            if older == 2 && gen < 2 {
                l.pending_old += moved;
            }
            Some(garbage)
        }
        None => None,
    };
    l.young = 0;
    match gen {
        0 => l.since[0] += 1,
        1 => {
            l.since[0] = 0;
            l.since[1] += 1;
        }
        _ => {
            l.since = [0, 0];
            l.pending_old = 0;
        }
    }
    unreachable
}

/// Trial deletion over the list at `young`. Returns the unreachable
/// objects (moved to a list of their own) or None if the walk could not
/// be completed (every object then stays on `young`).
///
/// # Safety
///
/// See `find_garbage`.
unsafe fn scan(young: *mut GcNode, gen: usize, older: usize) -> Option<Box<GcNode>> {
    unsafe {
        // Scratch counts: the real count, or "referenced from outside" for
        // an object that is dying (count zero) and must not be touched.
        let mut n = (*young).next.get();
        while n != young {
            let rc = node_count(n).load(Ordering::Acquire);
            let f = &(*n).flags;
            if rc == 0 {
                f.fetch_or(flags::COLLECTING | flags::OPAQUE, Ordering::Relaxed);
                (*n).refs.set(1);
            } else {
                f.fetch_or(flags::COLLECTING, Ordering::Relaxed);
                (*n).refs.set(rc as isize);
            }
            n = (*n).next.get();
        }
        // Subtract references between objects being collected.
        let mut n = (*young).next.get();
        while n != young {
            if (*n).flags.load(Ordering::Relaxed) & flags::OPAQUE == 0 {
                let ok = ((*n).vt.traverse)(n, &mut |c| {
                    if (*c).flags.load(Ordering::Relaxed) & flags::COLLECTING != 0 {
                        (*c).refs.set((*c).refs.get() - 1);
                    }
                });
                if !ok {
                    // Its references count as outside ones for its
                    // children; it is a root itself.
                    (*n).flags.fetch_or(flags::OPAQUE, Ordering::Relaxed);
                    (*n).refs.set((*n).refs.get().max(1));
                }
            }
            n = (*n).next.get();
        }
        // Move what has no outside reference to `unreachable`, and back
        // whatever a reachable object references (CPython's
        // move_unreachable: the young list grows at its tail as objects
        // return, and the walk reaches them).
        let unreachable = sentinel();
        let ul = &*unreachable as *const GcNode as *mut GcNode;
        let mut failed = false;
        let mut n = (*young).next.get();
        while n != young {
            if (*n).refs.get() > 0 {
                let fl = (*n).flags.load(Ordering::Relaxed);
                if fl & flags::OPAQUE == 0 {
                    let ok = ((*n).vt.traverse)(n, &mut |c| {
                        let cf = &(*c).flags;
                        let f = cf.load(Ordering::Relaxed);
                        if f & flags::COLLECTING == 0 {
                            return;
                        }
                        if f & flags::UNREACHABLE != 0 {
                            remove(c as *mut GcNode);
                            push_tail(young, c as *mut GcNode);
                            cf.fetch_and(!flags::UNREACHABLE, Ordering::Relaxed);
                            (*c).refs.set(1);
                        } else if (*c).refs.get() <= 0 {
                            (*c).refs.set(1);
                        }
                    });
                    if !ok {
                        failed = true;
                    }
                }
                (*n).flags.fetch_and(!flags::COLLECTING, Ordering::Relaxed);
                // Read after the visit: objects it moved back were
                // appended and must be walked too.
                n = (*n).next.get();
            } else {
                let next = (*n).next.get();
                remove(n);
                push_tail(ul, n);
                (*n).flags.fetch_or(flags::UNREACHABLE, Ordering::Relaxed);
                n = next;
            }
        }
        // Clear the scratch flags and give every object the generation it
        // ends in: the next one up, or `gen` if the walk failed (then
        // everything stays where it is, merged into `gen`).
        let keep = if failed { gen } else { older };
        let clear = !(flags::COLLECTING | flags::UNREACHABLE | flags::OPAQUE | flags::GEN_MASK);
        let set = keep << flags::GEN_SHIFT;
        for list in [ul, young] {
            let mut n = (*list).next.get();
            while n != list {
                let f = &(*n).flags;
                f.store((f.load(Ordering::Relaxed) & clear) | set, Ordering::Relaxed);
                n = (*n).next.get();
            }
        }
        if failed {
            // A reachable object could not be walked: what it references
            // may look unreachable. Keep everything.
            splice(ul, young);
            return None;
        }
        Some(unreachable)
    }
}

/// A strong reference to every object on the unreachable list (they are
/// alive: their counts are not zero).
unsafe fn take_refs(ul: *mut GcNode) -> Vec<Value> {
    let mut out = Vec::new();
    unsafe {
        let mut n = (*ul).next.get();
        while n != ul {
            if (*n).flags.load(Ordering::Relaxed) & flags::WEAKREFS != 0 {
                weak::detach_for_collection(n as usize);
            }
            out.push(((*n).vt.to_value)(n));
            n = (*n).next.get();
        }
    }
    out
}

/// Step 3: finalizers, then clearing. Returns how many objects could not
/// be freed.
fn dispose(vm: &mut crate::Vm, garbage: Vec<Value>) -> usize {
    let mut finalized = false;
    for v in &garbage {
        if let Value::Instance(i) = v {
            if weak::finalize_once(i) {
                finalized = true;
                weak::call_del(vm, v.clone());
            }
        }
    }
    if finalized && !still_garbage(&garbage) {
        // A finalizer stored an object of the set somewhere: the whole set
        // survives (as in CPython); what becomes unreachable again is
        // found by a later collection, without running `__del__` twice.
        return 0;
    }
    let mut out = Vec::new();
    for v in &garbage {
        if let Some(n) = crate::object::trace::tracked_node(v) {
            // SAFETY: `v` holds the object alive.
            unsafe { ((*n).vt.clear)(n, &mut out) };
        }
    }
    crate::object::drop_values(out);
    crate::object::drop_values(garbage);
    0
}

/// After finalizers ran: whether every object of `garbage` is still
/// referenced only from inside the set (and from `garbage` itself). The
/// world is not stopped, but nothing outside the set could reach these
/// objects before the finalizers ran, so a reference from outside is one a
/// finalizer made, and it is counted already. Conservative: a locked
/// container counts as resurrected.
fn still_garbage(garbage: &[Value]) -> bool {
    let nodes: Vec<*const GcNode> = garbage
        .iter()
        .filter_map(crate::object::trace::tracked_node)
        .collect();
    // SAFETY: `garbage` holds every node alive; `refs` and `COLLECTING`
    // are only used by the collector, and we hold its lock.
    unsafe {
        for &n in &nodes {
            (*n).refs
                .set(node_count(n).load(Ordering::Acquire) as isize - 1);
            (*n).flags.fetch_or(flags::COLLECTING, Ordering::Relaxed);
        }
        let mut ok = true;
        for &n in &nodes {
            ok &= ((*n).vt.traverse)(n, &mut |c| {
                if (*c).flags.load(Ordering::Relaxed) & flags::COLLECTING != 0 {
                    (*c).refs.set((*c).refs.get() - 1);
                }
            });
        }
        for &n in &nodes {
            ok &= (*n).refs.get() <= 0;
            (*n).flags.fetch_and(!flags::COLLECTING, Ordering::Relaxed);
        }
        ok
    }
}

// ---- the `gc` module's view ------------------------------------------------

pub fn enable(on: bool) {
    LISTS.lock().enabled = on;
}

pub fn is_enabled() -> bool {
    LISTS.lock().enabled
}

/// `gc.get_count()`.
pub fn count() -> (usize, usize, usize) {
    let l = LISTS.lock();
    (l.young, l.since[0], l.since[1])
}

pub fn thresholds() -> [usize; 3] {
    LISTS.lock().thresholds
}

pub fn set_thresholds(t: [usize; 3]) {
    LISTS.lock().thresholds = t;
}

pub fn stats() -> [Stats; 3] {
    LISTS.lock().stats
}

/// `gc.freeze()`: every tracked object moves to the frozen set, which
/// collections ignore.
pub fn freeze() {
    let mut l = LISTS.lock();
    let frozen = l.head(FROZEN);
    for g in 0..3 {
        let h = l.head(g);
        // SAFETY: list heads, lock held.
        unsafe {
            let mut n = (*h).next.get();
            while n != h {
                set_gen(n, FROZEN);
                n = (*n).next.get();
            }
            splice(h, frozen);
        }
        l.counts[FROZEN] += l.counts[g];
        l.counts[g] = 0;
    }
    l.young = 0;
}

/// `gc.unfreeze()`: the frozen set joins the oldest generation.
pub fn unfreeze() {
    let mut l = LISTS.lock();
    let (frozen, old) = (l.head(FROZEN), l.head(2));
    // SAFETY: as in `freeze`.
    unsafe {
        let mut n = (*frozen).next.get();
        while n != frozen {
            set_gen(n, 2);
            n = (*n).next.get();
        }
        splice(frozen, old);
    }
    l.counts[2] += l.counts[FROZEN];
    l.counts[FROZEN] = 0;
}

pub fn freeze_count() -> usize {
    LISTS.lock().counts[FROZEN]
}

/// Whether `v` is tracked by the collector (`gc.is_tracked`).
pub fn is_tracked(v: &Value) -> bool {
    match crate::object::trace::tracked_node(v) {
        // SAFETY: `v` holds the object alive.
        Some(n) => (unsafe { (*n).flags.load(Ordering::Relaxed) } & flags::TRACKED) != 0,
        None => false,
    }
}

/// Whether `__del__` has run for `v` (`gc.is_finalized`).
pub fn is_finalized(v: &Value) -> bool {
    match crate::object::trace::tracked_node(v) {
        // SAFETY: as above.
        Some(n) => (unsafe { (*n).flags.load(Ordering::Relaxed) } & flags::FINALIZED) != 0,
        None => false,
    }
}
