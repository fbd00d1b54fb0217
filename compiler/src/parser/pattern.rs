//! `match` patterns (PEP 634), as in CPython's grammar:
//!
//! ```text
//! patterns        open_sequence_pattern | pattern
//! pattern         or_pattern ['as' NAME]
//! or_pattern      closed_pattern ('|' closed_pattern)*
//! closed_pattern  literal | capture | wildcard | value | group | sequence
//!                 | mapping | class
//! ```

use super::{PResult, Parser};
use crate::ast::{Constant, Expr, ExprContext, ExprKind, Pattern, PatternKind, UnaryOp};
use crate::token::Tok;

impl Parser {
    /// The pattern of a `case`: a bare comma-separated sequence is a
    /// `MatchSequence`.
    pub(crate) fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.maybe_star_pattern()?;
        if !self.at(&Tok::Comma) {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return Ok(Pattern {
                    kind: PatternKind::MatchSequence {
                        patterns: vec![first],
                    },
                    span: self.span_from(start),
                });
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(&Tok::Comma) {
            if matches!(self.peek(), Tok::Colon | Tok::If) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern {
            kind: PatternKind::MatchSequence { patterns },
            span: self.span_from(start),
        })
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        if self.eat(&Tok::Star) {
            let name = self.name()?;
            let name = if name == "_" { None } else { Some(name) };
            return Ok(Pattern {
                kind: PatternKind::MatchStar { name },
                span: self.span_from(start),
            });
        }
        self.pattern()
    }

    /// `or_pattern ['as' NAME]`
    fn pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        self.enter()?;
        let first = self.closed_pattern()?;
        let mut p = if self.at(&Tok::VBar) {
            let mut patterns = vec![first];
            while self.eat(&Tok::VBar) {
                patterns.push(self.closed_pattern()?);
            }
            for alt in &patterns[..patterns.len() - 1] {
                if let Some(msg) = irrefutable(alt) {
                    return Err(self.error_span(msg, alt.span));
                }
            }
            Pattern {
                kind: PatternKind::MatchOr { patterns },
                span: self.span_from(start),
            }
        } else {
            first
        };
        if self.eat(&Tok::As) {
            let at = self.start();
            let name = self.name()?;
            if name == "_" {
                return Err(self.error_at("cannot use '_' as a target", at, self.prev_end()));
            }
            if matches!(self.peek(), Tok::Dot | Tok::LPar | Tok::LSqb) {
                return Err(self.error_at("invalid pattern target", at, self.tok().end));
            }
            p = Pattern {
                kind: PatternKind::MatchAs {
                    pattern: Some(Box::new(p)),
                    name: Some(name),
                },
                span: self.span_from(start),
            };
        }
        self.leave();
        Ok(p)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let kind = match self.peek() {
            Tok::None | Tok::True | Tok::False => {
                let value = match self.peek() {
                    Tok::None => Constant::None,
                    Tok::True => Constant::True,
                    _ => Constant::False,
                };
                self.advance();
                PatternKind::MatchSingleton { value }
            }
            Tok::Number(_) | Tok::Minus | Tok::Str(_) => PatternKind::MatchValue {
                value: self.literal_expr()?,
            },
            Tok::Name(_) => {
                let (e, dotted) = self.name_or_attr()?;
                if self.at(&Tok::LPar) {
                    return self.class_pattern(e, start);
                }
                match e.kind {
                    _ if dotted => PatternKind::MatchValue { value: e },
                    ExprKind::Name { id, .. } if id == "_" => PatternKind::MatchAs {
                        pattern: None,
                        name: None,
                    },
                    ExprKind::Name { id, .. } => PatternKind::MatchAs {
                        pattern: None,
                        name: Some(id),
                    },
                    _ => unreachable!(),
                }
            }
            Tok::LPar => {
                self.advance();
                if self.eat(&Tok::RPar) {
                    PatternKind::MatchSequence { patterns: vec![] }
                } else {
                    let first = self.maybe_star_pattern()?;
                    if self.eat(&Tok::RPar) {
                        if matches!(first.kind, PatternKind::MatchStar { .. }) {
                            PatternKind::MatchSequence {
                                patterns: vec![first],
                            }
                        } else {
                            // A group: the parentheses only set precedence.
                            return Ok(first);
                        }
                    } else {
                        self.expect(&Tok::Comma)?;
                        let mut patterns = vec![first];
                        while !self.at(&Tok::RPar) {
                            patterns.push(self.maybe_star_pattern()?);
                            if !self.eat(&Tok::Comma) {
                                break;
                            }
                        }
                        self.expect(&Tok::RPar)?;
                        PatternKind::MatchSequence { patterns }
                    }
                }
            }
            Tok::LSqb => {
                self.advance();
                let mut patterns = Vec::new();
                while !self.at(&Tok::RSqb) {
                    patterns.push(self.maybe_star_pattern()?);
                    if !self.eat(&Tok::Comma) {
                        break;
                    }
                }
                self.expect(&Tok::RSqb)?;
                PatternKind::MatchSequence { patterns }
            }
            Tok::LBrace => self.mapping_pattern()?,
            _ => return Err(self.unexpected()),
        };
        Ok(Pattern {
            kind,
            span: self.span_from(start),
        })
    }

    /// A literal usable in a pattern: a number (optionally negated), or
    /// strings (not f-strings).
    fn literal_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        match self.peek() {
            Tok::Minus => {
                self.advance();
                let Tok::Number(c) = self.peek().clone() else {
                    return Err(self.unexpected());
                };
                let n_start = self.start();
                self.advance();
                let operand = Expr::new(ExprKind::Constant(c), self.span_from(n_start));
                Ok(Expr::new(
                    ExprKind::UnaryOp {
                        op: UnaryOp::USub,
                        operand: Box::new(operand),
                    },
                    self.span_from(start),
                ))
            }
            Tok::Number(c) => {
                let c = c.clone();
                self.advance();
                if matches!(self.peek(), Tok::Plus | Tok::Minus) {
                    return Err(self.error_here("imaginary literals are not supported"));
                }
                Ok(Expr::new(ExprKind::Constant(c), self.span_from(start)))
            }
            Tok::Str(_) => {
                let e = self.strings()?;
                if matches!(e.kind, ExprKind::JoinedStr { .. }) {
                    return Err(self.error_span(
                        "patterns may only match literals and attribute lookups",
                        e.span,
                    ));
                }
                Ok(e)
            }
            Tok::None | Tok::True | Tok::False => {
                let c = match self.peek() {
                    Tok::None => Constant::None,
                    Tok::True => Constant::True,
                    _ => Constant::False,
                };
                self.advance();
                Ok(Expr::new(ExprKind::Constant(c), self.span_from(start)))
            }
            _ => Err(self.unexpected()),
        }
    }

    /// `NAME ('.' NAME)*` as a Load expression; `true` if dotted.
    fn name_or_attr(&mut self) -> PResult<(Expr, bool)> {
        let start = self.start();
        let id = self.name()?;
        let mut e = Expr::new(
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            },
            self.span_from(start),
        );
        let mut dotted = false;
        while self.eat(&Tok::Dot) {
            let attr = self.name()?;
            e = Expr::new(
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                    ctx: ExprContext::Load,
                },
                self.span_from(start),
            );
            dotted = true;
        }
        if dotted {
            self.check_height(&e)?;
        }
        Ok((e, dotted))
    }

    fn class_pattern(&mut self, cls: Expr, start: crate::token::Pos) -> PResult<Pattern> {
        self.advance(); // '('
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(&Tok::RPar) {
            if matches!(self.peek(), Tok::Name(_)) && self.peek_at(1) == &Tok::Equal {
                let attr = self.name()?;
                self.advance();
                kwd_attrs.push(attr);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(
                        self.error_span("positional patterns follow keyword patterns", p.span)
                    );
                }
                patterns.push(p);
            }
            if !self.eat(&Tok::Comma) {
                break;
            }
        }
        self.expect(&Tok::RPar)?;
        Ok(Pattern {
            kind: PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            span: self.span_from(start),
        })
    }

    fn mapping_pattern(&mut self) -> PResult<PatternKind> {
        self.advance(); // '{'
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(&Tok::RBrace) {
            if self.eat(&Tok::DoubleStar) {
                rest = Some(self.name()?);
                self.eat(&Tok::Comma);
                if !self.at(&Tok::RBrace) {
                    return Err(self.unexpected());
                }
                break;
            }
            let key = if matches!(self.peek(), Tok::Name(_)) {
                let (e, dotted) = self.name_or_attr()?;
                if !dotted {
                    return Err(self.unexpected());
                }
                e
            } else {
                self.literal_expr()?
            };
            self.expect(&Tok::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(&Tok::Comma) {
                break;
            }
        }
        self.expect(&Tok::RBrace)?;
        Ok(PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        })
    }
}

/// If `p` always matches, CPython's "makes remaining patterns unreachable"
/// message for it.
pub(crate) fn irrefutable(p: &Pattern) -> Option<String> {
    match &p.kind {
        PatternKind::MatchAs {
            pattern: None,
            name: None,
        } => Some("wildcard makes remaining patterns unreachable".into()),
        PatternKind::MatchAs {
            pattern: None,
            name: Some(n),
        } => Some(format!(
            "name capture '{}' makes remaining patterns unreachable",
            n
        )),
        PatternKind::MatchAs {
            pattern: Some(inner),
            ..
        } => irrefutable(inner),
        PatternKind::MatchOr { patterns } => patterns.iter().find_map(irrefutable),
        _ => None,
    }
}
