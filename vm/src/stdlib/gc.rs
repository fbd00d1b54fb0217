//! `gc` and `_weakref`: the script's view of the cycle collector and of
//! weak references (`crate::gc`). The argument checking and the callbacks
//! of `gc` are Python (`prelude/gc.py`); `weakref` itself is a Python
//! module (`lib/weakref.py`) over `_weakref` (`prelude/_weakref.py`).

use std::sync::Arc;
use std::time::Duration;

use crate::exc;
use crate::gc::weak::{self, Slot};
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{NativeObj, Obj};
use crate::value::Value;
use crate::PyResult;

pub fn gc_module(vm: &mut Vm) -> PyResult<Value> {
    super::prelude_module(
        vm,
        "gc",
        include_str!("prelude/gc.py"),
        &[
            ("_collect", collect),
            ("_enable", enable),
            ("isenabled", isenabled),
            ("_get_count", get_count),
            ("get_threshold", get_threshold),
            ("_set_threshold", set_threshold),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_freeze_count", get_freeze_count),
            ("_stats", stats),
            ("_is_tracked", is_tracked),
            ("_is_finalized", is_finalized),
        ],
        vec![],
    )
}

fn int(n: usize) -> Value {
    Value::Int(n as i64)
}

fn collect(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let gen = args
        .first()
        .and_then(Value::as_i64)
        .unwrap_or(2)
        .clamp(0, 2) as usize;
    // Pending finalizers first: what they release is then collectable.
    weak::run_pending(vm);
    let n = crate::gc::collect(vm, gen, Duration::from_secs(2));
    weak::run_pending(vm);
    Ok(int(n))
}

fn enable(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    crate::gc::enable(matches!(args.first(), Some(Value::Bool(b)) if b.get()));
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::bool(crate::gc::is_enabled()))
}

fn get_count(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    let (a, b, c) = crate::gc::count();
    Ok(Value::tuple(vec![int(a), int(b), int(c)]))
}

fn get_threshold(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    let t = crate::gc::thresholds();
    Ok(Value::tuple(t.iter().map(|&n| int(n)).collect()))
}

fn set_threshold(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let mut t = crate::gc::thresholds();
    for (i, a) in args.iter().take(3).enumerate() {
        t[i] = a.as_i64().unwrap_or(0).max(0) as usize;
    }
    crate::gc::set_thresholds(t);
    Ok(Value::None)
}

fn freeze(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    crate::gc::freeze();
    Ok(Value::None)
}

fn unfreeze(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    crate::gc::unfreeze();
    Ok(Value::None)
}

fn get_freeze_count(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(int(crate::gc::freeze_count()))
}

/// Per generation: (collections, collected, uncollectable).
fn stats(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::list(
        crate::gc::stats()
            .iter()
            .map(|s| {
                Value::tuple(vec![
                    int(s.collections),
                    int(s.collected),
                    int(s.uncollectable),
                ])
            })
            .collect(),
    ))
}

fn is_tracked(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::bool(args.first().is_some_and(crate::gc::is_tracked)))
}

fn is_finalized(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::bool(
        args.first().is_some_and(crate::gc::is_finalized),
    ))
}

// ---- _weakref ----------------------------------------------------------------

pub fn weakref_module(vm: &mut Vm) -> PyResult<Value> {
    super::prelude_module(
        vm,
        "_weakref",
        include_str!("prelude/_weakref.py"),
        &[
            ("_new_slot", new_slot),
            ("_get", get),
            ("_alive", alive),
            ("_set_callback", set_callback),
            ("_forget", forget),
            ("getweakrefcount", count),
            ("_owners", owners),
        ],
        vec![],
    )
}

fn slot_class() -> &'static Obj<crate::object::Class> {
    static C: std::sync::OnceLock<Obj<crate::object::Class>> = std::sync::OnceLock::new();
    C.get_or_init(|| crate::builtins::native_class("weakslot", "_weakref"))
}

fn slot_of(v: Option<&Value>) -> PyResult<&Arc<Slot>> {
    match v {
        Some(Value::Native(n)) => n
            .data
            .downcast_ref::<Arc<Slot>>()
            .ok_or_else(|| exc::type_error("expected a weak reference slot")),
        _ => Err(exc::type_error("expected a weak reference slot")),
    }
}

/// `_new_slot(obj)`: the native half of `ref(obj)`.
fn new_slot(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let obj = args.first().cloned().unwrap_or(Value::None);
    match weak::new_slot(&obj) {
        Some(slot) => Ok(Value::Native(Obj::new(NativeObj {
            class: slot_class().clone(),
            data: Box::new(slot),
        }))),
        None => Err(exc::type_error(format!(
            "cannot create weak reference to '{}' object",
            crate::types::type_name(&obj)
        ))),
    }
}

fn get(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(weak::get(slot_of(args.first())?).unwrap_or(Value::None))
}

fn alive(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::bool(slot_of(args.first())?.alive()))
}

/// `_set_callback(slot, callback, owner)`.
fn set_callback(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let slot = slot_of(args.first())?;
    let cb = args.get(1).cloned().unwrap_or(Value::None);
    let owner = args.get(2).cloned().unwrap_or(Value::None);
    weak::set_callback(slot, cb, owner);
    Ok(Value::None)
}

fn forget(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    weak::drop_slot(slot_of(args.first())?);
    Ok(Value::None)
}

fn count(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(int(args.first().map_or(0, weak::count)))
}

fn owners(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::list(
        args.first().map_or_else(Vec::new, weak::owners),
    ))
}
