//! Calls: argument binding, functions, classes and instances, generators,
//! `super()`, context managers and exception construction.

use crate::object::Obj;
use std::sync::Arc;

use parking_lot::{Mutex, RwLock};
use spindle_compiler::op::FnFlags;

use crate::exc::{self, PyErr};
use crate::frame::{Frame, SavedFrame};
use crate::interp::{Exit, Vm};
use crate::object::{
    Class, ClassKind, CodeObj, Dict, ExcData, Function, Generator, GeneratorState, Globals,
    Instance, List, Payload,
};
use crate::ops::SendResult;
use crate::types::{class_of, type_name, types};
use crate::value::Value;
use crate::PyResult;

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{} {}", n, word)
    } else {
        format!("{} {}s", n, word)
    }
}

fn name_list(names: &[Arc<str>]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Vm {
    /// Binds `args`/`kw` to `func`'s parameters and pushes its slots.
    pub(crate) fn bind_args(
        &mut self,
        func: &Function,
        args: Vec<Value>,
        kw: &[(Arc<str>, Value)],
    ) -> PyResult<()> {
        let code = &func.code.code;
        let npos = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let nslots = code.nslots();
        let fname = func.qualname();
        let mut slots = vec![Value::Undef; nslots];
        let nargs = args.len();
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < npos {
                slots[i] = a;
            } else {
                extra.push(a);
            }
        }
        let mut idx = npos + nkwonly;
        if code.flags.varargs {
            slots[idx] = Value::tuple(extra);
            idx += 1;
        } else if !extra.is_empty() {
            let ndef = func.defaults.len();
            let takes = if ndef > 0 {
                format!("from {} to {} positional arguments", npos - ndef, npos)
            } else {
                plural(npos, "positional argument")
            };
            let given = if nargs == 1 { "was" } else { "were" };
            let kwonly_given = kw
                .iter()
                .filter(|(k, _)| code.varnames[npos..npos + nkwonly].iter().any(|n| n == k))
                .count();
            let extra_kw = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if nargs == 1 { "" } else { "s" },
                    kwonly_given,
                    if kwonly_given == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let takes = if npos == 1 && ndef == 0 {
                "1 positional argument".to_string()
            } else {
                takes
            };
            if extra_kw.is_empty() {
                return Err(exc::type_error(format!(
                    "{}() takes {} but {} {} given",
                    fname, takes, nargs, given
                )));
            }
            return Err(exc::type_error(format!(
                "{}() takes {} but {}{} were given",
                fname, takes, nargs, extra_kw
            )));
        }
        let kwargs_dict = if code.flags.varkeywords {
            Some(Obj::new(Dict::new()))
        } else {
            None
        };
        for (k, v) in kw {
            let pos = code.varnames[..npos + nkwonly].iter().position(|n| n == k);
            match pos {
                Some(p) if p >= code.posonlyargcount as usize => {
                    if !slots[p].is_undef() {
                        return Err(exc::type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            fname, k
                        )));
                    }
                    slots[p] = v.clone();
                }
                _ => match &kwargs_dict {
                    Some(d) => {
                        let key = Value::str(k);
                        if self.dict_get(d, &key)?.is_some() {
                            return Err(exc::type_error(format!(
                                "{}() got multiple values for keyword argument '{}'",
                                fname, k
                            )));
                        }
                        d.set_native(key, v.clone())
                    }
                    None => {
                        if let Some(p) = pos {
                            return Err(exc::type_error(format!(
                                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                                fname, code.varnames[p]
                            )));
                        }
                        return Err(exc::type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            fname, k
                        )));
                    }
                },
            }
        }
        if let Some(d) = kwargs_dict {
            slots[idx] = Value::Dict(d);
        }
        // Defaults for missing positional parameters.
        let ndef = func.defaults.len();
        let mut missing = Vec::new();
        for (i, slot) in slots.iter_mut().enumerate().take(npos) {
            if slot.is_undef() {
                if i + ndef >= npos {
                    *slot = func.defaults[i + ndef - npos].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(exc::type_error(format!(
                "{}() missing {}: {}",
                fname,
                plural(missing.len(), "required positional argument"),
                name_list(&missing)
            )));
        }
        for (i, slot) in slots.iter_mut().enumerate().skip(npos).take(nkwonly) {
            if slot.is_undef() {
                let name = &code.varnames[i];
                match func.kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => *slot = v.clone(),
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(exc::type_error(format!(
                "{}() missing {}: {}",
                fname,
                plural(missing.len(), "required keyword-only argument"),
                name_list(&missing)
            )));
        }
        self.stack.extend(slots);
        Ok(())
    }

    /// `MakeFunction`: pops the code and its optional parts.
    pub(crate) fn make_function(&mut self, flags: FnFlags, globals: &Arc<Globals>) -> PyResult {
        let code = match self.stack.pop() {
            Some(Value::Code(c)) => c,
            _ => return Err(exc::internal("MakeFunction without code")),
        };
        let closure = if flags.0 & FnFlags::CLOSURE != 0 {
            match self.stack.pop() {
                Some(Value::Tuple(t)) => t.items.to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let annotations = if flags.0 & FnFlags::ANNOTATIONS != 0 {
            self.stack.pop()
        } else {
            None
        };
        let kwdefaults = if flags.0 & FnFlags::KWDEFAULTS != 0 {
            match self.stack.pop() {
                Some(Value::Dict(d)) => d
                    .inner
                    .lock()
                    .items()
                    .into_iter()
                    .map(|(k, v)| (Arc::from(k.as_str().unwrap_or("")), v))
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let defaults = if flags.0 & FnFlags::DEFAULTS != 0 {
            match self.stack.pop() {
                Some(Value::Tuple(t)) => t.items.to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let f = new_function(code, globals.clone(), defaults, kwdefaults, closure);
        if let Some(a) = annotations {
            f.attrs
                .lock()
                .push((crate::intern::intern("__annotations__"), a));
        }
        Ok(Value::Function(Obj::new(f)))
    }

    /// `BuildClass` and `__build_class__`: runs the body in the namespace
    /// the metaclass prepares and builds the class through the metaclass.
    pub(crate) fn build_class(&mut self, body: Value, name: Value, bases: Vec<Value>) -> PyResult {
        self.build_class_kw(body, name, bases, Vec::new())
    }

    /// `__build_class__(body, name, *bases, metaclass=..., **kw)`.
    pub(crate) fn build_class_kw(
        &mut self,
        body: Value,
        name: Value,
        bases: Vec<Value>,
        mut kw: Vec<(Arc<str>, Value)>,
    ) -> PyResult {
        let body = match body {
            Value::Function(f) => f,
            _ => return Err(exc::type_error("__build_class__: func must be a function")),
        };
        let name_str: Arc<str> = match name.as_str() {
            Some(s) => Arc::from(s),
            None => return Err(exc::type_error("__build_class__: name is not a string")),
        };
        // PEP 560: a base that is not a class may supply `__mro_entries__`.
        let orig_bases = bases.clone();
        let mut resolved = Vec::with_capacity(bases.len());
        let mut replaced = false;
        for b in bases {
            if !matches!(b, Value::Class(_)) {
                if let Some(me) = self.getattr_opt(&b, "__mro_entries__")? {
                    let entries = self.call(&me, &[Value::tuple(orig_bases.clone())])?;
                    resolved.extend(self.collect(&entries)?);
                    replaced = true;
                    continue;
                }
            }
            resolved.push(b);
        }
        let bases = resolved;
        let explicit = kw
            .iter()
            .position(|(k, _)| &**k == "metaclass")
            .map(|i| kw.remove(i).1);
        let meta = match &explicit {
            Some(Value::Class(m)) => Some(self.winner_meta(m.clone(), &bases)?),
            Some(_) => None,
            None => Some(self.winner_meta(types().type_.clone(), &bases)?),
        };
        let is_type = |m: &Option<Obj<Class>>| match m {
            Some(m) => Obj::ptr_eq(m, &types().type_),
            None => false,
        };
        // The namespace: `meta.__prepare__(name, bases, **kw)` or a dict.
        let bases_tuple = Value::tuple(bases.clone());
        let ns_value = match (&explicit, &meta) {
            (_, m) if is_type(m) => Value::Dict(Obj::new(Dict::new())),
            (Some(f), None) => match self.getattr_opt(f, "__prepare__")? {
                Some(p) => self.call_kw(&p, vec![name.clone(), bases_tuple.clone()], kw.clone())?,
                None => Value::Dict(Obj::new(Dict::new())),
            },
            (_, Some(m)) => match self.getattr_opt(&Value::Class(m.clone()), "__prepare__")? {
                Some(p) => self.call_kw(&p, vec![name.clone(), bases_tuple.clone()], kw.clone())?,
                None => Value::Dict(Obj::new(Dict::new())),
            },
            (None, None) => unreachable!("no metaclass"),
        };
        let ns = match &ns_value {
            Value::Dict(d) => d.clone(),
            Value::Instance(i) => match &i.payload {
                Payload::Dict(d) => d.clone(),
                _ => {
                    return Err(exc::type_error(format!(
                        "{}.__prepare__() must return a mapping, not {}",
                        meta.as_ref().map(|m| &*m.name).unwrap_or("metaclass"),
                        type_name(&ns_value)
                    )))
                }
            },
            other => {
                return Err(exc::type_error(format!(
                    "{}.__prepare__() must return a mapping, not {}",
                    meta.as_ref().map(|m| &*m.name).unwrap_or("metaclass"),
                    type_name(other)
                )))
            }
        };
        ns.set_native(
            Value::str("__module__"),
            Value::str(&body.globals.module_name),
        );
        ns.set_native(
            Value::str("__qualname__"),
            Value::str(&body.code.code.qualname),
        );
        // Run the body with the namespace as its locals.
        let base = self.stack.len();
        self.stack
            .resize(base + body.code.code.nslots(), Value::Undef);
        self.push_frame(body.clone(), base, base, true, None)?;
        if let Some(f) = self.frames.last_mut() {
            f.ns = Some(ns.clone());
        }
        let class_cell = self.run_entry()?;
        if replaced {
            ns.set_native(Value::str("__orig_bases__"), Value::tuple(orig_bases));
        }
        let cls = if is_type(&meta) {
            let mut base_classes = Vec::with_capacity(bases.len());
            for b in &bases {
                base_classes.push(self.base_class(b)?);
            }
            Value::Class(self.type_new(None, name_str, base_classes, &ns, kw)?)
        } else {
            let callee = match (explicit, meta) {
                (_, Some(m)) => Value::Class(m),
                (Some(f), None) => f,
                (None, None) => unreachable!("no metaclass"),
            };
            self.call_kw(&callee, vec![name, bases_tuple, ns_value], kw)?
        };
        if let Value::Cell(c) = &class_cell {
            *c.value.lock() = cls.clone();
        }
        Ok(cls)
    }

    /// A base of a class statement as a class (or CPython's TypeError).
    fn base_class(&self, b: &Value) -> PyResult<Obj<Class>> {
        match b {
            Value::Class(c) => {
                if matches!(
                    c.kind,
                    ClassKind::Bool
                        | ClassKind::Range
                        | ClassKind::Slice
                        | ClassKind::Function
                        | ClassKind::Generator
                        | ClassKind::NoneType
                ) && c.builtin
                {
                    return Err(exc::type_error(format!(
                        "type '{}' is not an acceptable base type",
                        c.name
                    )));
                }
                Ok(c.clone())
            }
            other => Err(exc::type_error(format!(
                "bases must be types, not {}",
                type_name(other)
            ))),
        }
    }

    /// The most derived of `meta` and the metaclasses of `bases`
    /// (CPython's `_PyType_CalculateMetaclass`).
    pub(crate) fn winner_meta(&self, meta: Obj<Class>, bases: &[Value]) -> PyResult<Obj<Class>> {
        let mut winner = meta;
        for b in bases {
            let bm = class_of(b);
            if winner.is_subclass(&bm) {
                continue;
            }
            if bm.is_subclass(&winner) {
                winner = bm;
                continue;
            }
            return Err(exc::type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// `type.__new__(mcs, name, bases, ns, **kw)`: creates the class, then
    /// calls `__set_name__` on its attributes and the parent's
    /// `__init_subclass__(**kw)`. `mcs` None is `type` itself.
    pub fn type_new(
        &mut self,
        mcs: Option<Obj<Class>>,
        name: Arc<str>,
        bases: Vec<Obj<Class>>,
        ns: &Obj<Dict>,
        kw: Vec<(Arc<str>, Value)>,
    ) -> PyResult<Obj<Class>> {
        let mcs = mcs.filter(|m| !m.builtin);
        let qualname: Arc<str> = match ns.get_str("__qualname__") {
            Some(Value::Str(s)) => Arc::from(s.as_str()),
            Some(other) => {
                return Err(exc::type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    type_name(&other)
                )))
            }
            None => name.clone(),
        };
        let module: Arc<str> = match ns.get_str("__module__") {
            Some(Value::Str(s)) => Arc::from(s.as_str()),
            _ => match self.frames.last() {
                Some(f) => f.globals().module_name.clone(),
                None => Arc::from("__main__"),
            },
        };
        if ns.get_str("__module__").is_none() {
            ns.set_native(Value::str("__module__"), Value::str(&module));
        }
        let cls = self.create_class_meta(name, qualname, module, bases, ns, mcs)?;
        // type.__new__ calls __set_name__ on the attributes that have one.
        for (k, v) in cls.own_items() {
            if let Some(f) = crate::protocol::user_dunder(&v, "__set_name__") {
                self.call(&f, &[v, Value::Class(cls.clone()), Value::str(&k)])?;
            }
        }
        // ... and the parent's __init_subclass__(**kw) (super(cls, cls)).
        let c = Value::Class(cls.clone());
        if let Some(f) = self.super_getattr(&c, &c, "__init_subclass__")? {
            self.call_kw(&f, Vec::new(), kw)?;
        } else if let Some((k, _)) = kw.first() {
            let _ = k;
            return Err(exc::type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                cls.name
            )));
        }
        Ok(cls)
    }

    /// CPython's refusal to instantiate a class with abstract methods.
    #[cold]
    fn abstract_error(&mut self, cls: &Obj<Class>) -> PyErr {
        let mut names: Vec<String> = match cls.lookup("__abstractmethods__") {
            Some(v) => self
                .collect(&v)
                .unwrap_or_default()
                .iter()
                .filter_map(|n| n.as_str().map(|s| s.to_string()))
                .collect(),
            None => Vec::new(),
        };
        names.sort();
        exc::type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            cls.name,
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        ))
    }

    /// `type.__new__(mcs, name, bases, ns, **kw)` with its arguments
    /// unchecked (also `type(name, bases, ns)`).
    pub fn type_new_args(
        &mut self,
        mcs: Obj<Class>,
        args: &[Value],
        kw: &[(Arc<str>, Value)],
    ) -> PyResult {
        if args.len() != 3 {
            return Err(exc::type_error(if args.len() == 1 {
                "type.__new__() takes exactly 3 arguments (1 given)".to_string()
            } else {
                format!(
                    "type.__new__() takes exactly 3 arguments ({} given)",
                    args.len()
                )
            }));
        }
        let name: Arc<str> = match &args[0] {
            Value::Str(s) => Arc::from(s.as_str()),
            other => {
                return Err(exc::type_error(format!(
                    "type.__new__() argument 1 must be str, not {}",
                    type_name(other)
                )))
            }
        };
        let bases = match &args[1] {
            Value::Tuple(t) => t.items.to_vec(),
            other => {
                return Err(exc::type_error(format!(
                    "type.__new__() argument 2 must be tuple, not {}",
                    type_name(other)
                )))
            }
        };
        let ns = match &args[2] {
            Value::Dict(d) => {
                // The class keeps its own copy of the namespace.
                let copy = Obj::new(Dict::new());
                for (k, v) in d.inner.lock().items() {
                    copy.set_native(k, v);
                }
                copy
            }
            Value::Instance(i) if matches!(i.payload, Payload::Dict(_)) => match &i.payload {
                Payload::Dict(d) => {
                    let copy = Obj::new(Dict::new());
                    for (k, v) in d.inner.lock().items() {
                        copy.set_native(k, v);
                    }
                    copy
                }
                _ => unreachable!("checked"),
            },
            other => {
                return Err(exc::type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    type_name(other)
                )))
            }
        };
        let meta = self.winner_meta(mcs.clone(), &bases)?;
        if !Obj::ptr_eq(&meta, &mcs) {
            // A more derived metaclass of a base builds the class.
            return self.call_kw(&Value::Class(meta), args.to_vec(), kw.to_vec());
        }
        let mut base_classes = Vec::with_capacity(bases.len());
        for b in &bases {
            base_classes.push(self.base_class(b)?);
        }
        let meta = (!Obj::ptr_eq(&meta, &types().type_)).then_some(meta);
        self.type_new(meta, name, base_classes, &ns, kw.to_vec())
            .map(Value::Class)
    }

    /// Creates a class object from a namespace.
    pub fn create_class(
        &mut self,
        name: Arc<str>,
        qualname: Arc<str>,
        module: Arc<str>,
        bases: Vec<Obj<Class>>,
        ns: &Dict,
    ) -> PyResult<Obj<Class>> {
        self.create_class_meta(name, qualname, module, bases, ns, None)
    }

    /// Creates a class object whose metaclass is `meta` (None: `type`).
    pub fn create_class_meta(
        &mut self,
        name: Arc<str>,
        qualname: Arc<str>,
        module: Arc<str>,
        bases: Vec<Obj<Class>>,
        ns: &Dict,
        meta: Option<Obj<Class>>,
    ) -> PyResult<Obj<Class>> {
        let t = types();
        // A class that defines __eq__ but not __hash__ gets __hash__ = None
        // (its instances are unhashable), as CPython's type creation does.
        if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
            ns.set_native(Value::str("__hash__"), Value::None);
        }
        let bases = if bases.is_empty() {
            vec![t.object.clone()]
        } else {
            bases
        };
        let mro = c3_mro(&bases)?;
        let kind = mro
            .iter()
            .map(|c| c.kind)
            .find(|k| *k != ClassKind::Object)
            .unwrap_or(ClassKind::Object);
        let mut dict: hashbrown::HashMap<Arc<str>, Value, ahash::RandomState> = Default::default();
        let mut slots = None;
        for (k, v) in ns.inner.lock().items() {
            if let Value::Str(s) = &k {
                if s.as_str() == "__slots__" {
                    let names = match &v {
                        Value::Str(one) => vec![Arc::from(one.as_str())],
                        other => self
                            .collect(other)?
                            .iter()
                            .filter_map(|x| x.as_str().map(Arc::from))
                            .collect(),
                    };
                    slots = Some(names);
                }
                let v = match (s.as_str(), v) {
                    // __new__ and __init_subclass__ / __class_getitem__ are implicitly static/class methods.
                    ("__init_subclass__" | "__class_getitem__", f @ Value::Function(_)) => {
                        crate::builtins::wrapper(&t.classmethod, vec![f])
                    }
                    (_, v) => v,
                };
                dict.insert(crate::intern::intern(s.as_str()), v);
            }
        }
        if let Some(s) = &mut slots {
            for b in &mro {
                if let Some(bs) = &b.slots {
                    s.extend(bs.iter().cloned());
                }
            }
        }
        if slots.is_some() && mro.iter().any(|b| !b.builtin && b.slots.is_none()) {
            slots = None;
        }
        Ok(Obj::new(Class {
            name,
            qualname,
            module,
            bases,
            mro,
            dict: RwLock::new(dict),
            kind,
            builtin: false,
            slots,
            frozen: std::sync::OnceLock::new(),
            frozen_list: std::sync::OnceLock::new(),
            meta,
            cache: std::sync::atomic::AtomicU64::new(0),
            id: crate::object::Class::new_id(),
        }))
    }

    /// Calls a class: `__new__` then `__init__`. Returns None when the
    /// `__init__` frame was pushed (it returns the instance).
    pub(crate) fn instantiate(
        &mut self,
        cls: &Obj<Class>,
        args: Vec<Value>,
        kw: Vec<(Arc<str>, Value)>,
    ) -> PyResult<Option<Value>> {
        if cls.meta.is_some() && cls.flags() & crate::object::ClassFlags::META_CALL != 0 {
            let c = Value::Class(cls.clone());
            if let Some(f) = self.lookup_special(&c, "__call__") {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(c);
                a.extend(args);
                return self.call_kw(&f, a, kw).map(Some);
            }
        }
        self.instantiate_plain(cls, args, kw)
    }

    /// `type.__call__(cls, *args, **kw)`: `__new__` then `__init__`,
    /// ignoring a metaclass `__call__`. Returns None when the `__init__`
    /// frame was pushed (it returns the instance).
    pub(crate) fn instantiate_plain(
        &mut self,
        cls: &Obj<Class>,
        args: Vec<Value>,
        kw: Vec<(Arc<str>, Value)>,
    ) -> PyResult<Option<Value>> {
        if cls.builtin {
            return crate::builtins::construct(self, cls, args, kw).map(Some);
        }
        let user_new = if cls.flags() & crate::object::ClassFlags::NEW != 0 {
            cls.lookup("__new__")
        } else {
            None
        };
        let obj = match user_new {
            Some(new @ Value::Function(_)) => {
                let mut a = vec![Value::Class(cls.clone())];
                a.extend(args.iter().cloned());
                let obj = self.call_kw(&new, a, kw.clone())?;
                if !crate::types::is_instance(&obj, cls) {
                    return Ok(Some(obj));
                }
                obj
            }
            _ => self.new_instance(cls, &args, &kw)?,
        };
        // An `__init__` frame hands the caller its instance on return; an
        // object of another kind from `__new__` gets a nested call.
        let inst = match &obj {
            Value::Instance(i) => Some(i.clone()),
            _ => None,
        };
        match cls.lookup("__init__") {
            Some(Value::Function(init))
                if inst.is_some()
                    && init.simple
                    && kw.is_empty()
                    && args.len() + 1 == init.code.code.argcount as usize =>
            {
                // Plain positional __init__: lay the slots out directly.
                let base = self.stack.len();
                self.stack.push(obj.clone());
                self.stack.extend(args);
                self.stack
                    .resize(base + init.code.code.nslots(), Value::Undef);
                self.push_frame(init, base, base, false, inst)?;
                Ok(None)
            }
            Some(Value::Function(init)) if inst.is_some() => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend(args);
                let base = self.stack.len();
                self.bind_args(&init, a, &kw)?;
                self.push_frame(init, base, base, false, inst)?;
                Ok(None)
            }
            Some(other) if !matches!(other, Value::Builtin(_)) => {
                let mut a = vec![obj.clone()];
                a.extend(args);
                self.call_kw(&other, a, kw)?;
                Ok(Some(obj))
            }
            _ => {
                self.init_builtin_payload(cls, &obj, &args, &kw)?;
                Ok(Some(obj))
            }
        }
    }

    /// `object.__new__(cls)` with the payload of the class's built-in base.
    pub fn new_instance(
        &mut self,
        cls: &Obj<Class>,
        args: &[Value],
        kw: &[(Arc<str>, Value)],
    ) -> PyResult {
        if cls.flags() & crate::object::ClassFlags::ABSTRACT != 0 {
            return Err(self.abstract_error(cls));
        }
        let payload = match cls.kind {
            // A metaclass without its own __new__: type.__new__(cls, ...).
            ClassKind::Type => return self.type_new_args(cls.clone(), args, kw),
            ClassKind::List => Payload::List(Obj::new(List::new(Vec::new()))),
            ClassKind::Dict => Payload::Dict(Obj::new(Dict::new())),
            ClassKind::Exception => {
                if cls.is_subclass(&types().os_error) && (2..=5).contains(&args.len()) {
                    return Ok(crate::builtins::exceptions::new_os_error(
                        cls,
                        args.to_vec(),
                    ));
                }
                Payload::Exc(Box::new(Mutex::new(ExcData::new(Value::tuple(
                    args.to_vec(),
                )))))
            }
            ClassKind::Int
            | ClassKind::Float
            | ClassKind::Str
            | ClassKind::Tuple
            | ClassKind::Bytes
            | ClassKind::FrozenSet => {
                let base = cls
                    .mro
                    .iter()
                    .find(|c| c.builtin && c.kind == cls.kind)
                    .cloned()
                    .unwrap_or_else(|| types().object.clone());
                let v = crate::builtins::construct(self, &base, args.to_vec(), kw.to_vec())?;
                Payload::Value(RwLock::new(v))
            }
            ClassKind::Set => Payload::Value(RwLock::new(self.new_set(Vec::new())?)),
            _ => Payload::None,
        };
        Ok(Value::Instance(Obj::new(Instance::new(
            cls.clone(),
            payload,
        ))))
    }

    fn init_builtin_payload(
        &mut self,
        cls: &Obj<Class>,
        obj: &Value,
        args: &[Value],
        kw: &[(Arc<str>, Value)],
    ) -> PyResult<()> {
        let inst = match obj {
            Value::Instance(i) => i.clone(),
            _ => return Ok(()),
        };
        match &inst.payload {
            Payload::List(l) => {
                if let Some(a) = args.first() {
                    let items = self.collect(a)?;
                    l.items.lock().extend(items);
                }
            }
            Payload::Dict(d) => {
                if let Some(a) = args.first() {
                    let pairs = self.pairs_of(a)?;
                    for (k, v) in pairs {
                        self.dict_set(d, k, v)?;
                    }
                }
                for (k, v) in kw {
                    self.dict_set(d, Value::str(k), v.clone())?;
                }
            }
            Payload::Value(cell) if cls.kind == ClassKind::Set => {
                if let Some(a) = args.first() {
                    let items = self.collect(a)?;
                    let s = cell.read().clone();
                    for v in items {
                        self.set_add(&s, v)?;
                    }
                }
            }
            Payload::None
                if (!args.is_empty() || !kw.is_empty())
                    && cls.kind == ClassKind::Object
                    && cls.flags() & crate::object::ClassFlags::NEW == 0 =>
            {
                return Err(exc::type_error(format!(
                    "{}() takes no arguments",
                    cls.name
                )));
            }
            _ => {}
        }
        Ok(())
    }

    /// Key/value pairs from a mapping or an iterable of pairs (dict()).
    pub fn pairs_of(&mut self, a: &Value) -> PyResult<Vec<(Value, Value)>> {
        match a {
            Value::Dict(_) => self.mapping_items(a),
            Value::Instance(i)
                if matches!(i.payload, Payload::Dict(_))
                    || self.lookup_special(a, "keys").is_some() =>
            {
                self.mapping_items(a)
            }
            _ => {
                let items = self.collect(a)?;
                let mut out = Vec::with_capacity(items.len());
                for (n, it) in items.iter().enumerate() {
                    let kv = self.collect(it).map_err(|_| {
                        exc::type_error(format!(
                            "cannot convert dictionary update sequence element #{} to a sequence",
                            n
                        ))
                    })?;
                    if kv.len() != 2 {
                        return Err(exc::value_error(format!(
                            "dictionary update sequence element #{} has length {}; 2 is required",
                            n,
                            kv.len()
                        )));
                    }
                    let mut kv = kv.into_iter();
                    let k = kv.next().expect("len 2");
                    let v = kv.next().expect("len 2");
                    out.push((k, v));
                }
                Ok(out)
            }
        }
    }

    /// Calls a native callable (built-in, callable instance, native object).
    pub(crate) fn call_native(
        &mut self,
        f: &Value,
        args: &[Value],
        kw: &[(Arc<str>, Value)],
    ) -> PyResult {
        match f {
            Value::Builtin(b) => {
                if crate::gc::weak::pending() {
                    crate::gc::weak::run_pending(self);
                }
                let func = b.func.clone();
                let run = |vm: &mut Vm, a: &[Value]| match &func {
                    crate::object::func::BuiltinImpl::Plain(p) => p(vm, a, kw),
                    crate::object::func::BuiltinImpl::Dyn(d) => d(vm, a, kw),
                };
                match &b.bound {
                    Some(recv) => {
                        let mut a = Vec::with_capacity(args.len() + 1);
                        a.push(recv.clone());
                        a.extend_from_slice(args);
                        run(self, &a)
                    }
                    None => run(self, args),
                }
            }
            Value::Instance(_) => match self.lookup_special(f, "__call__") {
                Some(c) => {
                    let mut a = vec![f.clone()];
                    a.extend_from_slice(args);
                    self.call_kw(&c, a, kw.to_vec())
                }
                None => Err(not_callable(f)),
            },
            Value::Native(_) => match class_of(f).lookup("__call__") {
                Some(c) => {
                    let mut a = vec![f.clone()];
                    a.extend_from_slice(args);
                    self.call_kw(&c, a, kw.to_vec())
                }
                None => Err(not_callable(f)),
            },
            Value::Function(_) | Value::Method(_) | Value::Class(_) => {
                self.call_kw(f, args.to_vec(), kw.to_vec())
            }
            _ => Err(not_callable(f)),
        }
    }

    /// Creates a generator object for a call of a generator function.
    pub(crate) fn make_generator(
        &mut self,
        func: &Obj<Function>,
        args: Vec<Value>,
        kw: &[(Arc<str>, Value)],
    ) -> PyResult {
        let base = self.stack.len();
        self.bind_args(func, args, kw)?;
        // Cells must exist before the body runs; create them now.
        let code = &func.code.code;
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            self.init_cells_at(func, base);
        }
        let slots = self.stack.split_off(base);
        let frame = Frame {
            code: crate::frame::FrameCode::Func(func.clone()),
            ip: 0,
            base: 0,
            ret_to: 0,
            ns: None,
            entry: true,
            init_self: None,
        };
        Ok(Value::Generator(Obj::new(Generator {
            state: Mutex::new(GeneratorState::Created(SavedFrame {
                frame,
                stack: slots,
            })),
            name: func.name(),
            qualname: func.qualname(),
        })))
    }

    fn init_cells_at(&mut self, func: &Obj<Function>, base: usize) {
        let code = &func.code.code;
        let nlocals = code.varnames.len();
        for i in 0..code.cellvars.len() {
            self.stack[base + nlocals + i] =
                Value::Cell(Obj::new(crate::object::CellObj::new(Value::Undef)));
        }
        for &(ci, pi) in &code.cell_params {
            let v = std::mem::replace(&mut self.stack[base + pi as usize], Value::Undef);
            if let Value::Cell(c) = &self.stack[base + nlocals + ci as usize] {
                *c.value.lock() = v;
            }
        }
        let ncells = code.cellvars.len();
        for (i, c) in func.closure.iter().enumerate() {
            self.stack[base + nlocals + ncells + i] = c.clone();
        }
    }

    /// Resumes a generator with a sent value or a thrown exception.
    pub fn gen_resume(
        &mut self,
        g: &Obj<Generator>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<SendResult> {
        let saved = {
            let mut st = g.state.lock();
            match std::mem::replace(&mut *st, GeneratorState::Running) {
                GeneratorState::Created(s) => {
                    if !sent.is_none() && throw.is_none() {
                        *st = GeneratorState::Created(s);
                        return Err(exc::type_error(
                            "can't send non-None value to a just-started generator",
                        ));
                    }
                    (s, true)
                }
                GeneratorState::Suspended(s) => (s, false),
                GeneratorState::Running => {
                    return Err(exc::value_error("generator already executing"));
                }
                GeneratorState::Finished => {
                    *st = GeneratorState::Finished;
                    if let Some(e) = throw {
                        return Err(e);
                    }
                    return Ok(SendResult::Returned(Value::None));
                }
            }
        };
        let (
            SavedFrame {
                mut frame,
                mut stack,
            },
            fresh,
        ) = saved;
        let mut throw = throw;
        if fresh {
            if let Some(e) = throw {
                *g.state.lock() = GeneratorState::Finished;
                return Err(e);
            }
        }
        let mut push_sent = !fresh && throw.is_none();
        // Suspended in `yield from`: a thrown exception (or `close`) goes to
        // the sub-iterator first, as in CPython.
        if let Some(e) = throw.take() {
            let at_yield_from = matches!(
                frame.code.get().code.ops.get(frame.ip),
                Some(spindle_compiler::op::Op::YieldFrom)
            );
            match stack.last().cloned().filter(|_| at_yield_from) {
                None => throw = Some(e),
                Some(sub) => match self.throw_into_sub(&sub, e) {
                    Delegated::Yielded(v) => {
                        *g.state.lock() = GeneratorState::Suspended(SavedFrame { frame, stack });
                        return Ok(SendResult::Yielded(v));
                    }
                    Delegated::Finished(v) => {
                        // The `yield from` is over with value `v`.
                        if let Some(top) = stack.last_mut() {
                            *top = v;
                        }
                        frame.ip += 1;
                        push_sent = false;
                    }
                    Delegated::Raise(e) => throw = Some(e),
                },
            }
        }
        let base = self.stack.len();
        frame.base = base;
        frame.ret_to = base;
        frame.entry = true;
        self.stack.extend(stack);
        if push_sent {
            self.stack.push(sent);
        }
        if self.frames.len() >= self.recursion_limit
            || self.native_depth >= crate::interp::MAX_NATIVE_DEPTH
            || self.stack_remaining() < crate::interp::STACK_MARGIN
        {
            self.stack.truncate(base);
            *g.state.lock() = GeneratorState::Finished;
            return Err(exc::recursion_error());
        }
        self.frames.push(frame);
        let depth = self.frames.len();
        self.native_depth += 1;
        let r = match throw {
            Some(e) => {
                // Deliver the exception at the suspended yield.
                match self.unwind(e) {
                    Ok(()) => self.run(),
                    Err(e) => Err(e),
                }
            }
            None => self.run(),
        };
        self.native_depth -= 1;
        match r {
            Ok(Exit::Yield(v)) => {
                let frame = self.frames.pop().expect("generator frame");
                debug_assert_eq!(self.frames.len(), depth - 1);
                let stack = self.stack.split_off(frame.base);
                *g.state.lock() = GeneratorState::Suspended(SavedFrame { frame, stack });
                Ok(SendResult::Yielded(v))
            }
            Ok(Exit::Return(v)) => {
                *g.state.lock() = GeneratorState::Finished;
                Ok(SendResult::Returned(v))
            }
            Ok(Exit::Parked | Exit::Preempt) => {
                *g.state.lock() = GeneratorState::Finished;
                Err(exc::internal("stackless park inside a generator"))
            }
            Err(e) => {
                *g.state.lock() = GeneratorState::Finished;
                if e.is(&types().stop_iteration) {
                    let r = exc::runtime_error("generator raised StopIteration");
                    r.set_cause(e.value());
                    return Err(r);
                }
                Err(e)
            }
        }
    }

    /// `throw(e)` (or `close()`, for `GeneratorExit`) delivered to the
    /// sub-iterator of a suspended `yield from`.
    fn throw_into_sub(&mut self, sub: &Value, e: PyErr) -> Delegated {
        let t = types();
        if e.is(&t.generator_exit) {
            // Close the sub-iterator, then raise GeneratorExit in the
            // delegating generator (or what closing raised).
            let closed = match sub {
                Value::Generator(_) => crate::builtins::methods_misc::close_generator(self, sub),
                _ => match self.getattr(sub, "close") {
                    Ok(f) => self.call(&f, &[]).map(|_| ()),
                    Err(_) => Ok(()),
                },
            };
            return Delegated::Raise(closed.err().unwrap_or(e));
        }
        let r = match sub {
            Value::Generator(g) => {
                let g = g.clone();
                match self.gen_resume(&g, Value::None, Some(e)) {
                    Ok(SendResult::Yielded(v)) => return Delegated::Yielded(v),
                    Ok(SendResult::Returned(v)) => return Delegated::Finished(v),
                    Err(err) => Err(err),
                }
            }
            _ => match self.getattr(sub, "throw") {
                Err(_) => return Delegated::Raise(e),
                Ok(f) => self.call(&f, &[e.value()]),
            },
        };
        match r {
            Ok(v) => Delegated::Yielded(v),
            Err(err) if err.is(&t.stop_iteration) => Delegated::Finished(stop_value(&err)),
            Err(err) => Delegated::Raise(err),
        }
    }

    /// Sends into a sub-iterator for `yield from`.
    pub fn send(&mut self, sub: &Value, v: Value) -> PyResult<SendResult> {
        match sub {
            Value::Generator(g) => {
                let g = g.clone();
                self.gen_resume(&g, v, None)
            }
            _ => {
                if v.is_none() {
                    match self.next(sub)? {
                        Some(x) => Ok(SendResult::Yielded(x)),
                        None => Ok(SendResult::Returned(Value::None)),
                    }
                } else {
                    let f = self.getattr(sub, "send")?;
                    match self.call(&f, &[v]) {
                        Ok(x) => Ok(SendResult::Yielded(x)),
                        Err(e) if e.is(&types().stop_iteration) => {
                            Ok(SendResult::Returned(stop_value(&e)))
                        }
                        Err(e) => Err(e),
                    }
                }
            }
        }
    }

    /// `LoadSuper`: `super(__class__, first_arg)`.
    pub(crate) fn load_super(&mut self, fi: usize) -> PyResult {
        let f = &self.frames[fi];
        let code = &f.code.get().code;
        let nlocals = code.varnames.len();
        let ncells = code.cellvars.len();
        let cls = code
            .freevars
            .iter()
            .position(|n| &**n == "__class__")
            .map(|i| f.base + nlocals + ncells + i)
            .and_then(|slot| match &self.stack[slot] {
                Value::Cell(c) => Some(c.value.lock().clone()),
                _ => None,
            });
        let cls = match cls {
            Some(Value::Class(c)) => c,
            _ => return Err(exc::runtime_error("super(): __class__ cell not found")),
        };
        if code.argcount == 0 && !code.flags.varargs {
            return Err(exc::runtime_error("super(): no arguments"));
        }
        let mut first = self.stack[f.base].clone();
        if let Some(&(ci, _)) = code.cell_params.iter().find(|(_, p)| *p == 0) {
            if let Value::Cell(c) = &self.stack[f.base + nlocals + ci as usize] {
                first = c.value.lock().clone();
            }
        }
        if first.is_undef() {
            return Err(exc::runtime_error("super(): arg[0] deleted"));
        }
        Ok(make_super(cls, first))
    }

    /// `BeforeWith`: (bound `__exit__`, result of `__enter__()`).
    pub(crate) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = class_of(mgr);
        let (enter, exit) = (cls.lookup("__enter__"), cls.lookup("__exit__"));
        let (enter, exit) = match (enter, exit) {
            (Some(e), Some(x)) => (e, x),
            (None, _) => {
                return Err(exc::type_error(format!(
                    "'{}' object does not support the context manager protocol",
                    type_name(mgr)
                )))
            }
            (_, None) => {
                return Err(exc::type_error(format!(
                    "'{}' object does not support the context manager protocol (missed __exit__ method)",
                    type_name(mgr)
                )))
            }
        };
        let exit = Value::Method(Obj::new(crate::object::BoundMethod {
            receiver: mgr.clone(),
            func: exit,
        }));
        let entered = self.call(&enter, std::slice::from_ref(mgr))?;
        Ok((exit, entered))
    }

    /// `except T` matching.
    pub(crate) fn exc_matches(&mut self, e: &Value, t: &Value) -> PyResult<bool> {
        match t {
            Value::Class(c) => {
                if !c.is_subclass(&types().base_exception) {
                    return Err(exc::type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(crate::types::is_instance(e, c))
            }
            Value::Tuple(ts) => {
                for t in ts.items.iter() {
                    if self.exc_matches(e, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(exc::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// Whether `make_exception` accepts `v` (an exception class or instance).
    pub(crate) fn make_exception_ok(&self, v: &Value) -> bool {
        match v {
            Value::Class(c) => c.is_subclass(&types().base_exception),
            Value::Instance(i) => i.exc().is_some(),
            _ => false,
        }
    }

    /// The exception `raise v` raises.
    pub(crate) fn make_exception(&mut self, v: Value) -> Result<PyErr, PyErr> {
        match &v {
            Value::Class(c) if c.is_subclass(&types().base_exception) => {
                let inst = self.call(&v, &[])?;
                Ok(PyErr::from_value(inst))
            }
            Value::Instance(i) if i.exc().is_some() => Ok(PyErr::from_value(v)),
            _ => Err(exc::type_error("exceptions must derive from BaseException")),
        }
    }

    /// `MatchClass`: attribute tuple when `subject` matches `cls(...)`.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        kw: &Value,
    ) -> PyResult {
        let c = match cls {
            Value::Class(c) => c.clone(),
            other => {
                return Err(exc::type_error(format!(
                    "called match pattern must be a class (got {})",
                    type_name(other)
                )))
            }
        };
        if !crate::types::is_instance(subject, &c) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if npos > 0 {
            let self_match = c.builtin
                && matches!(
                    c.kind,
                    ClassKind::Bool
                        | ClassKind::Bytes
                        | ClassKind::Dict
                        | ClassKind::Float
                        | ClassKind::FrozenSet
                        | ClassKind::Int
                        | ClassKind::List
                        | ClassKind::Set
                        | ClassKind::Str
                        | ClassKind::Tuple
                );
            if self_match {
                if npos > 1 {
                    return Err(exc::type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({} given)",
                        c.name, npos
                    )));
                }
                out.push(subject.clone());
            } else {
                let names = match c.lookup("__match_args__") {
                    Some(m) => self.collect(&m)?,
                    None => Vec::new(),
                };
                if npos > names.len() {
                    return Err(exc::type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        c.name,
                        names.len(),
                        if names.len() == 1 { "" } else { "s" },
                        npos
                    )));
                }
                for n in names.iter().take(npos) {
                    let name = n.as_str().unwrap_or("");
                    match self.getattr_opt(subject, name)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        for n in self.collect(kw)? {
            let name = n.as_str().unwrap_or("");
            match self.getattr_opt(subject, name)? {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(out))
    }
}

/// What a sub-iterator did with an exception thrown through `yield from`.
enum Delegated {
    /// It yielded: the delegating generator stays suspended.
    Yielded(Value),
    /// It finished with this value: the `yield from` evaluates to it.
    Finished(Value),
    /// Raise this in the delegating generator at the `yield from`.
    Raise(PyErr),
}

/// Builds a function object.
pub fn new_function(
    code: Obj<CodeObj>,
    globals: Arc<Globals>,
    defaults: Vec<Value>,
    kwdefaults: Vec<(Arc<str>, Value)>,
    closure: Vec<Value>,
) -> Function {
    let c = &code.code;
    let simple =
        !c.flags.varargs && !c.flags.varkeywords && c.kwonlyargcount == 0 && !c.flags.generator;
    Function {
        code,
        globals,
        defaults,
        kwdefaults,
        closure,
        attrs: Mutex::new(Vec::new()),
        simple,
    }
}

/// A `super` object bound to `obj`, starting the lookup after `cls`.
pub fn make_super(cls: Obj<Class>, obj: Value) -> Value {
    crate::builtins::wrapper(&types().super_, vec![Value::Class(cls), obj])
}

/// The value carried by a StopIteration.
pub fn stop_value(e: &PyErr) -> Value {
    match e.args() {
        Value::Tuple(t) if !t.items.is_empty() => t.items[0].clone(),
        _ => Value::None,
    }
}

#[cold]
fn not_callable(v: &Value) -> PyErr {
    exc::type_error(format!("'{}' object is not callable", type_name(v)))
}

/// C3 linearization of a new class's bases (without the class itself).
fn c3_mro(bases: &[Obj<Class>]) -> PyResult<Vec<Obj<Class>>> {
    let mut seqs: Vec<Vec<Obj<Class>>> = bases.iter().map(crate::object::Class::full_mro).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Obj<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut picked = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Obj::ptr_eq(c, cand)))
            {
                picked = Some(cand.clone());
                break;
            }
        }
        let c = match picked {
            Some(c) => c,
            None => {
                let names: Vec<&str> = bases.iter().map(|b| &*b.name).collect();
                return Err(exc::type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        for s in &mut seqs {
            if Obj::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}
