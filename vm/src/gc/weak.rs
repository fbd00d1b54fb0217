//! Weak references and finalizers.
//!
//! A weak reference is a *slot* in a process-wide table keyed by the
//! referent's address; the referent's header carries `flags::WEAKREFS`
//! while it has slots. When its count reaches zero (or the collector finds
//! it in garbage) its slots are emptied under the table lock, so a slot
//! never hands out a dead object: `get` takes its reference with a
//! compare-and-swap that fails once the count is zero, and the dying
//! object cannot be freed while `get` holds the table lock.
//!
//! Callbacks and `__del__` are Python code, which cannot run inside a
//! destructor: they go on a queue that the next safepoint of an
//! interpreter on any thread runs (`run_pending`; `Vm::run` checks the
//! queue at calls and returns, so in straight-line code a finalizer runs
//! before the next call).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use crate::object::heap::{flags, node_count, GcNode, Obj};
use crate::object::{ClassFlags, Instance};
use crate::value::Value;

/// One weak reference's view of its referent.
pub struct Slot {
    /// The referent's collector node (0 once it died).
    node: AtomicUsize,
    /// Called with `owner` when the referent dies.
    callback: Mutex<Option<(Value, Value)>>,
}

impl Slot {
    /// Whether the referent is still alive.
    pub fn alive(&self) -> bool {
        self.node.load(Ordering::Acquire) != 0
    }
}

static TABLE: std::sync::LazyLock<Mutex<HashMap<usize, Vec<Arc<Slot>>>>> =
    std::sync::LazyLock::new(|| Mutex::new(HashMap::new()));

/// Work for the next safepoint: weakref callbacks `(callback, weakref)`
/// and objects whose `__del__` must run.
static PENDING: Mutex<Vec<Pending>> = Mutex::new(Vec::new());
static HAS_PENDING: AtomicBool = AtomicBool::new(false);

enum Pending {
    Callback(Value, Value),
    Del(Value),
}

/// Whether finalizers or callbacks are waiting.
#[inline(always)]
pub fn pending() -> bool {
    HAS_PENDING.load(Ordering::Relaxed)
}

fn push(p: Pending) {
    PENDING.lock().push(p);
    HAS_PENDING.store(true, Ordering::Release);
}

/// A new weak reference to `v`, or None when its type has none (CPython:
/// "cannot create weak reference to 'int' object").
pub fn new_slot(v: &Value) -> Option<Arc<Slot>> {
    let n = match v {
        // A class with `__slots__` and no `__weakref__` slot has none.
        Value::Instance(o)
            if o.class
                .slots
                .as_ref()
                .is_some_and(|s| !s.iter().any(|n| &**n == "__weakref__")) =>
        {
            None
        }
        Value::Instance(o) => Obj::node(o),
        Value::Function(o) => Obj::node(o),
        Value::Class(o) => Obj::node(o),
        Value::Set(o) | Value::FrozenSet(o) => Obj::node(o),
        Value::Method(o) => Obj::node(o),
        Value::Generator(o) => Obj::node(o),
        _ => None,
    }?;
    let slot = Arc::new(Slot {
        node: AtomicUsize::new(n as usize),
        callback: Mutex::new(None),
    });
    let mut t = TABLE.lock();
    // SAFETY: `v` holds the object alive.
    unsafe { (*n).flags.fetch_or(flags::WEAKREFS, Ordering::AcqRel) };
    t.entry(n as usize).or_default().push(slot.clone());
    Some(slot)
}

/// Sets the callback run (with `owner`, the weakref object) when the
/// referent dies.
pub fn set_callback(slot: &Slot, callback: Value, owner: Value) {
    *slot.callback.lock() = Some((callback, owner));
}

/// The referent, if it is still alive.
pub fn get(slot: &Slot) -> Option<Value> {
    let _t = TABLE.lock();
    let n = slot.node.load(Ordering::Acquire) as *const GcNode;
    if n.is_null() {
        return None;
    }
    // SAFETY: a slot's node is alive while the slot is in the table and
    // the table is locked: the object's last owner empties its slots
    // under this lock before freeing it.
    unsafe {
        let rc = node_count(n);
        let mut c = rc.load(Ordering::Acquire);
        loop {
            if c == 0 {
                return None;
            }
            match rc.compare_exchange_weak(c, c + 1, Ordering::Acquire, Ordering::Relaxed) {
                Ok(_) => break,
                Err(now) => c = now,
            }
        }
        let v = ((*n).vt.to_value)(n);
        rc.fetch_sub(1, Ordering::Release);
        Some(v)
    }
}

/// How many live weak references `v` has.
pub fn count(v: &Value) -> usize {
    let Some(n) = crate::object::trace::tracked_node(v) else {
        return 0;
    };
    TABLE.lock().get(&(n as usize)).map_or(0, |s| s.len())
}

/// The weakref objects (those with an owner recorded) referring to `v`.
pub fn owners(v: &Value) -> Vec<Value> {
    let Some(n) = crate::object::trace::tracked_node(v) else {
        return Vec::new();
    };
    let t = TABLE.lock();
    t.get(&(n as usize))
        .map(|slots| {
            slots
                .iter()
                .filter_map(|s| s.callback.lock().as_ref().map(|(_, o)| o.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// Forgets one weak reference whose object died first (its callback
/// must not run).
pub fn drop_slot(slot: &Arc<Slot>) {
    let n = slot.node.load(Ordering::Acquire);
    if n == 0 {
        return;
    }
    // The removed handles are dropped after the table's lock is released:
    // a callback value they free may be a tracked object, whose unlinking
    // takes the collector's lock (which the collector holds while it
    // takes this one).
    let removed: Vec<Arc<Slot>> = {
        let mut t = TABLE.lock();
        match t.get_mut(&n) {
            Some(v) => {
                let (gone, kept) = std::mem::take(v)
                    .into_iter()
                    .partition(|s| Arc::ptr_eq(s, slot));
                *v = kept;
                if v.is_empty() {
                    t.remove(&n);
                }
                gone
            }
            None => Vec::new(),
        }
    };
    drop(removed);
}

fn empty_slots(node: usize) {
    let slots = TABLE.lock().remove(&node);
    // Newest first, as CPython calls them.
    for s in slots.into_iter().flatten().rev() {
        s.node.store(0, Ordering::Release);
        if let Some((cb, owner)) = s.callback.lock().take() {
            // A weakref object that only this table still holds was
            // dropped by the script: CPython does not call its callback.
            let orphan = matches!(&owner, Value::Instance(o) if Obj::strong_count(o) == 1);
            if !cb.is_none() && !orphan {
                push(Pending::Callback(cb, owner));
            }
        }
    }
}

/// The object at `node` is being freed (its count reached zero).
pub(crate) fn object_dying(node: usize) {
    empty_slots(node);
}

/// The collector found the object at `node` unreachable: its weak
/// references die before any finalizer or clear runs (as in CPython).
pub(crate) fn detach_for_collection(node: usize) {
    // SAFETY: the collector holds the object alive.
    unsafe {
        (*(node as *const GcNode))
            .flags
            .fetch_and(!flags::WEAKREFS, Ordering::AcqRel)
    };
    empty_slots(node);
}

/// Whether `i` has a `__del__` that has not run; marks it as run.
pub(crate) fn finalize_once(i: &Obj<Instance>) -> bool {
    if i.class.flags() & ClassFlags::DEL == 0 {
        return false;
    }
    let Some(n) = Obj::node(i) else {
        return false;
    };
    // SAFETY: `i` holds the object alive.
    let old = unsafe { (*n).flags.fetch_or(flags::FINALIZED, Ordering::AcqRel) };
    old & flags::FINALIZED == 0
}

/// An instance whose count reached zero and whose class has `__del__`:
/// the destructor keeps it alive (count one, owned by the queue) until
/// `__del__` has run.
pub(crate) fn queue_del(v: Value) {
    push(Pending::Del(v));
}

/// Calls `v.__del__()`; an exception is reported the way CPython reports
/// unraisable ones and goes no further.
pub(crate) fn call_del(vm: &mut crate::Vm, v: Value) {
    let Value::Instance(i) = &v else {
        return;
    };
    let Some(del) = i.class.lookup("__del__") else {
        return;
    };
    let r = vm.call(&del, std::slice::from_ref(&v));
    if let Err(e) = r {
        unraisable(vm, "Exception ignored in", &del, &e);
    }
}

fn unraisable(vm: &mut crate::Vm, what: &str, obj: &Value, e: &crate::PyErr) {
    if e.is_park() {
        return;
    }
    let desc = crate::builtins::repr::repr(vm, obj).unwrap_or_else(|_| "<object>".into());
    crate::traceback::cache_messages(vm, e);
    let tb = crate::traceback::format(&vm.ctx, e);
    vm.ctx.write_err(&format!("{}: {}\n{}", what, desc, tb));
}

/// Runs queued callbacks and finalizers (at a safepoint).
pub fn run_pending(vm: &mut crate::Vm) {
    while HAS_PENDING.swap(false, Ordering::Acquire) {
        let work = std::mem::take(&mut *PENDING.lock());
        for p in work {
            match p {
                Pending::Callback(cb, owner) => {
                    if let Err(e) = vm.call(&cb, std::slice::from_ref(&owner)) {
                        unraisable(vm, "Exception ignored in", &cb, &e);
                    }
                }
                Pending::Del(v) => call_del(vm, v),
            }
        }
    }
}
