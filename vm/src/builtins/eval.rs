//! `eval`, `exec` and `compile`: script code compiled at run time and run
//! by the same interpreter, so it has the caller's sandbox, limits and
//! cancellation.
//!
//! Module globals are slot tables whose indices a compilation fixes, so
//! code is compiled against the namespace it will run in: a `compile()`
//! code object keeps its source (checked for syntax at once) and is
//! compiled again for each namespace it runs in.

use crate::object::Obj;
use std::sync::{Arc, OnceLock};

use super::args::arg_or_kw;
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{Class, Globals, NativeObj};
use crate::types::type_name;
use crate::value::Value;
use crate::PyResult;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Exec,
    Eval,
    Single,
}

/// What `compile()` returns.
struct Source {
    text: String,
    filename: String,
    mode: Mode,
}

fn code_class() -> &'static Obj<Class> {
    static C: OnceLock<Obj<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = super::native_class("code", "builtins");
        super::add_methods(&c, "code", &[("__repr__", code_repr)]);
        let mut d = c.dict.write();
        d.insert(
            crate::intern::intern("co_filename"),
            crate::stdlib::property("co_filename", code_filename),
        );
        d.insert(
            crate::intern::intern("co_name"),
            crate::stdlib::property("co_name", code_name),
        );
        drop(d);
        c
    })
}

fn source_of(v: &Value) -> Option<&Source> {
    match v {
        Value::Native(n) => n.data.downcast_ref::<Source>(),
        _ => None,
    }
}

fn code_repr(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = args.first().and_then(source_of);
    Ok(Value::string(format!(
        "<code object <module> at 0x{:x}, file \"{}\", line 1>",
        args.first().and_then(|v| v.arc_ptr()).unwrap_or(0),
        s.map(|s| s.filename.as_str()).unwrap_or("?")
    )))
}

fn code_filename(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::str(
        args.first()
            .and_then(source_of)
            .map(|s| s.filename.as_str())
            .unwrap_or(""),
    ))
}

fn code_name(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::str("<module>"))
}

/// The text of a source argument (str, bytes, or a code object's source).
fn text_of(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<(String, Option<Mode>, String)> {
    match v {
        Value::Str(s) => Ok((s.as_str().to_string(), None, "<string>".into())),
        Value::Bytes(b) => match std::str::from_utf8(b) {
            Ok(s) => Ok((s.to_string(), None, "<string>".into())),
            Err(_) => Err(exc::syntax_error_msg(
                "source code string cannot contain null bytes",
            )),
        },
        Value::Code(_) => Err(exc::type_error(format!(
            "{}() arg 1 must be a string, bytes or code object",
            fname
        ))),
        other => match source_of(other) {
            Some(s) => Ok((s.text.clone(), Some(s.mode), s.filename.clone())),
            None => {
                if let Some(p) = vm.builtin_payload(other) {
                    return text_of(vm, &p, fname);
                }
                Err(exc::type_error(format!(
                    "{}() arg 1 must be a string, bytes or code object",
                    fname
                )))
            }
        },
    }
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn compile(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let src = arg_or_kw(args, 0, kw, "source")
        .ok_or_else(|| exc::type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename = match arg_or_kw(args, 1, kw, "filename") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(exc::type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                type_name(&other)
            )))
        }
        None => {
            return Err(exc::type_error(
                "compile() missing required argument 'filename' (pos 2)",
            ))
        }
    };
    let mode = match arg_or_kw(args, 2, kw, "mode") {
        Some(Value::Str(s)) => match s.as_str() {
            "exec" => Mode::Exec,
            "eval" => Mode::Eval,
            "single" => Mode::Single,
            _ => {
                return Err(exc::value_error(
                    "compile() mode must be 'exec', 'eval' or 'single'",
                ))
            }
        },
        _ => {
            return Err(exc::type_error(
                "compile() missing required argument 'mode' (pos 3)",
            ))
        }
    };
    let (text, _, _) = text_of(vm, &src, "compile")?;
    if text.contains('\0') {
        return Err(exc::syntax_error_msg(
            "source code string cannot contain null bytes",
        ));
    }
    // Check the syntax now, as CPython does.
    vm.ctx.add_source(&filename, &text);
    spindle_compiler::compile_eval(&text, &filename, &[], mode == Mode::Eval)
        .map_err(|e| super::exceptions::syntax_error(&e))?;
    Ok(Value::Native(Obj::new(NativeObj {
        class: code_class().clone(),
        data: Box::new(Source {
            text,
            filename,
            mode,
        }),
    })))
}

/// Runs `text` in the namespace given by `globals`/`locals` (the caller's
/// module when both are None) and returns the final expression's value in
/// eval mode.
fn run(
    vm: &mut Vm,
    text: &str,
    filename: &str,
    eval: bool,
    globals: Option<Value>,
    locals: Option<Value>,
) -> PyResult {
    if text.contains('\0') {
        return Err(exc::syntax_error_msg(
            "source code string cannot contain null bytes",
        ));
    }
    let text = if eval {
        text.trim_start_matches([' ', '\t'])
    } else {
        text
    };
    let mut globals = globals.filter(|g| !g.is_none());
    let mut locals = locals.filter(|l| !l.is_none());
    // Called from a function with no namespaces: its variables are the
    // locals, its module's the globals (a snapshot: writes do not reach
    // the function's variables, as in CPython).
    if globals.is_none() && locals.is_none() {
        if let Some(f) = vm.frames.last() {
            let in_function = !f.code.get().code.flags.module && f.ns.is_none();
            if in_function {
                let m = Value::Module(Obj::new(crate::object::Module {
                    name: f.globals().module_name.clone(),
                    globals: f.globals().clone(),
                }));
                globals = Some(crate::builtins::module_dict(&m));
                locals = Some(super::functions::locals(vm, &[], &[])?);
            }
        }
    }
    match globals {
        None if locals.is_none() => {
            // The caller's module namespace.
            let g: Arc<Globals> = match vm.frames.last() {
                Some(f) => f.globals().clone(),
                None => crate::import::new_module_globals("__main__", &[], None),
            };
            vm.run_in_globals(text, filename, g, eval)
        }
        g => {
            let gd = match &g {
                Some(Value::Dict(d)) => Some(d.clone()),
                None => None,
                Some(other) => {
                    return Err(exc::type_error(format!(
                        "{}() globals must be a dict, not {}",
                        if eval { "eval" } else { "exec" },
                        type_name(other)
                    )))
                }
            };
            // Globals given as a dict (or only locals given): run in a
            // namespace built from them, then write the names the code
            // bound back (to locals when given, else to globals).
            vm.ctx.add_source(filename, text);
            let compiled = spindle_compiler::compile_eval(text, filename, &[], eval)
                .map_err(|e| super::exceptions::syntax_error(&e))?;
            let modname = gd
                .as_ref()
                .and_then(|d| d.get_str("__name__"))
                .and_then(|v| v.as_str().map(|s| s.to_string()))
                .unwrap_or_else(|| "builtins".to_string());
            let ns = Arc::new(Globals::new(Arc::from(modname.as_str()), &compiled.globals));
            // A class statement reads `__name__`; CPython finds the
            // builtins module's there when the namespace has none.
            let name_value = Value::str(&modname);
            ns.set_by_name("__name__", name_value.clone());
            let mut initial: Vec<(Arc<str>, Value)> = vec![(Arc::from("__name__"), name_value)];
            let mut load = |vm: &mut Vm, src: &Value| -> PyResult<()> {
                for (k, v) in vm.mapping_items(src)? {
                    if let Value::Str(s) = &k {
                        ns.set_by_name(s.as_str(), v.clone());
                        initial.push((Arc::from(s.as_str()), v));
                    }
                }
                Ok(())
            };
            if let Some(d) = &g {
                load(vm, d)?;
            }
            if let Some(l) = &locals {
                load(vm, l)?;
            }
            if let Some(d) = &gd {
                if d.get_str("__builtins__").is_none() {
                    d.set_native(
                        Value::str("__builtins__"),
                        crate::builtins::builtins_module(),
                    );
                }
            }
            let code = crate::import::load_code(&compiled.code);
            let r = vm.run_module_code(code, ns.clone())?;
            let target = locals.clone().or(g.clone());
            if let Some(t) = target {
                for (k, v) in ns.items() {
                    let same = initial
                        .iter()
                        .rev()
                        .find(|(n, _)| *n == k)
                        .is_some_and(|(_, old)| old.is(&v));
                    if !same {
                        vm.setitem(&t, Value::str(&k), v)?;
                    }
                }
            }
            Ok(if eval { r } else { Value::None })
        }
    }
}

fn namespaces(args: &[Value], kw: Kwargs) -> (Option<Value>, Option<Value>) {
    (
        arg_or_kw(args, 1, kw, "globals"),
        arg_or_kw(args, 2, kw, "locals"),
    )
}

/// `eval(source, globals=None, locals=None)`.
fn eval(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let src = args
        .first()
        .cloned()
        .ok_or_else(|| exc::type_error("eval expected at least 1 argument, got 0"))?;
    if args.len() > 3 {
        return Err(exc::type_error(format!(
            "eval expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let (text, mode, filename) = text_of(vm, &src, "eval")?;
    let (g, l) = namespaces(args, kw);
    // A code object compiled in exec mode runs as exec (and returns None).
    let eval_mode = !matches!(mode, Some(Mode::Exec) | Some(Mode::Single));
    let r = run(vm, &text, &filename, eval_mode, g, l)?;
    Ok(if eval_mode { r } else { Value::None })
}

/// `exec(source, globals=None, locals=None)`.
fn exec(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let src = args
        .first()
        .cloned()
        .ok_or_else(|| exc::type_error("exec expected at least 1 argument, got 0"))?;
    if args.len() > 3 {
        return Err(exc::type_error(format!(
            "exec expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let (text, mode, filename) = text_of(vm, &src, "exec")?;
    let (g, l) = namespaces(args, kw);
    if mode == Some(Mode::Eval) {
        run(vm, &text, &filename, true, g, l)?;
        return Ok(Value::None);
    }
    run(vm, &text, &filename, false, g, l)?;
    Ok(Value::None)
}

pub(super) fn register(m: &mut std::collections::HashMap<&'static str, Value>) {
    m.insert("eval", super::func("eval", eval));
    m.insert("exec", super::func("exec", exec));
    m.insert("compile", super::func("compile", compile));
}
