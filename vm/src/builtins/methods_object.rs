//! Dunder methods of `object` and of the built-in containers, so that
//! `super().__init__()`, `super().__setitem__(k, v)` and `[].__len__()`
//! work. They act on the built-in payload, never on user overrides.

use crate::object::Obj;
use std::sync::Arc;

use spindle_compiler::op::{BinOp, CmpOp};

use super::args::method_arity;
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::Instance;
use crate::types::{class_of, Types};
use crate::value::Value;
use crate::PyResult;

pub(super) fn register(t: &Types) {
    super::add_methods(
        &t.object,
        "object",
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
            ("__format__", object_format),
        ],
    );
    super::add_static_methods(t, &t.object, "object", &[("__new__", object_new)]);
    super::add_static_methods(t, &t.type_, "type", &[("__new__", type_new)]);
    super::add_methods(
        &t.type_,
        "type",
        &[("__init__", type_init), ("__call__", type_call)],
    );
    super::add_class_methods(
        t,
        &t.object,
        "object",
        &[("__init_subclass__", init_subclass)],
    );
    let container: &[(&str, crate::object::BuiltinFn)] = &[
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__getitem__", dunder_getitem),
        ("__iter__", dunder_iter),
        ("__eq__", dunder_eq),
        ("__lt__", dunder_lt),
        ("__repr__", dunder_repr),
    ];
    for (cls, name) in [
        (&t.list, "list"),
        (&t.tuple, "tuple"),
        (&t.str_, "str"),
        (&t.set, "set"),
        (&t.frozenset, "frozenset"),
        (&t.bytes, "bytes"),
        (&t.range, "range"),
    ] {
        super::add_methods(cls, name, container);
    }
    super::add_methods(
        &t.dict,
        "dict",
        &[
            ("__len__", dunder_len),
            ("__iter__", dunder_iter),
            ("__eq__", dunder_eq),
            ("__repr__", dunder_repr),
            ("__delitem__", dunder_delitem),
        ],
    );
    super::add_methods(
        &t.list,
        "list",
        &[
            ("__setitem__", dunder_setitem),
            ("__delitem__", dunder_delitem),
        ],
    );
    super::add_methods(&t.int, "int", NUM_DUNDERS);
    // Mutable containers are unhashable: `list.__hash__ is None`, as
    // CPython's type dicts say (dataclasses and collections.abc read it).
    for cls in [&t.list, &t.dict, &t.set] {
        cls.dict
            .write()
            .insert(crate::intern::intern("__hash__"), Value::None);
    }
    super::add_methods(&t.int, "int", INT_DUNDERS);
    let unary: &[(&str, crate::object::BuiltinFn)] = &[
        ("__int__", u_int),
        ("__float__", u_float),
        ("__abs__", u_abs),
        ("__bool__", u_bool),
        ("__neg__", u_neg),
        ("__pos__", u_pos),
        ("__trunc__", u_int),
        ("__round__", u_round),
    ];
    super::add_methods(&t.int, "int", unary);
    super::add_methods(&t.float, "float", unary);
    super::add_methods(
        &t.int,
        "int",
        &[
            ("__index__", u_index),
            ("__invert__", u_invert),
            ("__floor__", u_int),
            ("__ceil__", u_int),
        ],
    );
    super::add_methods(&t.float, "float", NUM_DUNDERS);
    for (cls, name) in [(&t.int, "int"), (&t.float, "float"), (&t.str_, "str")] {
        super::add_methods(
            cls,
            name,
            &[
                ("__eq__", dunder_eq),
                ("__lt__", dunder_lt),
                ("__repr__", dunder_repr),
                ("__hash__", object_hash),
            ],
        );
    }
}

/// `int.__add__` & co.: the operator on the payloads when `other` is a
/// number the receiver's type handles (int: int/bool; float: also float),
/// else NotImplemented, as CPython's number slots do.
fn num_dunder(vm: &mut Vm, args: &[Value], name: &str, op: BinOp, reflected: bool) -> PyResult {
    method_arity(name, args, 1, 1)?;
    let (a, b) = (base(vm, &args[0]), base(vm, &args[1]));
    let handled = |v: &Value| match &a {
        Value::Float(_) => matches!(
            v,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
        ),
        _ => matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)),
    };
    if !handled(&b) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match crate::ops::arith::binary_builtin(vm, op, &x, &y)? {
        Some(v) => Ok(v),
        None => Ok(Value::NotImplemented),
    }
}

/// Defines one `num_dunder` wrapper per entry and the table `$table` of them.
macro_rules! num_dunders {
    ($table:ident: $($f:ident $name:literal $op:ident $refl:literal;)*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
            num_dunder(vm, args, $name, BinOp::$op, $refl)
        })*
        const $table: &[(&str, crate::object::BuiltinFn)] = &[$(($name, $f)),*];
    };
}

num_dunders! { NUM_DUNDERS:
    n_add "__add__" Add false; n_radd "__radd__" Add true;
    n_sub "__sub__" Sub false; n_rsub "__rsub__" Sub true;
    n_mul "__mul__" Mul false; n_rmul "__rmul__" Mul true;
    n_truediv "__truediv__" TrueDiv false; n_rtruediv "__rtruediv__" TrueDiv true;
    n_floordiv "__floordiv__" FloorDiv false; n_rfloordiv "__rfloordiv__" FloorDiv true;
    n_mod "__mod__" Mod false; n_rmod "__rmod__" Mod true;
    n_pow "__pow__" Pow false; n_rpow "__rpow__" Pow true;
}

num_dunders! { INT_DUNDERS:
    n_and "__and__" BitAnd false; n_rand "__rand__" BitAnd true;
    n_or "__or__" BitOr false; n_ror "__ror__" BitOr true;
    n_xor "__xor__" BitXor false; n_rxor "__rxor__" BitXor true;
    n_lshift "__lshift__" LShift false; n_rlshift "__rlshift__" LShift true;
    n_rshift "__rshift__" RShift false; n_rrshift "__rrshift__" RShift true;
}

/// A unary dunder of int/float: the built-in named `name` on the payload.
fn unary_via(vm: &mut Vm, args: &[Value], name: &str) -> PyResult {
    method_arity(name, args, 0, 0)?;
    let v = base(vm, &args[0]);
    let f = super::lookup(name).ok_or_else(|| exc::internal("missing built-in"))?;
    vm.call(&f, &[v])
}

fn u_int(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    unary_via(vm, args, "int")
}

fn u_float(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    unary_via(vm, args, "float")
}

fn u_abs(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    unary_via(vm, args, "abs")
}

fn u_bool(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    unary_via(vm, args, "bool")
}

fn u_round(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__round__", args, 0, 1)?;
    let v = base(vm, &args[0]);
    let f = super::lookup("round").ok_or_else(|| exc::internal("missing built-in"))?;
    let mut a = vec![v];
    a.extend(args[1..].iter().cloned());
    vm.call(&f, &a)
}

fn u_index(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__index__", args, 0, 0)?;
    match base(vm, &args[0]) {
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        v => Ok(v),
    }
}

fn unary_op(vm: &mut Vm, args: &[Value], name: &str, op: spindle_compiler::op::Op) -> PyResult {
    method_arity(name, args, 0, 0)?;
    let v = base(vm, &args[0]);
    crate::ops::unary(vm, op, &v)
}

fn u_neg(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    unary_op(vm, args, "__neg__", spindle_compiler::op::Op::Neg)
}

fn u_pos(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    unary_op(vm, args, "__pos__", spindle_compiler::op::Op::Pos)
}

fn u_invert(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    unary_op(vm, args, "__invert__", spindle_compiler::op::Op::Invert)
}

/// The built-in value an instance wraps, or the value itself.
fn base(vm: &Vm, v: &Value) -> Value {
    vm.builtin_payload(v).unwrap_or_else(|| v.clone())
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    match args.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            if c.builtin {
                return crate::builtins::construct(vm, &c, args[1..].to_vec(), kw.to_vec());
            }
            vm.new_instance(&c, &args[1..], kw)
        }
        _ => Err(exc::type_error("object.__new__(X): X is not a type object")),
    }
}

fn init_subclass(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn default_repr(v: &Value) -> String {
    let cls = class_of(v);
    format!(
        "<{}.{} object at 0x{:x}>",
        cls.module,
        cls.qualname,
        v.arc_ptr().unwrap_or(0)
    )
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__repr__", args, 0, 0)?;
    match &args[0] {
        Value::Instance(i) if i.exc().is_some() || vm.builtin_payload(&args[0]).is_some() => {
            // Exceptions and built-in subclasses: the built-in repr.
            let inst: &Obj<Instance> = i;
            let plain = Value::Instance(inst.clone());
            if let Some(p) = vm.builtin_payload(&plain) {
                return Ok(Value::string(vm.repr(&p)?));
            }
            let e = crate::exc::PyErr::from_value(plain);
            let args_repr = match e.args() {
                Value::Tuple(t) if t.items.len() == 1 => vm.repr(&t.items[0])?,
                Value::Tuple(t) => {
                    let mut parts = Vec::new();
                    for x in t.items.iter() {
                        parts.push(vm.repr(x)?);
                    }
                    parts.join(", ")
                }
                _ => String::new(),
            };
            Ok(Value::string(format!("{}({})", inst.class.name, args_repr)))
        }
        Value::Instance(_) => Ok(Value::string(default_repr(&args[0]))),
        other => Ok(Value::string(vm.repr(other)?)),
    }
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__str__", args, 0, 0)?;
    if let Value::Instance(i) = &args[0] {
        if i.exc().is_some() {
            return Ok(Value::string(crate::builtins::exceptions::exc_str(vm, i)?));
        }
    }
    Ok(Value::string(vm.repr(&args[0])?))
}

fn object_eq(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__eq__", args, 1, 1)?;
    Ok(if args[0].is(&args[1]) {
        Value::bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__ne__", args, 1, 1)?;
    let r = crate::ops::compare(vm, CmpOp::Eq, &args[0], &args[1])?;
    Ok(Value::bool(!vm.truthy(&r)?))
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__hash__", args, 0, 0)?;
    let v = base(vm, &args[0]);
    match &v {
        Value::Instance(_) => Ok(Value::Int((v.arc_ptr().unwrap_or(0) >> 4) as i64)),
        other => Ok(Value::Int(vm.hash(other)? as i64)),
    }
}

fn object_setattr(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__setattr__", args, 2, 2)?;
    match (&args[0], &args[1]) {
        (Value::Instance(i), Value::Str(name)) => {
            if let Some(e) = i.exc() {
                if crate::builtins::exceptions::set_exc_attr(e, name.as_str(), &args[2]) {
                    return Ok(Value::None);
                }
            }
            i.set_attr(crate::intern::intern(name.as_str()), args[2].clone());
            Ok(Value::None)
        }
        _ => Err(exc::type_error(
            "can't apply this __setattr__ to this object",
        )),
    }
}

fn object_delattr(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__delattr__", args, 1, 1)?;
    match (&args[0], &args[1]) {
        (Value::Instance(i), Value::Str(name)) => {
            if i.del_attr(name.as_str()) {
                Ok(Value::None)
            } else {
                Err(exc::no_attribute(&args[0], name.as_str()))
            }
        }
        _ => Err(exc::type_error(
            "can't apply this __delattr__ to this object",
        )),
    }
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__getattribute__", args, 1, 1)?;
    let name = super::args::str_arg("__getattribute__", &args[1])?.to_string();
    match vm.getattr_generic(&args[0], &name)? {
        Some(v) => Ok(v),
        None => Err(exc::no_attribute(&args[0], &name)),
    }
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__format__", args, 1, 1)?;
    let spec = super::args::str_arg("__format__", &args[1])?.to_string();
    let v = base(vm, &args[0]);
    if let Value::Instance(_) = v {
        if !spec.is_empty() {
            return Err(exc::type_error(format!(
                "unsupported format string passed to {}.__format__",
                crate::types::type_name(&v)
            )));
        }
        return Ok(Value::string(vm.to_str(&v)?));
    }
    Ok(Value::string(super::format_builtin(vm, &v, &spec)?))
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__len__", args, 0, 0)?;
    let v = base(vm, &args[0]);
    Ok(Value::Int(vm.len(&v)? as i64))
}

fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__contains__", args, 1, 1)?;
    let v = base(vm, &args[0]);
    Ok(Value::bool(vm.contains(&v, &args[1])?))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__getitem__", args, 1, 1)?;
    let v = base(vm, &args[0]);
    vm.getitem(&v, &args[1])
}

fn dunder_setitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__setitem__", args, 2, 2)?;
    let v = base(vm, &args[0]);
    vm.setitem(&v, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__delitem__", args, 1, 1)?;
    let v = base(vm, &args[0]);
    vm.delitem(&v, &args[1])?;
    Ok(Value::None)
}

fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__iter__", args, 0, 0)?;
    let v = base(vm, &args[0]);
    vm.iter(&v)
}

fn dunder_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__eq__", args, 1, 1)?;
    let (a, b) = (base(vm, &args[0]), base(vm, &args[1]));
    crate::ops::compare(vm, CmpOp::Eq, &a, &b)
}

fn dunder_lt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__lt__", args, 1, 1)?;
    let (a, b) = (base(vm, &args[0]), base(vm, &args[1]));
    crate::ops::compare(vm, CmpOp::Lt, &a, &b)
}

fn dunder_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__repr__", args, 0, 0)?;
    let v = base(vm, &args[0]);
    Ok(Value::string(vm.repr(&v)?))
}

/// `type.__new__(mcs, name, bases, ns, **kw)`.
fn type_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    match args.first() {
        Some(Value::Class(mcs)) if args.len() == 2 && mcs.builtin => {
            Ok(Value::Class(class_of(&args[1])))
        }
        Some(Value::Class(mcs)) => {
            let kw: Vec<(Arc<str>, Value)> = kw.to_vec();
            vm.type_new_args(mcs.clone(), &args[1..], &kw)
        }
        Some(other) => Err(exc::type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            crate::types::type_name(other)
        ))),
        None => Err(exc::type_error("type.__new__(): not enough arguments")),
    }
}

/// `type.__init__`: the class is complete after `__new__`.
fn type_init(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: `__new__` then `__init__`, the
/// default that a metaclass's `__call__` reaches through `super()`.
fn type_call(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    match args.first() {
        Some(Value::Class(cls)) => {
            let kw: Vec<(Arc<str>, Value)> = kw.to_vec();
            match vm.instantiate_plain(cls, args[1..].to_vec(), kw)? {
                Some(v) => Ok(v),
                None => vm.run_entry(),
            }
        }
        _ => Err(exc::type_error(
            "descriptor '__call__' requires a 'type' object",
        )),
    }
}
