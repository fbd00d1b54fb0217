//! Dict and set operations that may call back into scripts (`__hash__`,
//! `__eq__`): hash outside the lock, look up under it, and compare
//! interpreter-equal candidates after unlocking (DESIGN.md, "Values").

use crate::object::Obj;

use spindle_compiler::op::BinOp;

use crate::exc;
use crate::interp::Vm;
use crate::object::{Dict, DictInner, Lookup, Payload, SetObj};
use crate::types::type_name;
use crate::value::Value;
use crate::PyResult;

impl Vm {
    /// Finds `key` in a dict table, running `__eq__` outside the lock when
    /// needed. Returns the entry index.
    fn find(
        &mut self,
        inner: &parking_lot::Mutex<DictInner>,
        h: u64,
        key: &Value,
    ) -> PyResult<Option<usize>> {
        let cands = match inner.lock().lookup(h, key) {
            Lookup::Found(i) => return Ok(Some(i)),
            Lookup::Missing => return Ok(None),
            Lookup::Ask(c) => c,
        };
        for c in cands {
            if crate::ops::compare::eq(self, &c, key)? {
                if let Some(i) = inner.lock().lookup_identical(h, &c) {
                    return Ok(Some(i));
                }
            }
        }
        Ok(None)
    }

    pub fn dict_get(&mut self, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.find(&d.inner, h, key)? {
            Some(i) => Ok(d.inner.lock().entry(i).value.clone().into_opt()),
            None => Ok(None),
        }
    }

    pub fn dict_set(&mut self, d: &Dict, key: Value, v: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        match self.find(&d.inner, h, &key)? {
            Some(i) => {
                d.inner.lock().set_value(i, v);
            }
            None => d.inner.lock().insert_new(h, key, v),
        }
        Ok(())
    }

    pub fn dict_remove(&mut self, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.find(&d.inner, h, key)? {
            Some(i) => {
                let mut g = d.inner.lock();
                if g.entry(i).key.is_undef() {
                    return Ok(None);
                }
                Ok(Some(g.remove_at(i).1))
            }
            None => Ok(None),
        }
    }

    /// A dict from alternating keys and values.
    pub fn new_dict_from_flat(&mut self, items: Vec<Value>) -> PyResult {
        let d = Obj::new(Dict::from_inner(DictInner::with_capacity(items.len() / 2)));
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.dict_set(&d, k, v)?;
        }
        Ok(Value::Dict(d))
    }

    /// `d.update(m)` (DictUpdate) or a `**m` merge into the keyword
    /// arguments of a call of `merge` that rejects repeats.
    pub fn dict_update_op(&mut self, d: &Value, m: &Value, merge: Option<&Value>) -> PyResult<()> {
        let d = match d {
            Value::Dict(d) => d.clone(),
            Value::Instance(i) => match &i.payload {
                Payload::Dict(d) => d.clone(),
                _ => return Err(exc::type_error("dict expected")),
            },
            _ => return Err(exc::type_error("dict expected")),
        };
        if let Some(f) = merge {
            let mapping = matches!(m, Value::Dict(_))
                || (matches!(m, Value::Instance(_)) && self.lookup_special(m, "keys").is_some())
                || matches!(m, Value::Instance(i) if matches!(i.payload, Payload::Dict(_)));
            if !mapping {
                return Err(exc::type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    callee_str(f),
                    crate::types::type_name(m)
                )));
            }
        }
        let pairs = self.mapping_items(m)?;
        for (k, v) in pairs {
            if let Some(f) = merge {
                if let Value::Str(_) = k {
                } else {
                    return Err(exc::type_error("keywords must be strings"));
                }
                if self.dict_get(&d, &k)?.is_some() {
                    return Err(exc::type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        callee_str(f),
                        k.as_str().unwrap_or("")
                    )));
                }
            }
            self.dict_set(&d, k, v)?;
        }
        Ok(())
    }

    /// Key/value pairs of a mapping (dict, dict subclass, or an object with
    /// `keys()` and `__getitem__`).
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        match m {
            Value::Dict(d) => Ok(d.inner.lock().items()),
            Value::Instance(i) => {
                if let Payload::Dict(d) = &i.payload {
                    if self.lookup_special(m, "keys").is_none() {
                        return Ok(d.inner.lock().items());
                    }
                }
                let keys_fn = self.getattr(m, "keys")?;
                let keys = self.call(&keys_fn, &[])?;
                let keys = self.collect(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                Ok(out)
            }
            _ => Err(exc::type_error(format!(
                "'{}' object is not a mapping",
                type_name(m)
            ))),
        }
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult {
        let s = Value::Set(Obj::new(SetObj::from_inner(DictInner::with_capacity(
            items.len(),
        ))));
        for v in items {
            self.set_add(&s, v)?;
        }
        Ok(s)
    }

    pub fn new_frozenset(&mut self, items: Vec<Value>) -> PyResult {
        match self.new_set(items)? {
            Value::Set(s) => Ok(Value::FrozenSet(s)),
            other => Ok(other),
        }
    }

    pub fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        let s = match s {
            Value::Set(s) | Value::FrozenSet(s) => s.clone(),
            _ => return Err(exc::type_error("set expected")),
        };
        let h = self.hash(&v)?;
        if self.find(&s.inner, h, &v)?.is_none() {
            s.inner.lock().insert_new(h, v, Value::None);
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: &SetObj, v: &Value) -> PyResult<bool> {
        let h = match self.hash(v) {
            Ok(h) => h,
            Err(e) => {
                // `[1] in {..}` is a TypeError in CPython too.
                return Err(e);
            }
        };
        Ok(self.find(&s.inner, h, v)?.is_some())
    }

    pub fn set_discard(&mut self, s: &SetObj, v: &Value) -> PyResult<bool> {
        let h = self.hash(v)?;
        match self.find(&s.inner, h, v)? {
            Some(i) => {
                s.inner.lock().remove_at(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn set_items(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::Set(s) | Value::FrozenSet(s) => Ok(s.inner.lock().keys()),
            other => self.collect(other),
        }
    }

    /// `a <= b` for sets.
    pub fn set_is_subset(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let items = self.set_items(a)?;
        let bs = match b {
            Value::Set(s) | Value::FrozenSet(s) => s.clone(),
            _ => return Ok(false),
        };
        if items.len() > bs.len() {
            return Ok(false);
        }
        for v in &items {
            if !self.set_contains(&bs, v)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `|`, `&`, `-`, `^` of two sets; the result has `a`'s type.
    pub fn set_algebra(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult {
        let xs = self.set_items(a)?;
        let ys = self.set_items(b)?;
        let bset = match self.new_set(ys.clone())? {
            Value::Set(s) => s,
            _ => unreachable!("new_set returns a set"),
        };
        let aset = match self.new_set(xs.clone())? {
            Value::Set(s) => s,
            _ => unreachable!("new_set returns a set"),
        };
        let mut out = Vec::new();
        match op {
            BinOp::BitOr => {
                out.extend(xs);
                out.extend(ys);
            }
            BinOp::BitAnd => {
                for x in xs {
                    if self.set_contains(&bset, &x)? {
                        out.push(x);
                    }
                }
            }
            BinOp::Sub => {
                for x in xs {
                    if !self.set_contains(&bset, &x)? {
                        out.push(x);
                    }
                }
            }
            _ => {
                for x in xs {
                    if !self.set_contains(&bset, &x)? {
                        out.push(x);
                    }
                }
                for y in ys {
                    if !self.set_contains(&aset, &y)? {
                        out.push(y);
                    }
                }
            }
        }
        let r = self.new_set(out)?;
        Ok(match (a, r) {
            (Value::FrozenSet(_), Value::Set(s)) => Value::FrozenSet(s),
            (_, r) => r,
        })
    }

    /// `MatchKeys`: a tuple of the subject's values for `keys`, or None.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult {
        let keys = self.collect(keys)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in &keys {
            let got = match subject {
                Value::Dict(d) => self.dict_get(d, k)?,
                Value::Instance(i) => match &i.payload {
                    Payload::Dict(d) => self.dict_get(d, k)?,
                    _ => None,
                },
                _ => None,
            };
            match got {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(out))
    }

    /// `CopyDictWithoutKeys` for `**rest` in mapping patterns.
    pub fn copy_dict_without(&mut self, d: &Value, keys: &Value) -> PyResult {
        let items = self.mapping_items(d)?;
        let keys = self.collect(keys)?;
        let out = Obj::new(Dict::new());
        'items: for (k, v) in items {
            for key in &keys {
                if crate::ops::compare::eq(self, &k, key)? {
                    continue 'items;
                }
            }
            self.dict_set(&out, k, v)?;
        }
        Ok(Value::Dict(out))
    }
}

trait IntoOpt {
    fn into_opt(self) -> Option<Value>;
}

impl IntoOpt for Value {
    fn into_opt(self) -> Option<Value> {
        (!self.is_undef()).then_some(self)
    }
}

/// How CPython names a callee in argument errors: `mod.qualname()` for
/// script functions and classes, `name()` for built-ins.
pub(crate) fn callee_str(f: &Value) -> String {
    match f {
        Value::Function(func) => format!("{}.{}()", func.globals.module_name, func.qualname()),
        Value::Method(m) => callee_str(&m.func),
        Value::Builtin(b) => match b.owner {
            Some(o) => format!("{}.{}()", o, b.name),
            None => format!("{}()", b.name),
        },
        Value::Class(c) if c.builtin => format!("{}()", c.name),
        Value::Class(c) => format!("{}.{}()", c.module, c.name),
        other => format!("{} object", crate::types::type_name(other)),
    }
}
