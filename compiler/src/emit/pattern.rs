//! The `match` statement.
//!
//! The subject stays on the stack across the cases. Each case copies it and
//! runs its pattern on the copy. A pattern consumes the value on top of the
//! stack when it matches; when it fails it jumps to a *fail-pop* label that
//! knows how many items are left above the case's baseline and pops them
//! (CPython's `pc->fail_pop`). Captured names are stored as the pattern
//! goes, so a failed case may leave some of its names bound (CPython leaves
//! this unspecified).

use std::collections::BTreeSet;

use super::{Compiler, LabelId};
use crate::ast::{self, Expr, Pattern, PatternKind};
use crate::code::Const;
use crate::error::SyntaxError;
use crate::op::{CmpOp, Count, Label, Op, StarSplit};

/// Per-pattern failure bookkeeping.
struct PatCtx {
    /// Stack depth below the value being matched.
    base: i32,
    /// `fail_pop[i]`: where a failure with `i` items left above `base` goes.
    fail_pop: Vec<Option<LabelId>>,
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(
        &mut self,
        subject: &'a Expr,
        cases: &'a [ast::MatchCase],
    ) -> Result<(), SyntaxError> {
        self.expr(subject)?;
        let end = self.new_label();
        for (i, case) in cases.iter().enumerate() {
            if i + 1 < cases.len() && case.guard.is_none() {
                if let PatternKind::MatchAs {
                    pattern: None,
                    name,
                } = &case.pattern.kind
                {
                    let msg = match name {
                        Some(n) => {
                            format!("name capture '{}' makes remaining patterns unreachable", n)
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.error(msg, case.pattern.span));
                }
            }
            self.set_line(case.pattern.span.line);
            let base = self.u().depth;
            let mut pc = PatCtx {
                base,
                fail_pop: Vec::new(),
            };
            self.emit(Op::Copy(Count(1)));
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(g) = &case.guard {
                let fail0 = self.fail_label(&mut pc, 0);
                self.jump_if(g, false, fail0)?;
            }
            self.emit(Op::Pop);
            self.body(&case.body)?;
            self.jump(end);
            self.emit_fail_chain(&mut pc);
        }
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    fn fail_label(&mut self, pc: &mut PatCtx, items: usize) -> LabelId {
        if pc.fail_pop.len() <= items {
            pc.fail_pop.resize(items + 1, None);
        }
        match pc.fail_pop[items] {
            Some(l) => l,
            None => {
                let l = self.new_label();
                pc.fail_pop[items] = Some(l);
                l
            }
        }
    }

    /// Emits a conditional jump to the failure path.
    fn jump_fail(&mut self, pc: &mut PatCtx, make: fn(Label) -> Op) {
        let probe = make(Label(0));
        let after = self.u().depth + probe.jump_effect().unwrap_or(0);
        let items = (after - pc.base).max(0) as usize;
        let l = self.fail_label(pc, items);
        self.emit(make(Label(l)));
    }

    /// Binds the fail-pop labels, popping down to the baseline; leaves the
    /// code at `fail_pop[0]` (depth = base).
    fn emit_fail_chain(&mut self, pc: &mut PatCtx) {
        if pc.fail_pop.is_empty() {
            pc.fail_pop.push(None);
        }
        for i in (0..pc.fail_pop.len()).rev() {
            let l = match pc.fail_pop[i] {
                Some(l) => l,
                None => {
                    let l = self.new_label();
                    pc.fail_pop[i] = Some(l);
                    l
                }
            };
            if i + 1 == pc.fail_pop.len() {
                // The chain is only reached by jumps.
                self.unit().depth = pc.base + i as i32;
            }
            self.bind(l);
            if i > 0 {
                self.emit(Op::Pop);
            }
        }
    }

    /// Matches the value on top of the stack, consuming it on success.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> Result<(), SyntaxError> {
        let line = self.set_line(p.span.line);
        let r = self.pattern_inner(p, pc);
        self.unit().line = line;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> Result<(), SyntaxError> {
        match &p.kind {
            PatternKind::MatchAs { pattern, name } => {
                match (pattern, name) {
                    (None, None) => self.emit(Op::Pop),
                    (None, Some(n)) => self.store_name(n, p.span)?,
                    (Some(q), None) => self.pattern(q, pc)?,
                    (Some(q), Some(n)) => {
                        self.emit(Op::Copy(Count(1)));
                        self.pattern(q, pc)?;
                        self.store_name(n, p.span)?;
                    }
                }
                Ok(())
            }
            PatternKind::MatchValue { value } => {
                self.expr(value)?;
                self.emit(Op::CompareOp(CmpOp::Eq));
                self.jump_fail(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(super::expr::constant(value));
                self.emit(Op::CompareOp(CmpOp::Is));
                self.jump_fail(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSequence { patterns } => {
                let stars: Vec<usize> = patterns
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| matches!(q.kind, PatternKind::MatchStar { .. }))
                    .map(|(i, _)| i)
                    .collect();
                if stars.len() > 1 {
                    return Err(self.error("multiple starred names in sequence pattern", p.span));
                }
                let n = patterns.len();
                self.emit(Op::MatchSequence);
                self.jump_fail(pc, Op::PopJumpIfFalse);
                self.emit(Op::GetLen);
                match stars.first() {
                    None => {
                        self.load_const(Const::Int(n as i64));
                        self.emit(Op::CompareOp(CmpOp::Eq));
                    }
                    Some(_) => {
                        self.load_const(Const::Int(n as i64 - 1));
                        self.emit(Op::CompareOp(CmpOp::Ge));
                    }
                }
                self.jump_fail(pc, Op::PopJumpIfFalse);
                match stars.first() {
                    None => self.emit(Op::UnpackSequence(Count(n as u32))),
                    Some(&i) => self.emit(Op::UnpackEx(StarSplit(i as u16, (n - i - 1) as u16))),
                }
                for q in patterns {
                    match &q.kind {
                        PatternKind::MatchStar { name } => match name {
                            Some(nm) => self.store_name(nm, q.span)?,
                            None => self.emit(Op::Pop),
                        },
                        _ => self.pattern(q, pc)?,
                    }
                }
                Ok(())
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.emit(Op::MatchMapping);
                self.jump_fail(pc, Op::PopJumpIfFalse);
                if keys.is_empty() {
                    match rest {
                        Some(r) => {
                            self.load_const(Const::Tuple(Vec::new()));
                            self.emit(Op::CopyDictWithoutKeys);
                            self.store_name(r, p.span)?;
                            self.emit(Op::Pop);
                        }
                        None => self.emit(Op::Pop),
                    }
                    return Ok(());
                }
                self.emit(Op::GetLen);
                self.load_const(Const::Int(keys.len() as i64));
                self.emit(Op::CompareOp(CmpOp::Ge));
                self.jump_fail(pc, Op::PopJumpIfFalse);
                let mut seen = Vec::new();
                for k in keys {
                    if let Some(c) = super::expr::fold(k) {
                        let key = format!("{:?}", c);
                        if seen.contains(&key) {
                            return Err(self.error(
                                format!("mapping pattern checks duplicate key ({})", key),
                                k.span,
                            ));
                        }
                        seen.push(key);
                    }
                }
                let folded: Option<Vec<Const>> = keys.iter().map(super::expr::fold).collect();
                match folded {
                    Some(cs) => self.load_const(Const::Tuple(cs)),
                    None => {
                        for k in keys {
                            self.expr(k)?;
                        }
                        self.emit(Op::BuildTuple(Count(keys.len() as u32)));
                    }
                }
                self.emit(Op::MatchKeys);
                self.emit(Op::Copy(Count(1)));
                self.emit(Op::LoadNone);
                self.emit(Op::CompareOp(CmpOp::IsNot));
                self.jump_fail(pc, Op::PopJumpIfFalse);
                self.emit(Op::UnpackSequence(Count(keys.len() as u32)));
                for q in patterns {
                    self.pattern(q, pc)?;
                }
                match rest {
                    Some(r) => {
                        self.emit(Op::CopyDictWithoutKeys);
                        self.store_name(r, p.span)?;
                        self.emit(Op::Pop);
                    }
                    None => {
                        self.emit(Op::Pop);
                        self.emit(Op::Pop);
                    }
                }
                Ok(())
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.expr(cls)?;
                let names = kwd_attrs
                    .iter()
                    .map(|a| Const::Str(a.as_str().into()))
                    .collect();
                self.load_const(Const::Tuple(names));
                self.emit(Op::MatchClass(Count(patterns.len() as u32)));
                self.emit(Op::Copy(Count(1)));
                self.emit(Op::LoadNone);
                self.emit(Op::CompareOp(CmpOp::IsNot));
                self.jump_fail(pc, Op::PopJumpIfFalse);
                let total = patterns.len() + kwd_patterns.len();
                if total == 0 {
                    self.emit(Op::Pop);
                } else {
                    self.emit(Op::UnpackSequence(Count(total as u32)));
                    for q in patterns.iter().chain(kwd_patterns) {
                        self.pattern(q, pc)?;
                    }
                }
                Ok(())
            }
            PatternKind::MatchStar { .. } => Err(self.error("can't use starred name here", p.span)),
            PatternKind::MatchOr { patterns } => {
                let names0 = bound_names(&patterns[0]);
                for q in &patterns[1..] {
                    if bound_names(q) != names0 {
                        return Err(self.error("alternative patterns bind different names", q.span));
                    }
                }
                let end = self.new_label();
                let n = patterns.len();
                for (i, q) in patterns.iter().enumerate() {
                    if i + 1 == n {
                        self.pattern(q, pc)?;
                        break;
                    }
                    let base = self.u().depth;
                    let mut alt = PatCtx {
                        base,
                        fail_pop: Vec::new(),
                    };
                    self.emit(Op::Copy(Count(1)));
                    self.pattern(q, &mut alt)?;
                    self.emit(Op::Pop);
                    self.jump(end);
                    self.emit_fail_chain(&mut alt);
                }
                self.bind(end);
                Ok(())
            }
        }
    }
}

/// The names a pattern binds.
fn bound_names(p: &Pattern) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    collect_names(p, &mut out);
    out
}

fn collect_names(p: &Pattern, out: &mut BTreeSet<String>) {
    match &p.kind {
        PatternKind::MatchValue { .. } | PatternKind::MatchSingleton { .. } => {}
        PatternKind::MatchSequence { patterns } => {
            patterns.iter().for_each(|q| collect_names(q, out))
        }
        PatternKind::MatchOr { patterns } => {
            if let Some(q) = patterns.first() {
                collect_names(q, out)
            }
        }
        PatternKind::MatchMapping { patterns, rest, .. } => {
            patterns.iter().for_each(|q| collect_names(q, out));
            if let Some(r) = rest {
                out.insert(r.clone());
            }
        }
        PatternKind::MatchClass {
            patterns,
            kwd_patterns,
            ..
        } => patterns
            .iter()
            .chain(kwd_patterns)
            .for_each(|q| collect_names(q, out)),
        PatternKind::MatchStar { name } => {
            if let Some(n) = name {
                out.insert(n.clone());
            }
        }
        PatternKind::MatchAs { pattern, name } => {
            if let Some(q) = pattern {
                collect_names(q, out);
            }
            if let Some(n) = name {
                out.insert(n.clone());
            }
        }
    }
}
