//! The disassembler: a readable listing of a compiled module, used by
//! `spindle --disassemble FILE` and by the golden tests.
//!
//! Each code object is printed with a header (name, flags, counts, variable
//! tables), then one line per instruction:
//!
//! ```text
//!   3     >>   12 LoadFast             0 (x)
//! ```
//!
//! columns: source line (only where it changes), `>>` on jump targets, the
//! offset, the op name, its operand and a hint (the constant, name, variable
//! or jump target it refers to). The exception table follows, then every
//! code object found among the constants, recursively.

use std::fmt::Write;

use crate::code::{Code, CompiledModule, Const};
use crate::op::Op;

/// Disassembles a whole module.
pub fn disassemble(m: &CompiledModule) -> String {
    let mut out = String::new();
    if !m.globals.is_empty() {
        let _ = writeln!(
            out,
            "globals: {}",
            join(m.globals.iter().map(|g| g.to_string()))
        );
        out.push('\n');
    }
    code(&mut out, &m.code, &m.globals);
    out
}

fn join(it: impl Iterator<Item = String>) -> String {
    it.collect::<Vec<_>>().join(", ")
}

fn code(out: &mut String, c: &Code, globals: &[std::sync::Arc<str>]) {
    let _ = writeln!(
        out,
        "Disassembly of <code {}> (qualname {}, file \"{}\", line {}):",
        c.name, c.qualname, c.filename, c.first_line
    );
    let f = c.flags;
    let flags: Vec<&str> = [
        (f.module, "module"),
        (f.class_body, "class_body"),
        (f.generator, "generator"),
        (f.varargs, "varargs"),
        (f.varkeywords, "varkeywords"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, n)| *n)
    .collect();
    let _ = writeln!(
        out,
        "  argcount {}, posonly {}, kwonly {}, max_stack {}, flags [{}]",
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.max_stack,
        flags.join(", ")
    );
    let list = |name: &str, v: &[std::sync::Arc<str>], out: &mut String| {
        if !v.is_empty() {
            let _ = writeln!(out, "  {}: {}", name, join(v.iter().map(|s| s.to_string())));
        }
    };
    list("varnames", &c.varnames, out);
    list("cellvars", &c.cellvars, out);
    list("freevars", &c.freevars, out);
    list("names", &c.names, out);
    if !c.cell_params.is_empty() {
        let _ = writeln!(
            out,
            "  cell_params: {}",
            join(
                c.cell_params
                    .iter()
                    .map(|(a, b)| format!("cell {} <- arg {}", a, b))
            )
        );
    }
    let targets: std::collections::HashSet<u32> = c
        .ops
        .iter()
        .filter_map(|o| o.target().map(|l| l.0))
        .chain(c.exc_table.iter().map(|e| e.handler))
        .collect();
    let mut last_line = u32::MAX;
    for (ip, op) in c.ops.iter().enumerate() {
        let line = c.line_at(ip);
        let line_col = if line != last_line {
            last_line = line;
            format!("{:>4}", line)
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&(ip as u32)) {
            ">>"
        } else {
            "  "
        };
        let (operand, hint) = operand(op, c, globals);
        let mut text = format!("{} {:>6} {:<20} {}", mark, ip, op.name(), operand);
        if let Some(h) = hint {
            let _ = write!(text, " ({})", h);
        }
        let _ = writeln!(out, "{}  {}", line_col, text.trim_end());
    }
    if !c.exc_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &c.exc_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.handler, e.depth
            );
        }
    }
    out.push('\n');
    for k in &c.consts {
        if let Const::Code(inner) = k {
            code(out, inner, globals);
        }
    }
}

/// The operand as text, and a hint naming what it refers to.
fn operand(op: &Op, c: &Code, globals: &[std::sync::Arc<str>]) -> (String, Option<String>) {
    let name = |v: &[std::sync::Arc<str>], i: u32| {
        v.get(i as usize)
            .map(|s| s.to_string())
            .unwrap_or_else(|| "?".into())
    };
    let cell = |i: u32| {
        let i = i as usize;
        if i < c.cellvars.len() {
            c.cellvars[i].to_string()
        } else {
            c.freevars
                .get(i - c.cellvars.len())
                .map(|s| s.to_string())
                .unwrap_or_else(|| "?".into())
        }
    };
    match *op {
        Op::LoadConst(k) => (
            k.0.to_string(),
            Some(
                c.consts
                    .get(k.0 as usize)
                    .map(const_repr)
                    .unwrap_or_else(|| "?".into()),
            ),
        ),
        Op::LoadFast(l) | Op::StoreFast(l) | Op::DeleteFast(l) => {
            (l.0.to_string(), Some(name(&c.varnames, l.0)))
        }
        Op::LoadDeref(x)
        | Op::StoreDeref(x)
        | Op::DeleteDeref(x)
        | Op::LoadClosure(x)
        | Op::LoadClassDeref(x) => (x.0.to_string(), Some(cell(x.0))),
        Op::LoadGlobal(g) | Op::StoreGlobal(g) | Op::DeleteGlobal(g) => {
            (g.0.to_string(), Some(name(globals, g.0)))
        }
        Op::LoadName(x)
        | Op::StoreName(x)
        | Op::DeleteName(x)
        | Op::LoadAttr(x)
        | Op::StoreAttr(x)
        | Op::DeleteAttr(x)
        | Op::LoadMethod(x)
        | Op::ImportName(x)
        | Op::ImportFrom(x) => (x.0.to_string(), Some(name(&c.names, x.0))),
        Op::LoadFastAttr(x) | Op::StoreFastAttr(x) | Op::LoadFastMethod(x) => (
            format!("{}, {}", x.0, x.1),
            Some(format!(
                "{}.{}",
                name(&c.varnames, x.0.into()),
                name(&c.names, x.1.into())
            )),
        ),
        Op::LoadFastAttrAttr(x) => (
            format!("{}, {}, {}", x.0, x.1, x.2),
            Some(format!(
                "{}.{}.{}",
                name(&c.varnames, x.0.into()),
                name(&c.names, x.1.into()),
                name(&c.names, x.2.into())
            )),
        ),
        Op::BinaryOp(b) | Op::InplaceOp(b) => (format!("{:?}", b), Some(b.symbol().to_string())),
        Op::CompareOp(k) => (format!("{:?}", k), Some(k.symbol().to_string())),
        Op::LoadInt(i) => (i.0.to_string(), None),
        Op::UnpackEx(s) => (format!("{}, {}", s.0, s.1), None),
        Op::FormatValue(f) => (f.0.to_string(), None),
        Op::MakeFunction(f) => {
            let parts: Vec<&str> = [(1u8, "defaults"), (2, "kwdefaults"), (4, "closure")]
                .iter()
                .filter(|(b, _)| f.0 & b != 0)
                .map(|(_, n)| *n)
                .collect();
            (
                f.0.to_string(),
                if parts.is_empty() {
                    None
                } else {
                    Some(parts.join(", "))
                },
            )
        }
        Op::Raise(k) => (format!("{:?}", k), None),
        _ => {
            if let Some(t) = op.target() {
                return (t.0.to_string(), Some(format!("to {}", t.0)));
            }
            // Remaining operands are plain counts: print the number.
            let mut s = String::new();
            let _ = op.fmt_operand(&mut s);
            let s = s.trim();
            let inner = match (s.find('('), s.rfind(')')) {
                (Some(a), Some(b)) if a < b => &s[a + 1..b],
                _ => s,
            };
            (inner.to_string(), None)
        }
    }
}

/// A Python-like repr of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(s) => s.clone(),
        Const::Imag(f) => format!("{}j", f),
        Const::Float(f) => {
            if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e16 {
                format!("{:.1}", f)
            } else {
                format!("{}", f)
            }
        }
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => {
            let mut out = String::from("b'");
            for &x in b {
                match x {
                    b'\\' => out.push_str("\\\\"),
                    b'\'' => out.push_str("\\'"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(x as char),
                    _ => {
                        let _ = write!(out, "\\x{:02x}", x);
                    }
                }
            }
            out.push('\'');
            out
        }
        Const::Tuple(t) => {
            if t.len() == 1 {
                format!("({},)", const_repr(&t[0]))
            } else {
                format!("({})", join(t.iter().map(const_repr)))
            }
        }
        Const::Code(code) => format!("<code {}>", code.qualname),
    }
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
