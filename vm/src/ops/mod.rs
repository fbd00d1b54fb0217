//! Operators: arithmetic, comparison, unary, and the iterator fast paths
//! the interpreter loop uses. User dunders are tried where CPython would.

pub mod arith;
pub mod compare;

use crate::object::Obj;

use spindle_compiler::op::{BinOp, Op};

use crate::exc::{self, PyErr};
use crate::interp::Vm;
use crate::object::IterState;
use crate::types::type_name;
use crate::value::Value;
use crate::PyResult;

pub use compare::compare;

/// Result of sending into a sub-iterator (`yield from`).
pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

/// Dunder names of a binary operator: (method, reflected, in-place).
pub fn dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// `a + b`.
pub fn add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    binary(vm, BinOp::Add, a, b)
}

/// `a op b`.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult {
    if let Some(r) = arith::binary_builtin(vm, op, a, b)? {
        return Ok(r);
    }
    binary_dunder(vm, op, a, b)
}

fn user_class(v: &Value) -> bool {
    match v {
        Value::Instance(_) | Value::Native(_) => true,
        Value::Class(c) => c.meta.is_some(),
        _ => false,
    }
}

/// `int | None`: a `types.UnionType` (from the library's `types` module).
fn type_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let is_type = |v: &Value| matches!(v, Value::Class(_) | Value::None);
    if !(is_type(a) && is_type(b))
        || !(matches!(a, Value::Class(_)) || matches!(b, Value::Class(_)))
    {
        return Ok(None);
    }
    let types_mod = vm.import_module("types")?;
    let union = vm.getattr(&types_mod, "UnionType")?;
    vm.call(&union, &[Value::tuple(vec![a.clone(), b.clone()])])
        .map(Some)
}

#[cold]
fn binary_dunder(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult {
    let (m, r, _) = dunders(op);
    // CPython's order: the right operand's reflected method goes first when
    // its type is a proper subclass of the left one's that overrides it; it
    // is not tried at all when both operands have the same type.
    let (ca, cb) = (crate::types::class_of(a), crate::types::class_of(b));
    let same = Obj::ptr_eq(&ca, &cb);
    let reflected = |vm: &mut Vm| -> PyResult<Option<Value>> {
        if same || !user_class(b) {
            return Ok(None);
        }
        match vm.lookup_special(b, r) {
            Some(f) => {
                let res = vm.call(&f, &[b.clone(), a.clone()])?;
                Ok((!matches!(res, Value::NotImplemented)).then_some(res))
            }
            None => Ok(None),
        }
    };
    let b_first = !same
        && cb.is_subclass(&ca)
        && match (cb.lookup(r), ca.lookup(r)) {
            (Some(x), Some(y)) => !x.is(&y),
            (Some(_), None) => true,
            _ => false,
        };
    if b_first {
        if let Some(res) = reflected(vm)? {
            return Ok(res);
        }
    }
    if user_class(a) {
        if let Some(f) = vm.lookup_special(a, m) {
            let res = vm.call(&f, &[a.clone(), b.clone()])?;
            if !matches!(res, Value::NotImplemented) {
                return Ok(res);
            }
        }
    }
    if !b_first {
        if let Some(res) = reflected(vm)? {
            return Ok(res);
        }
    }
    if op == BinOp::BitOr {
        if let Some(u) = type_union(vm, a, b)? {
            return Ok(u);
        }
    }
    // Dict key/item views support the set operators.
    if matches!(
        op,
        BinOp::BitAnd | BinOp::BitOr | BinOp::Sub | BinOp::BitXor
    ) && (is_set_view(a) || is_set_view(b))
    {
        let (x, y) = (as_set(vm, a)?, as_set(vm, b)?);
        return vm.set_algebra(op, &x, &y);
    }
    // Instances of subclasses of built-ins: operate on the payload.
    let pa = vm.builtin_payload(a);
    let pb = vm.builtin_payload(b);
    if pa.is_some() || pb.is_some() {
        let a2 = pa.unwrap_or_else(|| a.clone());
        let b2 = pb.unwrap_or_else(|| b.clone());
        if let Some(r) = arith::binary_builtin(vm, op, &a2, &b2)? {
            return Ok(r);
        }
    }
    // CPython's sequence messages when the other operand's dunders declined.
    match (op, a) {
        (BinOp::Add, Value::Str(_) | Value::List(_) | Value::Tuple(_)) => {
            let t = type_name(a);
            return Err(exc::type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                t,
                type_name(b),
                t
            )));
        }
        (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) => {
            return Err(exc::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(b)
            )));
        }
        (BinOp::Add, Value::Bytes(_)) => {
            return Err(exc::type_error(format!(
                "can't concat {} to bytes",
                type_name(b)
            )));
        }
        (BinOp::Mul, _)
            if matches!(
                b,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
            ) =>
        {
            return Err(exc::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(a)
            )));
        }
        _ => {}
    }
    Err(unsupported(op.symbol(), a, b))
}

#[cold]
pub fn unsupported(sym: &str, a: &Value, b: &Value) -> PyErr {
    if sym == "**" {
        return exc::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        ));
    }
    exc::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_name(a),
        type_name(b)
    ))
}

/// `a op= b`: the in-place dunder, list `+=`, else the binary operator.
pub fn inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult {
    match (op, a) {
        (BinOp::Add, Value::List(l)) => {
            let items = vm.collect(b)?;
            l.items.lock().extend(items);
            return Ok(a.clone());
        }
        (BinOp::Mul, Value::List(l))
            if matches!(b, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) =>
        {
            // `binary` applies the size limits of `[..] * n`.
            if let Value::List(r) = binary(vm, op, a, b)? {
                let items = r.snapshot();
                *l.items.lock() = items;
            }
            return Ok(a.clone());
        }
        (BinOp::BitOr, Value::Dict(d)) => {
            vm.dict_update_op(a, b, None)?;
            let _ = d;
            return Ok(a.clone());
        }
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(_)) => {
            let r = binary(vm, op, a, b)?;
            if let (Value::Set(dst), Value::Set(src)) = (a, &r) {
                let inner = src.inner.lock().clone();
                *dst.inner.lock() = inner;
            }
            return Ok(a.clone());
        }
        (_, Value::Instance(_)) => {
            let (_, _, im) = dunders(op);
            if let Some(f) = vm.lookup_special(a, im) {
                let res = vm.call(&f, &[a.clone(), b.clone()])?;
                if !matches!(res, Value::NotImplemented) {
                    return Ok(res);
                }
            }
        }
        _ => {}
    }
    binary(vm, op, a, b)
}

/// Unary `-`, `+`, `~`.
pub fn unary(vm: &mut Vm, op: Op, a: &Value) -> PyResult {
    if let Some(r) = arith::unary_builtin(op, a)? {
        return Ok(r);
    }
    let (name, sym) = match op {
        Op::Neg => ("__neg__", "-"),
        Op::Pos => ("__pos__", "+"),
        _ => ("__invert__", "~"),
    };
    if let Some(f) = vm.lookup_special(a, name) {
        return vm.call(&f, std::slice::from_ref(a));
    }
    if let Some(p) = vm.builtin_payload(a) {
        if let Some(r) = arith::unary_builtin(op, &p)? {
            return Ok(r);
        }
    }
    Err(exc::type_error(format!(
        "bad operand type for unary {}: '{}'",
        sym,
        type_name(a)
    )))
}

/// Advances a built-in iterator without locking (the caller owns it
/// exclusively). Returns None when the generic path is needed.
#[inline]
pub fn iter_fast_next(st: &mut IterState) -> Option<Option<Value>> {
    match st {
        IterState::Range { next, stop, step } => {
            let cur = *next;
            if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                *next = cur + *step;
                Some(Some(crate::object::int_value(cur)))
            } else {
                Some(None)
            }
        }
        IterState::List(l, i) => {
            let g = l.items.lock();
            if *i < g.len() {
                let v = g[*i].clone();
                *i += 1;
                Some(Some(v))
            } else {
                Some(None)
            }
        }
        IterState::Tuple(t, i) => {
            if *i < t.items.len() {
                let v = t.items[*i].clone();
                *i += 1;
                Some(Some(v))
            } else {
                Some(None)
            }
        }
        IterState::Values(v, i) => {
            if *i < v.len() {
                let x = std::mem::replace(&mut v[*i], Value::None);
                *i += 1;
                Some(Some(x))
            } else {
                Some(None)
            }
        }
        _ => None,
    }
}

/// `case [..]` applies to sequences other than str, bytes and dicts.
pub fn is_match_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
        Value::Instance(i) => {
            matches!(i.payload, crate::object::Payload::List(_))
                || crate::object::Class::full_mro(&i.class)
                    .iter()
                    .any(|c| &*c.name == "deque" && &*c.module == "collections")
        }
        _ => false,
    }
}

/// `case {..}` applies to dicts.
pub fn is_match_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_) => true,
        Value::Instance(i) => matches!(i.payload, crate::object::Payload::Dict(_)),
        _ => false,
    }
}

/// Whether `v` is a `dict_keys` or `dict_items` view.
pub(crate) fn is_set_view(v: &Value) -> bool {
    match v {
        Value::Instance(i) => {
            let t = crate::types::types();
            crate::object::Obj::ptr_eq(&i.class, &t.dict_keys)
                || crate::object::Obj::ptr_eq(&i.class, &t.dict_items)
        }
        _ => false,
    }
}

/// Whether `v` is a `dict_keys`, `dict_values` or `dict_items` view.
pub(crate) fn is_dict_view(v: &Value) -> bool {
    match v {
        Value::Instance(i) => {
            let t = crate::types::types();
            crate::object::Obj::ptr_eq(&i.class, &t.dict_keys)
                || crate::object::Obj::ptr_eq(&i.class, &t.dict_values)
                || crate::object::Obj::ptr_eq(&i.class, &t.dict_items)
        }
        _ => false,
    }
}

/// `v` as a set: sets as they are, set-like views collected into a new set.
pub(crate) fn as_set(vm: &mut Vm, v: &Value) -> PyResult {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        other => {
            let items = vm.collect(other)?;
            vm.new_set(items)
        }
    }
}
