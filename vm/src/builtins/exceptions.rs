//! Exception objects: their attributes (`args`, `__cause__`, `value` ...),
//! `str()`, the BaseException methods, and SyntaxError from the compiler.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::exc::PyErr;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{ExcData, Instance};
use crate::types::{types, Types};
use crate::value::Value;
use crate::PyResult;

pub(super) fn register(t: &Types) {
    super::add_methods(
        &t.base_exception,
        "BaseException",
        &[
            ("__init__", base_init),
            ("with_traceback", with_traceback),
            ("add_note", add_note),
        ],
    );
}

fn base_init(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if let Some(Value::Instance(i)) = args.first() {
        if let Some(e) = i.exc() {
            e.lock().args = Value::tuple(args[1..].to_vec());
        }
    }
    Ok(Value::None)
}

fn with_traceback(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn add_note(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    super::args::arity("add_note", &args[1.min(args.len())..], 1, 1)?;
    let notes = match vm.getattr_opt(&args[0], "__notes__")? {
        Some(n) => n,
        None => {
            let l = Value::list(Vec::new());
            vm.setattr(&args[0], "__notes__", l.clone())?;
            l
        }
    };
    if let Value::List(l) = notes {
        l.items.lock().push(args[1].clone());
    }
    Ok(Value::None)
}

/// Built-in attributes of exception instances.
pub fn exc_attr(inst: &Instance, name: &str) -> Option<Value> {
    let e = inst.exc()?.lock();
    let first = || match &e.args {
        Value::Tuple(t) if !t.items.is_empty() => t.items[0].clone(),
        _ => Value::None,
    };
    let t = types();
    Some(match name {
        "args" => e.args.clone(),
        "__cause__" => e.cause.clone(),
        "__context__" => e.context.clone(),
        "__suppress_context__" => Value::bool(e.suppress_context),
        "__traceback__" => Value::None,
        "value" if inst.class.is_subclass(&t.stop_iteration) => first(),
        "code" if inst.class.is_subclass(&t.system_exit) => first(),
        "msg" if inst.class.is_subclass(&t.syntax_error) => first(),
        "name"
            if inst.class.is_subclass(&t.name_error) || inst.class.is_subclass(&t.import_error) =>
        {
            Value::None
        }
        _ => return None,
    })
}

/// Sets a built-in exception attribute; false when `name` is not one.
pub fn set_exc_attr(e: &Mutex<ExcData>, name: &str, v: &Value) -> bool {
    let mut d = e.lock();
    match name {
        "args" => {
            d.args = match v {
                Value::Tuple(_) => v.clone(),
                Value::List(l) => Value::tuple(l.snapshot()),
                other => Value::tuple(vec![other.clone()]),
            }
        }
        "__cause__" => {
            d.cause = v.clone();
            d.suppress_context = true;
        }
        "__context__" => d.context = v.clone(),
        "__suppress_context__" => {
            d.suppress_context = matches!(v, Value::Bool(crate::value::BoolWord::TRUE))
        }
        "__traceback__" => {}
        _ => return false,
    }
    true
}

/// `str(exc)` for exceptions without `__str__`.
pub fn exc_str(vm: &mut Vm, inst: &Arc<Instance>) -> PyResult<String> {
    let args = inst
        .exc()
        .map(|e| e.lock().args.clone())
        .unwrap_or(Value::None);
    match &args {
        Value::Tuple(t) if t.items.is_empty() => Ok(String::new()),
        Value::Tuple(t) if t.items.len() == 1 => {
            if inst.class.is_subclass(&types().key_error) {
                vm.repr(&t.items[0])
            } else {
                vm.to_str(&t.items[0])
            }
        }
        other => vm.repr(other),
    }
}

/// A SyntaxError exception from a compiler error.
pub fn syntax_error(e: &spindle_compiler::error::SyntaxError) -> PyErr {
    let err = PyErr::msg(&types().syntax_error, e.msg.clone());
    err.exc
        .set_attr(crate::intern::intern("filename"), Value::str(&e.filename));
    err.exc
        .set_attr(crate::intern::intern("lineno"), Value::Int(e.line as i64));
    err.exc
        .set_attr(crate::intern::intern("offset"), Value::Int(e.col as i64));
    err.exc.set_attr(
        crate::intern::intern("text"),
        e.source_line
            .as_ref()
            .map(|s| Value::str(s))
            .unwrap_or(Value::None),
    );
    err.exc.set_attr(
        crate::intern::intern("formatted"),
        Value::string(e.to_string()),
    );
    err
}
