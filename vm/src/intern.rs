//! The process-wide identifier interner: names from compiled code and
//! attribute names share one `Arc<str>` each, so attribute lookups usually
//! succeed on pointer equality.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

fn table() -> &'static Mutex<HashSet<Arc<str>, ahash::RandomState>> {
    static T: OnceLock<Mutex<HashSet<Arc<str>, ahash::RandomState>>> = OnceLock::new();
    T.get_or_init(|| Mutex::new(HashSet::default()))
}

/// The interned copy of `s`.
pub fn intern(s: &str) -> Arc<str> {
    let mut t = table().lock();
    if let Some(a) = t.get(s) {
        return a.clone();
    }
    let a: Arc<str> = Arc::from(s);
    t.insert(a.clone());
    a
}

/// The text of an interned name, for as long as the process runs.
///
/// `name` must be the interned copy (`intern`): the table keeps it alive
/// for good, which is what makes the `'static` lifetime true. Checked in
/// debug builds.
#[inline]
pub fn as_static(name: &Arc<str>) -> &'static str {
    debug_assert!(is_interned(name), "not an interned name: {name}");
    // SAFETY: interned names are never removed from the table, so the
    // text outlives every reference handed out (see above).
    unsafe { &*Arc::as_ptr(name) }
}

/// Whether `s` is the interned copy of its text (for debug assertions).
pub fn is_interned(s: &Arc<str>) -> bool {
    table().lock().get(&**s).is_some_and(|a| Arc::ptr_eq(a, s))
}

/// The interned `"__init__"`, for the instantiation fast path.
pub fn dunder_init() -> &'static Arc<str> {
    static N: OnceLock<Arc<str>> = OnceLock::new();
    N.get_or_init(|| intern("__init__"))
}

/// The interned `"__getitem__"`, for the subscript fast path.
pub fn dunder_getitem() -> &'static Arc<str> {
    static N: OnceLock<Arc<str>> = OnceLock::new();
    N.get_or_init(|| intern("__getitem__"))
}

/// The interned `"__dict__"`: the key under which an instance keeps its
/// live attribute dict once a script has asked for it.
pub fn dunder_dict() -> &'static Arc<str> {
    static N: OnceLock<Arc<str>> = OnceLock::new();
    N.get_or_init(|| intern("__dict__"))
}

/// Names that have ever been stored as an instance attribute, as a bitmap
/// indexed by a hash of the interned name's address (false positives are
/// harmless). A method call `obj.m()` must first look for an instance
/// attribute `m` that shadows the class's method; for the usual method
/// names, which no instance ever stores, the bit is clear and that lookup
/// (a lock on the instance) is skipped.
static INSTANCE_ATTR_NAMES: [AtomicU64; 64] = [const { AtomicU64::new(0) }; 64];

#[inline(always)]
fn name_bit(name: &Arc<str>) -> (usize, u64) {
    let h = (Arc::as_ptr(name) as *const u8 as usize >> 4) & 4095;
    (h >> 6, 1u64 << (h & 63))
}

/// Records that `name` (interned) is being stored as an instance
/// attribute. Called before the attribute becomes visible, so whoever can
/// see the attribute (through any happens-before chain) also sees the bit.
#[inline]
pub fn mark_instance_attr(name: &Arc<str>) {
    let (w, bit) = name_bit(name);
    // Relaxed suffices: visibility follows from the happens-before chain
    // that makes the attribute itself visible (write-read coherence).
    if INSTANCE_ATTR_NAMES[w].load(Ordering::Relaxed) & bit == 0 {
        INSTANCE_ATTR_NAMES[w].fetch_or(bit, Ordering::Relaxed);
    }
}

/// Every name may now be an instance attribute: a script holds an
/// instance's `__dict__` and can store any key through it.
pub fn mark_all_instance_attrs() {
    for w in &INSTANCE_ATTR_NAMES {
        // Relaxed: as in `mark_instance_attr`.
        w.store(u64::MAX, Ordering::Relaxed);
    }
}

/// False when no instance attribute named `name` (interned) was ever
/// stored; true when one may have been.
#[inline(always)]
pub fn maybe_instance_attr(name: &Arc<str>) -> bool {
    let (w, bit) = name_bit(name);
    INSTANCE_ATTR_NAMES[w].load(Ordering::Relaxed) & bit != 0
}
