//! Exception objects: their attributes (`args`, `__cause__`, `value` ...),
//! `str()`, the BaseException methods, and SyntaxError from the compiler.

use crate::object::Obj;

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
        "errno" | "strerror" | "filename" | "filename2" if inst.class.is_subclass(&t.os_error) => {
            Value::None
        }
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

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: the
/// subclass the errno names (when `cls` is OSError itself), `args` cut to
/// the first two, and the attributes set.
pub fn new_os_error(cls: &Obj<crate::object::Class>, args: Vec<Value>) -> Value {
    let t = types();
    let cls = if Obj::ptr_eq(cls, &t.os_error) {
        match args[0].as_i64().map(|n| n as i32) {
            Some(libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS) => t.blocking_io_error.clone(),
            Some(libc::ECHILD) => t.child_process_error.clone(),
            Some(libc::EPIPE | libc::ESHUTDOWN) => t.broken_pipe_error.clone(),
            Some(libc::ECONNABORTED) => t.connection_aborted_error.clone(),
            Some(libc::ECONNREFUSED) => t.connection_refused_error.clone(),
            Some(libc::ECONNRESET) => t.connection_reset_error.clone(),
            Some(libc::EEXIST) => t.file_exists_error.clone(),
            Some(libc::ENOENT) => t.file_not_found_error.clone(),
            Some(libc::EISDIR) => t.is_a_directory_error.clone(),
            Some(libc::ENOTDIR) => t.not_a_directory_error.clone(),
            Some(libc::EINTR) => t.interrupted_error.clone(),
            Some(libc::EACCES | libc::EPERM) => t.permission_error.clone(),
            Some(libc::ESRCH) => t.process_lookup_error.clone(),
            Some(libc::ETIMEDOUT) => t.timeout_error.clone(),
            _ => cls.clone(),
        }
    } else {
        cls.clone()
    };
    let kept = if args.len() >= 3 {
        Value::tuple(args[..2].to_vec())
    } else {
        Value::tuple(args.clone())
    };
    let inst = Obj::new(Instance::new(
        cls,
        crate::object::Payload::Exc(Box::new(Mutex::new(ExcData::new(kept)))),
    ));
    let set = |n: &str, v: Value| inst.set_attr(crate::intern::intern(n), v);
    set("errno", args[0].clone());
    set("strerror", args[1].clone());
    set("filename", args.get(2).cloned().unwrap_or(Value::None));
    set("filename2", args.get(4).cloned().unwrap_or(Value::None));
    Value::Instance(inst)
}

/// `str(exc)` for exceptions without `__str__`.
pub fn exc_str(vm: &mut Vm, inst: &Obj<Instance>) -> PyResult<String> {
    if inst.class.is_subclass(&types().os_error) {
        if let (Some(errno), Some(strerror)) = (inst.get_attr("errno"), inst.get_attr("strerror")) {
            if !errno.is_none() || !strerror.is_none() {
                let (e, s) = (vm.to_str(&errno)?, vm.to_str(&strerror)?);
                let f1 = inst.get_attr("filename").unwrap_or(Value::None);
                let f2 = inst.get_attr("filename2").unwrap_or(Value::None);
                return Ok(if !f2.is_none() {
                    format!(
                        "[Errno {}] {}: {} -> {}",
                        e,
                        s,
                        vm.repr(&f1)?,
                        vm.repr(&f2)?
                    )
                } else if !f1.is_none() {
                    format!("[Errno {}] {}: {}", e, s, vm.repr(&f1)?)
                } else {
                    format!("[Errno {}] {}", e, s)
                });
            }
        }
    }
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
