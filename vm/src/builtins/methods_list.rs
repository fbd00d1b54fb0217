//! Methods of `list` and `tuple`.

use super::args::{method_arity, no_args, no_kw, one_arg};
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::Obj;
use crate::object::{List, Payload};
use crate::protocol::norm_index;
use crate::types::{type_name, Types};
use crate::value::Value;
use crate::PyResult;

pub(super) fn register(t: &Types) {
    super::add_methods(
        &t.list,
        "list",
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("sort", sort),
            ("reverse", reverse),
            ("copy", copy),
            ("clear", clear),
            ("__init__", init),
        ],
    );
    super::add_methods(&t.tuple, "tuple", &[("index", index), ("count", count)]);
}

/// The list behind `self` (a list or an instance of a list subclass).
pub fn this(v: &Value) -> PyResult<&Obj<List>> {
    match v {
        Value::List(l) => Ok(l),
        Value::Instance(i) => match &i.payload {
            Payload::List(l) => Ok(l),
            _ => Err(exc::type_error(format!(
                "descriptor requires a 'list' object but received a '{}'",
                type_name(v)
            ))),
        },
        other => Err(exc::type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            type_name(other)
        ))),
    }
}

fn items_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(t) => Ok(t.items.to_vec()),
        Value::Instance(_) => match vm.builtin_payload(v) {
            Some(Value::Tuple(t)) => Ok(t.items.to_vec()),
            _ => Ok(this(v)?.snapshot()),
        },
        _ => Ok(this(v)?.snapshot()),
    }
}

/// Whether `self` is a tuple (or an instance of a tuple subclass).
fn is_tuple(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Tuple(_)) || matches!(vm.builtin_payload(v), Some(Value::Tuple(_)))
}

fn init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("list", kw)?;
    let l = this(&args[0])?;
    if let Some(src) = args.get(1) {
        let items = vm.collect(src)?;
        let mut g = l.items.lock();
        g.clear();
        g.extend(items);
    }
    Ok(Value::None)
}

fn append(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg("list.append", args, kw)?;
    crate::protocol::push_checked(&mut this(&args[0])?.items.lock(), args[1].clone())?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg("list.extend", args, kw)?;
    let l = this(&args[0])?;
    let items = vm.collect(&args[1])?;
    let mut g = l.items.lock();
    if g.try_reserve(items.len()).is_err() {
        return Err(exc::memory_error(""));
    }
    g.extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("list.insert", kw)?;
    if args.len() != 3 {
        return Err(exc::type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let l = this(&args[0])?;
    let i = vm.index_value(&args[1])?;
    let mut g = l.items.lock();
    let n = g.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    g.insert(i, args[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("list.pop", kw)?;
    method_arity("pop", args, 0, 1)?;
    let l = this(&args[0])?;
    let i = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let mut g = l.items.lock();
    if g.is_empty() {
        return Err(exc::index_error("pop from empty list"));
    }
    let n = g.len();
    match norm_index(i, n) {
        Some(i) => Ok(g.remove(i)),
        None => Err(exc::index_error("pop index out of range")),
    }
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg("list.remove", args, kw)?;
    let l = this(&args[0])?;
    let items = l.snapshot();
    for (i, x) in items.iter().enumerate() {
        if x.is(&args[1]) || crate::ops::compare::eq(vm, x, &args[1])? {
            let mut g = l.items.lock();
            if i < g.len() {
                g.remove(i);
            }
            return Ok(Value::None);
        }
    }
    Err(exc::value_error("list.remove(x): x not in list"))
}

fn index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw(
        if is_tuple(vm, &args[0]) {
            "tuple.index"
        } else {
            "list.index"
        },
        kw,
    )?;
    method_arity("index", args, 1, 3)?;
    let items = items_of(vm, &args[0])?;
    let n = items.len() as i64;
    let clamp = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let bound = |vm: &mut Vm, v: &Value| {
        vm.index_value(v).map_err(|e| {
            if matches!(v, Value::Instance(_)) {
                e
            } else {
                exc::type_error("slice indices must be integers or have an __index__ method")
            }
        })
    };
    let start = match args.get(2) {
        Some(v) => clamp(bound(vm, v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => clamp(bound(vm, v)?),
        None => n,
    };
    for i in start..stop.max(start) {
        let x = &items[i as usize];
        if x.is(&args[1]) || crate::ops::compare::eq(vm, x, &args[1])? {
            return Ok(Value::Int(i));
        }
    }
    if is_tuple(vm, &args[0]) {
        return Err(exc::value_error("tuple.index(x): x not in tuple"));
    }
    let r = vm.repr(&args[1])?;
    Err(exc::value_error(format!("{} is not in list", r)))
}

fn count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg(
        if is_tuple(vm, &args[0]) {
            "tuple.count"
        } else {
            "list.count"
        },
        args,
        kw,
    )?;
    let items = items_of(vm, &args[0])?;
    let mut n = 0;
    for x in &items {
        if x.is(&args[1]) || crate::ops::compare::eq(vm, x, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    method_arity("sort", args, 0, 0)
        .map_err(|_| exc::type_error("sort() takes no positional arguments"))?;
    let [key, reverse] = crate::builtins::functions::sort_kw(kw)?;
    let l = this(&args[0])?;
    let mut items = std::mem::take(&mut *l.items.lock());
    let reverse = match reverse {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    let r = super::functions::sort_values(vm, &mut items, key.filter(|k| !k.is_none()), reverse);
    let mut g = l.items.lock();
    let modified = !g.is_empty();
    *g = items;
    drop(g);
    r?;
    if modified {
        return Err(exc::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("list.reverse", args, kw)?;
    this(&args[0])?.items.lock().reverse();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("list.copy", args, kw)?;
    Ok(Value::list(this(&args[0])?.snapshot()))
}

fn clear(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("list.clear", args, kw)?;
    this(&args[0])?.items.lock().clear();
    Ok(Value::None)
}
