//! The object protocols: attribute access, truth, length, items,
//! iteration, hashing, `repr`/`str` and membership, for built-in values and
//! for instances with dunder methods.

use crate::object::Obj;
use std::sync::Arc;

use crate::exc::{self, PyErr};
use crate::interp::Vm;
use crate::object::{BoundMethod, Class, ClassFlags, ClassKind, IterObj, IterState, Payload};
use crate::types::{class_of, type_name, types};
use crate::value::Value;
use crate::PyResult;

/// `repr` of values that need no interpreter (used in error messages).
pub fn repr_plain(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => crate::format::float_repr(f.get()),
        Value::Str(s) => crate::format::str_repr(s.as_str()),
        Value::Tuple(t) => {
            let parts: Vec<String> = t.items.iter().map(repr_plain).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Value::List(l) => {
            let parts: Vec<String> = l.snapshot().iter().map(repr_plain).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Class(c) => {
            if c.builtin || &*c.module == "builtins" {
                format!("<class '{}'>", c.name)
            } else {
                format!("<class '{}.{}'>", c.module, c.qualname)
            }
        }
        other => format!("<{} object>", type_name(other)),
    }
}

/// Wraps a class attribute for access through an instance or class.
enum Bind {
    Instance(Value),
    Class(Obj<Class>),
}

impl Vm {
    /// The user-defined dunder `name` of `v`'s class, if any (instances of
    /// script classes only; built-in types are handled natively).
    pub fn lookup_special(&self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Instance(i) if !i.class.builtin => {
                let f = i.class.lookup(name)?;
                match f {
                    Value::Builtin(_) => None,
                    f => Some(f),
                }
            }
            Value::Class(c) => match &c.meta {
                Some(m) => match m.lookup(name)? {
                    Value::Builtin(_) => None,
                    f => Some(f),
                },
                None => None,
            },
            // A native class's own methods (not those it inherits from object).
            Value::Native(n) => match n.class.lookup(name)? {
                Value::Builtin(b) if b.owner == Some("object") => None,
                f => Some(f),
            },
            _ => None,
        }
    }

    /// Calls the metaclass dunder `name` when `v` is a class whose
    /// metaclass (a script subclass of `type`) defines it.
    #[inline]
    pub fn meta_dunder(
        &mut self,
        v: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        match v {
            Value::Class(c) if c.meta.is_some() => match self.lookup_special(v, name) {
                Some(f) => {
                    let mut a = Vec::with_capacity(args.len() + 1);
                    a.push(v.clone());
                    a.extend_from_slice(args);
                    self.call(&f, &a).map(Some)
                }
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// The built-in value inside an instance of a subclass of a built-in.
    pub fn builtin_payload(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Instance(i) => match &i.payload {
                Payload::List(l) => Some(Value::List(l.clone())),
                Payload::Dict(d) => Some(Value::Dict(d.clone())),
                Payload::Value(v) => Some(v.read().clone()),
                _ => None,
            },
            _ => None,
        }
    }

    fn bind(&mut self, attr: Value, how: Bind) -> PyResult {
        // A user descriptor: `attr.__get__(obj or None, owner)`.
        if let Some(get) = user_dunder(&attr, "__get__") {
            let (obj, owner) = match how {
                Bind::Instance(obj) => {
                    let owner = class_of(&obj);
                    (obj, owner)
                }
                Bind::Class(c) => (Value::None, c),
            };
            return self.call(&get, &[attr, obj, Value::Class(owner)]);
        }
        match (&attr, how) {
            (Value::Function(_), Bind::Instance(obj)) => Ok(Value::Method(Obj::new(BoundMethod {
                receiver: obj,
                func: attr,
            }))),
            (Value::Builtin(b), Bind::Instance(obj)) if b.owner.is_some() && b.bound.is_none() => {
                Ok(Value::Method(Obj::new(BoundMethod {
                    receiver: obj,
                    func: attr,
                })))
            }
            (Value::Instance(w), how) => match (w.class.kind, &w.payload) {
                (ClassKind::Property, Payload::Wrapper(parts)) => match how {
                    Bind::Instance(obj) => {
                        if parts[0].is_none() {
                            return Err(exc::attribute_error("property has no getter"));
                        }
                        let getter = parts[0].clone();
                        self.call(&getter, &[obj])
                    }
                    Bind::Class(_) => Ok(attr.clone()),
                },
                (ClassKind::StaticMethod, Payload::Wrapper(parts)) => Ok(parts[0].clone()),
                (ClassKind::ClassMethod, Payload::Wrapper(parts)) => {
                    let cls = match how {
                        Bind::Instance(obj) => class_of(&obj),
                        Bind::Class(c) => c,
                    };
                    Ok(Value::Method(Obj::new(BoundMethod {
                        receiver: Value::Class(cls),
                        func: parts[0].clone(),
                    })))
                }
                _ => Ok(attr.clone()),
            },
            _ => Ok(attr),
        }
    }

    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult {
        if let Value::Instance(inst) = obj {
            if inst.class.flags() & ClassFlags::GETATTRIBUTE != 0 {
                if let Some(f) = self.lookup_special(obj, "__getattribute__") {
                    return match self.call(&f, &[obj.clone(), Value::str(name)]) {
                        Err(e) if e.is(&types().attribute_error) => {
                            match self.lookup_special(obj, "__getattr__") {
                                Some(ga) => self.call(&ga, &[obj.clone(), Value::str(name)]),
                                None => Err(e),
                            }
                        }
                        r => r,
                    };
                }
            }
        }
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                if let Value::Instance(i) = obj {
                    if i.class.flags() & ClassFlags::GETATTR != 0 {
                        if let Some(ga) = self.lookup_special(obj, "__getattr__") {
                            return self.call(&ga, &[obj.clone(), Value::str(name)]);
                        }
                    }
                }
                Err(exc::no_attribute(obj, name))
            }
        }
    }

    /// `obj.name`, or None when missing (no `__getattr__` fallback).
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Value::Instance(inst) = obj {
            if inst.class.flags() & ClassFlags::GETATTRIBUTE != 0 {
                // A script `__getattribute__` decides; its AttributeError
                // means "missing" (and lets `__getattr__` run).
                if let Some(f) = self.lookup_special(obj, "__getattribute__") {
                    return match self.call(&f, &[obj.clone(), Value::str(name)]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if e.is(&types().attribute_error) => Ok(None),
                        Err(e) => Err(e),
                    };
                }
            }
        }
        self.getattr_generic(obj, name)
    }

    /// `object.__getattribute__`: the standard lookup, never a script's
    /// `__getattribute__`.
    pub fn getattr_generic(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) if inst.class.kind == ClassKind::Super => {
                if let Payload::Wrapper(parts) = &inst.payload {
                    return self.super_getattr(&parts[0], &parts[1], name);
                }
                Ok(None)
            }
            Value::Instance(inst) => {
                if inst.class.flags() & ClassFlags::DESCRIPTORS == 0 {
                    if let Some(v) = inst.get_attr(name) {
                        return Ok(Some(v));
                    }
                }
                let cls_attr = inst.class.lookup(name);
                if let Some(Value::Instance(w)) = &cls_attr {
                    // Properties and other data descriptors take precedence
                    // over the instance's own attributes.
                    if w.class.kind == ClassKind::Property
                        || user_dunder_of(w, "__set__").is_some()
                        || user_dunder_of(w, "__delete__").is_some()
                    {
                        return self
                            .bind(
                                cls_attr.clone().expect("checked"),
                                Bind::Instance(obj.clone()),
                            )
                            .map(Some);
                    }
                }
                if let Some(v) = inst.get_attr(name) {
                    return Ok(Some(v));
                }
                if let Some(a) = cls_attr {
                    return self.bind(a, Bind::Instance(obj.clone())).map(Some);
                }
                if let Some(v) = self.special_attr(obj, name)? {
                    return Ok(Some(v));
                }
                // `.real`, `.imag`, `.numerator` ... of an int/float/str
                // subclass come from the built-in value.
                if inst.class.kind != ClassKind::Object && inst.exc().is_none() {
                    if let Some(p) = self.builtin_payload(obj) {
                        if !matches!(p, Value::List(_) | Value::Dict(_)) {
                            return self.special_attr(&p, name);
                        }
                    }
                }
                Ok(None)
            }
            Value::Class(cls) => {
                if name == "__annotations__" && !cls.builtin {
                    // Since 3.10 a class's own annotations, never a base's.
                    if let Some(a) = cls.get_own(name) {
                        return Ok(Some(a));
                    }
                    let d = Value::Dict(Obj::new(crate::object::Dict::new()));
                    cls.dict
                        .write()
                        .insert(crate::intern::intern(name), d.clone());
                    crate::object::Class::bump_epoch();
                    return Ok(Some(d));
                }
                let Some(meta) = &cls.meta else {
                    if let Some(a) = cls.lookup(name) {
                        return self.bind(a, Bind::Class(cls.clone())).map(Some);
                    }
                    return self.special_attr(obj, name);
                };
                // A metaclass's data descriptors first, then the class's
                // MRO, then the rest of the metaclass (type_getattro).
                let meta_attr = meta.lookup(name);
                if let Some(Value::Instance(w)) = &meta_attr {
                    if w.class.kind == ClassKind::Property
                        || user_dunder_of(w, "__set__").is_some()
                        || user_dunder_of(w, "__delete__").is_some()
                    {
                        let a = meta_attr.clone().expect("checked");
                        return self.bind(a, Bind::Instance(obj.clone())).map(Some);
                    }
                }
                if let Some(a) = cls.lookup(name) {
                    return self.bind(a, Bind::Class(cls.clone())).map(Some);
                }
                if let Some(v) = self.special_attr(obj, name)? {
                    return Ok(Some(v));
                }
                if let Some(a) = meta_attr {
                    return self.bind(a, Bind::Instance(obj.clone())).map(Some);
                }
                Ok(None)
            }
            Value::Module(m) => match m.globals.get_by_name(name) {
                Some(v) => Ok(Some(v)),
                None if name == "__name__" => Ok(Some(Value::str(&m.name))),
                None => match self.special_attr(obj, name)? {
                    Some(v) => Ok(Some(v)),
                    // PEP 562: a module-level __getattr__ supplies the rest.
                    None => match m.globals.get_by_name("__getattr__") {
                        Some(ga) if name != "__getattr__" => {
                            self.call(&ga, &[Value::str(name)]).map(Some)
                        }
                        _ => Ok(None),
                    },
                },
            },
            _ => {
                if let Some(a) = crate::types::class_ref(obj).lookup(name) {
                    return self.bind(a, Bind::Instance(obj.clone())).map(Some);
                }
                self.special_attr(obj, name)
            }
        }
    }

    /// `super(cls, obj).name`: the MRO of obj's class after `cls`.
    pub fn super_getattr(
        &mut self,
        cls: &Value,
        obj: &Value,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let start = match cls {
            Value::Class(c) => c.clone(),
            _ => return Ok(None),
        };
        // A class that derives from `cls` binds as a class; anything else
        // (an instance, or a class whose metaclass derives from `cls`)
        // binds as an instance of its type.
        let (mro, bind_class) = match obj {
            Value::Class(c) if c.is_subclass(&start) => (crate::object::Class::full_mro(c), true),
            other => (crate::object::Class::full_mro(&class_of(other)), false),
        };
        let pos = mro
            .iter()
            .position(|c| Obj::ptr_eq(c, &start))
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for c in &mro[pos..] {
            let found = c.get_own(name);
            if let Some(a) = found {
                let how = if bind_class {
                    match obj {
                        Value::Class(c) => Bind::Class(c.clone()),
                        _ => unreachable!("checked"),
                    }
                } else {
                    Bind::Instance(obj.clone())
                };
                // Functions accessed through super() on a class stay unbound.
                if bind_class && matches!(a, Value::Function(_)) {
                    return Ok(Some(a));
                }
                return self.bind(a, how).map(Some);
            }
        }
        Ok(None)
    }

    /// Attributes every object of a kind has (`__class__`, `__name__`,
    /// `args`, `real` ...).
    fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Class(class_of(obj))));
        }
        Ok(match (obj, name) {
            (Value::Instance(i), "__traceback__") if i.exc().is_some() => {
                let entries: Vec<Value> = match i.exc() {
                    Some(e) => e
                        .lock()
                        .traceback
                        .iter()
                        .map(|tb| {
                            Value::tuple(vec![
                                Value::str(&tb.filename),
                                Value::str(&tb.name),
                                Value::Int(tb.line as i64),
                            ])
                        })
                        .collect(),
                    None => Vec::new(),
                };
                if entries.is_empty() {
                    return Ok(Some(Value::None));
                }
                let sys = self.import_module("sys")?;
                let make = self.getattr(&sys, "_make_traceback")?;
                Some(self.call(&make, &[Value::list(entries)])?)
            }
            (Value::Instance(i), _) if i.exc().is_some() => {
                crate::builtins::exceptions::exc_attr(i, name)
            }
            (Value::Instance(i), _)
                if matches!(
                    i.class.kind,
                    ClassKind::Property | ClassKind::StaticMethod | ClassKind::ClassMethod
                ) && matches!(i.payload, Payload::Wrapper(_)) =>
            {
                let Payload::Wrapper(parts) = &i.payload else {
                    unreachable!("checked")
                };
                let parts = parts.clone();
                let prop = i.class.kind == ClassKind::Property;
                match name {
                    "fget" if prop => parts.first().cloned(),
                    "fset" if prop => parts.get(1).cloned(),
                    "fdel" if prop => parts.get(2).cloned(),
                    "__doc__" if prop => match parts.get(3) {
                        Some(d) if !d.is_none() => Some(d.clone()),
                        _ => match parts.first() {
                            Some(g) if !g.is_none() => self.getattr_opt(g, "__doc__")?,
                            _ => Some(Value::None),
                        },
                    },
                    "__func__" | "__wrapped__" if !prop => parts.first().cloned(),
                    "__isabstractmethod__" => {
                        let mut any = false;
                        for p in parts.iter().take(if prop { 3 } else { 1 }) {
                            if p.is_none() {
                                continue;
                            }
                            if let Some(v) = self.getattr_opt(p, "__isabstractmethod__")? {
                                if self.truthy(&v)? {
                                    any = true;
                                }
                            }
                        }
                        Some(Value::bool(any))
                    }
                    _ => None,
                }
            }
            (Value::Instance(i), "__dict__") if i.class.slots.is_none() => {
                Some(Value::Dict(i.live_dict()))
            }
            (Value::Class(c), "__name__") => Some(Value::str(&c.name)),
            (Value::Class(c), "__qualname__") => Some(Value::str(&c.qualname)),
            (Value::Class(c), "__module__") => Some(Value::str(&c.module)),
            (Value::Class(c), "__bases__") => Some(Value::tuple(
                c.bases.iter().map(|b| Value::Class(b.clone())).collect(),
            )),
            (Value::Class(c), "__mro__") => Some(Value::tuple(
                crate::object::Class::full_mro(c)
                    .into_iter()
                    .map(Value::Class)
                    .collect(),
            )),
            // `cls.mro()`: the MRO as a list, from a method bound to the class.
            (Value::Class(c), "mro") => {
                fn mro(_vm: &mut Vm, args: &[Value], _kw: crate::object::func::Kwargs) -> PyResult {
                    match args.first() {
                        Some(Value::Class(c)) => Ok(Value::list(
                            crate::object::Class::full_mro(c)
                                .into_iter()
                                .map(Value::Class)
                                .collect(),
                        )),
                        _ => Err(exc::type_error("mro() needs a class")),
                    }
                }
                Some(Value::Builtin(Obj::new(crate::object::func::Builtin {
                    name: Arc::from("mro"),
                    func: crate::object::func::BuiltinImpl::Plain(mro),
                    owner: None,
                    bound: Some(Value::Class(c.clone())),
                })))
            }
            (Value::Class(c), "__dict__") => {
                let d = crate::object::Dict::new();
                for (k, v) in c.own_items().iter() {
                    d.set_native(Value::str(k), v.clone());
                }
                Some(Value::Dict(Obj::new(d)))
            }
            (Value::Class(_), "__doc__") => Some(Value::None),
            (Value::Code(c), _) => code_attr(c, name),
            (Value::Function(f), _) => match name {
                "__name__" => Some(Value::str(&f.name())),
                "__code__" => Some(Value::Code(f.code.clone())),
                "__annotations__" => {
                    let mut attrs = f.attrs.lock();
                    match attrs.iter().find(|(k, _)| &**k == "__annotations__") {
                        Some((_, v)) => Some(v.clone()),
                        None => {
                            let d = Value::Dict(Obj::new(crate::object::Dict::new()));
                            attrs.push((crate::intern::intern("__annotations__"), d.clone()));
                            Some(d)
                        }
                    }
                }
                "__globals__" => Some(Value::Module(Obj::new(crate::object::Module {
                    name: f.globals.module_name.clone(),
                    globals: f.globals.clone(),
                })))
                .map(|m| crate::builtins::module_dict(&m)),
                "__builtins__" => crate::builtins::builtins_module_dict(),
                "__qualname__" => Some(Value::str(&f.qualname())),
                "__module__" => Some(
                    f.attrs
                        .lock()
                        .iter()
                        .find(|(k, _)| &**k == "__module__")
                        .map(|(_, v)| v.clone())
                        .unwrap_or_else(|| Value::str(&f.globals.module_name)),
                ),
                "__defaults__" => Some(if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                }),
                "__kwdefaults__" => Some(if f.kwdefaults.is_empty() {
                    Value::None
                } else {
                    let d = crate::object::Dict::new();
                    for (k, v) in &f.kwdefaults {
                        d.set_native(Value::str(k), v.clone());
                    }
                    Value::Dict(Obj::new(d))
                }),
                "__doc__" => Some(
                    f.attrs
                        .lock()
                        .iter()
                        .find(|(k, _)| &**k == "__doc__")
                        .map(|(_, v)| v.clone())
                        .unwrap_or_else(|| {
                            f.code
                                .code
                                .doc
                                .as_ref()
                                .map(|d| Value::str(d))
                                .unwrap_or(Value::None)
                        }),
                ),
                "__dict__" => {
                    let d = crate::object::Dict::new();
                    for (k, v) in f.attrs.lock().iter() {
                        d.set_native(Value::str(k), v.clone());
                    }
                    Some(Value::Dict(Obj::new(d)))
                }
                _ => f
                    .attrs
                    .lock()
                    .iter()
                    .find(|(k, _)| &**k == name)
                    .map(|(_, v)| v.clone()),
            },
            (Value::Builtin(b), "__name__" | "__qualname__") => Some(Value::str(&b.name)),
            (Value::Method(m), "__self__") => Some(m.receiver.clone()),
            (Value::Method(m), "__func__") => Some(m.func.clone()),
            (Value::Method(m), "__name__") => return self.getattr_opt(&m.func.clone(), "__name__"),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "real" | "numerator") => {
                Some(match obj {
                    Value::Bool(b) => Value::Int(b.get() as i64),
                    _ => obj.clone(),
                })
            }
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => {
                Some(Value::Int(1))
            }
            (Value::Float(f), "real") => Some(Value::float(f.get())),
            (Value::Float(_), "imag") => Some(Value::float(0.0)),
            (Value::Range(r), "start") => Some(crate::object::int_value(r.start)),
            (Value::Range(r), "stop") => Some(crate::object::int_value(r.stop)),
            (Value::Range(r), "step") => Some(crate::object::int_value(r.step)),
            (Value::Slice(s), "start") => Some(s.start.clone()),
            (Value::Slice(s), "stop") => Some(s.stop.clone()),
            (Value::Slice(s), "step") => Some(s.step.clone()),
            (Value::Generator(g), "__name__") => Some(Value::str(&g.name)),
            (Value::Module(m), "__dict__") => {
                let d = crate::object::Dict::new();
                for (k, v) in m.globals.items() {
                    d.set_native(Value::str(&k), v);
                }
                Some(Value::Dict(Obj::new(d)))
            }
            _ => None,
        })
    }

    /// `(callable, receiver)` for `LoadMethod`; receiver is Undef when the
    /// callable is already bound.
    pub fn load_method(&mut self, obj: Value, name: &Arc<str>) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(inst)
                if !inst.class.builtin && inst.class.flags() & ClassFlags::GETATTRIBUTE == 0 =>
            {
                if !crate::intern::maybe_instance_attr(name) || inst.get_interned(name).is_none() {
                    if let Some(a) = inst.class.lookup_cached(name) {
                        if matches!(a, Value::Function(_)) {
                            return Ok((a, obj));
                        }
                        if let Value::Builtin(b) = &a {
                            if b.owner.is_some() {
                                return Ok((a, obj));
                            }
                        }
                    }
                }
            }
            Value::Module(_) | Value::Class(_) | Value::Instance(_) => {}
            _ => {
                if let Some(a) = crate::types::class_ref(&obj).lookup_cached(name) {
                    if let Value::Builtin(b) = &a {
                        if b.owner.is_some() {
                            return Ok((a, obj));
                        }
                    }
                }
            }
        }
        let v = self.getattr(&obj, name)?;
        Ok((v, Value::Undef))
    }

    /// `obj.name = v` with an interned name (the `StoreAttr` path).
    #[inline]
    pub fn setattr_name(&mut self, obj: &Value, name: &Arc<str>, v: Value) -> PyResult<()> {
        let v = match obj {
            Value::Instance(inst) => match inst.plain_store(name, v) {
                Ok(()) => return Ok(()),
                Err(v) => v,
            },
            _ => v,
        };
        self.setattr(obj, name, v)
    }

    /// `obj.name = v`.
    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        if let (Value::Instance(inst), "__dict__") = (obj, name) {
            if inst.class.slots.is_none() && inst.exc().is_none() {
                return match v {
                    Value::Dict(d) => {
                        inst.replace_dict(d);
                        Ok(())
                    }
                    other => Err(exc::type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        type_name(&other)
                    ))),
                };
            }
        }
        match obj {
            Value::Instance(inst)
                if inst.class.flags() & ClassFlags::PLAIN_SET != 0 && inst.exc().is_none() =>
            {
                inst.set_attr(intern(name), v);
                Ok(())
            }
            Value::Instance(inst) => {
                if let Some(ref d @ Value::Instance(ref w)) = inst.class.lookup(name) {
                    if let Some(set) = user_dunder_of(w, "__set__") {
                        self.call(&set, &[d.clone(), obj.clone(), v])?;
                        return Ok(());
                    }
                    if user_dunder_of(w, "__delete__").is_some() {
                        return Err(exc::attribute_error("__set__"));
                    }
                    if w.class.kind == ClassKind::Property {
                        if let Payload::Wrapper(parts) = &w.payload {
                            if parts[1].is_none() {
                                return Err(exc::attribute_error(format!(
                                    "property '{}' of '{}' object has no setter",
                                    name, inst.class.name
                                )));
                            }
                            let setter = parts[1].clone();
                            self.call(&setter, &[obj.clone(), v])?;
                            return Ok(());
                        }
                    }
                }
                if let Some(sa) = self.lookup_special(obj, "__setattr__") {
                    self.call(&sa, &[obj.clone(), Value::str(name), v])?;
                    return Ok(());
                }
                if let Some(slots) = &inst.class.slots {
                    if !slots.iter().any(|s| &**s == name) {
                        return Err(exc::attribute_error(format!(
                            "'{}' object has no attribute '{}'",
                            inst.class.name, name
                        )));
                    }
                }
                if inst.class.builtin && inst.exc().is_none() {
                    return Err(exc::no_attribute(obj, name));
                }
                if let Some(e) = inst.exc() {
                    if crate::builtins::exceptions::set_exc_attr(e, name, &v) {
                        return Ok(());
                    }
                }
                inst.set_attr(intern(name), v);
                Ok(())
            }
            Value::Class(c) => {
                if c.builtin {
                    return Err(exc::type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name, c.name
                    )));
                }
                c.set_attr(intern(name), v);
                Ok(())
            }
            Value::Module(m) => {
                m.globals.set_by_name(name, v);
                Ok(())
            }
            Value::Function(f) => {
                let mut a = f.attrs.lock();
                match a.iter_mut().find(|(k, _)| &**k == name) {
                    Some(slot) => slot.1 = v,
                    None => a.push((intern(name), v)),
                }
                Ok(())
            }
            _ => Err(exc::no_attribute(obj, name)),
        }
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(ref d @ Value::Instance(ref w)) = inst.class.lookup(name) {
                    if let Some(del) = user_dunder_of(w, "__delete__") {
                        self.call(&del, &[d.clone(), obj.clone()])?;
                        return Ok(());
                    }
                    if user_dunder_of(w, "__set__").is_some() {
                        return Err(exc::attribute_error("__delete__"));
                    }
                    if w.class.kind == ClassKind::Property {
                        if let Payload::Wrapper(parts) = &w.payload {
                            if parts[2].is_none() {
                                return Err(exc::attribute_error(format!(
                                    "property '{}' of '{}' object has no deleter",
                                    name, inst.class.name
                                )));
                            }
                            let deleter = parts[2].clone();
                            self.call(&deleter, std::slice::from_ref(obj))?;
                            return Ok(());
                        }
                    }
                }
                if let Some(da) = self.lookup_special(obj, "__delattr__") {
                    self.call(&da, &[obj.clone(), Value::str(name)])?;
                    return Ok(());
                }
                if inst.del_attr(name) {
                    Ok(())
                } else {
                    Err(exc::no_attribute(obj, name))
                }
            }
            Value::Class(c) if !c.builtin => {
                let removed = c.dict.write().remove(name).is_some();
                crate::object::Class::bump_epoch();
                if removed {
                    Ok(())
                } else {
                    Err(exc::no_attribute(obj, name))
                }
            }
            Value::Module(m) => match m.globals.find_slot(name) {
                Some(i) => {
                    m.globals.set(i, Value::Undef);
                    Ok(())
                }
                None => Err(exc::no_attribute(obj, name)),
            },
            _ => Err(exc::no_attribute(obj, name)),
        }
    }

    /// Truth value.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(r) = self.meta_dunder(v, "__bool__", &[])? {
            return Ok(matches!(r, Value::Bool(b) if b.get()));
        }
        if let Some(r) = self.meta_dunder(v, "__len__", &[])? {
            return Ok(!matches!(r, Value::Int(0)));
        }
        Ok(match v {
            Value::Bool(b) => b.get(),
            Value::None => false,
            Value::Native(_) => match self.lookup_special(v, "__bool__") {
                Some(f) => {
                    let r = self.call(&f, std::slice::from_ref(v))?;
                    matches!(r, Value::Bool(b) if b.get())
                }
                None => true,
            },
            Value::Int(i) => *i != 0,
            Value::Float(f) => f.get() != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) => {
                if let Some(f) = self.lookup_special(v, "__bool__") {
                    let r = self.call(&f, std::slice::from_ref(v))?;
                    return match r {
                        Value::Bool(b) => Ok(b.get()),
                        other => Err(exc::type_error(format!(
                            "__bool__ should return bool, returned {}",
                            type_name(&other)
                        ))),
                    };
                }
                if self.lookup_special(v, "__len__").is_some() {
                    return Ok(self.len(v)? > 0);
                }
                match self.builtin_payload(v) {
                    Some(p) => return self.truthy(&p),
                    None => true,
                }
            }
            _ => true,
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(r) = self.meta_dunder(v, "__len__", &[])? {
            return match r {
                Value::Int(n) if n >= 0 => Ok(n as usize),
                Value::Int(_) => Err(exc::value_error("__len__() should return >= 0")),
                other => Err(exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(&other)
                ))),
            };
        }
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Bytes(b) => b.len(),
            Value::Range(r) => {
                let n = r.len_i128();
                if n > i64::MAX as i128 {
                    return Err(exc::overflow_error(
                        "Python int too large to convert to C ssize_t",
                    ));
                }
                n as usize
            }
            Value::Instance(i) => {
                if let Some(f) = self.lookup_special(v, "__len__") {
                    let r = self.call(&f, std::slice::from_ref(v))?;
                    return match r {
                        Value::Int(n) if n >= 0 => Ok(n as usize),
                        Value::Int(_) => Err(exc::value_error("__len__() should return >= 0")),
                        Value::Bool(b) => Ok(b.get() as usize),
                        Value::BigInt(_) => Err(exc::overflow_error(
                            "cannot fit 'int' into an index-sized integer",
                        )),
                        other => Err(exc::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            type_name(&other)
                        ))),
                    };
                }
                if let Some(p) = self.builtin_payload(v) {
                    return self.len(&p);
                }
                if let Payload::Dict(d) = &i.payload {
                    return Ok(d.len());
                }
                return Err(exc::type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(v)
                )));
            }
            _ => {
                return Err(exc::type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(v)
                )))
            }
        })
    }

    /// An integer usable as an index.
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(b.get() as i64),
            // A size or position argument too big for the machine (CPython
            // converts it to `Py_ssize_t`); subscripts say IndexError
            // instead (`seq_index`).
            Value::BigInt(_) => Err(exc::overflow_error(
                "Python int too large to convert to C ssize_t",
            )),
            Value::Instance(_) => {
                if let Some(f) = self.lookup_special(v, "__index__") {
                    let r = self.call(&f, std::slice::from_ref(v))?;
                    if !matches!(r, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                        return Err(exc::type_error(format!(
                            "__index__ returned non-int (type {})",
                            type_name(&r)
                        )));
                    }
                    return self.index_value(&r);
                }
                if let Some(p) = self.builtin_payload(v) {
                    return self.index_value(&p);
                }
                Err(exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v)
                )))
            }
            _ => Err(exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))),
        }
    }

    /// `o[k]`.
    pub fn getitem(&mut self, o: &Value, k: &Value) -> PyResult {
        match o {
            Value::List(l) => match k {
                Value::Int(_) | Value::Bool(_) => {
                    let g = l.items.lock();
                    let i = norm_index(k.as_i64().unwrap_or(0), g.len())
                        .ok_or_else(|| exc::index_error("list index out of range"))?;
                    Ok(g[i].clone())
                }
                Value::Slice(s) => {
                    // Indices first (they may call `__index__`), then one
                    // short lock to copy just the slice (not the list).
                    let n = l.items.lock().len();
                    let idx = self.slice_indices(s, n)?;
                    let g = l.items.lock();
                    Ok(Value::list(
                        idx.into_iter().filter_map(|i| g.get(i).cloned()).collect(),
                    ))
                }
                _ => {
                    let i = self.seq_index(k, "list")?;
                    self.getitem(o, &Value::Int(i))
                }
            },
            Value::Tuple(t) => match k {
                Value::Int(_) | Value::Bool(_) => {
                    let i = norm_index(k.as_i64().unwrap_or(0), t.items.len())
                        .ok_or_else(|| exc::index_error("tuple index out of range"))?;
                    Ok(t.items[i].clone())
                }
                Value::Slice(s) => {
                    let idx = self.slice_indices(s, t.items.len())?;
                    Ok(Value::tuple(
                        idx.into_iter().map(|i| t.items[i].clone()).collect(),
                    ))
                }
                _ => {
                    let i = self.seq_index(k, "tuple")?;
                    self.getitem(o, &Value::Int(i))
                }
            },
            Value::Str(s) => match k {
                Value::Int(_) | Value::Bool(_) => {
                    let i = norm_index(k.as_i64().unwrap_or(0), s.char_len())
                        .ok_or_else(|| exc::index_error("string index out of range"))?;
                    Ok(Value::string(s.char_at(i).to_string()))
                }
                Value::Slice(sl) => {
                    let n = s.char_len();
                    let idx = self.slice_indices(sl, n)?;
                    if s.is_ascii() {
                        let b = s.as_str().as_bytes();
                        let out: Vec<u8> = idx.into_iter().map(|i| b[i]).collect();
                        Ok(Value::string(String::from_utf8(out).unwrap_or_default()))
                    } else {
                        let chars: Vec<char> = s.as_str().chars().collect();
                        Ok(Value::string(idx.into_iter().map(|i| chars[i]).collect()))
                    }
                }
                Value::Instance(_) => {
                    let i = self.seq_index(k, "string")?;
                    self.getitem(o, &Value::Int(i))
                }
                _ => Err(exc::type_error(format!(
                    "string indices must be integers, not '{}'",
                    type_name(k)
                ))),
            },
            Value::Bytes(b) => match k {
                Value::Slice(sl) => {
                    let idx = self.slice_indices(sl, b.len())?;
                    Ok(Value::Bytes(
                        idx.into_iter().map(|i| b[i]).collect::<Vec<u8>>().into(),
                    ))
                }
                _ => {
                    let i = self.seq_index(k, "byte")?;
                    let i = norm_index(i, b.len())
                        .ok_or_else(|| exc::index_error("index out of range"))?;
                    Ok(Value::Int(b[i] as i64))
                }
            },
            Value::Range(r) => match k {
                Value::Slice(sl) => {
                    let n = r.len();
                    let (start, _stop, step, len) = self.slice_params(sl, n)?;
                    let nstart = r.start + start as i128 * r.step;
                    let nstep = r.step * step as i128;
                    let nstop = nstart + nstep * len as i128;
                    Ok(Value::Range(Obj::new(crate::object::RangeObj {
                        start: nstart,
                        stop: nstop,
                        step: nstep,
                    })))
                }
                _ => {
                    let i: i128 = match k {
                        Value::BigInt(b) => {
                            num_traits::ToPrimitive::to_i128(&**b).ok_or_else(|| {
                                exc::index_error("cannot fit 'int' into an index-sized integer")
                            })?
                        }
                        _ => self.seq_index(k, "range")? as i128,
                    };
                    let n = r.len_i128();
                    let i = if i < 0 { i + n } else { i };
                    if i < 0 || i >= n {
                        return Err(exc::index_error("range object index out of range"));
                    }
                    Ok(crate::object::int_value(r.get(i)))
                }
            },
            Value::Dict(d) => match self.dict_get(d, k)? {
                Some(v) => Ok(v),
                None => Err(exc::key_error(k.clone())),
            },
            Value::Instance(inst) => {
                if let Some(f) = self.lookup_special(o, "__getitem__") {
                    return self.call(&f, &[o.clone(), k.clone()]);
                }
                if let Payload::Dict(d) = &inst.payload {
                    if let Some(v) = self.dict_get(d, k)? {
                        return Ok(v);
                    }
                    if let Some(m) = self.lookup_special(o, "__missing__") {
                        return self.call(&m, &[o.clone(), k.clone()]);
                    }
                    return Err(exc::key_error(k.clone()));
                }
                if let Some(p) = self.builtin_payload(o) {
                    return self.getitem(&p, k);
                }
                Err(not_subscriptable(o))
            }
            Value::Class(c) => {
                if let Some(f) = self.lookup_special(o, "__getitem__") {
                    return self.call(&f, &[o.clone(), k.clone()]);
                }
                if c.lookup("__class_getitem__").is_some() {
                    let f = self.getattr(o, "__class_getitem__")?;
                    return self.call(&f, std::slice::from_ref(k));
                }
                // `list[int]` and friends: a `types.GenericAlias`.
                if c.builtin
                    && matches!(
                        c.kind,
                        ClassKind::List
                            | ClassKind::Dict
                            | ClassKind::Tuple
                            | ClassKind::Set
                            | ClassKind::FrozenSet
                            | ClassKind::Type
                    )
                {
                    let types_mod = self.import_module("types")?;
                    let alias = self.getattr(&types_mod, "GenericAlias")?;
                    return self.call(&alias, &[o.clone(), k.clone()]);
                }
                Err(exc::type_error(format!(
                    "type '{}' is not subscriptable",
                    c.name
                )))
            }
            Value::Native(_) => {
                if let Some(f) = class_of(o).lookup("__getitem__") {
                    return self.call(&f, &[o.clone(), k.clone()]);
                }
                Err(not_subscriptable(o))
            }
            _ => Err(not_subscriptable(o)),
        }
    }

    fn seq_index(&mut self, k: &Value, what: &str) -> PyResult<i64> {
        match k {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(b.get() as i64),
            Value::Instance(_) if self.lookup_special(k, "__index__").is_some() => {
                self.index_value(k).map_err(|e| {
                    if e.is(&crate::types::types().overflow_error) {
                        exc::index_error(format!(
                            "cannot fit '{}' into an index-sized integer",
                            type_name(k)
                        ))
                    } else {
                        e
                    }
                })
            }
            Value::BigInt(_) => Err(exc::index_error(
                "cannot fit 'int' into an index-sized integer".to_string(),
            )),
            _ => Err(exc::type_error(format!(
                "{} indices must be integers or slices, not {}",
                what,
                type_name(k)
            ))),
        }
    }

    /// `o[k] = v`.
    pub fn setitem(&mut self, o: &Value, k: Value, v: Value) -> PyResult<()> {
        match o {
            Value::List(l) => match &k {
                Value::Slice(s) => {
                    let items = self.collect(&v)?;
                    self.list_set_slice(l, s, items)
                }
                _ => {
                    let i = match &k {
                        Value::Int(_) | Value::Bool(_) => k.as_i64().unwrap_or(0),
                        _ => self.seq_index(&k, "list")?,
                    };
                    let mut g = l.items.lock();
                    let n = g.len();
                    let i = norm_index(i, n)
                        .ok_or_else(|| exc::index_error("list assignment index out of range"))?;
                    g[i] = v;
                    Ok(())
                }
            },
            Value::Dict(d) => self.dict_set(d, k, v),
            Value::Instance(inst) => {
                if let Some(f) = self.lookup_special(o, "__setitem__") {
                    self.call(&f, &[o.clone(), k, v])?;
                    return Ok(());
                }
                match &inst.payload {
                    Payload::Dict(d) => self.dict_set(d, k, v),
                    Payload::List(l) => self.setitem(&Value::List(l.clone()), k, v),
                    _ => Err(exc::type_error(format!(
                        "'{}' object does not support item assignment",
                        type_name(o)
                    ))),
                }
            }
            Value::Native(_) => {
                if let Some(f) = class_of(o).lookup("__setitem__") {
                    self.call(&f, &[o.clone(), k, v])?;
                    return Ok(());
                }
                Err(exc::type_error(format!(
                    "'{}' object does not support item assignment",
                    type_name(o)
                )))
            }
            _ => Err(exc::type_error(format!(
                "'{}' object does not support item assignment",
                type_name(o)
            ))),
        }
    }

    /// `del o[k]`.
    pub fn delitem(&mut self, o: &Value, k: &Value) -> PyResult<()> {
        match o {
            Value::List(l) => match k {
                Value::Slice(s) => {
                    let n = l.len();
                    let mut idx = self.slice_indices(s, n)?;
                    idx.sort_unstable();
                    let mut g = l.items.lock();
                    for i in idx.into_iter().rev() {
                        if i < g.len() {
                            g.remove(i);
                        }
                    }
                    Ok(())
                }
                _ => {
                    let i = self.index_value(k)?;
                    let mut g = l.items.lock();
                    let n = g.len();
                    let i = norm_index(i, n)
                        .ok_or_else(|| exc::index_error("list assignment index out of range"))?;
                    g.remove(i);
                    Ok(())
                }
            },
            Value::Dict(d) => {
                if self.dict_remove(d, k)?.is_none() {
                    return Err(exc::key_error(k.clone()));
                }
                Ok(())
            }
            Value::Instance(inst) => {
                if let Some(f) = self.lookup_special(o, "__delitem__") {
                    self.call(&f, &[o.clone(), k.clone()])?;
                    return Ok(());
                }
                match &inst.payload {
                    Payload::Dict(d) => {
                        if self.dict_remove(d, k)?.is_none() {
                            return Err(exc::key_error(k.clone()));
                        }
                        Ok(())
                    }
                    Payload::List(l) => self.delitem(&Value::List(l.clone()), k),
                    _ => Err(exc::type_error(format!(
                        "'{}' object does not support item deletion",
                        type_name(o)
                    ))),
                }
            }
            _ => Err(exc::type_error(format!(
                "'{}' object does not support item deletion",
                type_name(o)
            ))),
        }
    }

    /// (start, stop, step, length) of a slice applied to a sequence of `n`.
    pub fn slice_params(
        &mut self,
        s: &crate::object::SliceObj,
        n: usize,
    ) -> PyResult<(i64, i64, i64, usize)> {
        let step = if s.step.is_none() {
            1
        } else {
            // CPython clamps the step to -PY_SSIZE_T_MAX, so it negates.
            self.slice_int(&s.step)?.max(-i64::MAX)
        };
        if step == 0 {
            return Err(exc::value_error("slice step cannot be zero"));
        }
        let n = n as i64;
        let (lo, hi) = if step < 0 { (-1, n - 1) } else { (0, n) };
        let clamp = |v: i64| -> i64 {
            if v < 0 {
                (v + n).max(lo)
            } else {
                v.min(hi)
            }
        };
        let start = if s.start.is_none() {
            if step < 0 {
                hi
            } else {
                lo
            }
        } else {
            clamp(self.slice_int(&s.start)?)
        };
        let stop = if s.stop.is_none() {
            if step < 0 {
                lo
            } else {
                hi
            }
        } else {
            clamp(self.slice_int(&s.stop)?)
        };
        let len = if step > 0 {
            if stop > start {
                ((stop - start - 1) / step + 1) as usize
            } else {
                0
            }
        } else if start > stop {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        };
        Ok((start, stop, step, len))
    }

    fn slice_int(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            Value::Int(_) | Value::Bool(_) => Ok(v.as_i64().unwrap_or(0)),
            _ => {
                if let Value::Instance(_) = v {
                    if self.lookup_special(v, "__index__").is_some() {
                        return self.index_value(v);
                    }
                }
                Err(exc::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        }
    }

    /// The element indexes a slice selects.
    pub fn slice_indices(&mut self, s: &crate::object::SliceObj, n: usize) -> PyResult<Vec<usize>> {
        let (start, _, step, len) = self.slice_params(s, n)?;
        Ok((0..len)
            .map(|i| (start + i as i64 * step) as usize)
            .collect())
    }

    fn list_set_slice(
        &mut self,
        l: &crate::object::List,
        s: &crate::object::SliceObj,
        items: Vec<Value>,
    ) -> PyResult<()> {
        let n = l.len();
        let (start, stop, step, len) = self.slice_params(s, n)?;
        let mut g = l.items.lock();
        if step == 1 {
            let start = start as usize;
            let stop = (stop.max(start as i64)) as usize;
            let end = stop.min(g.len());
            g.splice(start..end, items);
            return Ok(());
        }
        if items.len() != len {
            return Err(exc::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                len
            )));
        }
        for (k, v) in items.into_iter().enumerate() {
            g[(start + k as i64 * step) as usize] = v;
        }
        Ok(())
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult {
        if let Some(it) = self.meta_dunder(v, "__iter__", &[])? {
            return Ok(it);
        }
        let st = match v {
            Value::List(l) => IterState::List(l.clone(), 0),
            Value::Tuple(t) => IterState::Tuple(t.clone(), 0),
            Value::Range(r) => IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Value::Str(s) => IterState::Str(s.clone(), 0),
            Value::Bytes(b) => IterState::Bytes(b.clone(), 0),
            Value::Dict(d) => IterState::DictKeys(d.clone(), 0, d.len()),
            // CPython's iteration order (its hash-table order), not insertion order.
            Value::Set(s) | Value::FrozenSet(s) => IterState::Values(
                crate::builtins::methods_set_order(&s.inner.lock().keys()),
                0,
            ),
            Value::Generator(_) | Value::Iter(_) => return Ok(v.clone()),
            Value::Instance(inst) => {
                if let Some(f) = self.lookup_special(v, "__iter__") {
                    let it = self.call(&f, std::slice::from_ref(v))?;
                    let ok = match &it {
                        Value::Generator(_) | Value::Iter(_) | Value::Native(_) => true,
                        Value::Instance(_) => self.lookup_special(&it, "__next__").is_some(),
                        _ => false,
                    };
                    if !ok {
                        return Err(exc::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                let t = types();
                if Obj::ptr_eq(&inst.class, &t.dict_keys)
                    || Obj::ptr_eq(&inst.class, &t.dict_values)
                    || Obj::ptr_eq(&inst.class, &t.dict_items)
                {
                    if let Payload::Dict(d) = &inst.payload {
                        let n = d.len();
                        let st = if Obj::ptr_eq(&inst.class, &t.dict_keys) {
                            IterState::DictKeys(d.clone(), 0, n)
                        } else if Obj::ptr_eq(&inst.class, &t.dict_values) {
                            IterState::DictValues(d.clone(), 0, n)
                        } else {
                            IterState::DictItems(d.clone(), 0, n)
                        };
                        return Ok(Value::Iter(Obj::new(IterObj::new("dict_keyiterator", st))));
                    }
                }
                if let Some(p) = self.builtin_payload(v) {
                    return self.iter(&p);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    IterState::SeqGetItem(v.clone(), 0)
                } else {
                    return Err(not_iterable(v));
                }
            }
            Value::Native(_) => {
                if let Some(f) = class_of(v).lookup("__iter__") {
                    return self.call(&f, std::slice::from_ref(v));
                }
                return Err(not_iterable(v));
            }
            _ => return Err(not_iterable(v)),
        };
        let kind = match v {
            Value::List(_) => "list_iterator",
            Value::Tuple(_) => "tuple_iterator",
            Value::Range(_) => "range_iterator",
            Value::Str(_) => "str_ascii_iterator",
            Value::Dict(_) => "dict_keyiterator",
            Value::Set(_) | Value::FrozenSet(_) => "set_iterator",
            _ => "iterator",
        };
        Ok(Value::Iter(Obj::new(IterObj::new(kind, st))))
    }

    /// `next(it)`, with exhaustion as None.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(obj) => self.iter_obj_next(obj),
            Value::Generator(g) => {
                let g = g.clone();
                match self.gen_resume(&g, Value::None, None)? {
                    crate::ops::SendResult::Yielded(v) => Ok(Some(v)),
                    crate::ops::SendResult::Returned(_) => Ok(None),
                }
            }
            Value::Instance(_) | Value::Native(_) => {
                let f = match it {
                    Value::Instance(_) => self.lookup_special(it, "__next__"),
                    _ => class_of(it).lookup("__next__"),
                };
                match f {
                    Some(f) => match self.call(&f, std::slice::from_ref(it)) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if e.is(&types().stop_iteration) => Ok(None),
                        Err(e) => Err(e),
                    },
                    None => Err(exc::type_error(format!(
                        "'{}' object is not an iterator",
                        type_name(it)
                    ))),
                }
            }
            _ => Err(exc::type_error(format!(
                "'{}' object is not an iterator",
                type_name(it)
            ))),
        }
    }

    fn iter_obj_next(&mut self, obj: &Obj<IterObj>) -> PyResult<Option<Value>> {
        let mut st = obj.state.lock();
        if let Some(r) = crate::ops::iter_fast_next(&mut st) {
            return Ok(r);
        }
        // map/filter/zip chains recurse natively; native loops over
        // these iterators need a cancellation point.
        crate::stack::check(self)?;
        self.budget -= 1;
        if self.budget <= 0 {
            drop(st);
            self.preempt_native()?;
            st = obj.state.lock();
        }
        match &mut *st {
            IterState::Str(s, pos) => {
                let text = s.as_str();
                if *pos >= text.len() {
                    return Ok(None);
                }
                let ch = text[*pos..].chars().next().expect("in bounds");
                *pos += ch.len_utf8();
                Ok(Some(Value::string(ch.to_string())))
            }
            IterState::Bytes(b, i) => {
                if *i < b.len() {
                    *i += 1;
                    Ok(Some(Value::Int(b[*i - 1] as i64)))
                } else {
                    Ok(None)
                }
            }
            IterState::DictKeys(d, pos, n0)
            | IterState::DictValues(d, pos, n0)
            | IterState::DictItems(d, pos, n0) => {
                let g = d.inner.lock();
                if g.len() != *n0 {
                    *n0 = usize::MAX;
                    return Err(exc::runtime_error(
                        "dictionary changed size during iteration",
                    ));
                }
                match g.entry_from(*pos) {
                    Some((e, next)) => {
                        *pos = next;
                        let (k, v) = (e.key.clone(), e.value.clone());
                        drop(g);
                        Ok(Some(match &*st {
                            IterState::DictKeys(..) => k,
                            IterState::DictValues(..) => v,
                            _ => Value::tuple(vec![k, v]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::ListReversed(l, i) => {
                let g = l.items.lock();
                if *i > 0 && *i <= g.len() {
                    *i -= 1;
                    Ok(Some(g[*i].clone()))
                } else {
                    *i = 0;
                    Ok(None)
                }
            }
            IterState::Exhausted => Ok(None),
            _ => {
                // States that call back into scripts: take the state out,
                // unlock, advance, put it back.
                let mut taken = std::mem::replace(&mut *st, IterState::Exhausted);
                drop(st);
                let r = self.advance_callback_iter(&mut taken);
                let done = matches!(r, Ok(None));
                if !done {
                    *obj.state.lock() = taken;
                }
                r
            }
        }
    }

    fn advance_callback_iter(&mut self, st: &mut IterState) -> PyResult<Option<Value>> {
        match st {
            IterState::Enumerate(inner, count) => {
                let inner = inner.clone();
                match self.next(&inner)? {
                    Some(v) => {
                        let c = count.clone();
                        *count = crate::ops::add(self, &c, &Value::Int(1))?;
                        Ok(Some(Value::tuple(vec![c, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip(its, strict) => {
                let mut out = Vec::with_capacity(its.len());
                for (k, it) in its.clone().iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if *strict && (k > 0 || its.len() > 1) {
                                let others_done = k > 0;
                                if others_done {
                                    return Err(exc::value_error(format!(
                                        "zip() argument {} is shorter than argument{} 1{}",
                                        k + 1,
                                        if k > 1 { "s" } else { "" },
                                        if k > 1 {
                                            format!("-{}", k)
                                        } else {
                                            String::new()
                                        }
                                    )));
                                }
                                for (j, rest) in its.iter().enumerate().skip(1) {
                                    if self.next(rest)?.is_some() {
                                        return Err(exc::value_error(format!(
                                            "zip() argument {} is longer than argument{} 1{}",
                                            j + 1,
                                            if j > 1 { "s" } else { "" },
                                            if j > 1 {
                                                format!("-{}", j)
                                            } else {
                                                String::new()
                                            }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                if its.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map(f, its) => {
                let mut args = Vec::with_capacity(its.len());
                for it in its.clone().iter() {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                let f = f.clone();
                self.call(&f, &args).map(Some)
            }
            IterState::Filter(f, inner) => {
                let (f, inner) = (f.clone(), inner.clone());
                loop {
                    match self.next(&inner)? {
                        Some(v) => {
                            let keep = if f.is_none() {
                                self.truthy(&v)?
                            } else {
                                let r = self.call(&f, std::slice::from_ref(&v))?;
                                self.truthy(&r)?
                            };
                            if keep {
                                return Ok(Some(v));
                            }
                        }
                        None => return Ok(None),
                    }
                }
            }
            IterState::SeqGetItem(obj, i) => {
                let obj = obj.clone();
                match self.getitem(&obj, &Value::Int(*i)) {
                    Ok(v) => {
                        *i += 1;
                        Ok(Some(v))
                    }
                    Err(e) if e.is(&types().index_error) || e.is(&types().stop_iteration) => {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Callable(f, sentinel) => {
                let (f, sentinel) = (f.clone(), sentinel.clone());
                let v = self.call(&f, &[])?;
                if crate::ops::compare::eq(self, &v, &sentinel)? {
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            _ => Ok(None),
        }
    }

    /// All items of an iterable (an endless or huge iterator ends in
    /// `MemoryError` when the list cannot grow, not in an abort).
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.snapshot()),
            Value::Tuple(t) => Ok(t.items.to_vec()),
            Value::Range(r) => {
                if r.len_i128() > 1 << 32 {
                    return Err(exc::memory_error(""));
                }
                Ok((0..r.len_i128())
                    .map(|i| crate::object::int_value(r.get(i)))
                    .collect())
            }
            Value::Dict(d) => Ok(d.inner.lock().keys()),
            Value::Set(s) | Value::FrozenSet(s) => {
                Ok(crate::builtins::methods_set_order(&s.inner.lock().keys()))
            }
            _ => {
                if let Value::Instance(_) = v {
                    self.check_length_hint(v)?;
                }
                let it = self.iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    push_checked(&mut out, x)?;
                }
                Ok(out)
            }
        }
    }

    /// An iterator whose `__length_hint__` promises more items than memory
    /// can hold fails at once, as CPython's preallocation does, instead of
    /// after filling the memory.
    fn check_length_hint(&mut self, v: &Value) -> PyResult<()> {
        let Some(f) = self.lookup_special(v, "__length_hint__") else {
            return Ok(());
        };
        let n = match self.call(&f, std::slice::from_ref(v)) {
            Ok(Value::Int(n)) => n,
            Ok(Value::BigInt(_)) => {
                return Err(exc::overflow_error(
                    "Python int too large to convert to C ssize_t",
                ))
            }
            // No usable hint: collect item by item.
            _ => return Ok(()),
        };
        if n > 0 {
            exc::check_alloc_items(n as usize, std::mem::size_of::<Value>())?;
        }
        Ok(())
    }

    /// Unpacks exactly `n` items.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.snapshot(),
            _ => {
                if !self.is_iterable(v) {
                    return Err(exc::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        type_name(v)
                    )));
                }
                // Stop after n+1 items so an infinite iterator still errors.
                let it = self.iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        break;
                    }
                }
                out
            }
        };
        if items.len() < n {
            return Err(exc::value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            )));
        }
        if items.len() > n {
            return Err(exc::value_error(format!(
                "too many values to unpack (expected {})",
                n
            )));
        }
        Ok(items)
    }

    /// Unpacks with a starred target: `before` items, a list, `after` items.
    pub fn unpack_ex(&mut self, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            return Err(exc::type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name(v)
            )));
        }
        let mut items = self.collect(v)?;
        if items.len() < before + after {
            return Err(exc::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let mid = items.split_off(before);
        items.push(Value::list(mid));
        items.extend(tail);
        Ok(items)
    }

    fn is_iterable(&self, v: &Value) -> bool {
        !matches!(
            v,
            Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::BigInt(_)
                | Value::Function(_)
                | Value::Builtin(_)
                | Value::Method(_)
                | Value::Class(_)
                | Value::Module(_)
        )
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(r) = self.meta_dunder(container, "__contains__", std::slice::from_ref(item))? {
            return self.truthy(&r);
        }
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(exc::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(item)
                ))),
            },
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.contains(&(*i as u8))),
                Value::Bytes(sub) => {
                    Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
                }
                _ => Err(exc::type_error("a bytes-like object is required")),
            },
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) | Value::FrozenSet(s) => self.set_contains(s, item),
            Value::Range(r) => match item {
                Value::Int(i) => Ok(r.contains(*i as i128)),
                Value::Bool(b) => Ok(r.contains(b.get() as i128)),
                Value::BigInt(b) => {
                    Ok(num_traits::ToPrimitive::to_i128(&**b).is_some_and(|v| r.contains(v)))
                }
                _ => self.contains_by_iter(container, item),
            },
            Value::List(_) | Value::Tuple(_) => {
                let items = match container {
                    Value::List(l) => l.snapshot(),
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => unreachable!("matched above"),
                };
                for x in &items {
                    if x.is(item) || crate::ops::compare::eq(self, x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Instance(inst) => {
                if let Some(f) = self.lookup_special(container, "__contains__") {
                    let r = self.call(&f, &[container.clone(), item.clone()])?;
                    return self.truthy(&r);
                }
                let t = types();
                if let Payload::Dict(d) = &inst.payload {
                    if Obj::ptr_eq(&inst.class, &t.dict_keys) || !inst.class.builtin {
                        return Ok(self.dict_get(d, item)?.is_some());
                    }
                    if Obj::ptr_eq(&inst.class, &t.dict_items) {
                        if let Value::Tuple(kv) = item {
                            if kv.items.len() == 2 {
                                if let Some(v) = self.dict_get(d, &kv.items[0])? {
                                    return crate::ops::compare::eq(self, &v, &kv.items[1]);
                                }
                            }
                        }
                        return Ok(false);
                    }
                    if Obj::ptr_eq(&inst.class, &t.dict_values) {
                        return self.contains_by_iter(container, item);
                    }
                }
                if let Some(p) = self.builtin_payload(container) {
                    return self.contains(&p, item);
                }
                self.contains_by_iter(container, item)
            }
            _ => self.contains_by_iter(container, item),
        }
    }

    fn contains_by_iter(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if !self.is_iterable(container) {
            return Err(exc::type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(container)
            )));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if x.is(item) || crate::ops::compare::eq(self, &x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<u64> {
        if let Value::Tuple(t) = v {
            if crate::hash::hash_native(v).is_err() {
                self.check_stack()?;
                let mut acc: u64 = 2870177450012600261;
                for item in t.items.iter() {
                    let lane = self.hash(item)?;
                    acc = acc.wrapping_add(lane.wrapping_mul(14029467366897019727));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(11400714785074694791);
                }
                return Ok(
                    acc.wrapping_add((t.items.len() as u64) ^ (2870177450012600261 ^ 3527539))
                );
            }
        }
        match crate::hash::hash_native(v) {
            Ok(h) => Ok(h),
            Err(crate::hash::NoHash::Unhashable) => Err(unhashable(v)),
            Err(crate::hash::NoHash::NeedsVm) => {
                if let Value::Instance(inst) = v {
                    match inst.class.lookup("__hash__") {
                        Some(Value::None) => return Err(unhashable(v)),
                        Some(f @ Value::Function(_)) => {
                            let r = self.call(&f, std::slice::from_ref(v))?;
                            return match r {
                                // A __hash__ result that fits a machine word
                                // is used as is (-1 becomes -2), as CPython.
                                Value::Int(-1) => Ok(-2i64 as u64),
                                Value::Int(i) => Ok(i as u64),
                                Value::BigInt(b) => Ok(crate::hash::hash_bigint(&b) as u64),
                                Value::Bool(b) => Ok(b.get() as u64),
                                _ => {
                                    Err(exc::type_error("__hash__ method should return an integer"))
                                }
                            };
                        }
                        // `object.__hash__` (inherited, or assigned next to
                        // an `__eq__`): identity.
                        Some(Value::Builtin(_)) => {
                            if let Some(p) = self.builtin_payload(v) {
                                if !matches!(p, Value::List(_) | Value::Dict(_)) {
                                    return self.hash(&p);
                                }
                            }
                            return Ok(v.arc_ptr().unwrap_or(0) as u64 >> 4);
                        }
                        _ => {}
                    }
                    if inst
                        .class
                        .lookup("__eq__")
                        .is_some_and(|f| matches!(f, Value::Function(_)))
                    {
                        return Err(unhashable(v));
                    }
                    if let Some(p) = self.builtin_payload(v) {
                        if !matches!(p, Value::List(_) | Value::Dict(_)) {
                            return self.hash(&p);
                        }
                    }
                    return Ok(v.arc_ptr().unwrap_or(0) as u64 >> 4);
                }
                Err(unhashable(v))
            }
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        crate::builtins::repr::repr(self, v)
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        // `str` of nested objects (an exception holding an exception ...)
        // recurses natively: stop before the native stack runs out.
        crate::stack::check(self)?;
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Class(c) if c.meta.is_some() => {
                if let Some(r) = self.meta_dunder(v, "__str__", &[])? {
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(exc::type_error(format!(
                            "__str__ returned non-string (type {})",
                            type_name(&other)
                        ))),
                    };
                }
                self.repr(v)
            }
            Value::Instance(inst) => {
                // A built-in type's __str__ assigned in a script class
                // (IntEnum's `__str__ = int.__repr__`).
                if !inst.class.builtin {
                    let f = inst.class.lookup("__str__");
                    if let Some(f) = f.filter(
                        |f| matches!(f, Value::Builtin(b) if b.owner.is_some_and(|o| o != "object")),
                    ) {
                        {
                            let r = self.call(&f, std::slice::from_ref(v))?;
                            return match r {
                                Value::Str(s) => Ok(s.as_str().to_string()),
                                other => self.to_str(&other),
                            };
                        }
                    }
                }
                if let Some(f) = self.lookup_special(v, "__str__") {
                    let r = self.call(&f, std::slice::from_ref(v))?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(exc::type_error(format!(
                            "__str__ returned non-string (type {})",
                            type_name(&other)
                        ))),
                    };
                }
                if self.lookup_special(v, "__repr__").is_some() {
                    return self.repr(v);
                }
                if inst.exc().is_some() {
                    return crate::builtins::exceptions::exc_str(self, inst);
                }
                if inst.class.builtin {
                    return self.repr(v);
                }
                if let Some(p) = self.builtin_payload(v) {
                    return self.to_str(&p);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// An f-string field: conversion then `format(v, spec)`.
    pub fn format_value(&mut self, v: Value, conv: u8, spec: Option<Value>) -> PyResult {
        let v = match conv {
            1 => Value::string(self.to_str(&v)?),
            2 => Value::string(self.repr(&v)?),
            3 => Value::string(crate::builtins::repr::ascii(&self.repr(&v)?)),
            _ => v,
        };
        let spec = match &spec {
            Some(Value::Str(s)) => s.clone(),
            _ => {
                // `{x}`: str as is, int in decimal, anything else by format().
                match &v {
                    Value::Str(_) => return Ok(v),
                    Value::Int(i) => return Ok(Value::int_str(*i)),
                    _ => return crate::builtins::format_builtin(self, &v, "").map(Value::string),
                }
            }
        };
        if let Value::Int(i) = v {
            if let Some(t) = crate::format::spec::format_i64_simple(i, spec.as_str()) {
                return Ok(Value::str(t.as_str()));
            }
        }
        if spec.as_str().is_empty() {
            if let Value::Str(_) = v {
                return Ok(v);
            }
        }
        crate::builtins::format_builtin(self, &v, spec.as_str()).map(Value::string)
    }
}

/// Normalizes a possibly negative index into `0..n`.
pub fn norm_index(i: i64, n: usize) -> Option<usize> {
    let i = if i < 0 { i + n as i64 } else { i };
    (i >= 0 && (i as usize) < n).then_some(i as usize)
}

#[cold]
fn not_subscriptable(v: &Value) -> PyErr {
    exc::type_error(format!("'{}' object is not subscriptable", type_name(v)))
}

#[cold]
pub fn not_iterable(v: &Value) -> PyErr {
    exc::type_error(format!("'{}' object is not iterable", type_name(v)))
}

#[cold]
pub fn unhashable(v: &Value) -> PyErr {
    exc::type_error(format!("unhashable type: '{}'", type_name(v)))
}

/// Interns an attribute name so later lookups hit the pointer fast path.
pub fn intern(name: &str) -> Arc<str> {
    crate::intern::intern(name)
}

/// `name` defined by the (user) class of the instance `v`: a descriptor's
/// `__get__`/`__set__`/`__delete__`, or `__set_name__`.
pub(crate) fn user_dunder(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(i) => user_dunder_of(i, name),
        _ => None,
    }
}

fn user_dunder_of(i: &crate::object::Instance, name: &str) -> Option<Value> {
    if i.class.builtin {
        return None;
    }
    i.class
        .lookup(name)
        .filter(|f| matches!(f, Value::Function(_)))
}

/// The attributes of a code object (`f.__code__.co_varnames` ...).
fn code_attr(c: &crate::object::CodeObj, name: &str) -> Option<Value> {
    let code = &c.code;
    let strs = |v: &[Arc<str>]| Value::tuple(v.iter().map(|s| Value::str(s)).collect());
    Some(match name {
        "co_name" => Value::str(&code.name),
        "co_qualname" => Value::str(&code.qualname),
        "co_filename" => Value::str(&code.filename),
        "co_firstlineno" => Value::Int(code.first_line as i64),
        "co_argcount" => Value::Int(code.argcount as i64),
        "co_posonlyargcount" => Value::Int(code.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(code.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(code.varnames.len() as i64),
        "co_varnames" => strs(&code.varnames),
        "co_cellvars" => strs(&code.cellvars),
        "co_freevars" => strs(&code.freevars),
        "co_names" => strs(&code.names),
        "co_consts" => Value::tuple(c.consts.clone()),
        "co_stacksize" => Value::Int(code.max_stack as i64),
        // CPython's CO_* bits: OPTIMIZED|NEWLOCALS for functions, VARARGS,
        // VARKEYWORDS, NESTED is not tracked, GENERATOR.
        "co_flags" => {
            let f = &code.flags;
            let mut bits = 0;
            if !f.module && !f.class_body {
                bits |= 0x1 | 0x2;
            }
            if f.varargs {
                bits |= 0x4;
            }
            if f.varkeywords {
                bits |= 0x8;
            }
            if f.generator {
                bits |= 0x20;
            }
            Value::Int(bits)
        }
        _ => return None,
    })
}

/// Appends `x`, growing `out` fallibly: `MemoryError` instead of an abort
/// when the allocator refuses.
#[inline]
pub fn push_checked(out: &mut Vec<Value>, x: Value) -> PyResult<()> {
    if out.len() == out.capacity() && out.try_reserve(out.len().max(4)).is_err() {
        return Err(exc::memory_error(""));
    }
    out.push(x);
    Ok(())
}
