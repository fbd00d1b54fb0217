//! Expressions, following the precedence levels of CPython's grammar:
//!
//! ```text
//! star_expressions   a, *b, c        (Tuple without parentheses)
//! named_expression   x := e
//! expression         lambda, a if b else c
//! disjunction        or
//! conjunction        and
//! inversion          not
//! comparison         == != < <= > >= in, not in, is, is not (chained)
//! binary             | ^ & << >> + - * / // % @  (precedence climbing)
//! factor             + - ~ (unary)
//! power              primary ** factor
//! primary            atom, then .name  (args)  [slices]
//! ```

use super::{PResult, Parser, CHAIN_HEIGHT_LIMIT};
use crate::ast::{
    Arg, Arguments, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprContext, ExprKind, Keyword,
    Operator, UnaryOp,
};
use crate::token::Tok;

/// Precedence of a binary operator token (higher binds tighter).
fn binop(t: &Tok) -> Option<(Operator, u8)> {
    Some(match t {
        Tok::VBar => (Operator::BitOr, 1),
        Tok::Circumflex => (Operator::BitXor, 2),
        Tok::Amper => (Operator::BitAnd, 3),
        Tok::LeftShift => (Operator::LShift, 4),
        Tok::RightShift => (Operator::RShift, 4),
        Tok::Plus => (Operator::Add, 5),
        Tok::Minus => (Operator::Sub, 5),
        Tok::Star => (Operator::Mult, 6),
        Tok::Slash => (Operator::Div, 6),
        Tok::DoubleSlash => (Operator::FloorDiv, 6),
        Tok::Percent => (Operator::Mod, 6),
        Tok::At => (Operator::MatMult, 6),
        _ => return None,
    })
}

/// Whether a token can start an expression.
pub(crate) fn starts_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::Str(_)
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Not
            | Tok::Lambda
            | Tok::Star
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::Await
    )
}

/// CPython's name for an expression kind in error messages.
pub(crate) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

impl Parser {
    /// `star_expressions`: one expression, or a Tuple if there is a comma.
    pub(crate) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_expression()?;
        if !self.at(&Tok::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(&Tok::Comma) {
            if !starts_expression(self.peek()) {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(Expr::new(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.span_from(start),
        ))
    }

    /// `'*' bitwise_or | expression`
    pub(crate) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at(&Tok::Star) {
            return self.starred();
        }
        self.expression()
    }

    /// `'*' bitwise_or | named_expression` (display elements).
    pub(crate) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(&Tok::Star) {
            return self.starred();
        }
        self.named_expression()
    }

    fn starred(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        self.enter()?;
        let value = self.binary(1)?;
        self.leave();
        if !self.no_hints && starts_expression(self.peek()) {
            self.missing_comma(&value)?;
        }
        Ok(Expr::new(
            ExprKind::Starred {
                value: Box::new(value),
                ctx: ExprContext::Load,
            },
            self.span_from(start),
        ))
    }

    /// `NAME ':=' expression | expression`, where a following `=` is an
    /// error with CPython's hint (`if x = 1:`).
    pub(crate) fn named_expression(&mut self) -> PResult<Expr> {
        let e = self.named_expression_plain()?;
        if self.at(&Tok::Equal) {
            self.misplaced_equal(&e)?;
        }
        Ok(e)
    }

    /// CPython's invalid_named_expression: `x = 1` where an expression is
    /// expected. Returns Ok if the hint does not apply.
    #[cold]
    fn misplaced_equal(&mut self, e: &Expr) -> PResult<()> {
        let m = self.mark();
        self.advance();
        let rhs = if starts_expression(self.peek()) {
            self.binary(1).ok()
        } else {
            None
        };
        let end = self.prev_end();
        let ok = rhs.is_some() && !matches!(self.peek(), Tok::Equal | Tok::ColonEqual);
        self.reset(m, true);
        if !ok {
            return Ok(());
        }
        let bitwise_level = !matches!(
            e.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::NamedExpr { .. }
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
        );
        let excluded = matches!(
            e.kind,
            ExprKind::List { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
        );
        let start = super::start_of(e.span);
        if matches!(e.kind, ExprKind::Name { .. }) {
            return Err(self.error_at(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                start,
                end,
            ));
        }
        if bitwise_level && !excluded {
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                describe(e)
            );
            return Err(self.error_span(msg, e.span));
        }
        Ok(())
    }

    fn named_expression_plain(&mut self) -> PResult<Expr> {
        let start = self.start();
        if matches!(self.peek(), Tok::Name(_)) && self.peek_at(1) == &Tok::ColonEqual {
            let id = self.name()?;
            let target = Expr::new(
                ExprKind::Name {
                    id,
                    ctx: ExprContext::Store,
                },
                self.span_from(start),
            );
            self.advance();
            self.enter()?;
            let value = self.expression()?;
            self.leave();
            return Ok(Expr::new(
                ExprKind::NamedExpr {
                    target: Box::new(target),
                    value: Box::new(value),
                },
                self.span_from(start),
            ));
        }
        let e = self.expression()?;
        if self.at(&Tok::ColonEqual) {
            return Err(self.error_span(
                format!("cannot use assignment expressions with {}", describe(&e)),
                e.span,
            ));
        }
        Ok(e)
    }

    /// `lambda | disjunction ['if' disjunction 'else' expression]`
    pub(crate) fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let start = self.start();
        let e = if self.at(&Tok::Lambda) {
            self.lambda()?
        } else {
            // CPython's SOFT_KEYWORD lookahead compares with strncmp, so any
            // prefix of `match` or `case` counts as one.
            let soft = matches!(self.peek(), Tok::Name(n)
                if n == "_" || (!n.is_empty() && ("match".starts_with(n.as_str()) || "case".starts_with(n.as_str()))));
            let name_then_string =
                matches!(self.peek(), Tok::Name(_)) && matches!(self.peek_at(1), Tok::Str(_));
            let body = self.disjunction()?;
            if !soft && !name_then_string && !self.no_hints && starts_expression(self.peek()) {
                self.missing_comma(&body)?;
            }
            if self.eat(&Tok::If) {
                let test_start = self.pos;
                let test = match self.disjunction() {
                    Ok(t) => t,
                    // CPython's invalid_expression: `a if b` where only a
                    // prefix of `b` parses.
                    Err(e)
                        if e.msg == "invalid syntax"
                            && !self.no_hints
                            && !self.reached_lex_error()
                            && self.furthest.get() > test_start + 1 =>
                    {
                        return Err(self.error_at(
                            "expected 'else' after 'if' expression",
                            start,
                            self.prev_end(),
                        ));
                    }
                    Err(e) => return Err(e),
                };
                if !self.eat(&Tok::Else) {
                    if matches!(self.peek(), Tok::Error | Tok::Colon) || self.no_hints {
                        return Err(self.unexpected());
                    }
                    return Err(self.error_at(
                        "expected 'else' after 'if' expression",
                        start,
                        self.prev_end(),
                    ));
                }
                let orelse = self.expression()?;
                Expr::new(
                    ExprKind::IfExp {
                        test: Box::new(test),
                        body: Box::new(body),
                        orelse: Box::new(orelse),
                    },
                    self.span_from(start),
                )
            } else {
                body
            }
        };
        self.leave();
        Ok(e)
    }

    /// CPython's invalid_expression: two expressions in a row inside
    /// brackets, `[a b]`. Returns Ok if the next tokens are no expression
    /// or the second one ends outside brackets.
    #[cold]
    fn missing_comma(&mut self, a: &Expr) -> PResult<()> {
        let m = self.mark();
        self.no_hints = true;
        let b = self.expression().ok();
        self.no_hints = false;
        let end = self.prev_end();
        let level = self.level();
        let lex_error = self.reached_lex_error();
        self.reset(m, true);
        if lex_error {
            return Err(self.lex_error());
        }
        if b.is_none() || level == 0 {
            return Ok(());
        }
        Err(self.error_at(
            "invalid syntax. Perhaps you forgot a comma?",
            super::start_of(a.span),
            end,
        ))
    }

    pub(crate) fn disjunction(&mut self) -> PResult<Expr> {
        self.bool_chain(Tok::Or, BoolOp::Or)
    }

    fn bool_chain(&mut self, tok: Tok, op: BoolOp) -> PResult<Expr> {
        let start = self.start();
        let first = if op == BoolOp::Or {
            self.bool_chain(Tok::And, BoolOp::And)?
        } else {
            self.inversion()?
        };
        if !self.at(&tok) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(&tok) {
            values.push(if op == BoolOp::Or {
                self.bool_chain(Tok::And, BoolOp::And)?
            } else {
                self.inversion()?
            });
        }
        Ok(Expr::new(
            ExprKind::BoolOp { op, values },
            self.span_from(start),
        ))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if !self.at(&Tok::Not) {
            return self.comparison();
        }
        let start = self.start();
        self.advance();
        self.enter()?;
        let operand = self.inversion()?;
        self.leave();
        Ok(Expr::new(
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand: Box::new(operand),
            },
            self.span_from(start),
        ))
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.binary(1)?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.peek() {
                Tok::EqEqual => CmpOp::Eq,
                Tok::NotEqual => CmpOp::NotEq,
                Tok::Less => CmpOp::Lt,
                Tok::LessEqual => CmpOp::LtE,
                Tok::Greater => CmpOp::Gt,
                Tok::GreaterEqual => CmpOp::GtE,
                Tok::In => CmpOp::In,
                Tok::Not if self.peek_at(1) == &Tok::In => {
                    self.advance();
                    CmpOp::NotIn
                }
                Tok::Is if self.peek_at(1) == &Tok::Not => {
                    self.advance();
                    CmpOp::IsNot
                }
                Tok::Is => CmpOp::Is,
                _ => break,
            };
            self.advance();
            ops.push(op);
            comparators.push(self.binary(1)?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(Expr::new(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            self.span_from(start),
        ))
    }

    /// Binary operators from `|` down to `*`, by precedence climbing. Only
    /// operators of precedence `min_prec` or higher are consumed.
    pub(crate) fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let start = self.start();
        let mut left = self.factor()?;
        let mut links = 0;
        while let Some((op, prec)) = binop(self.peek()) {
            if prec < min_prec {
                break;
            }
            self.advance();
            let right = self.binary(prec + 1)?;
            left = Expr::new(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                self.span_from(start),
            );
            links += 1;
            if links > CHAIN_HEIGHT_LIMIT {
                return Err(self.error_span("expression nesting too deep", left.span));
            }
        }
        if links > 0 {
            self.check_height(&left)?;
        }
        Ok(left)
    }

    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            Tok::Plus => UnaryOp::UAdd,
            Tok::Minus => UnaryOp::USub,
            Tok::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.start();
        self.advance();
        self.enter()?;
        let operand = self.factor()?;
        self.leave();
        Ok(Expr::new(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            self.span_from(start),
        ))
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.start();
        let base = self.primary()?;
        if !self.eat(&Tok::DoubleStar) {
            return Ok(base);
        }
        self.enter()?;
        let exp = self.factor()?;
        self.leave();
        Ok(Expr::new(
            ExprKind::BinOp {
                left: Box::new(base),
                op: Operator::Pow,
                right: Box::new(exp),
            },
            self.span_from(start),
        ))
    }

    /// An atom followed by attribute, call and subscript trailers.
    pub(crate) fn primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut e = self.atom()?;
        let mut links = 0;
        loop {
            match self.peek() {
                Tok::Dot => {
                    self.advance();
                    let attr = self.name()?;
                    e = Expr::new(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        self.span_from(start),
                    );
                }
                Tok::LPar => {
                    let call_start = self.start();
                    self.advance();
                    self.enter()?;
                    let (args, keywords) = self.call_args(call_start)?;
                    self.leave();
                    self.expect(&Tok::RPar)?;
                    e = Expr::new(
                        ExprKind::Call {
                            func: Box::new(e),
                            args,
                            keywords,
                        },
                        self.span_from(start),
                    );
                }
                Tok::LSqb => {
                    self.advance();
                    self.enter()?;
                    let slice = self.slices()?;
                    self.leave();
                    self.expect(&Tok::RSqb)?;
                    e = Expr::new(
                        ExprKind::Subscript {
                            value: Box::new(e),
                            slice: Box::new(slice),
                            ctx: ExprContext::Load,
                        },
                        self.span_from(start),
                    );
                }
                _ => break,
            }
            links += 1;
            if links > CHAIN_HEIGHT_LIMIT {
                return Err(self.error_span("expression nesting too deep", e.span));
            }
        }
        if links > 0 {
            self.check_height(&e)?;
        }
        Ok(e)
    }

    fn atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        let constant = |c: Constant| ExprKind::Constant(c);
        let kind = match self.peek() {
            Tok::Name(n) => ExprKind::Name {
                id: n.clone(),
                ctx: ExprContext::Load,
            },
            Tok::Number(c) => constant(c.clone()),
            Tok::None => constant(Constant::None),
            Tok::True => constant(Constant::True),
            Tok::False => constant(Constant::False),
            Tok::Ellipsis => constant(Constant::Ellipsis),
            Tok::Str(_) => return self.strings(),
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                self.enter()?;
                let e = match self.peek() {
                    Tok::LPar => self.paren_atom()?,
                    Tok::LSqb => self.list_atom()?,
                    _ => self.brace_atom()?,
                };
                self.leave();
                return Ok(e);
            }
            _ => return Err(self.unexpected()),
        };
        self.advance();
        Ok(Expr::new(kind, self.span_from(start)))
    }

    /// `( )`, `(e)`, `(yield)`, `(a, b)`, `(x for x in y)`.
    fn paren_atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat(&Tok::RPar) {
            return Ok(Expr::new(
                ExprKind::Tuple {
                    elts: vec![],
                    ctx: ExprContext::Load,
                },
                self.span_from(start),
            ));
        }
        if self.at(&Tok::Yield) {
            let e = self.yield_expr()?;
            self.expect(&Tok::RPar)?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        if self.at(&Tok::For) {
            let generators = self.comp_for()?;
            self.expect(&Tok::RPar)?;
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.error_span(
                    "iterable unpacking cannot be used in comprehension",
                    first.span,
                ));
            }
            return Ok(Expr::new(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                self.span_from(start),
            ));
        }
        if self.eat(&Tok::RPar) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.error_span("cannot use starred expression here", first.span));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RPar) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        self.expect_closing(&Tok::RPar, elts.last().unwrap())?;
        Ok(Expr::new(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.span_from(start),
        ))
    }

    /// Expects a closing bracket after display elements. (A missing comma
    /// was already reported by `expression`.)
    fn expect_closing(&mut self, t: &Tok, _last: &Expr) -> PResult<()> {
        if self.eat(t) {
            return Ok(());
        }
        Err(self.unexpected())
    }

    fn list_atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat(&Tok::RSqb) {
            return Ok(Expr::new(
                ExprKind::List {
                    elts: vec![],
                    ctx: ExprContext::Load,
                },
                self.span_from(start),
            ));
        }
        let first = self.star_named_expression()?;
        if self.at(&Tok::For) {
            let generators = self.comp_for()?;
            self.expect(&Tok::RSqb)?;
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.error_span(
                    "iterable unpacking cannot be used in comprehension",
                    first.span,
                ));
            }
            return Ok(Expr::new(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                self.span_from(start),
            ));
        }
        let mut elts = vec![first];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RSqb) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        self.expect_closing(&Tok::RSqb, elts.last().unwrap())?;
        Ok(Expr::new(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            self.span_from(start),
        ))
    }

    /// Dict and set displays and comprehensions.
    fn brace_atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat(&Tok::RBrace) {
            return Ok(Expr::new(
                ExprKind::Dict {
                    keys: vec![],
                    values: vec![],
                },
                self.span_from(start),
            ));
        }
        // First item decides dict or set.
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let first_start = self.start();
        if self.eat(&Tok::DoubleStar) {
            keys.push(None);
            values.push(self.binary(1)?);
            if self.at(&Tok::For) {
                let end = self.prev_end();
                return Err(self.error_at(
                    "dict unpacking cannot be used in dict comprehension",
                    first_start,
                    end,
                ));
            }
        } else {
            // `{x := 1: 2}` is invalid, `{(x := 1): 2}` is fine.
            let bare_walrus =
                matches!(self.peek(), Tok::Name(_)) && self.peek_at(1) == &Tok::ColonEqual;
            let first = self.star_named_expression()?;
            if self.at(&Tok::Colon)
                && !bare_walrus
                && !matches!(first.kind, ExprKind::Starred { .. })
            {
                self.advance();
                let value = self.expression()?;
                if self.at(&Tok::For) {
                    let generators = self.comp_for()?;
                    self.expect(&Tok::RBrace)?;
                    return Ok(Expr::new(
                        ExprKind::DictComp {
                            key: Box::new(first),
                            value: Box::new(value),
                            generators,
                        },
                        self.span_from(start),
                    ));
                }
                keys.push(Some(first));
                values.push(value);
            } else {
                // A set.
                if self.at(&Tok::For) {
                    let generators = self.comp_for()?;
                    self.expect(&Tok::RBrace)?;
                    if matches!(first.kind, ExprKind::Starred { .. }) {
                        return Err(self.error_span(
                            "iterable unpacking cannot be used in comprehension",
                            first.span,
                        ));
                    }
                    return Ok(Expr::new(
                        ExprKind::SetComp {
                            elt: Box::new(first),
                            generators,
                        },
                        self.span_from(start),
                    ));
                }
                let mut elts = vec![first];
                while self.eat(&Tok::Comma) {
                    if self.at(&Tok::RBrace) {
                        break;
                    }
                    elts.push(self.star_named_expression()?);
                }
                self.expect_closing(&Tok::RBrace, elts.last().unwrap())?;
                return Ok(Expr::new(ExprKind::Set { elts }, self.span_from(start)));
            }
        }
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RBrace) {
                break;
            }
            if self.eat(&Tok::DoubleStar) {
                keys.push(None);
                values.push(self.binary(1)?);
            } else {
                let k = self.expression()?;
                self.expect_msg_dict()?;
                keys.push(Some(k));
                values.push(self.expression()?);
            }
        }
        self.expect_closing(&Tok::RBrace, values.last().unwrap())?;
        Ok(Expr::new(
            ExprKind::Dict { keys, values },
            self.span_from(start),
        ))
    }

    fn expect_msg_dict(&mut self) -> PResult<()> {
        if self.eat(&Tok::Colon) {
            return Ok(());
        }
        if matches!(self.peek(), Tok::Comma | Tok::RBrace) {
            return Err(self.error_here("':' expected after dictionary key"));
        }
        Err(self.unexpected())
    }

    /// One or more `for target in iter [if cond]*` clauses.
    pub(crate) fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.eat(&Tok::For) {
            let target = self.for_target()?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(&Tok::If) {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension { target, iter, ifs });
            if self.at(&Tok::Async) {
                return Err(self.unexpected());
            }
        }
        Ok(generators)
    }

    /// Arguments of a call (or class header) after `(`, up to but not
    /// including `)`. `open` is where the `(` is, for a lone generator
    /// argument whose span includes the parentheses.
    pub(crate) fn call_args(
        &mut self,
        open: crate::token::Pos,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_keyword = false;
        let mut seen_kw_unpack = false;
        while !self.at(&Tok::RPar) {
            let start = self.start();
            if self.eat(&Tok::Star) {
                let value = self.expression()?;
                if seen_kw_unpack {
                    return Err(self.error_at(
                        "iterable argument unpacking follows keyword argument unpacking",
                        start,
                        self.prev_end(),
                    ));
                }
                let sp = self.span_from(start);
                args.push(Expr::new(
                    ExprKind::Starred {
                        value: Box::new(value),
                        ctx: ExprContext::Load,
                    },
                    sp,
                ));
            } else if self.eat(&Tok::DoubleStar) {
                let value = self.expression()?;
                seen_kw_unpack = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span: self.span_from(start),
                });
            } else if matches!(self.peek(), Tok::Name(_)) && self.peek_at(1) == &Tok::Equal {
                let name = self.name()?;
                self.advance();
                let value = self.expression()?;
                let sp = self.span_from(start);
                if keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some(name.as_str()))
                {
                    return Err(self.error_span(format!("keyword argument repeated: {}", name), sp));
                }
                seen_keyword = true;
                keywords.push(Keyword {
                    arg: Some(name),
                    value,
                    span: sp,
                });
            } else {
                let e = self.named_expression_plain()?;
                if self.at(&Tok::For) {
                    let generators = self.comp_for()?;
                    let lone = args.is_empty() && keywords.is_empty() && self.at(&Tok::RPar);
                    if !lone {
                        let sp = self.span_from(start);
                        return Err(
                            self.error_span("Generator expression must be parenthesized", sp)
                        );
                    }
                    let sp = crate::parser::span(open, self.tok().end);
                    args.push(Expr::new(
                        ExprKind::GeneratorExp {
                            elt: Box::new(e),
                            generators,
                        },
                        sp,
                    ));
                    break;
                }
                if self.at(&Tok::Equal) {
                    return Err(self.error_span(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        e.span,
                    ));
                }
                if seen_kw_unpack {
                    return Err(
                        self.error_here("positional argument follows keyword argument unpacking")
                    );
                }
                if seen_keyword {
                    return Err(self.error_here("positional argument follows keyword argument"));
                }
                args.push(e);
            }
            if !self.eat(&Tok::Comma) {
                break;
            }
        }
        Ok((args, keywords))
    }

    /// The inside of `[...]` after a primary: one slice or a Tuple of them.
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.slice_item()?;
        if !self.at(&Tok::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                // `a[*b]` is `a[(*b,)]`.
                let sp = first.span;
                return Ok(Expr::new(
                    ExprKind::Tuple {
                        elts: vec![first],
                        ctx: ExprContext::Load,
                    },
                    sp,
                ));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RSqb) {
                break;
            }
            elts.push(self.slice_item()?);
        }
        Ok(Expr::new(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.span_from(start),
        ))
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        let start = self.start();
        if self.at(&Tok::Star) {
            return self.starred();
        }
        let lower = if self.at(&Tok::Colon) {
            None
        } else {
            Some(self.named_expression()?)
        };
        if !self.eat(&Tok::Colon) {
            return Ok(lower.unwrap());
        }
        let ends = |t: &Tok| matches!(t, Tok::Colon | Tok::Comma | Tok::RSqb);
        let upper = if ends(self.peek()) {
            None
        } else {
            Some(Box::new(self.expression()?))
        };
        let mut step = None;
        if self.eat(&Tok::Colon) && !ends(self.peek()) {
            step = Some(Box::new(self.expression()?));
        }
        Ok(Expr::new(
            ExprKind::Slice {
                lower: lower.map(Box::new),
                upper,
                step,
            },
            self.span_from(start),
        ))
    }

    /// `yield`, `yield a, b`, `yield from e`.
    pub(crate) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat(&Tok::From) {
            let value = self.expression()?;
            return Ok(Expr::new(
                ExprKind::YieldFrom {
                    value: Box::new(value),
                },
                self.span_from(start),
            ));
        }
        let value = if starts_expression(self.peek()) {
            Some(Box::new(self.star_expressions()?))
        } else {
            None
        };
        Ok(Expr::new(ExprKind::Yield { value }, self.span_from(start)))
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        self.enter()?;
        let args = self.parameters(true)?;
        self.leave();
        self.expect_msg(&Tok::Colon)?;
        let body = self.expression()?;
        Ok(Expr::new(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
            self.span_from(start),
        ))
    }

    /// Parameters of a `def` (up to `)`) or a `lambda` (up to `:`).
    pub(crate) fn parameters(&mut self, lambda: bool) -> PResult<Arguments> {
        let end = if lambda { Tok::Colon } else { Tok::RPar };
        let mut a = Arguments::default();
        let mut seen_slash = false;
        let mut seen_star: Option<crate::token::Pos> = None;
        let mut seen_default = false;
        while !self.at(&end) {
            let start = self.start();
            if self.eat(&Tok::Slash) {
                if seen_star.is_some() {
                    return Err(self.error_at("/ must be ahead of *", start, self.prev_end()));
                }
                if seen_slash {
                    return Err(self.error_at("/ may appear only once", start, self.prev_end()));
                }
                if a.args.is_empty() {
                    return Err(self.error_at(
                        "at least one argument must precede /",
                        start,
                        self.prev_end(),
                    ));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            } else if self.eat(&Tok::Star) {
                if seen_star.is_some() {
                    return Err(self.error_at(
                        "* argument may appear only once",
                        start,
                        self.prev_end(),
                    ));
                }
                seen_star = Some(start);
                if matches!(self.peek(), Tok::Name(_)) {
                    a.vararg = Some(self.param(lambda)?);
                    if self.at(&Tok::Equal) {
                        return Err(
                            self.error_here("var-positional argument cannot have default value")
                        );
                    }
                } else if !matches!(self.peek(), Tok::Comma) {
                    if self.at(&end) || self.at(&Tok::DoubleStar) {
                        // CPython points at the `*` in a def, after it in a lambda.
                        let at = if lambda { self.start() } else { start };
                        return Err(self.error_at(
                            "named arguments must follow bare *",
                            at,
                            self.prev_end(),
                        ));
                    }
                    return Err(self.unexpected());
                }
            } else if self.eat(&Tok::DoubleStar) {
                a.kwarg = Some(self.param(lambda)?);
                if self.at(&Tok::Equal) {
                    return Err(self.error_here("var-keyword argument cannot have default value"));
                }
                self.eat(&Tok::Comma);
                if !self.at(&end) {
                    if matches!(
                        self.peek(),
                        Tok::Name(_) | Tok::Star | Tok::DoubleStar | Tok::Slash
                    ) {
                        return Err(self.error_here("arguments cannot follow var-keyword argument"));
                    }
                    return Err(self.unexpected());
                }
                break;
            } else {
                let arg = self.param(lambda)?;
                let default = if self.eat(&Tok::Equal) {
                    Some(self.expression()?)
                } else {
                    None
                };
                if seen_star.is_some() {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(self.error_span(
                                "non-default argument follows default argument",
                                arg.span,
                            ));
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            if !self.eat(&Tok::Comma) {
                break;
            }
        }
        if !self.at(&end) {
            return Err(self.unexpected());
        }
        if let Some(star) = seen_star {
            if a.vararg.is_none() && a.kwonlyargs.is_empty() {
                return Err(self.error_at("named arguments must follow bare *", star, star));
            }
        }
        // Duplicate names.
        let all: Vec<&Arg> = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .chain(&a.vararg)
            .chain(&a.kwonlyargs)
            .chain(&a.kwarg)
            .collect();
        for (i, x) in all.iter().enumerate() {
            if all[..i].iter().any(|y| y.arg == x.arg) {
                return Err(self.error_span(
                    format!("duplicate argument '{}' in function definition", x.arg),
                    x.span,
                ));
            }
        }
        Ok(a)
    }

    /// `NAME [':' expression]` (no annotation in a lambda).
    fn param(&mut self, lambda: bool) -> PResult<Arg> {
        let start = self.start();
        let arg = self.name()?;
        let annotation = if !lambda && self.eat(&Tok::Colon) {
            Some(Box::new(if self.at(&Tok::Star) {
                self.starred()?
            } else {
                self.expression()?
            }))
        } else {
            None
        };
        Ok(Arg {
            arg,
            annotation,
            span: self.span_from(start),
        })
    }

    // ----- assignment targets -----

    /// The target of a `for` statement or clause, and the `in` after it. If
    /// they do not parse, the target is parsed again as an expression to
    /// find a better message (CPython's invalid_for_target): "cannot assign
    /// to function call", or a hint such as a missing comma.
    pub(crate) fn for_target(&mut self) -> PResult<Expr> {
        let m = self.mark();
        let first_try = self
            .star_targets()
            .and_then(|t| match self.expect(&Tok::In) {
                Ok(()) => Ok(t),
                Err(e) => Err(e),
            });
        let original = match first_try {
            Ok(t) => return Ok(t),
            Err(e) => e,
        };
        if original.msg != "invalid syntax" || self.no_hints || self.reached_lex_error() {
            return Err(original);
        }
        let furthest = self.furthest.get();
        self.reset(m, true);
        let second = self.star_expressions();
        let found = match second {
            Ok(e) => match self.set_context(e, ExprContext::Store) {
                Err(bad) if bad.msg.starts_with("cannot assign to") => Some(bad),
                _ => None,
            },
            Err(e) if e.msg != "invalid syntax" => Some(e),
            Err(_) => None,
        };
        if self.reached_lex_error() {
            return Err(self.lex_error());
        }
        self.furthest.set(furthest);
        Err(found.unwrap_or(original))
    }

    /// `star_targets` of `for` and comprehensions: targets with Store
    /// context, a Tuple if there is a comma.
    pub(crate) fn star_targets(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_target()?;
        if !self.at(&Tok::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.error_span(
                    "starred assignment target must be in a list or tuple",
                    first.span,
                ));
            }
            return self.set_context(first, ExprContext::Store);
        }
        let mut elts = vec![first];
        while self.eat(&Tok::Comma) {
            if !matches!(
                self.peek(),
                Tok::Name(_) | Tok::LPar | Tok::LSqb | Tok::Star
            ) {
                break;
            }
            elts.push(self.star_target()?);
        }
        let t = Expr::new(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.span_from(start),
        );
        self.set_context(t, ExprContext::Store)
    }

    /// `'*' target | target` where a target is a primary (converted later).
    pub(crate) fn star_target(&mut self) -> PResult<Expr> {
        let start = self.start();
        if self.eat(&Tok::Star) {
            self.enter()?;
            let value = self.star_target()?;
            self.leave();
            return Ok(Expr::new(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                self.span_from(start),
            ));
        }
        self.primary()
    }

    /// Gives an expression Store or Del context, checking that it is a valid
    /// target ("cannot assign to literal").
    pub(crate) fn set_context(&self, mut e: Expr, ctx: ExprContext) -> PResult<Expr> {
        let verb = if ctx == ExprContext::Del {
            "delete"
        } else {
            "assign to"
        };
        match &mut e.kind {
            ExprKind::Name { ctx: c, .. }
            | ExprKind::Attribute { ctx: c, .. }
            | ExprKind::Subscript { ctx: c, .. } => {
                *c = ctx;
            }
            ExprKind::Starred { value, ctx: c } => {
                if ctx == ExprContext::Del {
                    return Err(self.error_span("cannot delete starred", e.span));
                }
                *c = ctx;
                let v = std::mem::replace(
                    &mut **value,
                    Expr::new(ExprKind::Constant(Constant::None), e.span),
                );
                **value = self.set_context(v, ctx)?;
            }
            ExprKind::Tuple { elts, ctx: c } | ExprKind::List { elts, ctx: c } => {
                *c = ctx;
                let mut stars = 0;
                for el in elts.iter_mut() {
                    if matches!(el.kind, ExprKind::Starred { .. }) {
                        stars += 1;
                    }
                    let v = std::mem::replace(
                        el,
                        Expr::new(ExprKind::Constant(Constant::None), e.span),
                    );
                    *el = self.set_context(v, ctx)?;
                }
                if stars > 1 {
                    return Err(
                        self.error_span("multiple starred expressions in assignment", e.span)
                    );
                }
            }
            _ => return Err(self.error_span(format!("cannot {} {}", verb, describe(&e)), e.span)),
        }
        Ok(e)
    }
}
