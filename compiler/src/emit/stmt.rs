//! Statements: assignment, control flow, `try`/`with`, imports, and the
//! fblock unwinding done by `break`, `continue` and `return`.

use std::sync::Arc;

use super::{Compiler, FBlockKind, LabelId};
use crate::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use crate::code::Const;
use crate::error::SyntaxError;
use crate::op::{Count, FnFlags, Op, RaiseKind, StarSplit};

impl<'a> Compiler<'a> {
    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        let depth = self.u().depth;
        let line = self.set_line(s.span.line);
        let r = self.stmt_inner(s);
        self.unit().depth = depth;
        self.unit().line = line;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::FunctionDef { .. } => self.function_def(s),
            StmtKind::ClassDef { .. } => self.class_def(s),
            StmtKind::Return { value } => {
                if !self.u().kind.is_function() {
                    return Err(self.error("'return' outside function", s.span));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.emit(Op::LoadNone),
                }
                self.unwind_all(true)?;
                let outer = self.u().fblocks.first().map(|b| b.handler_len);
                self.without_handlers(outer, |c| c.emit(Op::Return));
                Ok(())
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy(Count(1)));
                    }
                    self.store(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store(target)?;
                }
                if !self.u().kind.is_function() {
                    match (&target.kind, simple) {
                        (ExprKind::Name { id, .. }, true) => {
                            // __annotations__['x'] = annotation
                            self.annotation(annotation)?;
                            self.load_name("__annotations__", s.span)?;
                            self.load_str(id);
                            self.emit(Op::StoreSubscr);
                        }
                        _ if !self.future_annotations => {
                            self.expr(annotation)?;
                            self.emit(Op::Pop);
                        }
                        _ => {}
                    }
                }
                Ok(())
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.emit(Op::GetIter);
                let head = self.new_label();
                let end = self.new_label();
                let brk = self.new_label();
                self.bind(head);
                self.emit(Op::ForIter(crate::op::Label(end)));
                self.store(target)?;
                let hl = self.u().handlers.len();
                self.push_fblock(FBlockKind::For { head, exit: brk }, hl);
                self.body(body)?;
                self.pop_fblock();
                self.set_line(s.span.line);
                self.jump(head);
                self.bind(end);
                self.body(orelse)?;
                self.bind(brk);
                Ok(())
            }
            StmtKind::While { test, body, orelse } => {
                let head = self.new_label();
                let els = self.new_label();
                let brk = self.new_label();
                self.bind(head);
                self.jump_if(test, false, els)?;
                let hl = self.u().handlers.len();
                self.push_fblock(FBlockKind::While { head, exit: brk }, hl);
                self.body(body)?;
                self.pop_fblock();
                self.set_line(s.span.line);
                self.jump(head);
                self.bind(els);
                self.body(orelse)?;
                self.bind(brk);
                Ok(())
            }
            StmtKind::If { test, body, orelse } => {
                let els = self.new_label();
                self.jump_if(test, false, els)?;
                self.body(body)?;
                if orelse.is_empty() {
                    self.bind(els);
                } else {
                    let end = self.new_label();
                    self.jump(end);
                    self.bind(els);
                    self.body(orelse)?;
                    self.bind(end);
                }
                Ok(())
            }
            StmtKind::With { items, body } => self.with(items, 0, body),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                match (exc, cause) {
                    (None, _) => self.emit(Op::Raise(RaiseKind::Reraise)),
                    (Some(e), None) => {
                        self.expr(e)?;
                        self.emit(Op::Raise(RaiseKind::Raise));
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        self.emit(Op::Raise(RaiseKind::RaiseFrom));
                    }
                }
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => {
                let ok = self.new_label();
                self.jump_if(test, true, ok)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(Count(1)));
                }
                self.emit(Op::Raise(RaiseKind::Raise));
                self.bind(ok);
                Ok(())
            }
            StmtKind::Import { names } => {
                for a in names {
                    self.set_line(a.span.line);
                    let idx = self.name_idx(&a.name);
                    self.emit(Op::ImportName(idx));
                    match &a.asname {
                        Some(asname) => self.store_name(asname, a.span)?,
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name);
                            if top != a.name {
                                // Load the whole chain, bind the top package.
                                self.emit(Op::Pop);
                                let t = self.name_idx(top);
                                self.emit(Op::ImportName(t));
                            }
                            self.store_name(top, a.span)?;
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                // A relative import names its module with one leading dot
                // per level; the VM resolves it against `__package__`.
                let m = format!(
                    "{}{}",
                    ".".repeat(*level as usize),
                    module.as_deref().unwrap_or("")
                );
                let idx = self.name_idx(&m);
                self.emit(Op::ImportName(idx));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar);
                    return Ok(());
                }
                for a in names {
                    self.set_line(a.span.line);
                    let n = self.name_idx(&a.name);
                    self.emit(Op::ImportFrom(n));
                    self.store_name(a.asname.as_deref().unwrap_or(&a.name), a.span)?;
                }
                self.emit(Op::Pop);
                Ok(())
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => Ok(()),
            StmtKind::Expr { value } => {
                let top = self.interactive && self.units.len() == 1;
                if top {
                    self.expr(value)?;
                    self.emit(Op::PrintExpr);
                } else if matches!(value.kind, ExprKind::Constant(_)) {
                    // A docstring or other constant: no effect.
                } else {
                    self.expr(value)?;
                    self.emit(Op::Pop);
                }
                Ok(())
            }
            StmtKind::Break => self.break_continue(s, true),
            StmtKind::Continue => self.break_continue(s, false),
        }
    }

    // ----- unwinding -----

    /// Emits the code that leaves fblock `i` (by break/continue/return). With
    /// `preserve_tos` a return value sits on top of the stack.
    fn unwind_block(&mut self, i: usize, preserve_tos: bool) -> Result<(), SyntaxError> {
        let fb = self.u().fblocks[i];
        // Cleanup runs outside the block: drop its handlers and the blocks
        // inside it while emitting, then put them back.
        let saved_f = self.unit().fblocks.split_off(i);
        let hl = fb.handler_len.min(self.u().handlers.len());
        let saved_h = self.unit().handlers.split_off(hl);
        let r = (|| -> Result<(), SyntaxError> {
            match fb.kind {
                FBlockKind::While { .. } | FBlockKind::TryExcept => {}
                FBlockKind::For { .. } => {
                    if preserve_tos {
                        self.emit(Op::Swap(Count(2)));
                    }
                    self.emit(Op::Pop);
                }
                FBlockKind::Finally { body } => {
                    let depth = self.u().depth;
                    self.body(body)?;
                    self.unit().depth = depth;
                }
                FBlockKind::FinallyEnd => {
                    if preserve_tos {
                        self.emit(Op::Swap(Count(2)));
                    }
                    self.emit(Op::Pop);
                    if preserve_tos {
                        self.emit(Op::Swap(Count(2)));
                    }
                    self.emit(Op::PopExcept);
                }
                FBlockKind::Handler { name } => {
                    if preserve_tos {
                        self.emit(Op::Swap(Count(2)));
                    }
                    self.emit(Op::PopExcept);
                    if let Some(n) = name {
                        self.clear_name(n)?;
                    }
                }
                FBlockKind::With => {
                    if preserve_tos {
                        self.emit(Op::Swap(Count(2)));
                    }
                    self.call_exit_none();
                }
            }
            Ok(())
        })();
        self.unit().fblocks.extend(saved_f);
        self.unit().handlers.extend(saved_h);
        r
    }

    fn unwind_all(&mut self, preserve_tos: bool) -> Result<(), SyntaxError> {
        for i in (0..self.u().fblocks.len()).rev() {
            self.unwind_block(i, preserve_tos)?;
        }
        Ok(())
    }

    fn break_continue(&mut self, s: &Stmt, is_break: bool) -> Result<(), SyntaxError> {
        let blocks = &self.u().fblocks;
        let found = blocks
            .iter()
            .enumerate()
            .rev()
            .find(|(_, b)| matches!(b.kind, FBlockKind::While { .. } | FBlockKind::For { .. }))
            .map(|(i, b)| (i, b.kind));
        let Some((idx, kind)) = found else {
            return Err(if is_break {
                self.error("'break' outside loop", s.span)
            } else {
                self.error("'continue' not properly in loop", s.span)
            });
        };
        for i in (idx + 1..self.u().fblocks.len()).rev() {
            self.unwind_block(i, false)?;
        }
        let (head, exit) = match kind {
            FBlockKind::While { head, exit } | FBlockKind::For { head, exit } => (head, exit),
            _ => unreachable!(),
        };
        let outer = Some(self.u().fblocks[idx].handler_len);
        self.without_handlers(outer, |c| {
            if is_break {
                if matches!(kind, FBlockKind::For { .. }) {
                    c.emit(Op::Pop);
                }
                c.jump(exit);
            } else {
                c.jump(head);
            }
        });
        Ok(())
    }

    /// Emits with the handler stack cut to `len` (the code leaves the
    /// blocks whose handlers are above it).
    fn without_handlers(&mut self, len: Option<usize>, f: impl FnOnce(&mut Self)) {
        let len = len
            .unwrap_or(self.u().handlers.len())
            .min(self.u().handlers.len());
        let saved = self.unit().handlers.split_off(len);
        f(self);
        self.unit().handlers.extend(saved);
    }

    /// `exit(None, None, None)` with `exit` on top; pops it.
    fn call_exit_none(&mut self) {
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::Call(Count(3)));
        self.emit(Op::Pop);
    }

    /// `name = None; del name` at the end of `except ... as name`.
    fn clear_name(&mut self, name: &str) -> Result<(), SyntaxError> {
        let span = ast::Span {
            line: self.u().line,
            ..Default::default()
        };
        self.emit(Op::LoadNone);
        self.store_name(name, span)?;
        self.delete_name(name, span)
    }

    /// `[prev, exc]` → restore prev and re-raise exc.
    fn reraise_restoring(&mut self) {
        self.emit(Op::Swap(Count(2)));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
    }

    // ----- try -----

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        let d = self.u().depth;
        let outer = self.u().handlers.len();
        let h = self.new_label();
        let end = self.new_label();
        self.push_handler(h, d);
        self.push_fblock(FBlockKind::TryExcept, outer);
        self.body(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.body(orelse)?;
        self.jump(end);

        self.bind(h);
        if let Some(first) = handlers.first() {
            self.set_line(first.span.line);
        }
        self.emit(Op::PushExcInfo);
        let cleanup = self.new_label();
        for (i, hd) in handlers.iter().enumerate() {
            self.set_line(hd.span.line);
            self.push_handler(cleanup, d + 1);
            let next = self.new_label();
            match &hd.type_ {
                Some(t) => {
                    // [prev, exc] type → CheckExcMatch keeps exc, replaces
                    // the type with the verdict (see the op table).
                    self.expr(t)?;
                    self.emit(Op::CheckExcMatch);
                    self.emit(Op::PopJumpIfFalse(crate::op::Label(next)));
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(self.error("default 'except:' must be last", hd.span));
                    }
                }
            }
            match &hd.name {
                Some(n) => {
                    self.store_name(n, hd.span)?;
                    // Inner cleanup: clear the name, then the outer cleanup.
                    let named_cleanup = self.new_label();
                    self.push_handler(named_cleanup, d + 1);
                    self.push_fblock(FBlockKind::Handler { name: Some(n) }, outer);
                    self.body(&hd.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.pop_handler();
                    self.emit(Op::PopExcept);
                    self.clear_name(n)?;
                    self.jump(end);
                    // [prev, new_exc]
                    self.bind(named_cleanup);
                    let depth = self.u().depth;
                    self.emit(Op::LoadNone);
                    self.store_name(n, hd.span)?;
                    self.delete_name(n, hd.span)?;
                    self.unit().depth = depth;
                    self.reraise_restoring();
                }
                None => {
                    self.emit(Op::Pop);
                    self.push_fblock(FBlockKind::Handler { name: None }, outer);
                    self.body(&hd.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.emit(Op::PopExcept);
                    self.jump(end);
                }
            }
            self.bind(next);
        }
        // No clause matched: [prev, exc].
        if handlers.last().is_none_or(|h| h.type_.is_some()) {
            self.reraise_restoring();
        }
        self.bind(cleanup);
        self.reraise_restoring();
        self.bind(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        let d = self.u().depth;
        let outer = self.u().handlers.len();
        let fh = self.new_label();
        let end = self.new_label();
        self.push_handler(fh, d);
        self.push_fblock(FBlockKind::Finally { body: finalbody }, outer);
        if handlers.is_empty() {
            self.body(body)?;
            self.body(orelse)?;
        } else {
            let depth = self.u().depth;
            self.try_except(body, handlers, orelse)?;
            self.unit().depth = depth;
        }
        self.pop_fblock();
        self.pop_handler();
        self.body(finalbody)?;
        self.jump(end);

        // Exception path: [exc].
        self.bind(fh);
        self.emit(Op::PushExcInfo);
        let cleanup = self.new_label();
        self.push_handler(cleanup, d + 1);
        self.push_fblock(FBlockKind::FinallyEnd, outer);
        self.body(finalbody)?;
        self.pop_fblock();
        self.pop_handler();
        self.reraise_restoring();
        self.bind(cleanup);
        self.reraise_restoring();
        self.bind(end);
        Ok(())
    }

    // ----- with -----

    fn with(
        &mut self,
        items: &'a [ast::WithItem],
        i: usize,
        body: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        if i == items.len() {
            return self.body(body);
        }
        let item = &items[i];
        let d = self.u().depth;
        let outer = self.u().handlers.len();
        self.set_line(item.context_expr.span.line);
        self.expr(&item.context_expr)?;
        self.emit(Op::BeforeWith);
        let wh = self.new_label();
        let end = self.new_label();
        self.push_handler(wh, d + 1);
        match &item.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit(Op::Pop),
        }
        self.push_fblock(FBlockKind::With, outer);
        self.with(items, i + 1, body)?;
        self.pop_fblock();
        self.pop_handler();
        self.set_line(item.context_expr.span.line);
        self.call_exit_none();
        self.jump(end);

        // [exit, exc]
        self.bind(wh);
        self.emit(Op::PushExcInfo);
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.push_handler(cleanup, d + 2);
        self.emit(Op::WithExceptStart);
        self.emit(Op::PopJumpIfTrue(crate::op::Label(suppress)));
        // Not suppressed: re-raise; the cleanup entry restores prev.
        self.emit(Op::Reraise);
        self.pop_handler();
        // [exit, prev, exc]
        self.bind(suppress);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.jump(end);
        self.bind(cleanup);
        self.reraise_restoring();
        self.bind(end);
        Ok(())
    }

    // ----- assignment -----

    /// Stores TOS into an assignment target.
    pub(crate) fn store(&mut self, t: &'a Expr) -> Result<(), SyntaxError> {
        let line = self.set_line(t.span.line);
        let r = self.store_inner(t);
        self.unit().line = line;
        r
    }

    fn store_inner(&mut self, t: &'a Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.store_name(id, t.span),
            ExprKind::Attribute { value, attr, .. } => {
                if let Some(ln) = self.local_name(value, attr) {
                    self.emit(Op::StoreFastAttr(ln));
                    return Ok(());
                }
                self.expr(value)?;
                let n = self.name_idx(attr);
                self.emit(Op::StoreAttr(n));
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                if elts
                    .iter()
                    .filter(|e| matches!(e.kind, ExprKind::Starred { .. }))
                    .count()
                    > 1
                {
                    return Err(self.error("multiple starred expressions in assignment", t.span));
                }
                match star {
                    Some(i) => {
                        let after = elts.len() - i - 1;
                        if i > u16::MAX as usize || after > u16::MAX as usize {
                            return Err(self.error(
                                "too many expressions in star-unpacking assignment",
                                t.span,
                            ));
                        }
                        self.emit(Op::UnpackEx(StarSplit(i as u16, after as u16)));
                    }
                    None => self.emit(Op::UnpackSequence(Count(elts.len() as u32))),
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => Err(self.error(
                "starred assignment target must be in a list or tuple",
                t.span,
            )),
            _ => Err(self.error("cannot assign to expression", t.span)),
        }
    }

    fn delete(&mut self, t: &'a Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.delete_name(id, t.span),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let n = self.name_idx(attr);
                self.emit(Op::DeleteAttr(n));
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
                Ok(())
            }
            _ => Err(self.error("cannot delete expression", t.span)),
        }
    }

    fn aug_assign(
        &mut self,
        target: &'a Expr,
        op: ast::Operator,
        value: &'a Expr,
    ) -> Result<(), SyntaxError> {
        let bop = super::expr::binop(op);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.load_name(id, target.span)?;
                self.expr(value)?;
                self.emit(Op::InplaceOp(bop));
                self.store_name(id, target.span)
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Op::Copy(Count(1)));
                let n = self.name_idx(attr);
                self.emit(Op::LoadAttr(n));
                self.expr(value)?;
                self.emit(Op::InplaceOp(bop));
                self.emit(Op::Swap(Count(2)));
                self.emit(Op::StoreAttr(n));
                Ok(())
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Copy(Count(2)));
                self.emit(Op::Copy(Count(2)));
                self.emit(Op::Subscr);
                self.expr(value)?;
                self.emit(Op::InplaceOp(bop));
                self.emit(Op::Swap(Count(3)));
                self.emit(Op::Swap(Count(2)));
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            _ => Err(self.error(
                "'expression' is an illegal expression for augmented assignment",
                target.span,
            )),
        }
    }

    // ----- def and class -----

    fn function_def(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        let StmtKind::FunctionDef {
            name,
            bind,
            args,
            body,
            decorator_list,
            returns,
        } = &s.kind
        else {
            unreachable!()
        };
        for d in decorator_list {
            self.expr(d)?;
        }
        let id = self.table.of_stmt(s);
        let qualname = self.child_qualname(name);
        self.function_prelude(args)?;
        let annotated = self.function_annotations(args, returns.as_deref())?;
        self.enter_unit(id, Arc::from(name.as_str()), qualname, s.span.line);
        self.unit().doc = docstring(body);
        self.set_arg_counts(args);
        self.body(body)?;
        self.emit(Op::LoadNone);
        self.emit(Op::Return);
        let code = self.leave_unit();
        self.make_function(code, args, annotated)?;
        for _ in decorator_list {
            self.emit(Op::Call(Count(1)));
        }
        self.store_name(bind.as_ref().unwrap_or(name), s.span)
    }

    fn class_def(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        let StmtKind::ClassDef {
            name,
            bind,
            bases,
            keywords,
            body,
            decorator_list,
        } = &s.kind
        else {
            unreachable!()
        };
        if let Some(k) = keywords.iter().find(|k| k.arg.is_none()) {
            return Err(self.error("'**' in class keywords is not supported", k.span));
        }
        if let Some(b) = bases
            .iter()
            .find(|b| matches!(b.kind, ExprKind::Starred { .. }))
        {
            return Err(self.error("starred class bases are not supported", b.span));
        }
        for d in decorator_list {
            self.expr(d)?;
        }
        if !keywords.is_empty() {
            // `class A(B, metaclass=M, **kw)` is `__build_class__(body, 'A', B, metaclass=M)`.
            let bc = self.global_idx("__build_class__");
            self.emit(Op::LoadGlobal(bc));
        }
        let id = self.table.of_stmt(s);
        let qualname = self.child_qualname(name);
        self.enter_unit(id, Arc::from(name.as_str()), qualname.clone(), s.span.line);
        // __module__ = __name__; __qualname__ = '...'
        let g = self.global_idx("__name__");
        self.emit(Op::LoadGlobal(g));
        let m = self.name_idx("__module__");
        self.emit(Op::StoreName(m));
        self.load_str(&qualname);
        let q = self.name_idx("__qualname__");
        self.emit(Op::StoreName(q));
        if let Some(doc) = docstring(body) {
            self.load_str(&doc);
            let d = self.name_idx("__doc__");
            self.emit(Op::StoreName(d));
        }
        self.setup_annotations(body)?;
        self.body(body)?;
        if self.scope().needs_class_closure {
            let ci = self.scope().cell_index("__class__").expect("class cell") as u32;
            self.emit(Op::LoadClosure(crate::op::CellIdx(ci)));
        } else {
            self.emit(Op::LoadNone);
        }
        self.emit(Op::Return);
        let code = self.leave_unit();
        let mut flags = 0;
        if !code.freevars.is_empty() {
            self.load_closure(&code)?;
            flags |= FnFlags::CLOSURE;
        }
        let c = self.const_idx(Const::Code(Arc::new(code)));
        self.emit(Op::LoadConst(c));
        self.emit(Op::MakeFunction(FnFlags(flags)));
        self.load_str(name);
        for b in bases {
            self.expr(b)?;
        }
        if keywords.is_empty() {
            self.emit(Op::BuildClass(Count(bases.len() as u32)));
        } else {
            let mut names = Vec::new();
            for k in keywords {
                self.expr(&k.value)?;
                names.push(Const::Str(Arc::from(k.arg.as_deref().unwrap_or(""))));
            }
            let c = self.const_idx(Const::Tuple(names));
            self.emit(Op::LoadConst(c));
            let n = 2 + bases.len() + keywords.len();
            self.emit(Op::CallKw(Count(n as u32)));
        }
        for _ in decorator_list {
            self.emit(Op::Call(Count(1)));
        }
        self.store_name(bind.as_ref().unwrap_or(name), s.span)
    }

    /// Runs a loop-free `jump_if` helper on the test of `if`/`while`/`assert`:
    /// jumps to `target` when the truth of `e` equals `when`.
    pub(crate) fn jump_if(
        &mut self,
        e: &'a Expr,
        when: bool,
        target: LabelId,
    ) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::UnaryOp {
                op: ast::UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == ast::BoolOp::And;
                let n = values.len();
                if is_and != when {
                    // `a and b` jumping when false (or `a or b` when true):
                    // any operand deciding it jumps straight to the target.
                    for v in values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    // `a and b` jumping when true: all must hold.
                    let skip = self.new_label();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                Ok(())
            }
            ExprKind::Constant(ast::Constant::True) if !when => Ok(()),
            _ => {
                self.expr(e)?;
                let l = crate::op::Label(target);
                self.emit(if when {
                    Op::PopJumpIfTrue(l)
                } else {
                    Op::PopJumpIfFalse(l)
                });
                Ok(())
            }
        }
    }
}

/// The docstring of a body: its first statement when that is a str literal.
fn docstring(body: &[Stmt]) -> Option<Arc<str>> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr { value }) => match &value.kind {
            ExprKind::Constant(crate::ast::Constant::Str(s)) => Some(Arc::from(s.as_str())),
            _ => None,
        },
        _ => None,
    }
}
