//! A bytecode verifier: stack-depth flow analysis over a code object.
//!
//! Starting at instruction 0 with an empty stack, it follows fall-through
//! edges (`Op::stack_effect`), jump edges (`Op::jump_effect`) and
//! exception edges (the innermost table entry covering an instruction sends
//! control to its handler with `depth + 1` items). It reports a depth that
//! goes negative, a join point reached with two different depths, an
//! exception entry that keeps more items than the stack holds, out-of-range
//! jump targets and table indexes, and falling off the end of the code.
//!
//! The emitter uses it to compute `Code::max_stack`; the tests run it on
//! every code object they compile, which catches most emitter bugs without
//! a VM.

use crate::code::{Code, Const};
use crate::op::Op;

/// Instructions after which control never falls through.
pub fn is_terminator(op: &Op) -> bool {
    matches!(
        op,
        Op::Jump(_) | Op::JumpBack(_) | Op::Return | Op::ReturnNone | Op::Raise(_) | Op::Reraise
    )
}

/// Depth at the start of each reachable instruction, the maximum depth
/// reached, and the problems found (empty for well-formed code).
pub fn stack_depths(code: &Code) -> (Vec<Option<i32>>, u32, Vec<String>) {
    let n = code.ops.len();
    let mut depth: Vec<Option<i32>> = vec![None; n];
    let mut errors = Vec::new();
    let mut max = 0i32;
    let mut work = Vec::new();
    let visit = |ip: usize,
                 d: i32,
                 from: usize,
                 depth: &mut Vec<Option<i32>>,
                 work: &mut Vec<usize>,
                 errors: &mut Vec<String>| {
        if ip >= n {
            errors.push(format!("{}: control flows past the end (to {})", from, ip));
            return;
        }
        match depth[ip] {
            None => {
                depth[ip] = Some(d);
                work.push(ip);
            }
            Some(old) if old != d => {
                errors.push(format!(
                    "{}: depth {} reached from {} with depth {}",
                    ip, old, from, d
                ));
            }
            _ => {}
        }
    };
    if n > 0 {
        visit(0, 0, 0, &mut depth, &mut work, &mut errors);
    }
    while let Some(ip) = work.pop() {
        let op = code.ops[ip];
        let d = depth[ip].expect("visited");
        max = max.max(d);
        let after = d + op.stack_effect();
        if after < 0 {
            errors.push(format!(
                "{}: {} takes the stack below zero (depth {})",
                ip,
                op.name(),
                d
            ));
            continue;
        }
        max = max.max(after);
        if let Some(e) = code.handler_for(ip) {
            if e.depth as i32 > d {
                errors.push(format!(
                    "{}: handler keeps {} items but the stack has {}",
                    ip, e.depth, d
                ));
            } else {
                max = max.max(e.depth as i32 + 1);
                visit(
                    e.handler as usize,
                    e.depth as i32 + 1,
                    ip,
                    &mut depth,
                    &mut work,
                    &mut errors,
                );
            }
        }
        if let (Some(t), Some(je)) = (op.target(), op.jump_effect()) {
            visit(t.0 as usize, d + je, ip, &mut depth, &mut work, &mut errors);
        }
        if !is_terminator(&op) {
            visit(ip + 1, after, ip, &mut depth, &mut work, &mut errors);
        }
    }
    (depth, max.max(0) as u32, errors)
}

/// Operand range checks: locals, names, constants, cells, jump targets
/// and, when `nglobals` is given, global slots. The VM indexes these
/// tables without bounds checks.
pub fn operand_errors(code: &Code, nglobals: Option<usize>, out: &mut Vec<String>) {
    let q = &code.qualname;
    let ncells = code.cellvars.len() + code.freevars.len();
    for (ip, op) in code.ops.iter().enumerate() {
        let bad = match *op {
            Op::LoadConst(c) => c.0 as usize >= code.consts.len(),
            Op::LoadFast(l) | Op::StoreFast(l) | Op::DeleteFast(l) => {
                l.0 as usize >= code.varnames.len()
            }
            Op::LoadFastAttr(x) | Op::StoreFastAttr(x) | Op::LoadFastMethod(x) => {
                x.0 as usize >= code.varnames.len() || x.1 as usize >= code.names.len()
            }
            Op::LoadFastAttrAttr(x) => {
                x.0 as usize >= code.varnames.len()
                    || x.1 as usize >= code.names.len()
                    || x.2 as usize >= code.names.len()
            }
            Op::LoadDeref(c)
            | Op::StoreDeref(c)
            | Op::DeleteDeref(c)
            | Op::LoadClosure(c)
            | Op::LoadClassDeref(c) => c.0 as usize >= ncells,
            Op::LoadGlobal(g) | Op::StoreGlobal(g) | Op::DeleteGlobal(g) => {
                nglobals.is_some_and(|n| g.0 as usize >= n)
            }
            Op::LoadName(x)
            | Op::StoreName(x)
            | Op::DeleteName(x)
            | Op::LoadAttr(x)
            | Op::StoreAttr(x)
            | Op::DeleteAttr(x)
            | Op::LoadMethod(x)
            | Op::ImportName(x)
            | Op::ImportFrom(x) => x.0 as usize >= code.names.len(),
            _ => op.target().is_some_and(|t| t.0 as usize >= code.ops.len()),
        };
        if bad {
            out.push(format!(
                "{}: {}: operand of {} out of range",
                q,
                ip,
                op.name()
            ));
        }
    }
}

/// Checks a code object and all code objects nested in its constants:
/// stack depths plus operand ranges. Returns the problems found, each
/// prefixed by the code object's qualname.
pub fn verify(code: &Code, nglobals: usize) -> Vec<String> {
    let mut out = Vec::new();
    verify_into(code, nglobals, &mut out);
    out
}

fn verify_into(code: &Code, nglobals: usize, out: &mut Vec<String>) {
    let (_, max, errors) = stack_depths(code);
    let q = &code.qualname;
    for e in errors {
        out.push(format!("{}: {}", q, e));
    }
    if max != code.max_stack {
        out.push(format!(
            "{}: max_stack {} but analysis says {}",
            q, code.max_stack, max
        ));
    }
    if code.lines.len() != code.ops.len() {
        out.push(format!(
            "{}: {} lines for {} ops",
            q,
            code.lines.len(),
            code.ops.len()
        ));
    }
    operand_errors(code, Some(nglobals), out);
    for (ip, op) in code.ops.iter().enumerate() {
        if let Op::JumpBack(t) = op {
            if t.0 as usize > ip {
                out.push(format!("{}: {}: JumpBack goes forward", q, ip));
            }
        }
        if let Op::Jump(t) = op {
            if (t.0 as usize) <= ip {
                out.push(format!("{}: {}: Jump goes backward", q, ip));
            }
        }
    }
    for e in &code.exc_table {
        if e.start >= e.end
            || e.end as usize > code.ops.len()
            || e.handler as usize >= code.ops.len()
        {
            out.push(format!("{}: bad exception entry {:?}", q, e));
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify_into(inner, nglobals, out);
        }
    }
}
