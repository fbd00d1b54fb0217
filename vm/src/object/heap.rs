//! `Obj<T>`: the counted handle behind every heap `Value`, with a header of
//! our own (DESIGN.md, "Values").
//!
//! Every heap object starts with its reference count, so `Value::clone`
//! and `Value::release` work on any heap variant without knowing its type.
//! Objects that can take part in a reference cycle (containers, instances,
//! functions, cells, classes ...) carry a collector node *before* the
//! count: the links of the generation list they are on, the scratch count
//! the collector works with, flags, and the table of functions that visit
//! and clear the object's references (`crate::gc`). An object that cannot
//! reach another tracked object (a tuple of numbers) is allocated with the
//! node but never linked, and costs the collector nothing.
//!
//! ```text
//!   tracked kinds:   [ GcNode (40 bytes) | rc | value ]
//!   other kinds:                          [ rc | value ]
//!                                           ^ Obj points here
//! ```

use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::atomic::{fence, AtomicUsize, Ordering};

use crate::value::Value;

/// A reference count and the object it counts.
#[repr(C)]
pub struct RcBox<T> {
    rc: AtomicUsize,
    value: T,
}

/// The collector's part of a tracked object's header.
#[repr(C)]
pub struct GcNode {
    /// Links of the generation list (only while `TRACKED`); written only
    /// under the collector's list lock.
    pub(crate) next: Cell<*mut GcNode>,
    pub(crate) prev: Cell<*mut GcNode>,
    /// Scratch count during a collection (references from outside the
    /// generation being collected).
    pub(crate) refs: Cell<isize>,
    /// `flags::*` bits and the generation.
    pub(crate) flags: AtomicUsize,
    pub(crate) vt: &'static VTable,
}

// SAFETY: the cells are only touched under the collector's list lock (the
// links) or while the world is stopped (`refs`); see `crate::gc`.
unsafe impl Send for GcNode {}
unsafe impl Sync for GcNode {}

/// Flag bits of `GcNode::flags`.
pub mod flags {
    /// Linked into a generation list.
    pub const TRACKED: usize = 1;
    /// Part of the generation being collected (set by the collector).
    pub const COLLECTING: usize = 2;
    /// Tentatively unreachable (on the collector's unreachable list).
    pub const UNREACHABLE: usize = 4;
    /// `__del__` has run (it never runs twice, as in CPython 3.4+).
    pub const FINALIZED: usize = 8;
    /// Weak references to the object exist (`crate::gc::weak`).
    pub const WEAKREFS: usize = 16;
    /// Could not be traversed this collection (its lock was held).
    pub const OPAQUE: usize = 32;
    /// Shift of the generation number (0..=3; 3 is the frozen set).
    pub const GEN_SHIFT: u32 = 8;
    pub const GEN_MASK: usize = 3 << GEN_SHIFT;
}

/// What the collector needs to know about one object type.
pub struct VTable {
    /// Visits the tracked objects the object references; false when the
    /// object's lock is held and its contents cannot be read.
    pub traverse: unsafe fn(*const GcNode, &mut dyn FnMut(*const GcNode)) -> bool,
    /// Moves the object's references out (to break a garbage cycle).
    pub clear: unsafe fn(*const GcNode, &mut Vec<Value>),
    /// A new strong reference to the object, as a `Value`.
    pub to_value: unsafe fn(*const GcNode) -> Value,
    /// The type's name (for `gc` debugging output).
    pub name: &'static str,
    /// Bytes from the node to the reference count (the node's size,
    /// rounded up to the payload's alignment).
    pub count_offset: usize,
}

/// A heap object type: what the collector may do with it.
pub trait Trace: Send + Sync + Sized + 'static {
    /// Objects of this type carry a collector node.
    const NODE: bool = false;
    /// The type's name for diagnostics.
    const NAME: &'static str;

    /// Whether this object joins the collector (asked once, when it is
    /// allocated): an object that can never reference a tracked object
    /// stays out.
    fn track(&self) -> bool {
        Self::NODE
    }

    /// Calls `visit` with the node of every tracked object this one
    /// references. Runs while the world is stopped; returns false when a
    /// lock on the contents is held (the object is then treated as
    /// referenced from outside).
    fn traverse(&self, _visit: &mut dyn FnMut(*const GcNode)) -> bool {
        true
    }

    /// Whether the object has a finalizer (`__del__`) to run before it is
    /// freed.
    fn has_finalizer(&self) -> bool {
        false
    }

    /// Moves every reference the object holds into `out`.
    fn clear(&self, _out: &mut Vec<Value>) {}

    /// The `Value` variant that holds this type.
    fn wrap(o: Obj<Self>) -> Value;
}

#[repr(C)]
struct TrackedBox<T> {
    node: GcNode,
    inner: RcBox<T>,
}

/// A counted, shared reference to a heap object (like `Arc`, with our
/// header).
pub struct Obj<T: Trace> {
    ptr: NonNull<RcBox<T>>,
    _owns: PhantomData<RcBox<T>>,
}

// SAFETY: as for `Arc<T>` with `T: Send + Sync` (which `Trace` requires):
// the count is atomic and the value is only shared.
unsafe impl<T: Trace> Send for Obj<T> {}
unsafe impl<T: Trace> Sync for Obj<T> {}

struct Vt<T>(PhantomData<T>);

impl<T: Trace> Vt<T> {
    const VT: VTable = VTable {
        traverse: traverse_node::<T>,
        clear: clear_node::<T>,
        to_value: value_of_node::<T>,
        name: T::NAME,
        count_offset: std::mem::offset_of!(TrackedBox<T>, inner),
    };
}

/// The object behind a node.
///
/// # Safety
///
/// `node` must be the node of a live `TrackedBox<T>`.
unsafe fn node_value<'a, T: Trace>(node: *const GcNode) -> &'a T {
    // SAFETY: the node is the first field of a `repr(C)` `TrackedBox<T>`.
    unsafe { &(*(node as *const TrackedBox<T>)).inner.value }
}

unsafe fn traverse_node<T: Trace>(
    node: *const GcNode,
    visit: &mut dyn FnMut(*const GcNode),
) -> bool {
    // SAFETY: the vtable is only reached through a node of type `T`.
    unsafe { node_value::<T>(node) }.traverse(visit)
}

unsafe fn clear_node<T: Trace>(node: *const GcNode, out: &mut Vec<Value>) {
    // SAFETY: as in `traverse_node`.
    unsafe { node_value::<T>(node) }.clear(out)
}

unsafe fn value_of_node<T: Trace>(node: *const GcNode) -> Value {
    // SAFETY: the caller holds the object alive (it is on a list and its
    // count is not zero); the count is taken for the new handle.
    unsafe {
        let inner = std::ptr::addr_of!((*(node as *const TrackedBox<T>)).inner) as *mut RcBox<T>;
        (*inner).rc.fetch_add(1, Ordering::Relaxed);
        T::wrap(Obj {
            ptr: NonNull::new_unchecked(inner),
            _owns: PhantomData,
        })
    }
}

/// The reference count of the object behind a node.
///
/// # Safety
///
/// `node` must be the node of a live tracked object.
pub(crate) unsafe fn node_count<'a>(node: *const GcNode) -> &'a AtomicUsize {
    // SAFETY: the count starts the `RcBox` that follows the node in the
    // `repr(C)` `TrackedBox`, `count_offset` bytes on.
    unsafe { &*((node as *const u8).add((*node).vt.count_offset) as *const AtomicUsize) }
}

impl<T: Trace> Obj<T> {
    /// Allocates `value` with a count of one (and links it into the
    /// youngest generation when it is tracked).
    #[inline]
    pub fn new(value: T) -> Obj<T> {
        if T::NODE {
            let track = value.track();
            let b = Box::new(TrackedBox {
                node: GcNode {
                    next: Cell::new(std::ptr::null_mut()),
                    prev: Cell::new(std::ptr::null_mut()),
                    refs: Cell::new(0),
                    flags: AtomicUsize::new(0),
                    vt: &Vt::<T>::VT,
                },
                inner: RcBox {
                    rc: AtomicUsize::new(1),
                    value,
                },
            });
            let p = Box::into_raw(b);
            if track {
                crate::gc::link(p as *mut GcNode);
            }
            // SAFETY: `p` is a fresh, non-null allocation.
            unsafe {
                Obj {
                    ptr: NonNull::new_unchecked(std::ptr::addr_of_mut!((*p).inner)),
                    _owns: PhantomData,
                }
            }
        } else {
            let b = Box::new(RcBox {
                rc: AtomicUsize::new(1),
                value,
            });
            Obj {
                ptr: NonNull::from(Box::leak(b)),
                _owns: PhantomData,
            }
        }
    }

    #[inline(always)]
    fn inner(&self) -> &RcBox<T> {
        // SAFETY: the handle owns a count, so the box is alive.
        unsafe { self.ptr.as_ref() }
    }

    /// The object's address (stable for its life: `id()` and `is`).
    #[inline(always)]
    pub fn as_ptr(this: &Obj<T>) -> *const T {
        &this.inner().value
    }

    #[inline(always)]
    pub fn ptr_eq(a: &Obj<T>, b: &Obj<T>) -> bool {
        a.ptr == b.ptr
    }

    /// The number of handles to the object.
    pub fn strong_count(this: &Obj<T>) -> usize {
        this.inner().rc.load(Ordering::Acquire)
    }

    /// The collector node, for a type that has one.
    #[inline(always)]
    pub(crate) fn node(this: &Obj<T>) -> Option<*const GcNode> {
        if T::NODE {
            // SAFETY: tracked kinds are allocated as `TrackedBox`, whose
            // count (where `ptr` points) follows the node.
            let off = std::mem::offset_of!(TrackedBox<T>, inner);
            Some(unsafe { (this.ptr.as_ptr() as *const u8).sub(off) as *const GcNode })
        } else {
            None
        }
    }

    /// The value, mutably, when this is the only handle (and no weak
    /// reference could make another).
    pub fn get_mut(this: &mut Obj<T>) -> Option<&mut T> {
        if this.inner().rc.load(Ordering::Acquire) != 1 {
            return None;
        }
        if let Some(n) = Obj::node(this) {
            // SAFETY: the node is alive while we hold a count.
            if unsafe { (*n).flags.load(Ordering::Acquire) } & flags::WEAKREFS != 0 {
                return None;
            }
        }
        // SAFETY: one handle, ours, borrowed mutably: no one else can
        // reach the value.
        Some(unsafe { &mut (*this.ptr.as_ptr()).value })
    }

    /// Frees the object; its count has reached zero.
    ///
    /// # Safety
    ///
    /// The count must be zero and this the handle that took it there.
    #[inline(never)]
    unsafe fn drop_slow(&mut self) {
        if T::NODE {
            let node = Obj::node(self).unwrap_or(std::ptr::null()) as *mut GcNode;
            // SAFETY: the count is zero and ours: no one else reads the
            // node except the collector, which skips objects whose count
            // is zero and holds the list lock while it walks.
            unsafe {
                let fl = (*node).flags.load(Ordering::Acquire);
                if fl & flags::FINALIZED == 0 && self.inner().value.has_finalizer() {
                    // Resurrected until `__del__` has run (it runs once).
                    (*node).flags.fetch_or(flags::FINALIZED, Ordering::AcqRel);
                    self.inner().rc.store(1, Ordering::Release);
                    crate::gc::weak::queue_del(T::wrap(Obj {
                        ptr: self.ptr,
                        _owns: PhantomData,
                    }));
                    return;
                }
                if fl & flags::WEAKREFS != 0 {
                    crate::gc::weak::object_dying(node as usize);
                }
                if fl & flags::TRACKED != 0 {
                    crate::gc::unlink(node);
                }
                drop(Box::from_raw(node as *mut TrackedBox<T>));
            }
        } else {
            // SAFETY: allocated by `Box::new(RcBox)` in `new`.
            unsafe { drop(Box::from_raw(self.ptr.as_ptr())) };
        }
    }

    /// Drops a handle whose count was already taken to zero by the caller
    /// (`Value::release`).
    ///
    /// # Safety
    ///
    /// As for `drop_slow`.
    #[inline(never)]
    pub(crate) unsafe fn free_at_zero(mut this: Obj<T>) {
        // SAFETY: forwarded.
        unsafe { this.drop_slow() };
        std::mem::forget(this);
    }
}

impl<T: Trace> Clone for Obj<T> {
    #[inline(always)]
    fn clone(&self) -> Obj<T> {
        let old = self.inner().rc.fetch_add(1, Ordering::Relaxed);
        if old > isize::MAX as usize {
            std::process::abort();
        }
        Obj {
            ptr: self.ptr,
            _owns: PhantomData,
        }
    }
}

impl<T: Trace> Drop for Obj<T> {
    #[inline]
    fn drop(&mut self) {
        // Release, as in `Arc::drop`: our uses of the object happen before
        // whoever frees it; Acquire below pairs with the other owners'.
        if self.inner().rc.fetch_sub(1, Ordering::Release) != 1 {
            return;
        }
        fence(Ordering::Acquire);
        // SAFETY: we took the count to zero.
        unsafe { self.drop_slow() };
    }
}

impl<T: Trace> std::ops::Deref for Obj<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T: Trace> AsRef<T> for Obj<T> {
    fn as_ref(&self) -> &T {
        self
    }
}

impl<T: Trace + std::fmt::Debug> std::fmt::Debug for Obj<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: Trace> From<T> for Obj<T> {
    fn from(value: T) -> Obj<T> {
        Obj::new(value)
    }
}

impl<T: Trace + std::fmt::Display> std::fmt::Display for Obj<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: Trace + PartialEq> PartialEq for Obj<T> {
    fn eq(&self, other: &Obj<T>) -> bool {
        **self == **other
    }
}
