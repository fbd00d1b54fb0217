//! The parser: tokens to AST, by recursive descent.
//!
//! * `mod.rs` (this file): the token cursor, errors, nesting limits, and
//!   string literals (escape decoding, f-strings, implicit concatenation).
//! * `expr.rs`: expressions, call arguments, parameters, comprehensions,
//!   assignment-target checks.
//! * `stmt.rs`: statements and blocks.
//! * `pattern.rs`: `match` patterns.
//! * `unicode_names.rs`: the character names `\N{...}` escapes know.
//! * `tests.rs`, `testdata/`: tests, mostly checked against CPython 3.11.
//!
//! **Soft keywords.** `match` starts a match statement only if
//! `match <subject>:` followed by a newline parses; otherwise the line is
//! parsed again as an ordinary statement (`match = 3`, `match(x)`). `case`
//! and `_` are special only inside a match block and patterns.
//!
//! **Nesting limits.** Brackets nest at most 200 deep (checked by the lexer,
//! "too many nested parentheses"). Every recursive step of the parser counts
//! against [`MAX_DEPTH`]; left-associative chains (`a+b+c`, `a.b.c`, `f()()`),
//! which the parser builds with loops, are measured after they are built, so
//! that no returned expression is higher than [`ast::MAX_EXPR_HEIGHT`].
//! Exceeding either gives "expression nesting too deep" instead of a Rust
//! stack overflow. [`parse`] estimates the stack a token stream needs; deep
//! inputs are parsed on a helper thread with a stack of that size, so the
//! caller may be on a small (goroutine) stack. A stack-address check in
//! `enter` is the last line of defence if the estimate is wrong.
//!
//! **Which error is reported** follows CPython 3.11: the first error in
//! parse order, except that an error the tokenizer finds anywhere later in
//! the file wins (an unclosed bracket only if opened on an earlier line).
//! A few of CPython's second-pass hints are reproduced where they are cheap:
//! "Perhaps you forgot a comma?", "Maybe you meant '==' ...", "expected
//! ':'", "expected 'else' after 'if' expression", invalid targets,
//! `print x`.

mod expr;
mod pattern;
mod stmt;
mod unicode_names;

#[cfg(test)]
mod tests;

use crate::ast::{self, Constant, Conversion, Expr, ExprKind, Span};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::lexer;
use crate::token::{Pos, StrToken, Tok, Token};

/// Maximum recursion depth of the parser (in recursive steps, a few per
/// bracket level).
pub const MAX_DEPTH: u32 = 1000;

/// Chains are rejected once higher than this, which leaves room for
/// `MAX_DEPTH` recursive nodes above them within `MAX_EXPR_HEIGHT`.
const CHAIN_HEIGHT_LIMIT: u32 = ast::MAX_EXPR_HEIGHT - MAX_DEPTH;

/// Internal result: errors are boxed to keep `Result` small on the stack.
pub(crate) type PResult<T> = Result<T, Box<SyntaxError>>;

/// Parses a module. Syntax errors carry the file name, the 1-based line and
/// column (in characters) and the source line.
pub fn parse(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    let src = lexer::normalize_newlines(source);
    let src = src.strip_prefix('\u{feff}').unwrap_or(&src);
    let lexed = lexer::tokenize(src);
    let need = stack_estimate(&lexed.tokens);
    let mut p = Parser::new(lexed.tokens, lexed.error, 0);
    let result = if need <= INLINE_STACK {
        p.stack_limit = INLINE_STACK;
        p.parse_module()
    } else {
        let size = need * 2 + INLINE_STACK;
        p.stack_limit = size - INLINE_STACK / 2;
        // Deeply nested input: parse on a helper thread whose stack is sized
        // for it, so that the caller's (possibly small) stack never overflows.
        std::thread::scope(|s| {
            let worker = std::thread::Builder::new()
                .name("spindle-parse".into())
                .stack_size(size)
                .spawn_scoped(s, || p.parse_module());
            match worker {
                Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
                Err(_) => Err(err(
                    SyntaxErrorKind::Syntax,
                    "source too complex to parse",
                    Pos { line: 1, col: 0 },
                    None,
                )),
            }
        })
    };
    result.map_err(|e| {
        // Like CPython (_PyPegen_set_syntax_error), an error the tokenizer
        // finds later in the file wins over the parser's; an unclosed
        // bracket only if it was opened on an earlier line than the last
        // token the parser looked at (CPython compares with its tokenizer's
        // position, which can be past the line the error names).
        let seen = p
            .toks
            .get(p.furthest.get())
            .map_or(e.line, |t| t.start.line)
            .max(e.line);
        let e = match &p.lex_error {
            Some(lex) if !lex.msg.ends_with("was never closed") || seen > lex.line => lex.clone(),
            _ => *e,
        };
        finish_error(e, src, filename)
    })
}

/// For a REPL: whether `source` fails only because it stops too early (an
/// open bracket, an unterminated triple-quoted string, a trailing
/// backslash, or a block header with no body yet), so that more lines
/// should be read, as CPython's `codeop` decides. Whether a complete
/// compound statement needs a closing blank line is the REPL's policy.
pub fn is_incomplete_input(source: &str) -> bool {
    let Err(e) = parse(source, "<input>") else {
        return false;
    };
    e.msg.ends_with("was never closed")
        || e.msg
            .starts_with("unterminated triple-quoted string literal")
        || (e.msg == "unexpected EOF while parsing" && source.trim_end().ends_with('\\'))
        // At the end of the input, the error is reported on the last line
        // with text and no column (`finish_error`).
        || (e.msg.starts_with("expected an indented block")
            && (e.col == 0 || only_blanks_after(source, e.line, e.col)))
}

/// Whether nothing but whitespace follows 1-based `line` and character
/// `col` in `source`.
fn only_blanks_after(source: &str, line: u32, col: u32) -> bool {
    let src = lexer::normalize_newlines(source);
    let mut rest: &str = &src;
    for _ in 1..line {
        match rest.find('\n') {
            Some(i) => rest = &rest[i + 1..],
            None => return true,
        }
    }
    let skip = rest
        .char_indices()
        .nth(col.saturating_sub(1) as usize)
        .map_or(rest.len(), |(i, _)| i);
    rest[skip..].trim().is_empty()
}

/// Stack the parser may use on the caller's thread; inputs estimated to need
/// more are parsed on a helper thread.
const INLINE_STACK: usize = 128 << 10;

/// Rough stack cost of one bracket level and of one other recursive step
/// (unary operator, `not`, `lambda`, conditional, `**`...), and the base
/// cost of a statement. Debug builds have much larger frames.
const BRACKET_COST: usize = if cfg!(debug_assertions) {
    24 << 10
} else {
    6 << 10
};
const UNIT_COST: usize = if cfg!(debug_assertions) {
    4 << 10
} else {
    1 << 10
};
const BLOCK_COST: usize = if cfg!(debug_assertions) {
    8 << 10
} else {
    2 << 10
};
const BASE_COST: usize = if cfg!(debug_assertions) {
    64 << 10
} else {
    16 << 10
};

/// An upper bound on the stack the parser needs for these tokens: the
/// deepest point of (open blocks, open brackets, recursive-step tokens so far
/// on the logical line), each weighted by its frame cost.
fn stack_estimate(tokens: &[Token]) -> usize {
    let (mut blocks, mut brackets, mut units) = (0usize, 0usize, 0usize);
    let mut max = 0;
    for t in tokens {
        match &t.kind {
            Tok::Indent => blocks += 1,
            Tok::Dedent => blocks = blocks.saturating_sub(1),
            Tok::Newline => units = 0,
            Tok::LPar | Tok::LSqb | Tok::LBrace => brackets += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => brackets = brackets.saturating_sub(1),
            Tok::Lambda => units += 4,
            Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Not
            | Tok::If
            | Tok::Else
            | Tok::DoubleStar
            | Tok::Star
            | Tok::ColonEqual
            | Tok::Await
            | Tok::Yield
            | Tok::VBar
            | Tok::As => units += 1,
            Tok::Str(s) if s.fstring => {
                let inner = s
                    .body
                    .bytes()
                    .filter(|b| matches!(b, b'(' | b'[' | b'{'))
                    .count();
                units += inner * (BRACKET_COST / UNIT_COST) + 4;
            }
            _ => {}
        }
        let units_cap = (MAX_DEPTH as usize).min(units);
        let need = blocks * BLOCK_COST + brackets * BRACKET_COST + units_cap * UNIT_COST;
        max = max.max(need);
    }
    max + BASE_COST
}

/// Fills in the file name and source line, and turns the internal 1-based
/// byte column into CPython's 1-based character column.
fn finish_error(mut e: SyntaxError, src: &str, filename: &str) -> SyntaxError {
    e.filename = filename.to_string();
    let line_text = |n: u32| src.split('\n').nth((n as usize).wrapping_sub(1));
    // An error found at the end of the input (past its last line) is
    // reported, as CPython does, on that last line, without a caret:
    // `if x:` with no body names line 1.
    let last = (src.matches('\n').count() + usize::from(!src.ends_with('\n'))) as u32;
    if last > 0 && e.line > last {
        e.line = last;
        e.col = 0;
        e.end_line = 0;
        e.end_col = 0;
    }
    let to_chars = |text: &str, col: u32| -> u32 {
        if col == 0 {
            return 0;
        }
        let byte = (col as usize - 1).min(text.len());
        let mut b = byte;
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        text[..b].chars().count() as u32 + 1 + (byte - b) as u32
    };
    if let Some(text) = line_text(e.line) {
        e.col = to_chars(text, e.col);
        e.source_line = Some(text.to_string());
    }
    if e.end_line > 0 {
        if let Some(text) = line_text(e.end_line) {
            e.end_col = to_chars(text, e.end_col);
        }
    }
    e
}

pub(crate) struct Parser {
    toks: Vec<Token>,
    pos: usize,
    lex_error: Option<SyntaxError>,
    depth: u32,
    /// Stack address where parsing started (0 = not yet known) and how
    /// much stack it may use from there: a last-resort guard in case the
    /// frame-size estimate is wrong.
    stack_base: usize,
    stack_limit: usize,
    /// The furthest token looked at: where CPython reports a generic
    /// "invalid syntax" (the last token its tokenizer produced).
    furthest: std::cell::Cell<usize>,
    /// Inside a speculative parse for an error hint: no nested hints
    /// (CPython's `expression_without_invalid`).
    no_hints: bool,
}

/// A saved parser position, for speculative parses that look for a better
/// error message (CPython's second pass) and must leave no trace.
pub(crate) struct Mark {
    pos: usize,
    depth: u32,
    furthest: usize,
}

/// Address of a local of the caller: where the stack currently is.
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

#[cold]
pub(crate) fn err(
    kind: SyntaxErrorKind,
    msg: impl Into<String>,
    start: Pos,
    end: Option<Pos>,
) -> Box<SyntaxError> {
    let mut e = SyntaxError::new(kind, msg, start.line, start.col + 1);
    if let Some(end) = end {
        e.end_line = end.line;
        e.end_col = end.col + 1;
    }
    Box::new(e)
}

pub(crate) fn span(start: Pos, end: Pos) -> Span {
    Span {
        line: start.line,
        col: start.col,
        end_line: end.line,
        end_col: end.col,
    }
}

pub(crate) fn start_of(s: Span) -> Pos {
    Pos {
        line: s.line,
        col: s.col,
    }
}

pub(crate) fn end_of(s: Span) -> Pos {
    Pos {
        line: s.end_line,
        col: s.end_col,
    }
}

impl Parser {
    pub(crate) fn new(toks: Vec<Token>, lex_error: Option<SyntaxError>, depth: u32) -> Parser {
        Parser {
            toks,
            pos: 0,
            lex_error,
            depth,
            stack_base: 0,
            stack_limit: INLINE_STACK,
            furthest: std::cell::Cell::new(0),
            no_hints: false,
        }
    }

    // ----- token cursor -----

    pub(crate) fn tok(&self) -> &Token {
        &self.toks[self.pos.min(self.toks.len() - 1)]
    }

    /// Bracket level of the previous token (0 at statement level).
    pub(crate) fn level(&self) -> u16 {
        if self.pos == 0 {
            0
        } else {
            self.toks[(self.pos - 1).min(self.toks.len() - 1)].level
        }
    }

    pub(crate) fn peek(&self) -> &Tok {
        &self.tok().kind
    }

    pub(crate) fn peek_at(&self, k: usize) -> &Tok {
        let i = (self.pos + k).min(self.toks.len() - 1);
        if i > self.furthest.get() {
            self.furthest.set(i);
        }
        &self.toks[i].kind
    }

    /// Whether the furthest token looked at is where the lexer failed: a
    /// speculative parse that gets there reports the lexer's error, as
    /// CPython's tokenizer raises it when the token is fetched.
    pub(crate) fn reached_lex_error(&self) -> bool {
        matches!(
            self.toks[self.furthest.get().min(self.toks.len() - 1)].kind,
            Tok::Error
        )
    }

    /// The lexer's error, as a parse error.
    #[cold]
    pub(crate) fn lex_error(&self) -> Box<SyntaxError> {
        let t = &self.toks[self.toks.len() - 1];
        Box::new(self.lex_error.clone().unwrap_or_else(|| {
            SyntaxError::new(
                SyntaxErrorKind::Syntax,
                "invalid syntax",
                t.start.line,
                t.start.col + 1,
            )
        }))
    }

    pub(crate) fn mark(&self) -> Mark {
        Mark {
            pos: self.pos,
            depth: self.depth,
            furthest: self.furthest.get(),
        }
    }

    /// Goes back to `m`; `forget` also forgets how far the parser looked.
    pub(crate) fn reset(&mut self, m: Mark, forget: bool) {
        self.pos = m.pos;
        self.depth = m.depth;
        if forget {
            self.furthest.set(m.furthest);
        }
    }

    pub(crate) fn at(&self, t: &Tok) -> bool {
        self.peek() == t
    }

    pub(crate) fn start(&self) -> Pos {
        self.tok().start
    }

    /// End of the previous token.
    /// End of the previous token, skipping Newline/Indent/Dedent so that a
    /// compound statement ends where its last statement ends.
    pub(crate) fn prev_end(&self) -> Pos {
        let mut i = self.pos.min(self.toks.len() - 1);
        while i > 0 {
            i -= 1;
            if !matches!(self.toks[i].kind, Tok::Newline | Tok::Indent | Tok::Dedent) {
                return self.toks[i].end;
            }
        }
        self.toks[0].start
    }

    pub(crate) fn span_from(&self, start: Pos) -> Span {
        span(start, self.prev_end())
    }

    pub(crate) fn advance(&mut self) {
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
            if self.pos > self.furthest.get() {
                self.furthest.set(self.pos);
            }
        }
    }

    pub(crate) fn eat(&mut self, t: &Tok) -> bool {
        if self.at(t) {
            self.advance();
            true
        } else {
            false
        }
    }

    pub(crate) fn expect(&mut self, t: &Tok) -> PResult<()> {
        if self.eat(t) {
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    /// Like `expect`, with CPython's "expected 'x'" message.
    pub(crate) fn expect_msg(&mut self, t: &Tok) -> PResult<()> {
        if self.eat(t) {
            return Ok(());
        }
        if matches!(self.peek(), Tok::Error | Tok::Indent) {
            return Err(self.unexpected());
        }
        Err(self.error_here(format!("expected '{}'", t.text())))
    }

    /// The identifier at the cursor, consumed.
    pub(crate) fn name(&mut self) -> PResult<String> {
        if let Tok::Name(n) = self.peek() {
            let n = n.clone();
            self.advance();
            Ok(n)
        } else {
            Err(self.unexpected())
        }
    }

    // ----- errors -----

    #[cold]
    pub(crate) fn error_at(
        &self,
        msg: impl Into<String>,
        start: Pos,
        end: Pos,
    ) -> Box<SyntaxError> {
        err(SyntaxErrorKind::Syntax, msg, start, Some(end))
    }

    #[cold]
    pub(crate) fn error_here(&self, msg: impl Into<String>) -> Box<SyntaxError> {
        let t = self.tok();
        err(SyntaxErrorKind::Syntax, msg, t.start, Some(t.end))
    }

    /// f-string errors point just past the string, as in CPython 3.11.
    #[cold]
    pub(crate) fn fstring_error(&self, msg: impl Into<String>, s: Span) -> Box<SyntaxError> {
        err(SyntaxErrorKind::Syntax, msg, end_of(s), None)
    }

    #[cold]
    pub(crate) fn error_span(&self, msg: impl Into<String>, s: Span) -> Box<SyntaxError> {
        err(SyntaxErrorKind::Syntax, msg, start_of(s), Some(end_of(s)))
    }

    /// The error for an unexpected token: the lexer's error if the lexer
    /// stopped there, "unexpected indent", or "invalid syntax". Like CPython,
    /// it is reported at the furthest token the parser looked at, which can
    /// be past the cursor (`a not b` fails at `b`, having looked for `in`).
    #[cold]
    pub(crate) fn unexpected(&self) -> Box<SyntaxError> {
        let t = &self.toks[self.furthest.get().max(self.pos).min(self.toks.len() - 1)];
        match &t.kind {
            Tok::Error => Box::new(self.lex_error.clone().unwrap_or_else(|| {
                SyntaxError::new(
                    SyntaxErrorKind::Syntax,
                    "invalid syntax",
                    t.start.line,
                    t.start.col + 1,
                )
            })),
            Tok::Indent => {
                let at = Pos {
                    line: t.end.line,
                    col: t.end.col.saturating_sub(1),
                };
                err(SyntaxErrorKind::Indentation, "unexpected indent", at, None)
            }
            Tok::Dedent if self.lex_error.is_none() => err(
                SyntaxErrorKind::Indentation,
                "unexpected unindent",
                t.start,
                None,
            ),
            Tok::Async | Tok::Await => err(
                SyntaxErrorKind::Syntax,
                format!("'{}' is not supported", t.kind.text()),
                t.start,
                Some(t.end),
            ),
            _ => err(
                SyntaxErrorKind::Syntax,
                "invalid syntax",
                t.start,
                Some(t.end),
            ),
        }
    }

    // ----- nesting limits -----

    /// Counts one level of recursion; pair with `leave`.
    pub(crate) fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH || self.stack_base.abs_diff(stack_pointer()) > self.stack_limit {
            self.depth -= 1;
            return Err(self.error_here("expression nesting too deep"));
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Rejects a left-associative chain that has grown too high.
    pub(crate) fn check_height(&self, e: &Expr) -> PResult<()> {
        if expr_height(e, CHAIN_HEIGHT_LIMIT + 1) > CHAIN_HEIGHT_LIMIT {
            return Err(self.error_span("expression nesting too deep", e.span));
        }
        Ok(())
    }

    // ----- string literals -----

    /// Parses one or more adjacent string literals at the cursor into a
    /// `Constant(Str)`, `Constant(Bytes)` or `JoinedStr`.
    pub(crate) fn strings(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut parts: Vec<(StrToken, Pos)> = Vec::new();
        while let Tok::Str(s) = self.peek() {
            // Decoding errors point past the literal, as in CPython.
            parts.push(((**s).clone(), self.tok().end));
            self.advance();
        }
        let sp = self.span_from(start);
        let bytes = parts[0].0.bytes;
        if parts.iter().any(|(p, _)| p.bytes != bytes) {
            return Err(self.error_at(
                "cannot mix bytes and nonbytes literals",
                end_of(sp),
                end_of(sp),
            ));
        }
        if bytes {
            let mut out = Vec::new();
            for (p, at) in &parts {
                let bytes = decode_bytes(&p.body, p.raw).map_err(|m| {
                    // Non-ASCII bytes point at the literal's start.
                    let at = if m.starts_with("bytes can only") {
                        start
                    } else {
                        *at
                    };
                    self.error_at(m, at, at)
                })?;
                out.extend(bytes);
            }
            return Ok(Expr::new(ExprKind::Constant(Constant::Bytes(out)), sp));
        }
        if !parts.iter().any(|(p, _)| p.fstring) {
            let mut out = String::new();
            for (p, at) in &parts {
                out.push_str(&decode_str(&p.body, p.raw).map_err(|m| self.error_at(m, *at, *at))?);
            }
            return Ok(Expr::new(ExprKind::Constant(Constant::Str(out)), sp));
        }
        let mut values = Vec::new();
        for (p, at) in &parts {
            if p.fstring {
                let mut f = FString {
                    body: &p.body,
                    start: p.body_start,
                    raw: p.raw,
                    i: 0,
                    sp,
                };
                self.fstring_parts(&mut f, 0, &mut values)?;
            } else {
                let s = decode_str(&p.body, p.raw).map_err(|m| self.error_at(m, *at, *at))?;
                push_literal(&mut values, s, sp);
            }
        }
        Ok(Expr::new(ExprKind::JoinedStr { values }, sp))
    }

    /// Parses f-string text from `f.i` into `out`. At `level` 0 this is the
    /// whole body; at level 1 and 2 it is a format spec, which ends at an
    /// unmatched `}` (left at `f.i`).
    fn fstring_parts(&mut self, f: &mut FString, level: u32, out: &mut Vec<Expr>) -> PResult<()> {
        let b = f.body.as_bytes();
        let mut lit_start = f.i;
        let mut lit = String::new();
        loop {
            let c = b.get(f.i).copied();
            let flush = |lit: &mut String, from: usize, to: usize, p: &Parser| -> PResult<()> {
                if to > from {
                    let text = &f.body[from..to];
                    let s = decode_str(text, f.raw)
                        .map_err(|m| p.error_span(format!("f-string: {}", m), f.sp))?;
                    lit.push_str(&s);
                }
                Ok(())
            };
            match c {
                None => {
                    if level > 0 {
                        return Err(self.fstring_error("f-string: expecting '}'", f.sp));
                    }
                    flush(&mut lit, lit_start, f.i, self)?;
                    push_literal(out, std::mem::take(&mut lit), f.sp);
                    return Ok(());
                }
                Some(b'\\') if !f.raw => {
                    if b.get(f.i + 1) == Some(&b'N') && b.get(f.i + 2) == Some(&b'{') {
                        // `\N{NAME}`: the braces belong to the escape.
                        match f.body[f.i + 3..].find('}') {
                            Some(k) => f.i += 3 + k + 1,
                            None => {
                                // Let the decoder report it, with its position.
                                let m = decode_str(&f.body[f.i..], false).unwrap_err();
                                return Err(self.fstring_error(m, f.sp));
                            }
                        }
                        continue;
                    }
                    // Keep the escape whole unless it is before a brace.
                    f.i += 1;
                    if !matches!(b.get(f.i), Some(b'{' | b'}') | None) {
                        f.i += f.body[f.i..].chars().next().map_or(1, |c| c.len_utf8());
                    }
                }
                Some(b'{') if level == 0 && b.get(f.i + 1) == Some(&b'{') => {
                    flush(&mut lit, lit_start, f.i + 1, self)?;
                    f.i += 2;
                    lit_start = f.i;
                }
                Some(b'}') if level == 0 => {
                    if b.get(f.i + 1) == Some(&b'}') {
                        flush(&mut lit, lit_start, f.i + 1, self)?;
                        f.i += 2;
                        lit_start = f.i;
                    } else {
                        return Err(self.fstring_error("f-string: single '}' is not allowed", f.sp));
                    }
                }
                Some(b'}') => {
                    flush(&mut lit, lit_start, f.i, self)?;
                    push_literal(out, std::mem::take(&mut lit), f.sp);
                    return Ok(());
                }
                Some(b'{') => {
                    flush(&mut lit, lit_start, f.i, self)?;
                    push_literal(out, std::mem::take(&mut lit), f.sp);
                    if level >= 2 {
                        return Err(
                            self.fstring_error("f-string: expressions nested too deeply", f.sp)
                        );
                    }
                    f.i += 1;
                    self.fstring_field(f, level, out)?;
                    lit_start = f.i;
                }
                Some(_) => f.i += 1,
            }
        }
    }

    /// Parses one `{expr[=][!c][:spec]}` field; `f.i` is just past the `{`
    /// and is left just past the `}`.
    fn fstring_field(&mut self, f: &mut FString, level: u32, out: &mut Vec<Expr>) -> PResult<()> {
        let b = f.body.as_bytes();
        let expr_start = f.i;
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        let fsp = f.sp;
        let e = |p: &Parser, m: &str| p.fstring_error(format!("f-string: {}", m), fsp);
        loop {
            let Some(&c) = b.get(f.i) else {
                return Err(match quote {
                    Some(_) => e(self, "unterminated string"),
                    None => e(self, "expecting '}'"),
                });
            };
            if c == b'\\' {
                return Err(
                    self.fstring_error("f-string expression part cannot include a backslash", f.sp)
                );
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(f.i + 1) == Some(&q) && b.get(f.i + 2) == Some(&q) {
                        quote = None;
                        f.i += 2;
                    }
                }
                f.i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = b.get(f.i + 1) == Some(&c) && b.get(f.i + 2) == Some(&c);
                    quote = Some((c, triple));
                    f.i += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    if brackets.len() >= lexer::MAX_BRACKET_DEPTH {
                        return Err(e(self, "too many nested parenthesis"));
                    }
                    brackets.push(c);
                }
                b')' | b']' | b'}' if !brackets.is_empty() => {
                    let open = brackets.pop().unwrap();
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != want {
                        return Err(e(
                            self,
                            &format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            ),
                        ));
                    }
                }
                b')' | b']' => return Err(e(self, &format!("unmatched '{}'", c as char))),
                b'#' => {
                    return Err(
                        self.fstring_error("f-string expression part cannot include '#'", f.sp)
                    )
                }
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if brackets.is_empty() => {
                    if b.get(f.i + 1) == Some(&b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') {
                        f.i += 2;
                        continue;
                    }
                    if !matches!(c, b'<' | b'>') {
                        break;
                    }
                }
                _ => {}
            }
            f.i += 1;
        }
        let expr_end = f.i;
        let text = &f.body[expr_start..expr_end];
        if text.trim_matches([' ', '\t', '\n', '\x0c']).is_empty() {
            return Err(e(self, "empty expression not allowed"));
        }
        let value = self.fstring_expr(text, f.pos_of(expr_start))?;

        let mut self_doc = None;
        if b[f.i] == b'=' {
            f.i += 1;
            while matches!(b.get(f.i), Some(b' ' | b'\t' | b'\n' | b'\x0c')) {
                f.i += 1;
            }
            self_doc = Some(f.body[expr_start..f.i].to_string());
        }
        let mut conversion = Conversion::None;
        if b.get(f.i) == Some(&b'!') {
            f.i += 1;
            conversion = match b.get(f.i) {
                Some(b's') => Conversion::Str,
                Some(b'r') => Conversion::Repr,
                Some(b'a') => Conversion::Ascii,
                None => return Err(e(self, "expecting '}'")),
                Some(_) => {
                    return Err(e(
                        self,
                        "invalid conversion character: expected 's', 'r', or 'a'",
                    ))
                }
            };
            f.i += 1;
            if !matches!(b.get(f.i), Some(b':' | b'}')) {
                return Err(e(self, "expecting '}'"));
            }
        }
        let mut format_spec = None;
        if b.get(f.i) == Some(&b':') {
            f.i += 1;
            let mut spec = Vec::new();
            self.fstring_parts(f, level + 1, &mut spec)?;
            format_spec = Some(Box::new(Expr::new(
                ExprKind::JoinedStr { values: spec },
                f.sp,
            )));
        }
        if b.get(f.i) != Some(&b'}') {
            return Err(e(self, "expecting '}'"));
        }
        f.i += 1;
        if let Some(doc) = self_doc {
            push_literal(out, doc, f.sp);
            if conversion == Conversion::None && format_spec.is_none() {
                conversion = Conversion::Repr;
            }
        }
        out.push(Expr::new(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            f.sp,
        ));
        Ok(())
    }

    /// Parses the expression of an f-string field, found at `at` in the file.
    fn fstring_expr(&mut self, text: &str, at: Pos) -> PResult<Expr> {
        let lexed = lexer::tokenize_fstring_expr(text, at);
        let mut sub = Parser::new(lexed.tokens, lexed.error, self.depth);
        sub.stack_base = self.stack_base;
        sub.stack_limit = self.stack_limit;
        sub.enter()?;
        let r = (|| {
            let e = if sub.at(&Tok::Yield) {
                sub.yield_expr()?
            } else {
                sub.star_expressions()?
            };
            if !sub.at(&Tok::EndMarker) {
                return Err(sub.unexpected());
            }
            Ok(e)
        })();
        r.map_err(|mut e| {
            if e.kind == SyntaxErrorKind::Syntax && !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e
        })
    }
}

/// Cursor over the body of one f-string literal.
struct FString<'a> {
    body: &'a str,
    start: Pos,
    raw: bool,
    i: usize,
    /// Span of the whole string expression, given to the parts (as CPython).
    sp: Span,
}

impl FString<'_> {
    fn pos_of(&self, i: usize) -> Pos {
        let before = &self.body[..i];
        match before.rfind('\n') {
            None => Pos {
                line: self.start.line,
                col: self.start.col + i as u32,
            },
            Some(nl) => Pos {
                line: self.start.line + before.matches('\n').count() as u32,
                col: (i - nl - 1) as u32,
            },
        }
    }
}

/// Appends literal text to JoinedStr values, merging with a preceding
/// literal and dropping empty text, as CPython does.
fn push_literal(out: &mut Vec<Expr>, s: String, sp: Span) {
    if s.is_empty() {
        return;
    }
    if let Some(Expr {
        kind: ExprKind::Constant(Constant::Str(prev)),
        ..
    }) = out.last_mut()
    {
        prev.push_str(&s);
        return;
    }
    out.push(Expr::new(ExprKind::Constant(Constant::Str(s)), sp));
}

/// Decodes the body of a str literal.
pub(crate) fn decode_str(body: &str, raw: bool) -> Result<String, String> {
    if raw || !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            return Err(
                "(unicode error) 'unicodeescape' codec can't decode byte: \\ at end of string"
                    .into(),
            );
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap();
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_digit(8) => {
                            v = v * 8 + d.to_digit(8).unwrap();
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap());
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for k in 0..n {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap();
                            chars.next();
                        }
                        _ => {
                            return Err(format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated \\{}{} escape",
                                i,
                                i + 1 + k,
                                e,
                                "X".repeat(n)
                            ))
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if (0xD800..0xE000).contains(&v) => {
                        return Err(format!("lone surrogate \\{}{:0w$x} is not supported in string literals", e, v, w = n))
                    }
                    None => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                            i,
                            i + 1 + n
                        ))
                    }
                }
            }
            'N' => {
                let rest = &body[i + 2..];
                let name = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|end| &r[..end]));
                let Some(name) = name.filter(|n| !n.is_empty()) else {
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                        i,
                        i + 1 + if rest.starts_with('{') { rest.len() } else { 0 }
                    ));
                };
                let Some(ch) = unicode_names::lookup(name) else {
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name",
                        i,
                        i + 3 + name.len()
                    ));
                };
                out.push(ch);
                // Skip `{name}`.
                for _ in 0..name.chars().count() + 2 {
                    chars.next();
                }
            }
            other => {
                // Unknown escapes keep the backslash (a DeprecationWarning in CPython).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes the body of a bytes literal.
pub(crate) fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".into());
    }
    let b = body.as_bytes();
    if raw {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            return Err("(value error) Trailing \\ in string".into());
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d) if (b'0'..=b'7').contains(&d) => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let hex = |k: usize| b.get(k).and_then(|&d| (d as char).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Height of an expression tree, counting nodes on the longest path, but
/// never looking deeper than `cap`. Iterative, so it cannot overflow.
pub fn expr_height(e: &Expr, cap: u32) -> u32 {
    let mut max = 0;
    let mut stack: Vec<(&Expr, u32)> = vec![(e, 1)];
    while let Some((e, d)) = stack.pop() {
        max = max.max(d);
        if d >= cap {
            continue;
        }
        e.for_each_child(|c| stack.push((c, d + 1)));
    }
    max
}
