//! Statements and blocks.

use super::expr::{describe, starts_expression};
use super::{err, PResult, Parser, CHAIN_HEIGHT_LIMIT};
use crate::ast::{
    Alias, ExceptHandler, Expr, ExprContext, ExprKind, MatchCase, Module, Operator, Stmt, StmtKind,
    WithItem,
};
use crate::error::SyntaxErrorKind;
use crate::token::{Pos, Tok};

fn augassign(t: &Tok) -> Option<Operator> {
    Some(match t {
        Tok::PlusEqual => Operator::Add,
        Tok::MinEqual => Operator::Sub,
        Tok::StarEqual => Operator::Mult,
        Tok::AtEqual => Operator::MatMult,
        Tok::SlashEqual => Operator::Div,
        Tok::PercentEqual => Operator::Mod,
        Tok::AmperEqual => Operator::BitAnd,
        Tok::VBarEqual => Operator::BitOr,
        Tok::CircumflexEqual => Operator::BitXor,
        Tok::LeftShiftEqual => Operator::LShift,
        Tok::RightShiftEqual => Operator::RShift,
        Tok::DoubleStarEqual => Operator::Pow,
        Tok::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

impl Parser {
    pub(crate) fn parse_module(&mut self) -> PResult<Module> {
        self.stack_base = super::stack_pointer();
        let mut body = Vec::new();
        loop {
            match self.peek() {
                Tok::EndMarker => break,
                Tok::Newline => self.advance(),
                _ => self.statement(&mut body)?,
            }
        }
        Ok(Module { body })
    }

    /// One statement line (possibly several `;`-separated simple statements)
    /// or one compound statement, appended to `out`.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let s = match self.peek() {
            Tok::Def | Tok::At | Tok::Class => self.definition()?,
            Tok::If => self.if_stmt()?,
            Tok::While => self.while_stmt()?,
            Tok::For => self.for_stmt()?,
            Tok::Try => self.try_stmt()?,
            Tok::With => self.with_stmt()?,
            Tok::Name(n) if n == "match" => match self.match_stmt()? {
                Some(s) => s,
                None => {
                    let hint = self.match_missing_colon();
                    return self.simple_stmts(out).map_err(|e| match hint {
                        Some(at) => self.error_at("expected ':'", at, at),
                        None => e,
                    });
                }
            },
            _ => return self.simple_stmts(out),
        };
        out.push(s);
        Ok(())
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_stmt()?);
            if !self.eat(&Tok::Semi) || self.at(&Tok::Newline) {
                break;
            }
        }
        if !self.eat(&Tok::Newline) {
            if let Some(Stmt {
                kind: StmtKind::Expr { value },
                ..
            }) = out.last()
            {
                if let ExprKind::Name { id, .. } = &value.kind {
                    if (id == "print" || id == "exec") && starts_expression(self.peek()) {
                        let msg = format!(
                            "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                            id, id
                        );
                        // The range runs to the end of the line, as in CPython.
                        let mut end = self.pos;
                        while !matches!(
                            self.toks[end].kind,
                            Tok::Newline | Tok::EndMarker | Tok::Error | Tok::Semi
                        ) {
                            end += 1;
                        }
                        let end = if end > self.pos {
                            self.toks[end - 1].end
                        } else {
                            self.tok().end
                        };
                        return Err(self.error_at(msg, super::start_of(value.span), end));
                    }
                }
            }
            return Err(self.unexpected());
        }
        Ok(())
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let kind = match self.peek() {
            Tok::Pass => {
                self.advance();
                StmtKind::Pass
            }
            Tok::Break => {
                self.advance();
                StmtKind::Break
            }
            Tok::Continue => {
                self.advance();
                StmtKind::Continue
            }
            Tok::Return => {
                self.advance();
                let value = if starts_expression(self.peek()) {
                    Some(self.star_expressions()?)
                } else {
                    None
                };
                StmtKind::Return { value }
            }
            Tok::Raise => {
                self.advance();
                let mut exc = None;
                let mut cause = None;
                if starts_expression(self.peek()) {
                    exc = Some(self.expression()?);
                    if self.eat(&Tok::From) {
                        cause = Some(self.expression()?);
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            Tok::Global | Tok::Nonlocal => {
                let global = self.at(&Tok::Global);
                self.advance();
                let mut names = vec![self.name()?];
                while self.eat(&Tok::Comma) {
                    names.push(self.name()?);
                }
                if global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            Tok::Del => {
                self.advance();
                let mut targets = Vec::new();
                loop {
                    let e = if self.at(&Tok::Star) {
                        self.star_expression()?
                    } else {
                        self.expression()?
                    };
                    targets.push(self.set_context(e, ExprContext::Del)?);
                    if !self.eat(&Tok::Comma) || !starts_expression(self.peek()) {
                        break;
                    }
                }
                StmtKind::Delete { targets }
            }
            Tok::Assert => {
                self.advance();
                let test = self.expression()?;
                let msg = if self.eat(&Tok::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Tok::Import => self.import()?,
            Tok::From => self.import_from()?,
            _ => return self.expr_or_assign(),
        };
        Ok(Stmt::new(kind, self.span_from(start)))
    }

    fn value_expr(&mut self) -> PResult<Expr> {
        if self.at(&Tok::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    /// Expression statements, `=`, augmented and annotated assignment.
    fn expr_or_assign(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let parenthesized = self.at(&Tok::LPar);
        let first = self.value_expr()?;
        if self.at(&Tok::Equal) {
            let mut targets = vec![first];
            let value = loop {
                self.advance();
                let v = self.value_expr()?;
                if !self.at(&Tok::Equal) {
                    break v;
                }
                targets.push(v);
            };
            let single = targets.len() == 1;
            let mut checked = Vec::with_capacity(targets.len());
            for t in targets {
                checked.push(self.assign_target(t, single)?);
            }
            if let ExprKind::Starred { .. } = value.kind {
                return Err(self.error_span("can't use starred expression here", value.span));
            }
            return Ok(Stmt::new(
                StmtKind::Assign {
                    targets: checked,
                    value,
                },
                self.span_from(start),
            ));
        }
        if let Some(op) = augassign(self.peek()) {
            match first.kind {
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                }
                _ => {
                    return Err(self.error_span(
                        format!(
                            "'{}' is an illegal expression for augmented assignment",
                            describe(&first)
                        ),
                        first.span,
                    ))
                }
            }
            self.advance();
            let target = self.set_context(first, ExprContext::Store)?;
            let value = self.value_expr()?;
            return Ok(Stmt::new(
                StmtKind::AugAssign { target, op, value },
                self.span_from(start),
            ));
        }
        if self.at(&Tok::Colon) {
            // CPython names a bad target only if an annotation follows.
            let m = self.mark();
            self.advance();
            let annotation = self.expression()?;
            self.reset(m, false);
            drop(annotation);
            match first.kind {
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                }
                ExprKind::Tuple { .. } => {
                    return Err(self.error_span(
                        "only single target (not tuple) can be annotated",
                        first.span,
                    ))
                }
                ExprKind::List { .. } => {
                    return Err(self
                        .error_span("only single target (not list) can be annotated", first.span))
                }
                _ => return Err(self.error_span("illegal target for annotation", first.span)),
            }
            self.advance();
            let simple = !parenthesized && matches!(first.kind, ExprKind::Name { .. });
            let target = self.set_context(first, ExprContext::Store)?;
            let annotation = self.expression()?;
            let value = if self.eat(&Tok::Equal) {
                Some(self.value_expr()?)
            } else {
                None
            };
            return Ok(Stmt::new(
                StmtKind::AnnAssign {
                    target,
                    annotation,
                    value,
                    simple,
                },
                self.span_from(start),
            ));
        }
        // (A hint's lookahead: it must not move the generic error position.)
        if self.at(&Tok::ColonEqual)
            && !matches!(first.kind, ExprKind::Name { .. })
            && starts_expression(&self.toks[(self.pos + 1).min(self.toks.len() - 1)].kind)
        {
            let msg = format!(
                "cannot use assignment expressions with {}",
                describe(&first)
            );
            return Err(self.error_span(msg, first.span));
        }
        if let ExprKind::Starred { .. } = first.kind {
            return Err(self.error_span("can't use starred expression here", first.span));
        }
        Ok(Stmt::new(
            StmtKind::Expr { value: first },
            self.span_from(start),
        ))
    }

    /// Checks an `=` target, with CPython's hint for a lone invalid target.
    fn assign_target(&self, t: Expr, single: bool) -> PResult<Expr> {
        match &t.kind {
            ExprKind::Starred { .. } => {
                return Err(self.error_span(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                ))
            }
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } if !single => {
                return Err(self.error_span("assignment to yield expression not possible", t.span))
            }
            _ => {}
        }
        let hint = single
            && !matches!(
                t.kind,
                ExprKind::Name { .. }
                    | ExprKind::Attribute { .. }
                    | ExprKind::Subscript { .. }
                    | ExprKind::Tuple { .. }
                    | ExprKind::List { .. }
                    | ExprKind::Compare { .. }
                    | ExprKind::BoolOp { .. }
                    | ExprKind::IfExp { .. }
                    | ExprKind::Lambda { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Starred { .. }
                    | ExprKind::Constant(
                        crate::ast::Constant::None
                            | crate::ast::Constant::True
                            | crate::ast::Constant::False
                    )
            )
            && !matches!(
                t.kind,
                ExprKind::UnaryOp {
                    op: crate::ast::UnaryOp::Not,
                    ..
                }
            );
        if hint {
            return Err(self.error_span(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    describe(&t)
                ),
                t.span,
            ));
        }
        self.set_context(t, ExprContext::Store)
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?;
        while self.eat(&Tok::Dot) {
            name.push('.');
            name.push_str(&self.name()?);
        }
        Ok(name)
    }

    fn import(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut names = Vec::new();
        loop {
            let start = self.start();
            let name = self.dotted_name()?;
            let asname = if self.eat(&Tok::As) {
                Some(self.name()?)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: self.span_from(start),
            });
            if !self.eat(&Tok::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import { names })
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level = 0;
        loop {
            match self.peek() {
                Tok::Dot => level += 1,
                Tok::Ellipsis => level += 3,
                _ => break,
            }
            self.advance();
        }
        let module = if matches!(self.peek(), Tok::Name(_)) || level == 0 {
            Some(self.dotted_name()?)
        } else {
            None
        };
        self.expect(&Tok::Import)?;
        let mut names = Vec::new();
        if self.at(&Tok::Star) {
            let start = self.start();
            self.advance();
            names.push(Alias {
                name: "*".into(),
                asname: None,
                span: self.span_from(start),
            });
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let parens = self.eat(&Tok::LPar);
        loop {
            let start = self.start();
            let name = self.name()?;
            let asname = if self.eat(&Tok::As) {
                Some(self.name()?)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: self.span_from(start),
            });
            if !self.eat(&Tok::Comma) {
                break;
            }
            if parens && self.at(&Tok::RPar) {
                break;
            }
            if !parens && !matches!(self.peek(), Tok::Name(_)) {
                let at = self.prev_end();
                return Err(self.error_at(
                    "trailing comma not allowed without surrounding parentheses",
                    Pos {
                        line: at.line,
                        col: at.col,
                    },
                    at,
                ));
            }
        }
        if parens {
            self.expect(&Tok::RPar)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    // ----- compound statements -----

    /// `':' NEWLINE INDENT stmts DEDENT` or `':' simple_stmts`. `what`
    /// names the statement for "expected an indented block after ...".
    fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        // CPython insists on the colon after `def`, `try`, `else` and
        // `finally` ("expected ':'" whatever follows); after other headers
        // it says so only at the end of the line.
        let forced = matches!(
            what,
            "function definition" | "'try' statement" | "'else' statement" | "'finally' statement"
        );
        if forced || self.at(&Tok::Newline) {
            self.expect_msg(&Tok::Colon)?;
        } else {
            self.expect(&Tok::Colon)?;
        }
        let mut body = Vec::new();
        if self.eat(&Tok::Newline) {
            if !self.eat(&Tok::Indent) {
                if self.at(&Tok::Error) {
                    return Err(self.unexpected());
                }
                let at = self.start();
                return Err(err(
                    SyntaxErrorKind::Indentation,
                    format!("expected an indented block after {} on line {}", what, line),
                    at,
                    None,
                ));
            }
            self.enter()?;
            loop {
                self.statement(&mut body)?;
                if self.eat(&Tok::Dedent) {
                    self.leave();
                    break;
                }
                if self.at(&Tok::EndMarker) {
                    return Err(self.unexpected());
                }
            }
        } else {
            self.simple_stmts(&mut body)?;
        }
        Ok(body)
    }

    fn definition(&mut self) -> PResult<Stmt> {
        let mut decorator_list = Vec::new();
        while self.eat(&Tok::At) {
            decorator_list.push(self.named_expression()?);
            self.expect(&Tok::Newline)?;
        }
        let start = self.start();
        let line = start.line;
        match self.peek() {
            Tok::Def => {
                self.advance();
                let name = self.name()?;
                self.expect_msg(&Tok::LPar)?;
                let args = self.parameters(false)?;
                self.expect(&Tok::RPar)?;
                let returns = if self.eat(&Tok::RArrow) {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                let body = self.block("function definition", line)?;
                let kind = StmtKind::FunctionDef {
                    name,
                    bind: None,
                    args: Box::new(args),
                    body,
                    decorator_list,
                    returns,
                };
                Ok(Stmt::new(kind, self.span_from(start)))
            }
            Tok::Class => {
                self.advance();
                let name = self.name()?;
                let (bases, keywords) = if self.at(&Tok::LPar) {
                    let open = self.start();
                    self.advance();
                    let r = self.call_args(open)?;
                    self.expect(&Tok::RPar)?;
                    r
                } else {
                    (Vec::new(), Vec::new())
                };
                let body = self.block("class definition", line)?;
                let kind = StmtKind::ClassDef {
                    name,
                    bind: None,
                    bases,
                    keywords,
                    body,
                    decorator_list,
                };
                Ok(Stmt::new(kind, self.span_from(start)))
            }
            _ => Err(self.unexpected()),
        }
    }

    /// `if`/`elif`/`else`. An `elif` chain is built iteratively (it becomes
    /// nested `If`s in `orelse`), and its length is bounded.
    fn if_stmt(&mut self) -> PResult<Stmt> {
        let mut arms: Vec<(Pos, Expr, Vec<Stmt>)> = Vec::new();
        let mut what = "'if' statement";
        loop {
            let start = self.start();
            self.advance();
            let test = self.named_expression()?;
            let body = self.block(what, start.line)?;
            arms.push((start, test, body));
            if !self.at(&Tok::Elif) {
                break;
            }
            what = "'elif' statement";
            if arms.len() as u32 > CHAIN_HEIGHT_LIMIT {
                return Err(self.error_here("too many elif branches"));
            }
        }
        let mut orelse = Vec::new();
        if self.at(&Tok::Else) {
            let line = self.start().line;
            self.advance();
            orelse = self.block("'else' statement", line)?;
        }
        let end = self.prev_end();
        while let Some((start, test, body)) = arms.pop() {
            let s = Stmt::new(StmtKind::If { test, body, orelse }, super::span(start, end));
            orelse = vec![s];
        }
        Ok(orelse.pop().unwrap())
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at(&Tok::Else) {
            return Ok(Vec::new());
        }
        let line = self.start().line;
        self.advance();
        self.block("'else' statement", line)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        let test = self.named_expression()?;
        let body = self.block("'while' statement", start.line)?;
        let orelse = self.else_block()?;
        Ok(Stmt::new(
            StmtKind::While { test, body, orelse },
            self.span_from(start),
        ))
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        let target = self.for_target()?;
        let iter = self.star_expressions()?;
        let body = self.block("'for' statement", start.line)?;
        let orelse = self.else_block()?;
        Ok(Stmt::new(
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            },
            self.span_from(start),
        ))
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        let body = self.block("'try' statement", start.line)?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        let mut star: Option<bool> = None;
        while self.at(&Tok::Except) {
            let hstart = self.start();
            self.advance();
            let is_star = self.eat(&Tok::Star);
            match star {
                Some(s) if s != is_star => {
                    return Err(self.error_span(
                        "cannot have both 'except' and 'except*' on the same 'try'",
                        self.span_from(hstart),
                    ))
                }
                _ => star = Some(is_star),
            }
            if is_star && self.at(&Tok::Colon) {
                return Err(self.error_here("expected one or more exception types"));
            }
            let mut type_ = None;
            let mut name = None;
            if !self.at(&Tok::Colon) {
                let t = self.expression()?;
                if self.at(&Tok::Comma) {
                    return Err(self.error_at(
                        "multiple exception types must be parenthesized",
                        super::start_of(t.span),
                        self.prev_end(),
                    ));
                }
                type_ = Some(t);
                if self.eat(&Tok::As) {
                    name = Some(self.name()?);
                }
            }
            if let Some(prev) = handlers.last() {
                if prev.type_.is_none() {
                    return Err(self.error_span("default 'except:' must be last", prev.span));
                }
            }
            let hbody = self.block("'except' statement", hstart.line)?;
            handlers.push(ExceptHandler {
                type_,
                name,
                body: hbody,
                span: self.span_from(hstart),
            });
        }
        let orelse = if !handlers.is_empty() {
            self.else_block()?
        } else {
            Vec::new()
        };
        let mut finalbody = Vec::new();
        if self.at(&Tok::Finally) {
            let line = self.start().line;
            self.advance();
            finalbody = self.block("'finally' statement", line)?;
        }
        if handlers.is_empty() && finalbody.is_empty() {
            if matches!(self.peek(), Tok::Error) {
                return Err(self.unexpected());
            }
            return Err(self.error_here("expected 'except' or 'finally' block"));
        }
        if star == Some(true) {
            for h in &handlers {
                if let Some(span) = find_jump(&h.body) {
                    return Err(self.error_span(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        span,
                    ));
                }
            }
            let span = self.span_from(start);
            handlers = vec![desugar_except_star(handlers, span)];
        }
        Ok(Stmt::new(
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
            self.span_from(start),
        ))
    }

    fn with_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        let mut items = None;
        if self.at(&Tok::LPar) {
            // `with (a as b, c):` -- try the parenthesized form first.
            let (pos, depth) = (self.pos, self.depth);
            let attempt = (|| -> PResult<Vec<WithItem>> {
                self.advance();
                let mut items = Vec::new();
                loop {
                    items.push(self.with_item()?);
                    if !self.eat(&Tok::Comma) || self.at(&Tok::RPar) {
                        break;
                    }
                }
                self.expect(&Tok::RPar)?;
                if !self.at(&Tok::Colon) {
                    return Err(self.unexpected());
                }
                Ok(items)
            })();
            match attempt {
                Ok(v) => items = Some(v),
                Err(_) => {
                    self.pos = pos;
                    self.depth = depth;
                }
            }
        }
        let items = match items {
            Some(v) => v,
            None => {
                let mut v = vec![self.with_item()?];
                while self.eat(&Tok::Comma) {
                    v.push(self.with_item()?);
                }
                v
            }
        };
        let body = self.block("'with' statement", start.line)?;
        Ok(Stmt::new(
            StmtKind::With { items, body },
            self.span_from(start),
        ))
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(&Tok::As) {
            let t = self.star_target()?;
            if matches!(t.kind, ExprKind::Starred { .. }) {
                return Err(self.error_span(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                ));
            }
            Some(self.set_context(t, ExprContext::Store)?)
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    /// For `match subject NEWLINE` (which is not a valid expression
    /// statement either), where CPython says "expected ':'".
    fn match_missing_colon(&mut self) -> Option<Pos> {
        let m = self.mark();
        self.advance();
        let ok = starts_expression(self.peek())
            && self.star_expressions().is_ok()
            && self.at(&Tok::Newline);
        let at = self.start();
        self.reset(m, true);
        ok.then_some(at)
    }

    /// `match subject:` with its `case` blocks, or `None` if `match` is an
    /// ordinary name here (the cursor is then unchanged).
    fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let start = self.start();
        let (pos, depth) = (self.pos, self.depth);
        self.advance();
        let subject = (|| -> PResult<Expr> {
            if !starts_expression(self.peek()) {
                return Err(self.unexpected());
            }
            let s_start = self.start();
            let first = self.star_named_expression()?;
            let subject = if self.at(&Tok::Comma) {
                let mut elts = vec![first];
                while self.eat(&Tok::Comma) {
                    if !starts_expression(self.peek()) {
                        break;
                    }
                    elts.push(self.star_named_expression()?);
                }
                Expr::new(
                    ExprKind::Tuple {
                        elts,
                        ctx: ExprContext::Load,
                    },
                    self.span_from(s_start),
                )
            } else {
                first
            };
            if !(self.at(&Tok::Colon) && self.peek_at(1) == &Tok::Newline) {
                return Err(self.unexpected());
            }
            Ok(subject)
        })();
        let subject = match subject {
            Ok(s) => s,
            Err(_) => {
                self.pos = pos;
                self.depth = depth;
                return Ok(None);
            }
        };
        self.advance(); // ':'
        self.advance(); // NEWLINE
        if !self.eat(&Tok::Indent) {
            if self.at(&Tok::Error) {
                return Err(self.unexpected());
            }
            let at = self.start();
            return Err(err(
                SyntaxErrorKind::Indentation,
                format!(
                    "expected an indented block after 'match' statement on line {}",
                    start.line
                ),
                at,
                None,
            ));
        }
        let mut cases = Vec::new();
        loop {
            if !self.peek().is_name("case") {
                return Err(self.unexpected());
            }
            let cstart = self.start();
            self.advance();
            let pattern = self.patterns()?;
            let guard = if self.eat(&Tok::If) {
                Some(self.named_expression()?)
            } else {
                None
            };
            let body = self.block("'case' statement", cstart.line)?;
            cases.push(MatchCase {
                pattern,
                guard,
                body,
            });
            if self.eat(&Tok::Dedent) {
                break;
            }
        }
        // An irrefutable case before the last one is an error (CPython's compiler).
        for c in &cases[..cases.len() - 1] {
            if c.guard.is_none() {
                if let Some(msg) = super::pattern::irrefutable(&c.pattern) {
                    return Err(self.error_span(msg, c.pattern.span));
                }
            }
        }
        Ok(Some(Stmt::new(
            StmtKind::Match { subject, cases },
            self.span_from(start),
        )))
    }
}

/// A `break`, `continue` or `return` in an `except*` body (not inside a
/// nested function, class or loop that owns it).
fn find_jump(body: &[Stmt]) -> Option<crate::ast::Span> {
    for s in body {
        match &s.kind {
            StmtKind::Return { .. } | StmtKind::Break | StmtKind::Continue => return Some(s.span),
            StmtKind::If { body, orelse, .. } => {
                if let Some(x) = find_jump(body).or_else(|| find_jump(orelse)) {
                    return Some(x);
                }
            }
            StmtKind::With { body, .. } => {
                if let Some(x) = find_jump(body) {
                    return Some(x);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let inner = find_jump(body)
                    .or_else(|| handlers.iter().find_map(|h| find_jump(&h.body)))
                    .or_else(|| find_jump(orelse))
                    .or_else(|| find_jump(finalbody));
                if let Some(x) = inner {
                    return Some(x);
                }
            }
            _ => {}
        }
    }
    None
}

/// `except*` as an ordinary handler (PEP 654's semantics, carried out by
/// the `__spindle_eg_*__` built-ins):
///
/// ```text
/// except BaseException as EG:
///     REST = __spindle_eg_start__(EG); RAISED = []
///     M, REST = __spindle_eg_split__(REST, T1)
///     if M is not None:
///         e1 = M
///         try: H1
///         except BaseException as X: RAISED.append(X)
///     ...
///     __spindle_eg_finish__(EG, REST, RAISED)
/// ```
fn desugar_except_star(handlers: Vec<ExceptHandler>, span: crate::ast::Span) -> ExceptHandler {
    use crate::ast::{CmpOp, Constant, Expr, ExprContext, ExprKind};
    let tag = format!("{}_{}", span.line, span.col);
    let eg = format!("__spindle_eg_{}", tag);
    let rest = format!("__spindle_rest_{}", tag);
    let raised = format!("__spindle_raised_{}", tag);
    let m = format!("__spindle_match_{}", tag);
    let x = format!("__spindle_x_{}", tag);
    let name = |id: &str, ctx: ExprContext| {
        Expr::new(
            ExprKind::Name {
                id: id.to_string(),
                ctx,
            },
            span,
        )
    };
    let load = |id: &str| name(id, ExprContext::Load);
    let store = |id: &str| name(id, ExprContext::Store);
    let call = |f: &str, args: Vec<Expr>| {
        Expr::new(
            ExprKind::Call {
                func: Box::new(load(f)),
                args,
                keywords: Vec::new(),
            },
            span,
        )
    };
    let assign =
        |targets: Vec<Expr>, value: Expr| Stmt::new(StmtKind::Assign { targets, value }, span);
    let mut body = vec![
        assign(
            vec![store(&rest)],
            call("__spindle_eg_start__", vec![load(&eg)]),
        ),
        assign(
            vec![store(&raised)],
            Expr::new(
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                span,
            ),
        ),
    ];
    for h in handlers {
        let Some(t) = h.type_ else { continue };
        body.push(assign(
            vec![Expr::new(
                ExprKind::Tuple {
                    elts: vec![store(&m), store(&rest)],
                    ctx: ExprContext::Store,
                },
                span,
            )],
            call("__spindle_eg_split__", vec![load(&rest), t]),
        ));
        let mut then = Vec::new();
        if let Some(n) = &h.name {
            then.push(assign(vec![store(n)], load(&m)));
        }
        let append = Expr::new(
            ExprKind::Call {
                func: Box::new(Expr::new(
                    ExprKind::Attribute {
                        value: Box::new(load(&raised)),
                        attr: "append".to_string(),
                        ctx: ExprContext::Load,
                    },
                    span,
                )),
                args: vec![load(&x)],
                keywords: Vec::new(),
            },
            span,
        );
        then.push(Stmt::new(
            StmtKind::Try {
                body: h.body,
                handlers: vec![ExceptHandler {
                    type_: Some(load("BaseException")),
                    name: Some(x.clone()),
                    body: vec![Stmt::new(StmtKind::Expr { value: append }, span)],
                    span: h.span,
                }],
                orelse: Vec::new(),
                finalbody: Vec::new(),
            },
            h.span,
        ));
        body.push(Stmt::new(
            StmtKind::If {
                test: Expr::new(
                    ExprKind::Compare {
                        left: Box::new(load(&m)),
                        ops: vec![CmpOp::IsNot],
                        comparators: vec![Expr::new(ExprKind::Constant(Constant::None), span)],
                    },
                    span,
                ),
                body: then,
                orelse: Vec::new(),
            },
            h.span,
        ));
    }
    // X = finish(...); if X is EG: raise (as it was)
    // elif X is not None: raise X from X.__cause__
    let out = format!("__spindle_out_{}", tag);
    body.push(assign(
        vec![store(&out)],
        call(
            "__spindle_eg_finish__",
            vec![load(&eg), load(&rest), load(&raised)],
        ),
    ));
    let is = |a: Expr, op: CmpOp, b: Expr| {
        Expr::new(
            ExprKind::Compare {
                left: Box::new(a),
                ops: vec![op],
                comparators: vec![b],
            },
            span,
        )
    };
    let cause = Expr::new(
        ExprKind::Attribute {
            value: Box::new(load(&out)),
            attr: "__cause__".to_string(),
            ctx: ExprContext::Load,
        },
        span,
    );
    body.push(Stmt::new(
        StmtKind::If {
            test: is(load(&out), CmpOp::Is, load(&eg)),
            body: vec![Stmt::new(
                StmtKind::Raise {
                    exc: None,
                    cause: None,
                },
                span,
            )],
            orelse: vec![Stmt::new(
                StmtKind::If {
                    test: is(
                        load(&out),
                        CmpOp::IsNot,
                        Expr::new(ExprKind::Constant(Constant::None), span),
                    ),
                    body: vec![Stmt::new(
                        StmtKind::Raise {
                            exc: Some(load(&out)),
                            cause: Some(cause),
                        },
                        span,
                    )],
                    orelse: Vec::new(),
                },
                span,
            )],
        },
        span,
    ));
    ExceptHandler {
        type_: Some(load("BaseException")),
        name: Some(eg),
        body,
        span,
    }
}
