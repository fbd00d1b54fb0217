//! `repr()` of every value, with CPython's exact text.

use crate::exc;
use crate::interp::Vm;
use crate::object::{ClassKind, Payload};
use crate::types::{type_name, types};
use crate::value::Value;
use crate::PyResult;

/// `ascii()`: a repr with non-ASCII characters escaped.
pub fn ascii(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for v in items {
        parts.push(repr(vm, v)?);
    }
    Ok(parts.join(", "))
}

/// Runs `f` with `v` marked as being printed; a cycle prints `placeholder`.
fn guarded(
    vm: &mut Vm,
    v: &Value,
    placeholder: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<String> {
    let p = v.arc_ptr().unwrap_or(0);
    if vm.repr_guard.contains(&p) {
        return Ok(placeholder.to_string());
    }
    if vm.repr_guard.len() > 500 {
        return Err(exc::recursion_error());
    }
    vm.check_stack()?;
    vm.repr_guard.push(p);
    let r = f(vm);
    vm.repr_guard.pop();
    r
}

fn addr(v: &Value) -> String {
    format!("0x{:x}", v.arc_ptr().unwrap_or(0))
}

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    // Nested objects (frozensets, slices, exceptions, instances whose
    // `__repr__` is native) recurse here: stop before the stack runs out.
    crate::stack::check(vm)?;
    Ok(match v {
        Value::None => "None".into(),
        Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => {
            let s = b.to_string();
            if s.trim_start_matches('-').len() > 4300 {
                return Err(exc::value_error("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
            }
            s
        }
        Value::Float(f) => crate::format::float_repr(f.get()),
        Value::Str(s) => crate::format::str_repr(s.as_str()),
        Value::Bytes(b) => crate::format::bytes_repr(b),
        Value::List(l) => {
            let items = l.snapshot();
            guarded(vm, v, "[...]", |vm| {
                Ok(format!("[{}]", join_reprs(vm, &items)?))
            })?
        }
        Value::Tuple(t) => {
            if t.items.len() == 1 {
                let item = &t.items[0];
                format!("({},)", crate::stack::nested(vm, |vm| repr(vm, item))?)
            } else {
                let items = t.items.to_vec();
                guarded(vm, v, "(...)", |vm| {
                    Ok(format!("({})", join_reprs(vm, &items)?))
                })?
            }
        }
        Value::Dict(d) => {
            let items = d.inner.lock().items();
            guarded(vm, v, "{...}", |vm| {
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in &items {
                    parts.push(format!("{}: {}", repr(vm, k)?, repr(vm, val)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            })?
        }
        Value::Set(s) => {
            let items = crate::builtins::methods_set_order(&s.inner.lock().keys());
            if items.is_empty() {
                "set()".into()
            } else {
                guarded(vm, v, "set(...)", |vm| {
                    Ok(format!("{{{}}}", join_reprs(vm, &items)?))
                })?
            }
        }
        Value::FrozenSet(s) => {
            let items = crate::builtins::methods_set_order(&s.inner.lock().keys());
            if items.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({{{}}})", join_reprs(vm, &items)?)
            }
        }
        Value::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Value::Slice(s) => {
            format!(
                "slice({}, {}, {})",
                repr(vm, &s.start)?,
                repr(vm, &s.stop)?,
                repr(vm, &s.step)?
            )
        }
        Value::Function(f) => format!("<function {} at {}>", f.qualname(), addr(v)),
        Value::Builtin(b) => match (&b.owner, &b.bound) {
            (Some(owner), _) => format!("<method '{}' of '{}' objects>", b.name, owner),
            (None, Some(m)) => format!(
                "<built-in method {} of {} object at {}>",
                b.name,
                type_name(m),
                addr(m)
            ),
            _ => format!("<built-in function {}>", b.name),
        },
        Value::Method(m) => {
            let fname = match &m.func {
                Value::Function(f) => f.qualname().to_string(),
                Value::Builtin(b) => {
                    return Ok(format!(
                        "<built-in method {} of {} object at {}>",
                        b.name,
                        type_name(&m.receiver),
                        addr(&m.receiver)
                    ));
                }
                other => type_name(other),
            };
            let r = repr(vm, &m.receiver)?;
            format!("<bound method {} of {}>", fname, r)
        }
        Value::Class(c) => {
            if let Some(r) = vm.meta_dunder(v, "__repr__", &[])? {
                return match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(exc::type_error(format!(
                        "__repr__ returned non-string (type {})",
                        crate::types::type_name(&other)
                    ))),
                };
            }
            if c.builtin || &*c.module == "builtins" {
                format!("<class '{}'>", c.name)
            } else {
                format!("<class '{}.{}'>", c.module, c.qualname)
            }
        }
        Value::Module(m) => match m.globals.get_by_name("__file__") {
            Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name, f.as_str()),
            _ => format!("<module '{}' (built-in)>", m.name),
        },
        Value::Generator(g) => format!("<generator object {} at {}>", g.qualname, addr(v)),
        Value::Iter(it) => format!("<{} object at {}>", it.kind, addr(v)),
        Value::Cell(_) => format!("<cell at {}>", addr(v)),
        Value::Code(c) => format!("<code object {} at {}>", c.code.name, addr(v)),
        Value::Ellipsis => "Ellipsis".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Undef => "<undefined>".into(),
        Value::Native(n) => {
            let own = n
                .class
                .lookup("__repr__")
                .filter(|f| !matches!(f, Value::Builtin(b) if b.owner == Some("object")));
            if let Some(f) = own {
                let r = vm.call(&f, std::slice::from_ref(v))?;
                return vm.to_str(&r);
            }
            format!("<{} object at {}>", n.class.name, addr(v))
        }
        Value::Instance(inst) => {
            if let Some(f) = vm.lookup_special(v, "__repr__") {
                let r = vm.call(&f, std::slice::from_ref(v))?;
                return match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(exc::type_error(format!(
                        "__repr__ returned non-string (type {})",
                        type_name(&other)
                    ))),
                };
            }
            if let Some(e) = inst.exc() {
                let args = e.lock().args.clone();
                let inner = match &args {
                    Value::Tuple(t) if t.items.len() == 1 => repr(vm, &t.items[0])?,
                    Value::Tuple(t) => join_reprs(vm, &t.items)?,
                    other => repr(vm, other)?,
                };
                return Ok(format!("{}({})", inst.class.name, inner));
            }
            let t = types();
            let view = |name: &str, vm: &mut Vm, items: Vec<Value>| -> PyResult<String> {
                Ok(format!("{}([{}])", name, join_reprs(vm, &items)?))
            };
            match (&inst.payload, inst.class.kind) {
                (Payload::Dict(d), _) if crate::object::Obj::ptr_eq(&inst.class, &t.dict_keys) => {
                    let k = d.inner.lock().keys();
                    return view("dict_keys", vm, k);
                }
                (Payload::Dict(d), _)
                    if crate::object::Obj::ptr_eq(&inst.class, &t.dict_values) =>
                {
                    let k = d.inner.lock().values();
                    return view("dict_values", vm, k);
                }
                (Payload::Dict(d), _) if crate::object::Obj::ptr_eq(&inst.class, &t.dict_items) => {
                    let k = d
                        .inner
                        .lock()
                        .items()
                        .into_iter()
                        .map(|(a, b)| Value::tuple(vec![a, b]))
                        .collect();
                    return view("dict_items", vm, k);
                }
                (Payload::Wrapper(parts), ClassKind::Property) => {
                    let _ = parts;
                    return Ok(format!("<property object at {}>", addr(v)));
                }
                (Payload::Wrapper(parts), ClassKind::StaticMethod | ClassKind::ClassMethod) => {
                    return Ok(format!(
                        "<{} object at {}>",
                        inst.class.name,
                        addr(&parts[0])
                    ));
                }
                (Payload::Wrapper(parts), ClassKind::Super) => {
                    let c = match &parts[0] {
                        Value::Class(c) => c.name.to_string(),
                        _ => "?".into(),
                    };
                    return Ok(format!(
                        "<super: <class '{}'>, <{} object>>",
                        c,
                        type_name(&parts[1])
                    ));
                }
                _ => {}
            }
            if let Some(p) = vm.builtin_payload(v) {
                return repr(vm, &p);
            }
            let modname = &inst.class.module;
            if &**modname == "builtins" {
                // CPython leaves the module out for built-in types.
                return Ok(format!("<{} object at {}>", inst.class.qualname, addr(v)));
            }
            format!(
                "<{}.{} object at {}>",
                modname,
                inst.class.qualname,
                addr(v)
            )
        }
    })
}
