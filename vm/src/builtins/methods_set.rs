//! Methods of `set` and `frozenset`, and CPython's set iteration order.

use crate::object::Obj;

use spindle_compiler::op::BinOp;

use super::args::{method_arity, no_kw};
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{Payload, SetObj};
use crate::types::{type_name, Types};
use crate::value::Value;
use crate::PyResult;

pub(super) fn register(t: &Types) {
    let shared: &[(&str, crate::object::BuiltinFn)] = &[
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("copy", copy),
    ];
    super::add_methods(&t.set, "set", shared);
    super::add_methods(&t.frozenset, "frozenset", shared);
    super::add_methods(
        &t.set,
        "set",
        &[
            ("add", add),
            ("remove", remove),
            ("discard", discard),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
        ],
    );
}

fn this(v: &Value) -> PyResult<Obj<SetObj>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.clone()),
        Value::Instance(i) => match &i.payload {
            Payload::Value(p) => match &*p.read() {
                Value::Set(s) | Value::FrozenSet(s) => Ok(s.clone()),
                _ => Err(exc::type_error("set expected")),
            },
            _ => Err(exc::type_error("set expected")),
        },
        other => Err(exc::type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            type_name(other)
        ))),
    }
}

fn as_set_value(v: &Value) -> PyResult<Value> {
    Ok(Value::Set(this(v)?))
}

fn fold(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult {
    let mut acc = match &args[0] {
        Value::FrozenSet(_) => args[0].clone(),
        _ => as_set_value(&args[0])?,
    };
    let was_frozen = matches!(args[0], Value::FrozenSet(_));
    // Copy so the receiver is never mutated.
    let items = vm.collect(&acc)?;
    acc = if was_frozen {
        vm.new_frozenset(items)?
    } else {
        vm.new_set(items)?
    };
    for other in &args[1..] {
        let o = match other {
            Value::Set(_) | Value::FrozenSet(_) => other.clone(),
            _ => {
                let items = vm.collect(other)?;
                vm.new_set(items)?
            }
        };
        acc = vm.set_algebra(op, &acc, &o)?;
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("union", kw)?;
    fold(vm, args, BinOp::BitOr)
}

fn intersection(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("intersection", kw)?;
    fold(vm, args, BinOp::BitAnd)
}

fn difference(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("difference", kw)?;
    fold(vm, args, BinOp::Sub)
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("symmetric_difference", kw)?;
    method_arity("symmetric_difference", args, 1, 1)?;
    fold(vm, args, BinOp::BitXor)
}

fn other_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        _ => {
            let items = vm.collect(v)?;
            vm.new_set(items)
        }
    }
}

fn issubset(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("issubset", args, 1, 1)?;
    let o = other_set(vm, &args[1])?;
    let me = as_set_value(&args[0])?;
    Ok(Value::bool(vm.set_is_subset(&me, &o)?))
}

fn issuperset(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("issuperset", args, 1, 1)?;
    let o = other_set(vm, &args[1])?;
    let me = as_set_value(&args[0])?;
    Ok(Value::bool(vm.set_is_subset(&o, &me)?))
}

fn isdisjoint(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("isdisjoint", args, 1, 1)?;
    let me = this(&args[0])?;
    for x in vm.collect(&args[1])? {
        if vm.set_contains(&me, &x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn copy(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("copy", args, 0, 0)?;
    let items = this(&args[0])?.inner.lock().keys();
    match &args[0] {
        Value::FrozenSet(_) => Ok(args[0].clone()),
        _ => vm.new_set(items),
    }
}

fn add(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("add", args, 1, 1)?;
    let s = as_set_value(&args[0])?;
    vm.set_add(&s, args[1].clone())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("remove", args, 1, 1)?;
    let s = this(&args[0])?;
    if !vm.set_discard(&s, &args[1])? {
        return Err(exc::key_error(args[1].clone()));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("discard", args, 1, 1)?;
    let s = this(&args[0])?;
    vm.set_discard(&s, &args[1])?;
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("pop", args, 0, 0)?;
    let s = this(&args[0])?;
    let first = order(&s.inner.lock().keys()).into_iter().next();
    match first {
        Some(k) => {
            let mut g = s.inner.lock();
            let h = crate::hash::hash_native(&k).unwrap_or(0);
            if let Some(i) = g.lookup_identical(h, &k) {
                g.remove_at(i);
            }
            Ok(k)
        }
        None => Err(exc::key_error(Value::str("pop from an empty set"))),
    }
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    this(&args[0])?.inner.lock().clear();
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = as_set_value(&args[0])?;
    for other in &args[1..] {
        for x in vm.collect(other)? {
            vm.set_add(&s, x)?;
        }
    }
    Ok(Value::None)
}

fn replace_with(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult {
    let r = fold(vm, args, op)?;
    let dst = this(&args[0])?;
    let src = this(&r)?;
    let inner = src.inner.lock().clone();
    *dst.inner.lock() = inner;
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    replace_with(vm, args, BinOp::BitAnd)
}

fn difference_update(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    replace_with(vm, args, BinOp::Sub)
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    replace_with(vm, args, BinOp::BitXor)
}

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// The order CPython 3.11 iterates a set built by inserting `keys` in
/// order: simulates its open-addressing table (linear probes, then
/// perturbation; resize at 3/5 fill). For ints this reproduces CPython's
/// printed order; for str CPython's order is randomized anyway.
pub fn order(keys: &[Value]) -> Vec<Value> {
    if keys.len() <= 1 {
        return keys.to_vec();
    }
    let hashes: Vec<u64> = keys
        .iter()
        .map(|k| crate::hash::hash_native(k).unwrap_or(0))
        .collect();
    let mut mask: usize = 7;
    let mut table: Vec<Option<usize>> = vec![None; 8];
    let mut fill = 0usize;
    for idx in 0..keys.len() {
        insert_clean(&mut table, mask, hashes[idx], idx);
        fill += 1;
        if fill * 5 >= mask * 3 {
            let used = fill;
            let minused = if used > 50000 { used * 2 } else { used * 4 };
            let mut newsize = 8usize;
            while newsize <= minused {
                newsize <<= 1;
            }
            let old: Vec<usize> = table.iter().flatten().copied().collect();
            mask = newsize - 1;
            table = vec![None; newsize];
            for i in old {
                insert_clean(&mut table, mask, hashes[i], i);
            }
        }
    }
    table
        .into_iter()
        .flatten()
        .map(|i| keys[i].clone())
        .collect()
}

fn insert_clean(table: &mut [Option<usize>], mask: usize, hash: u64, idx: usize) {
    let mut perturb = hash;
    let mut i = (hash as usize) & mask;
    loop {
        if table[i].is_none() {
            table[i] = Some(idx);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].is_none() {
                    table[i + j] = Some(idx);
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}
