//! `dict`: an insertion-ordered hash map (entry vector plus an index table).
//!
//! Key equality for the built-in key types (numbers, str, bytes, tuples of
//! those) is decided under the dict's lock. A key whose equality needs the
//! interpreter (an instance with `__eq__`) makes a lookup return
//! `Lookup::Ask` with the candidates of equal hash; the caller compares them
//! outside the lock and looks up again by identity (`vm::dictops`).

use hashbrown::HashTable;
use parking_lot::Mutex;

use crate::value::Value;

/// One slot of the entry vector; a removed entry has `key == Undef`.
#[derive(Clone)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

/// The dict's state behind its lock.
#[derive(Clone, Default)]
pub struct DictInner {
    entries: Vec<Entry>,
    table: HashTable<u32>,
    len: usize,
}

/// Outcome of a lookup under the lock.
pub enum Lookup {
    Found(usize),
    Missing,
    /// Keys of equal hash whose equality the interpreter must decide.
    Ask(Vec<Value>),
}

/// Equality decidable without running script code.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    crate::ops::compare::eq_native(a, b)
}

impl DictInner {
    /// Moves every key and value into `out`, leaving the dict empty
    /// (non-recursive drop, see `object::drop`).
    pub(crate) fn take_all(&mut self, out: &mut Vec<Value>) {
        for e in self.entries.drain(..) {
            out.push(e.key);
            out.push(e.value);
        }
        self.table.clear();
        self.len = 0;
    }
}

impl DictInner {
    /// Every key and value, tombstones included (the collector's walk).
    pub(crate) fn for_each_ref(&self, mut f: impl FnMut(&Value)) {
        for e in &self.entries {
            f(&e.key);
            f(&e.value);
        }
    }

    pub fn new() -> DictInner {
        DictInner::default()
    }

    pub fn with_capacity(n: usize) -> DictInner {
        DictInner {
            entries: Vec::with_capacity(n),
            table: HashTable::with_capacity(n),
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Finds `key` (whose hash is `hash`).
    pub fn lookup(&self, hash: u64, key: &Value) -> Lookup {
        let entries = &self.entries;
        let mut ask: Vec<Value> = Vec::new();
        let found = self.table.find(hash, |&i| {
            let e = &entries[i as usize];
            if e.hash != hash {
                return false;
            }
            match native_eq(&e.key, key) {
                Some(eq) => eq,
                None => {
                    ask.push(e.key.clone());
                    false
                }
            }
        });
        match found {
            Some(&i) => Lookup::Found(i as usize),
            None if ask.is_empty() => Lookup::Missing,
            None => Lookup::Ask(ask),
        }
    }

    /// Finds the entry whose key is identical (`is`) to `key`.
    pub fn lookup_identical(&self, hash: u64, key: &Value) -> Option<usize> {
        let entries = &self.entries;
        self.table
            .find(hash, |&i| entries[i as usize].key.is(key))
            .map(|&i| i as usize)
    }

    pub fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    pub fn set_value(&mut self, i: usize, v: Value) -> Value {
        std::mem::replace(&mut self.entries[i].value, v)
    }

    /// Appends a new key (the caller checked it is absent).
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        let idx = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.table
            .insert_unique(hash, idx, |&i| entries[i as usize].hash);
        self.len += 1;
    }

    /// Removes the entry at `i`, returning its key and value.
    pub fn remove_at(&mut self, i: usize) -> (Value, Value) {
        let hash = self.entries[i].hash;
        if let Ok(e) = self.table.find_entry(hash, |&j| j as usize == i) {
            e.remove();
        }
        let e = &mut self.entries[i];
        let key = std::mem::replace(&mut e.key, Value::Undef);
        let value = std::mem::replace(&mut e.value, Value::Undef);
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        (key, value)
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_undef());
        self.table.clear();
        for (i, e) in self.entries.iter().enumerate() {
            self.table
                .insert_unique(e.hash, i as u32, |_| unreachable!("capacity kept by clear"));
        }
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_undef())
    }

    /// The live entry at or after raw position `pos`, for iterators that
    /// resume by position; returns the entry and the next position.
    pub fn entry_from(&self, pos: usize) -> Option<(&Entry, usize)> {
        let mut p = pos;
        while p < self.entries.len() {
            let e = &self.entries[p];
            if !e.key.is_undef() {
                return Some((e, p + 1));
            }
            p += 1;
        }
        None
    }

    /// The last live entry's position (for popitem).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_undef())
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.table.clear();
        self.len = 0;
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
}

/// A Python dict: `DictInner` behind a per-object lock.
#[derive(Default)]
pub struct Dict {
    pub inner: Mutex<DictInner>,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn from_inner(inner: DictInner) -> Dict {
        Dict {
            inner: Mutex::new(inner),
        }
    }

    pub fn len(&self) -> usize {
        self.inner.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Get by a str key (names, kwargs); no interpreter needed.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        let k = Value::str(key);
        let h = crate::hash::hash_native(&k).expect("str is hashable");
        let g = self.inner.lock();
        match g.lookup(h, &k) {
            Lookup::Found(i) => Some(g.entry(i).value.clone()),
            _ => None,
        }
    }

    /// Removes a str key, returning its value.
    pub fn remove_str(&self, key: &str) -> Option<Value> {
        let k = Value::str(key);
        let h = crate::hash::hash_native(&k).expect("str is hashable");
        let mut g = self.inner.lock();
        match g.lookup(h, &k) {
            Lookup::Found(i) => Some(g.remove_at(i).1),
            _ => None,
        }
    }

    /// Set with a natively hashable key (str, int, ...).
    pub fn set_native(&self, key: Value, value: Value) {
        let h = crate::hash::hash_native(&key).expect("natively hashable key");
        let mut g = self.inner.lock();
        match g.lookup(h, &key) {
            Lookup::Found(i) => {
                g.set_value(i, value);
            }
            _ => g.insert_new(h, key, value),
        }
    }
}
