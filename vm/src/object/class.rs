//! Classes (built-in and user-defined) and their instances.

use crate::object::Obj;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::{Mutex, RwLock};

use super::{Dict, ExcData, List};
use crate::value::Value;

/// Which built-in layout a class's instances have. A user class inherits
/// the kind of its built-in base (a subclass of `list` holds a list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Generator,
    Iterator,
    Cell,
    Ellipsis,
    NotImplementedType,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    /// BaseException and its subclasses.
    Exception,
    /// A native (Rust) object type, e.g. threads.Queue.
    Native,
}

/// A class object. Built-in classes are created once per process and shared
/// by every interpreter; their namespace is never written after startup.
pub struct Class {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub module: Arc<str>,
    pub bases: Vec<Obj<Class>>,
    /// Method resolution order without the class itself.
    pub mro: Vec<Obj<Class>>,
    pub dict: RwLock<hashbrown::HashMap<Arc<str>, Value, ahash::RandomState>>,
    pub kind: ClassKind,
    /// True for built-in classes (attributes cannot be set).
    pub builtin: bool,
    /// `__slots__`, when the class (or a base) declares them.
    pub slots: Option<Vec<Arc<str>>>,
    /// The namespace of a built-in class after startup: read without a
    /// lock, so goroutines on every core look methods up without bouncing
    /// a lock's cache line.
    pub frozen: std::sync::OnceLock<hashbrown::HashMap<Arc<str>, Value, ahash::RandomState>>,
    /// The frozen namespace as a list, for pointer-equality lookups of
    /// interned names (every key of a built-in class is interned).
    pub frozen_list: std::sync::OnceLock<Vec<(Arc<str>, Value)>>,
    /// The metaclass, when it is a script subclass of `type` (None: `type`).
    pub meta: Option<Obj<Class>>,
    /// Cached `ClassFlags` bits, tagged with the class epoch they were
    /// computed in (see `flags`).
    pub cache: AtomicU64,
    /// Unique for the life of the process (addresses are reused): the key
    /// of the attribute cache.
    pub id: u64,
}

/// Bumped whenever any class namespace changes; invalidates every
/// class's cached flags. Class mutation after startup is rare.
static CLASS_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Facts about a class's MRO that attribute access needs on every call.
pub struct ClassFlags;

impl ClassFlags {
    /// A property (data descriptor) is defined somewhere in the MRO.
    pub const DESCRIPTORS: u16 = 1;
    /// A script-defined `__setattr__`.
    pub const SETATTR: u16 = 2;
    /// A script-defined `__getattr__`.
    pub const GETATTR: u16 = 4;
    /// A script-defined `__new__`.
    pub const NEW: u16 = 8;
    /// A script-defined `__delattr__`.
    pub const DELATTR: u16 = 16;
    /// `obj.name = v` stores straight into the instance: no descriptor,
    /// no `__setattr__`, no `__slots__`, not a built-in or exception class.
    pub const PLAIN_SET: u16 = 32;
    /// The metaclass defines a script `__call__` (calls go through it).
    pub const META_CALL: u16 = 64;
    /// The class (or a base) has a non-empty `__abstractmethods__`:
    /// instantiating it is a TypeError.
    pub const ABSTRACT: u16 = 128;
    /// A script-defined `__getattribute__`: every attribute read goes
    /// through it (the fast paths see `DESCRIPTORS` too and stand aside).
    pub const GETATTRIBUTE: u16 = 256;
    /// A `__del__` is defined somewhere in the MRO.
    pub const DEL: u16 = 512;
    const VALID: u64 = 1 << 15;
}

/// Source of `Class::id`.
static NEXT_CLASS_ID: AtomicU64 = AtomicU64::new(1);

/// Entries of the per-thread attribute cache (a power of two).
const ATTR_CACHE_SIZE: usize = 1024;

/// One remembered `lookup_interned(name)` result for a class.
struct AttrCacheEntry {
    class: u64,
    /// Address of the interned name.
    name: usize,
    epoch: u64,
    /// The attribute, or `Undef` when the MRO has none.
    value: Value,
}

thread_local! {
    /// Attribute lookups along class MROs, per worker thread: a hit costs
    /// no lock, no hash of the name and no MRO walk. Entries are valid for
    /// one class epoch (any class namespace change invalidates them all).
    /// Per thread rather than per code site, so the cached values need no
    /// synchronisation.
    static ATTR_CACHE: std::cell::UnsafeCell<Vec<AttrCacheEntry>> =
        const { std::cell::UnsafeCell::new(Vec::new()) };
}

impl Class {
    /// A fresh class id.
    pub fn new_id() -> u64 {
        // Relaxed: only uniqueness matters.
        NEXT_CLASS_ID.fetch_add(1, Ordering::Relaxed)
    }

    /// `lookup_interned` through the per-thread attribute cache. `name`
    /// must be interned (a name from compiled code).
    // Not inlined: the thread-local's address must be computed afresh on
    // every call, never hoisted across a goroutine switch that may move
    // the caller to another thread.
    #[inline(never)]
    pub fn lookup_cached(&self, name: &Arc<str>) -> Option<Value> {
        // Acquire pairs with bump_epoch's Release. The epoch is read before
        // the lookup, so an entry filled during a concurrent change carries
        // the old epoch and is never used.
        let epoch = CLASS_EPOCH.load(Ordering::Acquire);
        let key = Arc::as_ptr(name) as *const u8 as usize;
        let slot =
            ((self.id as usize).wrapping_mul(0x9E37_79B9) ^ (key >> 4)) & (ATTR_CACHE_SIZE - 1);
        // SAFETY (both closures): the cache is this thread's own, and
        // nothing run while the reference is live touches it again
        // (`lookup_interned` reads class namespaces only; the evicted entry
        // is dropped after the closure returns), so the reference is unique.
        let hit = ATTR_CACHE.with(|c| {
            let c = unsafe { &*c.get() };
            match c.get(slot) {
                Some(e) if e.class == self.id && e.name == key && e.epoch == epoch => {
                    Some(e.value.clone())
                }
                _ => None,
            }
        });
        match hit {
            Some(v) if v.is_undef() => None,
            Some(v) => Some(v),
            None => self.fill_cache(name, key, slot, epoch),
        }
    }

    #[cold]
    #[inline(never)]
    fn fill_cache(&self, name: &Arc<str>, key: usize, slot: usize, epoch: u64) -> Option<Value> {
        let found = self.lookup_interned(name);
        let entry = AttrCacheEntry {
            class: self.id,
            name: key,
            epoch,
            value: found.clone().unwrap_or(Value::Undef),
        };
        let old = ATTR_CACHE.with(|c| {
            let c = unsafe { &mut *c.get() };
            if c.is_empty() {
                c.resize_with(ATTR_CACHE_SIZE, || AttrCacheEntry {
                    class: 0,
                    name: 0,
                    epoch: 0,
                    value: Value::None,
                });
            }
            std::mem::replace(&mut c[slot], entry)
        });
        drop(old);
        found
    }

    /// Looks `name` up along the MRO.
    #[inline]
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.get_own(name) {
            return Some(v);
        }
        for c in &self.mro {
            if let Some(v) = c.get_own(name) {
                return Some(v);
            }
        }
        None
    }

    /// `name` in this class's own namespace.
    #[inline]
    pub fn get_own(&self, name: &str) -> Option<Value> {
        match self.frozen.get() {
            Some(f) => f.get(name).cloned(),
            None => self.dict.read().get(name).cloned(),
        }
    }

    /// The class's own namespace entries.
    pub fn own_items(&self) -> Vec<(Arc<str>, Value)> {
        match self.frozen.get() {
            Some(f) => f.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            None => self
                .dict
                .read()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        }
    }

    /// Makes a built-in class's namespace read-only and lock-free.
    pub fn freeze(&self) {
        let map = self.dict.read().clone();
        let list = map.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        let _ = self.frozen.set(map);
        let _ = self.frozen_list.set(list);
    }

    /// `lookup` for an interned name (from code): frozen namespaces are
    /// searched by pointer, without hashing.
    #[inline]
    pub fn lookup_interned(&self, name: &Arc<str>) -> Option<Value> {
        if let Some(v) = self.own_interned(name) {
            return Some(v);
        }
        for c in &self.mro {
            if let Some(v) = c.own_interned(name) {
                return Some(v);
            }
        }
        None
    }

    #[inline]
    fn own_interned(&self, name: &Arc<str>) -> Option<Value> {
        match self.frozen_list.get() {
            Some(list) => list
                .iter()
                .find(|(k, _)| Arc::ptr_eq(k, name))
                .map(|(_, v)| v.clone()),
            None => self.dict.read().get(&**name).cloned(),
        }
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subclass(&self, other: &Class) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|c| std::ptr::eq(&**c, other))
    }

    pub fn set_attr(&self, name: Arc<str>, v: Value) {
        self.dict.write().insert(name, v);
        Class::bump_epoch();
    }

    /// Invalidates every class's cached flags (a namespace changed).
    pub fn bump_epoch() {
        // Release: a reader that sees the new epoch also sees the change
        // (which was made under the namespace's lock before this).
        CLASS_EPOCH.fetch_add(1, Ordering::Release);
    }

    /// Whether instances have a `__del__`, answered without waiting on a
    /// lock (asked from destructors, which may run while a namespace lock
    /// is held): the cached flags if they are current, else a look at the
    /// namespaces that are free.
    pub fn has_del(&self) -> bool {
        let epoch = CLASS_EPOCH.load(Ordering::Acquire);
        let c = self.cache.load(Ordering::Relaxed);
        if c & ClassFlags::VALID != 0 && c >> 16 == epoch {
            return c & ClassFlags::DEL as u64 != 0;
        }
        if self.builtin {
            return false;
        }
        std::iter::once(self)
            .chain(self.mro.iter().map(|c| &**c))
            .filter(|c| !c.builtin)
            .any(|c| c.dict.try_read().is_some_and(|d| d.contains_key("__del__")))
    }

    /// The class's `ClassFlags`, computed once per class epoch.
    #[inline]
    pub fn flags(&self) -> u16 {
        // Acquire pairs with bump_epoch's Release; the cache itself is a
        // pure function of the namespaces at that epoch, so Relaxed is
        // enough for it.
        let epoch = CLASS_EPOCH.load(Ordering::Acquire);
        let c = self.cache.load(Ordering::Relaxed);
        if c & ClassFlags::VALID != 0 && c >> 16 == epoch {
            return (c & 0x7fff) as u16;
        }
        self.refresh_flags(epoch)
    }

    #[cold]
    #[inline(never)]
    fn refresh_flags(&self, epoch: u64) -> u16 {
        let bits = self.compute_flags();
        self.cache.store(
            (epoch << 16) | ClassFlags::VALID | bits as u64,
            Ordering::Relaxed,
        );
        bits
    }

    fn compute_flags(&self) -> u16 {
        let mut bits = 0;
        if !self.builtin {
            if let Some(Value::FrozenSet(s) | Value::Set(s)) = self.lookup("__abstractmethods__") {
                if !s.is_empty() {
                    bits |= ClassFlags::ABSTRACT;
                }
            }
        }
        let user_fn = |v: Option<Value>| matches!(v, Some(Value::Function(_)));
        if user_fn(self.lookup("__setattr__")) {
            bits |= ClassFlags::SETATTR;
        }
        if user_fn(self.lookup("__getattr__")) {
            bits |= ClassFlags::GETATTR;
        }
        if user_fn(self.lookup("__getattribute__")) {
            bits |= ClassFlags::GETATTRIBUTE | ClassFlags::DESCRIPTORS;
        }
        if user_fn(self.lookup("__new__")) {
            bits |= ClassFlags::NEW;
        }
        if !self.builtin && self.lookup("__del__").is_some() {
            bits |= ClassFlags::DEL;
        }
        if user_fn(self.lookup("__delattr__")) {
            bits |= ClassFlags::DELATTR;
        }
        if let Some(m) = &self.meta {
            if user_fn(m.lookup("__call__")) {
                bits |= ClassFlags::META_CALL;
            }
        }
        // Properties and instances of classes with `__get__`, `__set__`
        // or `__delete__`: attribute reads and writes must look at them.
        let descriptor = |i: &Instance| {
            i.class.kind == ClassKind::Property
                || (!i.class.builtin
                    && ["__get__", "__set__", "__delete__"]
                        .iter()
                        .any(|n| matches!(i.class.lookup(n), Some(Value::Function(_)))))
        };
        let has_descr = |c: &Class| {
            c.own_items()
                .iter()
                .any(|(_, v)| matches!(v, Value::Instance(i) if descriptor(i)))
        };
        if has_descr(self) || self.mro.iter().any(|c| has_descr(c)) {
            bits |= ClassFlags::DESCRIPTORS;
        }
        if bits & (ClassFlags::DESCRIPTORS | ClassFlags::SETATTR) == 0
            && self.slots.is_none()
            && !self.builtin
            && self.kind != ClassKind::Exception
        {
            bits |= ClassFlags::PLAIN_SET;
        }
        bits
    }

    /// Full MRO including the class itself.
    pub fn full_mro(this: &Obj<Class>) -> Vec<Obj<Class>> {
        let mut v = vec![this.clone()];
        v.extend(this.mro.iter().cloned());
        v
    }
}

/// Built-in state carried by an instance of a class with a built-in base.
pub enum Payload {
    None,
    /// Boxed: exception state is big, and every instance carries a `Payload`.
    Exc(Box<Mutex<ExcData>>),
    List(Obj<List>),
    Dict(Obj<Dict>),
    /// Immutable built-in base value (int, str, tuple, float ...), set by `__new__`.
    Value(RwLock<Value>),
    /// property / staticmethod / classmethod / super objects.
    Wrapper(Vec<Value>),
}

/// An instance's attributes in definition order: the first few inline
/// (most objects have a handful), so a new object needs one allocation.
/// Keys are interned names (`intern::intern`), which live for the rest of
/// the process, so a key is a plain `&'static str`: no reference count to
/// take when an attribute is added or to drop when the object dies.
pub type InstAttrs = smallvec::SmallVec<[(&'static str, Value); 3]>;

/// The live `__dict__` of an instance whose attributes moved into one
/// (`Instance::live_dict`): then it is the list's only entry.
fn live_dict(a: &InstAttrs) -> Option<&Obj<Dict>> {
    match a.first() {
        Some((k, Value::Dict(d))) if is_dunder_dict(k) => Some(d),
        _ => None,
    }
}

/// Whether `name` is `"__dict__"` (the length test settles nearly every
/// other name without reading its text).
#[inline(always)]
fn is_dunder_dict(name: &str) -> bool {
    name.len() == 8 && name == "__dict__"
}

/// An instance of a user class (or of a built-in wrapper such as property).
pub struct Instance {
    pub class: Obj<Class>,
    /// Attributes in definition order (few per object: a linear scan with a
    /// pointer-equality fast path beats hashing).
    pub attrs: super::AttrLock<InstAttrs>,
    pub payload: Payload,
}

impl Instance {
    pub fn new(class: Obj<Class>, payload: Payload) -> Instance {
        Instance {
            class,
            attrs: super::AttrLock::new(InstAttrs::new()),
            payload,
        }
    }

    pub fn get_attr(&self, name: &str) -> Option<Value> {
        let a = self.attrs.lock();
        // Names are interned: pointer equality finds them without comparing
        // text; the text pass only runs for names built at run time.
        for (k, v) in a.iter() {
            if k.as_ptr() == name.as_ptr() {
                return Some(v.clone());
            }
        }
        for (k, v) in a.iter() {
            if k.len() == name.len() && *k == name {
                return Some(v.clone());
            }
        }
        let d = live_dict(&a)?.clone();
        drop(a);
        d.get_str(name)
    }

    /// An attribute by interned name: pointer comparisons only, which is
    /// exact because every attribute key is interned (`set_attr`).
    #[inline(always)]
    pub fn get_interned(&self, name: &Arc<str>) -> Option<Value> {
        let a = self.attrs.lock();
        match a
            .iter()
            .find(|(k, _)| std::ptr::eq(k.as_ptr(), name.as_ptr()))
        {
            Some((_, v)) => Some(v.clone()),
            None => {
                let d = live_dict(&a)?.clone();
                drop(a);
                d.get_str(name)
            }
        }
    }

    /// `obj.__dict__`: the instance's attributes as a dict that stays
    /// theirs. The first time, the attributes move into a new dict, which
    /// the instance then keeps as its only entry (`"__dict__"`); every later
    /// read and write of an attribute goes through it.
    pub fn live_dict(&self) -> Obj<Dict> {
        let mut a = self.attrs.lock();
        if let Some(d) = live_dict(&a) {
            return d.clone();
        }
        let d = Dict::new();
        for (k, v) in a.drain(..) {
            d.set_native(Value::str(k), v);
        }
        let d = Obj::new(d);
        a.push((
            crate::intern::as_static(crate::intern::dunder_dict()),
            Value::Dict(d.clone()),
        ));
        // Keys stored through the dict never pass `store_new`.
        crate::intern::mark_all_instance_attrs();
        d
    }

    /// `obj.__dict__ = d`: `d` becomes the instance's attribute dict.
    pub fn replace_dict(&self, d: Obj<Dict>) {
        let old: InstAttrs = {
            let mut a = self.attrs.lock();
            let old = std::mem::take(&mut *a);
            a.push((
                crate::intern::as_static(crate::intern::dunder_dict()),
                Value::Dict(d),
            ));
            old
        };
        crate::intern::mark_all_instance_attrs();
        // The old attributes are dropped outside the lock.
        drop(old);
    }

    /// The names of the instance's attributes, in order.
    pub fn attr_names(&self) -> Vec<String> {
        let a = self.attrs.lock();
        match live_dict(&a) {
            Some(d) => {
                let d = d.clone();
                drop(a);
                let keys = d.inner.lock().keys();
                keys.iter()
                    .filter_map(|k| match k {
                        Value::Str(s) => Some(s.as_str().to_string()),
                        _ => None,
                    })
                    .collect()
            }
            None => a.iter().map(|(k, _)| k.to_string()).collect(),
        }
    }

    /// `obj.name` straight from the instance when no descriptor in the
    /// class can take precedence (the attribute fast path).
    #[inline(always)]
    pub fn plain_get(&self, name: &Arc<str>) -> Option<Value> {
        if self.class.flags() & ClassFlags::DESCRIPTORS != 0 {
            return None;
        }
        self.get_interned(name)
    }

    /// `obj.name = v` straight into the instance when the class allows it
    /// (`ClassFlags::PLAIN_SET`); otherwise hands `v` back for the general
    /// path.
    #[inline(always)]
    pub fn plain_store(&self, name: &Arc<str>, v: Value) -> Result<(), Value> {
        if self.class.flags() & ClassFlags::PLAIN_SET != 0
            && self.exc().is_none()
            && !is_dunder_dict(name)
        {
            self.store(name, v);
            Ok(())
        } else {
            Err(v)
        }
    }

    /// Sets an attribute. `name` must be interned (`intern::intern`).
    pub fn set_attr(&self, name: Arc<str>, v: Value) {
        self.store(&name, v);
    }

    /// Sets an attribute by interned name, cloning the name only when the
    /// attribute is new.
    #[inline(always)]
    pub fn store(&self, name: &Arc<str>, v: Value) {
        debug_assert!(
            crate::intern::is_interned(name),
            "attribute name not interned"
        );
        let mut a = self.attrs.lock();
        if let Some(slot) = a
            .iter_mut()
            .find(|(k, _)| std::ptr::eq(k.as_ptr(), name.as_ptr()))
        {
            let old = std::mem::replace(&mut slot.1, v);
            drop(a);
            // The old value's destructor runs outside the lock.
            old.release();
            return;
        }
        Self::store_new(a, name, v);
    }

    /// `store` of an attribute the instance does not have yet (`a` is its
    /// locked attribute list).
    #[inline(never)]
    fn store_new(mut a: super::spin::AttrGuard<'_, InstAttrs>, name: &Arc<str>, v: Value) {
        if let Some(d) = live_dict(&a) {
            let d = d.clone();
            drop(a);
            d.set_native(Value::str(name), v);
            return;
        }
        crate::intern::mark_instance_attr(name);
        a.push((crate::intern::as_static(name), v));
    }

    pub fn del_attr(&self, name: &str) -> bool {
        let mut a = self.attrs.lock();
        if let Some(i) = a.iter().position(|(k, _)| *k == name) {
            let (_, old) = a.remove(i);
            drop(a);
            drop(old);
            return true;
        }
        let Some(d) = live_dict(&a).cloned() else {
            return false;
        };
        drop(a);
        let key = Value::str(name);
        let h = crate::hash::hash_native(&key).unwrap_or(0);
        let mut g = d.inner.lock();
        match g.lookup(h, &key) {
            super::Lookup::Found(i) => {
                let removed = g.remove_at(i);
                drop(g);
                drop(removed);
                true
            }
            _ => false,
        }
    }

    /// The exception state, for instances of exception classes.
    pub fn exc(&self) -> Option<&Mutex<ExcData>> {
        match &self.payload {
            Payload::Exc(e) => Some(e),
            _ => None,
        }
    }
}
