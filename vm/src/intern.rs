//! The process-wide identifier interner: names from compiled code and
//! attribute names share one `Arc<str>` each, so attribute lookups usually
//! succeed on pointer equality.

use std::collections::HashSet;
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

/// Whether `s` is the interned copy of its text (for debug assertions).
pub fn is_interned(s: &Arc<str>) -> bool {
    table().lock().get(&**s).is_some_and(|a| Arc::ptr_eq(a, s))
}

/// The interned `"__init__"`, for the instantiation fast path.
pub fn dunder_init() -> &'static Arc<str> {
    static N: OnceLock<Arc<str>> = OnceLock::new();
    N.get_or_init(|| intern("__init__"))
}
