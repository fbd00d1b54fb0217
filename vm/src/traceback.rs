//! CPython-style traceback text for uncaught exceptions.

use crate::context::Context;
use crate::exc::PyErr;
use crate::types::types;
use crate::value::Value;

/// The full report: chained causes/contexts, then this exception.
pub fn format(ctx: &Context, err: &PyErr) -> String {
    let mut out = String::new();
    format_chain(ctx, &err.value(), &mut out, 0);
    out
}

fn format_chain(ctx: &Context, v: &Value, out: &mut String, depth: usize) {
    let inst = match v {
        Value::Instance(i) => i,
        _ => return,
    };
    let e = match inst.exc() {
        Some(e) => e.lock().clone(),
        None => return,
    };
    if depth < 20 {
        if !e.cause.is_none() {
            format_chain(ctx, &e.cause, out, depth + 1);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if !e.context.is_none() && !e.suppress_context {
            format_chain(ctx, &e.context, out, depth + 1);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    let err = PyErr::from_value(v.clone());
    if inst.class.is_subclass(&types().syntax_error) && e.traceback.is_empty() {
        if let Some(Value::Str(s)) = inst.get_attr("formatted") {
            out.push_str(s.as_str());
            out.push('\n');
            return;
        }
    }
    if !e.traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        // As CPython: after three identical entries in a row (same file,
        // line and function, as deep recursion makes), the rest of the run
        // is one "[Previous line repeated N more times]" line.
        let mut last: Option<(&str, u32, &str)> = None;
        let mut repeats = 0usize;
        let flush = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let n = repeats - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    n,
                    if n > 1 { "s" } else { "" }
                ));
            }
        };
        for tb in e.traceback.iter().rev() {
            let key = (&*tb.filename, tb.line, &*tb.name);
            if last == Some(key) {
                repeats += 1;
            } else {
                flush(out, repeats);
                last = Some(key);
                repeats = 1;
            }
            if repeats > 3 {
                continue;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                tb.filename, tb.line, tb.name
            ));
            if let Some(src) = ctx.source_line(&tb.filename, tb.line) {
                let t = src.trim();
                if !t.is_empty() {
                    out.push_str(&format!("    {}\n", t));
                }
            }
        }
        flush(out, repeats);
    }
    out.push_str(&last_line(&err));
    out.push('\n');
}

/// Before `format`/`last_line` (which run no script code): computes the
/// text of every exception in `err`'s chain whose class defines `__str__`.
pub fn cache_messages(vm: &mut crate::interp::Vm, err: &PyErr) {
    let mut v = err.value();
    for _ in 0..20 {
        let inst = match &v {
            Value::Instance(i) => i.clone(),
            _ => return,
        };
        let next = match inst.exc() {
            Some(e) => {
                let e = e.lock();
                if !e.cause.is_none() {
                    e.cause.clone()
                } else if !e.suppress_context {
                    e.context.clone()
                } else {
                    Value::None
                }
            }
            None => return,
        };
        if let Some(Value::Function(_)) = inst.class.lookup("__str__") {
            if let Ok(s) = vm.to_str(&v) {
                inst.set_attr(crate::intern::intern("__str_cache__"), Value::str(&s));
            }
        }
        v = next;
    }
}

/// `ValueError: message` (or just the class name when there is no message).
pub fn last_line(err: &PyErr) -> String {
    let name = err.class().name.to_string();
    let qual = if &*err.class().module == "builtins" || &*err.class().module == "__main__" {
        name
    } else {
        format!("{}.{}", err.class().module, name)
    };
    let msg = err.message_for_traceback();
    if msg.is_empty() {
        qual
    } else {
        format!("{}: {}", qual, msg)
    }
}

/// `sys._getframe(depth)`: a frame object for the script frame `depth`
/// levels above the caller, linked to its callers through `f_back`.
/// Frame objects are snapshots (file, line, function, module) built by the
/// `sys` prelude's `_Frame` class.
pub fn frame_object(vm: &mut crate::interp::Vm, depth: usize) -> crate::PyResult {
    use crate::value::Value;
    let n = vm.frames.len();
    if depth >= n {
        return Err(crate::exc::value_error("call stack is not deep enough"));
    }
    let make = match vm.ctx.modules.get("sys") {
        Some(Value::Module(m)) => m.globals.get_by_name("_Frame"),
        _ => None,
    };
    let Some(make) = make else {
        return Err(crate::exc::internal("sys._Frame is missing"));
    };
    let mut infos = Vec::with_capacity(n - depth);
    for f in vm.frames[..n - depth].iter() {
        let code = f.code.get();
        let line = code.code.line_at(f.ip.saturating_sub(1));
        let g = f.globals().clone();
        let module = Value::Module(std::sync::Arc::new(crate::object::Module {
            name: g.module_name.clone(),
            globals: g,
        }));
        let code_value = match &f.code {
            crate::frame::FrameCode::Func(func) => Value::Code(func.code.clone()),
            crate::frame::FrameCode::Module(c, _) => Value::Code(c.clone()),
        };
        infos.push((code_value, Value::Int(line as i64), module));
    }
    let mut back = Value::None;
    for (code, line, module) in infos {
        back = vm.call(&make, &[code, line, module, back])?;
    }
    Ok(back)
}
