//! CPython-style traceback text for uncaught exceptions.

use crate::context::Context;
use crate::exc::PyErr;
use crate::object::Obj;
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
    if group_members(v).is_some() {
        format_group(ctx, v, out, 2, true, 0);
        return;
    }
    format_one(ctx, v, out);
}

/// The sub-exceptions of an exception group (`BaseExceptionGroup`, a
/// built-in written in Python that keeps them in `_exceptions`).
fn group_members(v: &Value) -> Option<Vec<Value>> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let is_group = std::iter::once(&inst.class)
        .chain(inst.class.mro.iter())
        .any(|c| &*c.name == "BaseExceptionGroup" && &*c.module == "builtins");
    if !is_group {
        return None;
    }
    match inst.get_attr("_exceptions") {
        Some(Value::Tuple(t)) => Some(t.items.to_vec()),
        _ => None,
    }
}

/// CPython's layout of an exception group: the group's own traceback and
/// message behind a `|` margin, then each sub-exception in a numbered
/// block indented two more columns (at most 15, then "and N more").
fn format_group(ctx: &Context, v: &Value, out: &mut String, sp: usize, top: bool, depth: usize) {
    let pad = " ".repeat(sp);
    let mut own = String::new();
    format_one(ctx, v, &mut own);
    let members = group_members(v).unwrap_or_default();
    for (i, line) in own.lines().enumerate() {
        let line = if members.is_empty() || !line.starts_with("Traceback (most recent call last):")
        {
            line.to_string()
        } else {
            format!("Exception Group {}", line)
        };
        if i == 0 && top {
            out.push_str(&format!("{}+ {}\n", pad, line));
        } else {
            out.push_str(&format!("{}| {}\n", pad, line));
        }
    }
    if depth > 10 {
        return;
    }
    let dashes = "-".repeat(16);
    let shown = members.len().min(15);
    for (i, m) in members.iter().take(shown).enumerate() {
        if i == 0 {
            out.push_str(&format!("{}+-+{} {} {}\n", pad, dashes, i + 1, dashes));
        } else {
            out.push_str(&format!("{}  +{} {} {}\n", pad, dashes, i + 1, dashes));
        }
        if group_members(m).is_some() {
            format_group(ctx, m, out, sp + 2, false, depth + 1);
        } else {
            let mut one = String::new();
            format_one(ctx, m, &mut one);
            for line in one.lines() {
                out.push_str(&format!("{}  | {}\n", pad, line));
            }
        }
    }
    if members.len() > 15 {
        out.push_str(&format!("{}  +{} {} {}\n", pad, dashes, "...", dashes));
        let more = members.len() - 15;
        out.push_str(&format!(
            "{}  | and {} more exception{}\n",
            pad,
            more,
            if more == 1 { "" } else { "s" }
        ));
    }
    out.push_str(&format!("{}  +{}\n", pad, "-".repeat(36)));
}

/// One exception's traceback lines and its last line (no chain).
fn format_one(ctx: &Context, v: &Value, out: &mut String) {
    let inst = match v {
        Value::Instance(i) => i,
        _ => return,
    };
    let e = match inst.exc() {
        Some(e) => e.lock().clone(),
        None => return,
    };
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
        cache_str(vm, &v, 0);
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
        let module = Value::Module(Obj::new(crate::object::Module {
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

/// Caches the text of `v` (and of its group members) when its class has a
/// script `__str__`.
fn cache_str(vm: &mut crate::interp::Vm, v: &Value, depth: usize) {
    let Value::Instance(inst) = v else {
        return;
    };
    if let Some(Value::Function(_)) = inst.class.lookup("__str__") {
        if let Ok(s) = vm.to_str(v) {
            inst.set_attr(crate::intern::intern("__str_cache__"), Value::str(&s));
        }
    }
    if depth < 10 {
        if let Some(members) = group_members(v) {
            for m in members.iter().take(15) {
                cache_str(vm, m, depth + 1);
            }
        }
    }
}
