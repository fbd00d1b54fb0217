//! Comparisons: `==` and ordering for built-in types, user dunders with
//! reflection, lexicographic sequences, and membership.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use spindle_compiler::op::CmpOp;

use super::arith::Num;
use crate::exc;
use crate::interp::Vm;
use crate::types::type_name;
use crate::value::Value;
use crate::PyResult;

/// Compares two numbers exactly (ints against floats without rounding).
pub fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    use Num::*;
    match (a, b) {
        (I(x), I(y)) => Some(x.cmp(y)),
        (F(x), F(y)) => x.partial_cmp(y),
        (I(x), F(y)) => int_float_cmp(&BigInt::from(*x), *y),
        (F(x), I(y)) => int_float_cmp(&BigInt::from(*y), *x).map(Ordering::reverse),
        (B(x), F(y)) => int_float_cmp(x, *y),
        (F(x), B(y)) => int_float_cmp(y, *x).map(Ordering::reverse),
        (B(x), B(y)) => Some((**x).cmp(&**y)),
        (B(x), I(y)) => Some((**x).cmp(&BigInt::from(*y))),
        (I(x), B(y)) => Some(BigInt::from(*x).cmp(&**y)),
    }
}

fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(small) = i.to_i64() {
        if small.unsigned_abs() < (1u64 << 53) {
            return (small as f64).partial_cmp(&f);
        }
    }
    // Compare exactly: floor(f) as big int, then the fraction.
    let fl = f.floor();
    let fb = float_to_big(fl);
    match i.cmp(&fb) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

/// A finite integral float as a big integer.
pub fn float_to_big(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f).unwrap_or_default()
}

/// Equality decidable without running script code; None if a dunder may
/// be involved.
pub fn eq_native(a: &Value, b: &Value) -> Option<bool> {
    eq_native_depth(a, b, 0)
}

fn eq_native_depth(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
        return Some(num_cmp(&x, &y) == Some(Ordering::Equal));
    }
    Some(match (a, b) {
        (Value::Str(x), Value::Str(y)) => std::ptr::eq(&**x, &**y) || x.as_str() == y.as_str(),
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::None, Value::None) => true,
        (Value::Tuple(x), Value::Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            if depth > 200 {
                return None;
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !p.is(q) && !eq_native_depth(p, q, depth + 1)? {
                    return Some(false);
                }
            }
            true
        }
        (Value::Range(x), Value::Range(y)) => {
            let (xl, yl) = (x.len_i128(), y.len_i128());
            (xl == 0 && yl == 0)
                || (x.start == y.start && xl == yl && (xl == 1 || x.step == y.step))
        }
        // Bound methods are equal when bound to the same object (identity)
        // with the same function.
        (Value::Method(x), Value::Method(y)) => x.receiver.is(&y.receiver) && x.func.is(&y.func),
        (Value::Instance(_), _) | (_, Value::Instance(_)) => return None,
        (Value::Native(_), _) | (_, Value::Native(_)) => return None,
        (Value::List(_), Value::List(_)) | (Value::Dict(_), Value::Dict(_)) => return None,
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => return None,
        _ => a.is(b),
    })
}

/// `a == b` with dunders and containers.
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) && !matches!(a, Value::Float(f) if f.get().is_nan()) {
        return Ok(true);
    }
    if let Some(r) = eq_native(a, b) {
        return Ok(r);
    }
    let r = rich(vm, CmpOp::Eq, a, b)?;
    vm.truthy(&r)
}

fn seq_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(l) => Some(l.snapshot()),
        Value::Tuple(t) => Some(t.items.to_vec()),
        _ => None,
    }
}

/// The rich comparison protocol: built-ins, then `a.__op__(b)`, then the
/// reflected `b.__rop__(a)`, then identity for `==`/`!=`.
fn rich(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult {
    if let Some(r) = builtin_cmp(vm, op, a, b)? {
        return Ok(Value::bool(r));
    }
    let (name, reflected) = match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        _ => unreachable!("rich comparison op"),
    };
    if let Some(f) = vm.lookup_special(a, name) {
        let r = vm.call(&f, &[a.clone(), b.clone()])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(f) = vm.lookup_special(b, reflected) {
        let r = vm.call(&f, &[b.clone(), a.clone()])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if op == CmpOp::Ne {
        if let Some(f) = vm.lookup_special(a, "__eq__") {
            let r = vm.call(&f, &[a.clone(), b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Value::bool(!vm.truthy(&r)?));
            }
        }
    }
    // Dict views: keys and items views compare as sets with sets and
    // other set-like views; otherwise (and values views) by identity.
    if super::is_dict_view(a) || super::is_dict_view(b) {
        let setlike =
            |v: &Value| matches!(v, Value::Set(_) | Value::FrozenSet(_)) || super::is_set_view(v);
        if setlike(a) && setlike(b) {
            let (x, y) = (super::as_set(vm, a)?, super::as_set(vm, b)?);
            return rich(vm, op, &x, &y);
        }
        return by_identity(op, a, b);
    }
    // Subclasses of built-ins compare by payload.
    let pa = vm.builtin_payload(a);
    let pb = vm.builtin_payload(b);
    if pa.is_some() || pb.is_some() {
        let a2 = pa.unwrap_or_else(|| a.clone());
        let b2 = pb.unwrap_or_else(|| b.clone());
        return rich(vm, op, &a2, &b2);
    }
    by_identity(op, a, b)
}

/// The last resort of a comparison: `==`/`!=` by identity, ordering
/// unsupported.
fn by_identity(op: CmpOp, a: &Value, b: &Value) -> PyResult {
    match op {
        CmpOp::Eq => Ok(Value::bool(a.is(b))),
        CmpOp::Ne => Ok(Value::bool(!a.is(b))),
        _ => Err(exc::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

fn ord_result(op: CmpOp, o: Option<Ordering>) -> bool {
    match o {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            _ => false,
        },
    }
}

/// Comparisons between built-in types; Ok(None) when not applicable.
fn builtin_cmp(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    match (a, b) {
        // Containers compare their items: recursion that needs a limit.
        (Value::List(_), Value::List(_))
        | (Value::Tuple(_), Value::Tuple(_))
        | (Value::Dict(_), Value::Dict(_))
        | (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
            crate::stack::nested(vm, |vm| builtin_cmp_inner(vm, op, a, b))
        }
        _ => builtin_cmp_inner(vm, op, a, b),
    }
}

fn builtin_cmp_inner(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
        return Ok(Some(ord_result(op, num_cmp(&x, &y))));
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            Ok(Some(ord_result(op, Some(x.as_str().cmp(y.as_str())))))
        }
        (Value::Bytes(x), Value::Bytes(y)) => Ok(Some(ord_result(op, Some(x.cmp(y))))),
        (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) => {
            vm.check_stack()?;
            let xs = seq_items(a).unwrap_or_default();
            let ys = seq_items(b).unwrap_or_default();
            if matches!(op, CmpOp::Eq | CmpOp::Ne) && xs.len() != ys.len() {
                return Ok(Some(op == CmpOp::Ne));
            }
            for (p, q) in xs.iter().zip(ys.iter()) {
                // Containers compare elements by identity first (so a nan
                // equals itself inside a list), as CPython does.
                if !p.is(q) && !eq(vm, p, q)? {
                    return match op {
                        CmpOp::Eq => Ok(Some(false)),
                        CmpOp::Ne => Ok(Some(true)),
                        _ => {
                            let r = compare(vm, op, p, q)?;
                            Ok(Some(vm.truthy(&r)?))
                        }
                    };
                }
            }
            Ok(Some(ord_result(op, Some(xs.len().cmp(&ys.len())))))
        }
        (Value::Dict(x), Value::Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let xs = x.inner.lock().items();
            if xs.len() != y.len() {
                return Ok(Some(op == CmpOp::Ne));
            }
            for (k, v) in xs {
                match vm.dict_get(y, &k)? {
                    Some(w) if v.is(&w) || eq(vm, &v, &w)? => {}
                    _ => return Ok(Some(op == CmpOp::Ne)),
                }
            }
            Ok(Some(op == CmpOp::Eq))
        }
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
            let sub = vm.set_is_subset(a, b)?;
            let sup = vm.set_is_subset(b, a)?;
            Ok(Some(match op {
                CmpOp::Eq => sub && sup,
                CmpOp::Ne => !(sub && sup),
                CmpOp::Le => sub,
                CmpOp::Lt => sub && !sup,
                CmpOp::Ge => sup,
                CmpOp::Gt => sup && !sub,
                _ => false,
            }))
        }
        (Value::Range(x), Value::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let (xl, yl) = (x.len_i128(), y.len_i128());
            let same = (xl == 0 && yl == 0)
                || (x.start == y.start && xl == yl && (xl == 1 || x.step == y.step));
            Ok(Some(same == (op == CmpOp::Eq)))
        }
        _ => Ok(None),
    }
}

/// `a op b` for every comparison operator.
pub fn compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult {
    match op {
        CmpOp::Is => Ok(Value::bool(a.is(b))),
        CmpOp::IsNot => Ok(Value::bool(!a.is(b))),
        CmpOp::In => Ok(Value::bool(vm.contains(b, a)?)),
        CmpOp::NotIn => Ok(Value::bool(!vm.contains(b, a)?)),
        CmpOp::Eq | CmpOp::Ne => {
            if let Some(r) = eq_native(a, b) {
                return Ok(Value::bool(r == (op == CmpOp::Eq)));
            }
            rich(vm, op, a, b)
        }
        _ => rich(vm, op, a, b),
    }
}

/// `a > b` as a bool (max).
pub fn gt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x > y);
    }
    if let (Value::Str(x), Value::Str(y)) = (a, b) {
        return Ok(x.as_str() > y.as_str());
    }
    let r = rich(vm, CmpOp::Gt, a, b)?;
    vm.truthy(&r)
}

/// `a < b` as a bool (sorting, min/max).
pub fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    if let (Value::Str(x), Value::Str(y)) = (a, b) {
        return Ok(x.as_str() < y.as_str());
    }
    let r = rich(vm, CmpOp::Lt, a, b)?;
    vm.truthy(&r)
}
