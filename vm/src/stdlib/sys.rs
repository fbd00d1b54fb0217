//! `sys`: argv, exit, stdout/stderr, version and limits.

use std::sync::{Arc, OnceLock};

use crate::builtins::args::arity;
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{Class, NativeObj};
use crate::types::types;
use crate::value::Value;
use crate::PyResult;

/// Which standard stream a stream object writes to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stream {
    Out,
    Err,
}

fn stream_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = crate::builtins::native_class("TextIOWrapper", "_io");
        crate::builtins::add_methods(&c, "TextIOWrapper", &[("write", write), ("flush", flush)]);
        c
    })
}

fn stream(s: Stream) -> Value {
    Value::Native(Arc::new(NativeObj {
        class: stream_class().clone(),
        data: Box::new(s),
    }))
}

fn which(v: &Value) -> Option<Stream> {
    match v {
        Value::Native(n) => n.data.downcast_ref::<Stream>().copied(),
        _ => None,
    }
}

/// Whether `v` is `sys.stderr`.
pub fn is_stderr(v: &Value) -> bool {
    which(v) == Some(Stream::Err)
}

/// Whether `v` is `sys.stdout`.
pub fn is_stdout(v: &Value) -> bool {
    which(v) == Some(Stream::Out)
}

fn write(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("write", &args[1.min(args.len())..], 1, 1)?;
    let s = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(exc::type_error(format!(
                "write() argument must be str, not {}",
                crate::types::type_name(other)
            )))
        }
    };
    match which(&args[0]) {
        Some(Stream::Err) => vm.ctx.write_err(&s),
        _ => vm.ctx.write_out(&s),
    }
    Ok(Value::Int(s.chars().count() as i64))
}

fn flush(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    vm.ctx.output.flush();
    Ok(Value::None)
}

pub fn module(vm: &mut Vm) -> Value {
    let argv: Vec<Value> = vm.ctx.argv.lock().iter().map(|a| Value::str(a)).collect();
    let path: Vec<Value> = vm
        .ctx
        .search_paths
        .lock()
        .iter()
        .map(|p| Value::string(p.to_string_lossy().to_string()))
        .collect();
    super::native_module(
        "sys",
        &[
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
        ],
        vec![
            ("argv", Value::list(argv)),
            ("path", Value::list(path)),
            ("stdout", stream(Stream::Out)),
            ("stderr", stream(Stream::Err)),
            ("maxsize", Value::Int(i64::MAX)),
            ("version", Value::str("3.11.0 (Spindle)")),
            ("platform", Value::str(std::env::consts::OS)),
            (
                "byteorder",
                Value::str(if cfg!(target_endian = "little") {
                    "little"
                } else {
                    "big"
                }),
            ),
            ("implementation_name", Value::str("spindle")),
            (
                "version_info",
                Value::tuple(vec![
                    Value::Int(3),
                    Value::Int(11),
                    Value::Int(0),
                    Value::str("final"),
                    Value::Int(0),
                ]),
            ),
        ],
    )
}

fn exit(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("exit", args, 0, 1)?;
    let code = args.first().cloned().unwrap_or(Value::None);
    Err(crate::exc::PyErr::new(
        &types().system_exit,
        if code.is_none() { vec![] } else { vec![code] },
    ))
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("setrecursionlimit", args, 1, 1)?;
    let n = crate::builtins::args::int_arg("setrecursionlimit", &args[0])?;
    if n < 1 {
        return Err(exc::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.recursion_limit = (n as usize).min(1_000_000);
    Ok(Value::None)
}
