//! Functions, built-in functions, bound methods, code and module namespaces.

use crate::object::Obj;
use std::collections::HashMap;
use std::sync::Arc;

use parking_lot::{Mutex, RwLock};

use spindle_compiler::code::Code;

use crate::interp::Vm;
use crate::value::Value;
use crate::PyResult;

/// A compiled code object with its constants turned into values.
pub struct CodeObj {
    pub code: Arc<Code>,
    pub consts: Vec<Value>,
    /// `code.names`, interned (attribute lookups compare pointers).
    pub names: Vec<Arc<str>>,
    /// `code.nslots()`, read on every call.
    pub nslots: usize,
    /// `code.max_stack`.
    pub max_stack: usize,
}

/// The module-wide table of global names and their slot indexes.
#[derive(Default)]
pub struct NameTable {
    pub names: Vec<Arc<str>>,
    pub index: HashMap<Arc<str>, u32, ahash::RandomState>,
}

impl NameTable {
    pub fn slot(&mut self, name: &Arc<str>) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.clone());
        self.index.insert(name.clone(), i);
        i
    }
}

/// A module's global namespace: values in slots indexed by the module's
/// name table, so a global read is an index, not a hash lookup.
///
/// A goroutine runs with an *overlay*: its own slots, falling back to the
/// parent's functions, classes and modules but never its data
/// (SPEC 3, isolation). Overlay slots are allocated on first write, so
/// creating one is O(1).
pub struct Globals {
    pub module_name: Arc<str>,
    pub table: Arc<RwLock<NameTable>>,
    /// One light lock per namespace: module code and each goroutine's overlay
    /// are mostly used by one goroutine at a time, so reads rarely meet.
    pub slots: super::AttrLock<Slots>,
    pub parent: Option<Arc<Globals>>,
    /// This namespace itself (overlays copy the parent's functions so
    /// that they run, and are refcounted, in the goroutine's namespace).
    me: std::sync::Weak<Globals>,
}

/// A namespace's slot values, and the built-ins its names resolved to,
/// under one lock (a read of a built-in such as `len` takes it once).
#[derive(Default)]
pub struct Slots {
    vals: Vec<Value>,
    /// Built-ins resolved by slot (None: not looked up yet; Undef: none).
    builtins: Vec<Option<Value>>,
}

impl std::ops::Deref for Slots {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.vals
    }
}

impl std::ops::DerefMut for Slots {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.vals
    }
}

impl Globals {
    pub fn new(module_name: Arc<str>, names: &[Arc<str>]) -> Globals {
        let mut t = NameTable::default();
        for n in names {
            t.slot(n);
        }
        let n = t.names.len();
        Globals {
            module_name,
            table: Arc::new(RwLock::new(t)),
            slots: super::AttrLock::new(Slots {
                vals: vec![Value::Undef; n],
                builtins: Vec::new(),
            }),
            parent: None,
            me: std::sync::Weak::new(),
        }
    }

    /// An isolated overlay over `parent` for a new goroutine.
    pub fn overlay(parent: &Arc<Globals>) -> Arc<Globals> {
        let root = match &parent.parent {
            Some(p) => p.clone(),
            None => parent.clone(),
        };
        Arc::new_cyclic(|me| Globals {
            module_name: root.module_name.clone(),
            table: root.table.clone(),
            slots: super::AttrLock::new(Slots::default()),
            parent: Some(root),
            me: me.clone(),
        })
    }

    /// `func` rebound to this namespace (a goroutine's own copy).
    pub fn rebind(self: &Arc<Self>, func: &Function) -> Function {
        Function {
            code: func.code.clone(),
            globals: self.clone(),
            defaults: func.defaults.clone(),
            kwdefaults: func.kwdefaults.clone(),
            closure: func.closure.clone(),
            attrs: Mutex::new(func.attrs.lock().clone()),
            simple: func.simple,
        }
    }

    /// Reads slot `i`: own value, else (for an overlay) the parent's code.
    #[inline]
    pub fn get(&self, i: usize) -> Value {
        if let Some(v) = self.slots.lock().get(i) {
            if !v.is_undef() {
                return v.clone();
            }
        }
        match &self.parent {
            Some(p) => {
                let v = p.get(i);
                if !is_code_like(&v) {
                    return Value::Undef;
                }
                // Cache the code in this goroutine's own slots; functions
                // of the module are copied so that they run with this
                // namespace (isolation) and their refcounts stay local.
                let v = match (&v, self.me.upgrade()) {
                    (Value::Function(f), Some(me)) if Arc::ptr_eq(&f.globals, p) => {
                        Value::Function(Obj::new(me.rebind(f)))
                    }
                    _ => v,
                };
                self.set(i, v.clone());
                v
            }
            None => Value::Undef,
        }
    }

    /// `LoadGlobal`: the slot, else the built-in of that name, else Undef.
    #[inline]
    pub fn load(&self, i: usize) -> Value {
        {
            let s = self.slots.lock();
            if let Some(v) = s.vals.get(i) {
                if !v.is_undef() {
                    return v.clone();
                }
            }
            if self.parent.is_none() {
                if let Some(Some(b)) = s.builtins.get(i) {
                    return b.clone();
                }
            }
        }
        if self.parent.is_some() {
            let v = self.get(i);
            if !v.is_undef() {
                return v;
            }
        }
        self.builtin_for(i)
    }

    fn builtin_for(&self, i: usize) -> Value {
        if let Some(Some(b)) = self.slots.lock().builtins.get(i) {
            return b.clone();
        }
        let name = self.name_of(i);
        let b = crate::builtins::lookup(&name).unwrap_or(Value::Undef);
        let mut s = self.slots.lock();
        let c = &mut s.builtins;
        if c.len() <= i {
            c.resize(i + 1, None);
        }
        c[i] = Some(b.clone());
        b
    }

    /// Unsets slot `i` if it holds exactly `v` (see `s += t` in the loop).
    pub fn clear_if(&self, i: usize, v: &Value) {
        let mut s = self.slots.lock();
        if let Some(slot) = s.get_mut(i) {
            if slot.is(v) {
                *slot = Value::Undef;
            }
        }
    }

    pub fn set(&self, i: usize, v: Value) {
        let mut s = self.slots.lock();
        if s.len() <= i {
            s.resize(i + 1, Value::Undef);
        }
        let old = std::mem::replace(&mut s[i], v);
        drop(s);
        // The old value's destructor runs outside the lock.
        drop(old);
    }

    /// Slot of a name, creating it if new.
    pub fn slot_of(&self, name: &str) -> usize {
        if let Some(&i) = self.table.read().index.get(name) {
            return i as usize;
        }
        let name: Arc<str> = Arc::from(name);
        self.table.write().slot(&name) as usize
    }

    /// Existing slot of a name.
    pub fn find_slot(&self, name: &str) -> Option<usize> {
        self.table.read().index.get(name).map(|&i| i as usize)
    }

    pub fn get_by_name(&self, name: &str) -> Option<Value> {
        let i = self.find_slot(name)?;
        let v = self.get(i);
        (!v.is_undef()).then_some(v)
    }

    pub fn set_by_name(&self, name: &str, v: Value) {
        let i = self.slot_of(name);
        self.set(i, v);
    }

    pub fn name_of(&self, i: usize) -> Arc<str> {
        self.table.read().names[i].clone()
    }

    /// Bound names in slot order.
    pub fn items(&self) -> Vec<(Arc<str>, Value)> {
        let t = self.table.read();
        let n = t.names.len();
        (0..n)
            .filter_map(|i| {
                let v = self.get(i);
                (!v.is_undef()).then(|| (t.names[i].clone(), v))
            })
            .collect()
    }
}

/// What an isolated goroutine may see of its spawner's module: code, not data.
fn is_code_like(v: &Value) -> bool {
    matches!(
        v,
        Value::Function(_) | Value::Class(_) | Value::Module(_) | Value::Builtin(_)
    )
}

/// A module object.
pub struct Module {
    pub name: Arc<str>,
    pub globals: Arc<Globals>,
}

/// A function defined in a script.
pub struct Function {
    pub code: Obj<CodeObj>,
    pub globals: Arc<Globals>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Arc<str>, Value)>,
    /// Cells of the enclosing scopes' variables this function uses.
    pub closure: Vec<Value>,
    /// Function attributes (`__name__`, `__doc__`, `__wrapped__` ...).
    pub attrs: Mutex<Vec<(Arc<str>, Value)>>,
    /// Plain positional call with exactly `argcount` args needs no binding.
    pub simple: bool,
}

impl Function {
    pub fn name(&self) -> Arc<str> {
        for (k, v) in self.attrs.lock().iter() {
            if &**k == "__name__" {
                if let Value::Str(s) = v {
                    return Arc::from(s.as_str());
                }
            }
        }
        self.code.code.name.clone()
    }

    pub fn qualname(&self) -> Arc<str> {
        for (k, v) in self.attrs.lock().iter() {
            if &**k == "__qualname__" {
                if let Value::Str(s) = v {
                    return Arc::from(s.as_str());
                }
            }
        }
        self.code.code.qualname.clone()
    }
}

/// Keyword arguments of a native call.
pub type Kwargs<'a> = &'a [(Arc<str>, Value)];

/// A native function: `args` includes `self` first for methods.
pub type BuiltinFn = fn(&mut Vm, &[Value], Kwargs) -> PyResult;

/// A native function with captured state (embedder registrations).
pub type DynBuiltinFn = dyn Fn(&mut Vm, &[Value], Kwargs) -> PyResult + Send + Sync;

/// A built-in function or method descriptor.
pub struct Builtin {
    pub name: Arc<str>,
    pub func: BuiltinImpl,
    /// For methods of built-in types: the class it belongs to.
    pub owner: Option<&'static str>,
    /// The object a method is bound to (`"abc".upper`), if bound.
    pub bound: Option<Value>,
}

/// The Rust side of a built-in.
#[derive(Clone)]
pub enum BuiltinImpl {
    Plain(BuiltinFn),
    Dyn(Arc<DynBuiltinFn>),
}

/// A function bound to an object (`obj.method`).
pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}
