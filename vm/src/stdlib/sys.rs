//! `sys`: argv, exit, stdout/stderr, version and limits.

use crate::object::Obj;
use std::sync::OnceLock;

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

fn stream_class() -> &'static Obj<Class> {
    static C: OnceLock<Obj<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = crate::builtins::native_class("TextIOWrapper", "_io");
        crate::builtins::add_methods(
            &c,
            "TextIOWrapper",
            &[
                ("write", write),
                ("flush", flush),
                ("__repr__", stream_repr),
                ("isatty", isatty),
                ("writable", yes),
                ("readable", no),
                ("seekable", no),
            ],
        );
        let mut d = c.dict.write();
        for (name, get) in [
            ("name", stream_name as crate::object::BuiltinFn),
            ("encoding", stream_encoding),
            ("errors", stream_errors),
            ("mode", stream_mode),
        ] {
            d.insert(crate::intern::intern(name), super::property(name, get));
        }
        drop(d);
        c
    })
}

fn stream(s: Stream) -> Value {
    Value::Native(Obj::new(NativeObj {
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

/// `sys.stdout` as the script last set it (None before `sys` is
/// imported: the standard stream).
pub fn current_stdout(vm: &Vm) -> Option<Value> {
    match vm.ctx.modules.get("sys") {
        Some(Value::Module(m)) => m.globals.get_by_name("stdout"),
        _ => None,
    }
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

fn stream_name(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::str(match args.first().and_then(which) {
        Some(Stream::Err) => "<stderr>",
        _ => "<stdout>",
    }))
}

fn stream_encoding(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::str("utf-8"))
}

fn stream_errors(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::str(match args.first().and_then(which) {
        Some(Stream::Err) => "backslashreplace",
        _ => "strict",
    }))
}

fn stream_mode(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::str("w"))
}

fn stream_repr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let name = stream_name(vm, args, kw)?;
    Ok(Value::string(format!(
        "<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>",
        name.as_str().unwrap_or("")
    )))
}

fn isatty(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    use std::io::IsTerminal;
    Ok(Value::bool(match args.first().and_then(which) {
        Some(Stream::Err) => std::io::stderr().is_terminal(),
        _ => std::io::stdout().is_terminal(),
    }))
}

fn yes(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::bool(true))
}

fn no(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::bool(false))
}

fn flush(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    vm.ctx.output.flush();
    Ok(Value::None)
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let argv: Vec<Value> = vm.ctx.argv.lock().iter().map(|a| Value::str(a)).collect();
    let path: Vec<Value> = vm
        .ctx
        .search_paths
        .lock()
        .iter()
        .map(|p| Value::string(p.to_string_lossy().to_string()))
        .collect();
    let modules = Value::Dict(vm.ctx.modules.0.clone());
    super::prelude_module(
        vm,
        "sys",
        include_str!("prelude/sys.py"),
        &[
            ("exc_info", exc_info),
            ("_getsource", getsource),
            ("_getframe", getframe),
            ("getsizeof", getsizeof),
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
        ],
        vec![
            ("argv", Value::list(argv)),
            ("modules", modules),
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
        ],
    )
}

/// `sys.exc_info()`: the exception being handled, as a triple.
fn exc_info(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("exc_info", args, 0, 0)?;
    let e = vm.cur_exc.clone();
    if e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let tb = vm.getattr(&e, "__traceback__").unwrap_or(Value::None);
    Ok(Value::tuple(vec![
        Value::Class(crate::types::class_of(&e)),
        e,
        tb,
    ]))
}

/// `sys._getsource(filename)`: the source text the interpreter compiled
/// under that name (for linecache and traceback), or None.
fn getsource(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("_getsource", args, 1, 1)?;
    let name = args[0].as_str().unwrap_or("");
    Ok(match vm.ctx.sources.lock().get(name) {
        Some(s) => Value::str(s),
        None => Value::None,
    })
}

/// `sys._getframe(depth=0)`: a frame object for the caller `depth` levels up.
fn getframe(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("_getframe", args, 0, 1)?;
    let depth = match args.first() {
        Some(v) => crate::builtins::args::int_arg("_getframe", v)?,
        None => 0,
    };
    crate::traceback::frame_object(vm, depth.max(0) as usize)
}

/// `sys.getsizeof(obj)`: an estimate of the object's own size in bytes.
fn getsizeof(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("getsizeof", args, 1, 2)?;
    let v = &args[0];
    let n = match v {
        Value::None | Value::Bool(_) => 24,
        Value::Int(_) => 28,
        Value::Float(_) => 24,
        Value::Str(s) => 49 + s.as_str().len(),
        Value::Bytes(b) => 33 + b.len(),
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) => {
            56 + 8 * vm.len(v).unwrap_or(0)
        }
        _ => 48,
    };
    Ok(Value::Int(n as i64))
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
