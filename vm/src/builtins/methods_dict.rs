//! Methods of `dict` and its views.

use crate::object::Obj;

use super::args::{method_arity, no_kw};
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{Dict, DictInner, Instance, Payload};
use crate::types::{type_name, types, Types};
use crate::value::Value;
use crate::PyResult;

pub(super) fn register(t: &Types) {
    super::add_methods(
        &t.dict,
        "dict",
        &[
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("pop", pop),
            ("popitem", popitem),
            ("setdefault", setdefault),
            ("update", update),
            ("copy", copy),
            ("clear", clear),
            ("__init__", init),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__contains__", contains),
        ],
    );
    super::add_class_methods(t, &t.dict, "dict", &[("fromkeys", fromkeys)]);
    let view_methods: &[(&str, crate::object::BuiltinFn)] = &[("isdisjoint", view_isdisjoint)];
    super::add_methods(&t.dict_keys, "dict_keys", view_methods);
    super::add_methods(&t.dict_items, "dict_items", view_methods);
}

/// The dict behind `self` (a dict or an instance of a dict subclass).
pub fn this(v: &Value) -> PyResult<Obj<Dict>> {
    match v {
        Value::Dict(d) => Ok(d.clone()),
        Value::Instance(i) => match &i.payload {
            Payload::Dict(d) => Ok(d.clone()),
            _ => Err(exc::type_error(format!(
                "descriptor requires a 'dict' object but received a '{}'",
                type_name(v)
            ))),
        },
        other => Err(exc::type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            type_name(other)
        ))),
    }
}

fn init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    update(vm, args, kw)
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__getitem__", args, 1, 1)?;
    let d = this(&args[0])?;
    match vm.dict_get(&d, &args[1])? {
        Some(v) => Ok(v),
        None => Err(exc::key_error(args[1].clone())),
    }
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__setitem__", args, 2, 2)?;
    let d = this(&args[0])?;
    vm.dict_set(&d, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__contains__", args, 1, 1)?;
    let d = this(&args[0])?;
    Ok(Value::bool(vm.dict_get(&d, &args[1])?.is_some()))
}

fn get(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("get", kw)?;
    method_arity("get", args, 1, 2)?;
    let d = this(&args[0])?;
    Ok(vm
        .dict_get(&d, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn view(args: &[Value], cls: &Obj<crate::object::Class>, name: &str) -> PyResult {
    method_arity(name, args, 0, 0)?;
    let d = this(&args[0])?;
    Ok(Value::Instance(Obj::new(Instance::new(
        cls.clone(),
        Payload::Dict(d),
    ))))
}

fn keys(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    view(args, &types().dict_keys, "keys")
}

fn values(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    view(args, &types().dict_values, "values")
}

fn items(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    view(args, &types().dict_items, "items")
}

fn pop(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("pop", kw)?;
    method_arity("pop", args, 1, 2)?;
    let d = this(&args[0])?;
    match vm.dict_remove(&d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(exc::key_error(args[1].clone())),
        },
    }
}

fn popitem(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("popitem", args, 0, 0)?;
    let d = this(&args[0])?;
    let mut g = d.inner.lock();
    match g.last_index() {
        Some(i) => {
            let (k, v) = g.remove_at(i);
            Ok(Value::tuple(vec![k, v]))
        }
        None => Err(exc::key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn setdefault(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("setdefault", kw)?;
    method_arity("setdefault", args, 1, 2)?;
    let d = this(&args[0])?;
    if let Some(v) = vm.dict_get(&d, &args[1])? {
        return Ok(v);
    }
    let dflt = args.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, args[1].clone(), dflt.clone())?;
    Ok(dflt)
}

fn update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    method_arity("update", args, 0, 1)?;
    let d = this(&args[0])?;
    if let Some(src) = args.get(1) {
        for (k, v) in vm.pairs_of(src)? {
            vm.dict_set(&d, k, v)?;
        }
    }
    for (k, v) in kw {
        vm.dict_set(&d, Value::str(k), v.clone())?;
    }
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("copy", args, 0, 0)?;
    let d = this(&args[0])?;
    let inner: DictInner = d.inner.lock().clone();
    Ok(Value::Dict(Obj::new(Dict::from_inner(inner))))
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("clear", args, 0, 0)?;
    this(&args[0])?.inner.lock().clear();
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    // Called on the class (dict.fromkeys) or an instance: args[0] is the receiver.
    method_arity("fromkeys", args, 1, 2)?;
    let keys = vm.collect(&args[1])?;
    let v = args.get(2).cloned().unwrap_or(Value::None);
    let d = Obj::new(Dict::new());
    for k in keys {
        vm.dict_set(&d, k, v.clone())?;
    }
    Ok(Value::Dict(d))
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("isdisjoint", args, 1, 1)?;
    let other = vm.collect(&args[1])?;
    for x in other {
        if vm.contains(&args[0], &x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}
