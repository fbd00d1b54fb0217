//! The lexer: source text to tokens, following CPython's tokenizer.
//!
//! * Line endings are normalized first (`\r\n` and lone `\r` become `\n`).
//! * At the start of each logical line the indentation is measured with tab
//!   stops of 8 and, as a consistency check, with tabs counted as 1 column;
//!   if the two disagree about the block structure it is a `TabError`. Form
//!   feeds reset the column. Blank and comment-only lines are ignored.
//! * Inside brackets newlines are ignored (implicit line joining); a
//!   backslash before a newline joins lines explicitly.
//! * At end of input a `Newline` is added if the last line had none, then one
//!   `Dedent` per open block, then `EndMarker`.
//! * String literals keep their raw body ([`StrToken`]); the parser decodes
//!   them. Numbers are converted to [`Constant`]s here.
//!
//! The lexer never fails outright: on the first error it emits a
//! [`Tok::Error`] token and stops, and the error is reported when the parser
//! reaches that token (so an earlier syntax error wins, as in CPython).

use crate::ast::Constant;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::token::{Pos, StrToken, Tok, Token};

/// CPython's MAXLEVEL: brackets nested deeper are "too many nested parentheses".
pub const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's MAXINDENT: deeper blocks are "too many levels of indentation".
pub const MAX_INDENT_DEPTH: usize = 100;

/// The result of lexing: the tokens, and the error that stopped the lexer
/// (in which case the last token is `Tok::Error`).
pub struct Lexed {
    pub tokens: Vec<Token>,
    pub error: Option<SyntaxError>,
}

/// Normalizes line endings to `\n` (universal newlines).
pub fn normalize_newlines(src: &str) -> std::borrow::Cow<'_, str> {
    if src.contains('\r') {
        std::borrow::Cow::Owned(src.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(src)
    }
}

/// Tokenizes a whole module. `src` must already have normalized newlines.
pub fn tokenize(src: &str) -> Lexed {
    let mut lx = Lexer::new(src, Pos { line: 1, col: 0 }, false);
    lx.run();
    Lexed {
        tokens: lx.tokens,
        error: lx.error,
    }
}

/// Tokenizes the expression part of an f-string field, which starts at
/// `start` in the file. Newlines are ignored, as inside brackets.
pub fn tokenize_fstring_expr(src: &str, start: Pos) -> Lexed {
    let mut lx = Lexer::new(src, start, true);
    lx.run();
    Lexed {
        tokens: lx.tokens,
        error: lx.error,
    }
}

struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// Line number of the current line (1-based, in file coordinates).
    line: u32,
    /// Byte index where the current line starts in `src`.
    line_start: usize,
    /// Column of `src[0]` in the file; applies while `line == base.line`.
    base: Pos,
    /// Lexing an f-string expression: behave as if inside brackets.
    fmode: bool,
    at_line_start: bool,
    /// (column with tab size 8, column with tab size 1) of each open block.
    indents: Vec<(u32, u32)>,
    /// Open brackets with where they were opened.
    brackets: Vec<(u8, Pos)>,
    tokens: Vec<Token>,
    error: Option<SyntaxError>,
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_id_continue(c: char) -> bool {
    c == '_'
        || c.is_ascii_alphanumeric()
        || (!c.is_ascii() && (c.is_alphanumeric() || is_combining(c)))
}

/// A rough stand-in for the XID_Continue marks (combining diacritics etc.).
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0487 | 0x0591..=0x05BD | 0x0610..=0x061A
        | 0x064B..=0x065F | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF | 0x200C..=0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F
        | 0xE0100..=0xE01EF)
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str, base: Pos, fmode: bool) -> Lexer<'a> {
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            line: base.line,
            line_start: 0,
            base,
            fmode,
            at_line_start: !fmode,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            tokens: Vec::new(),
            error: None,
        }
    }

    fn cur(&self) -> Pos {
        self.pos_at(self.pos)
    }

    fn pos_at(&self, i: usize) -> Pos {
        let mut col = (i - self.line_start) as u32;
        if self.line == self.base.line {
            col += self.base.col;
        }
        Pos {
            line: self.line,
            col,
        }
    }

    fn level(&self) -> u16 {
        self.brackets.len() as u16 + self.fmode as u16
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn peek_at(&self, k: usize) -> Option<u8> {
        self.bytes.get(self.pos + k).copied()
    }

    fn peek_char(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn newline(&mut self) {
        // self.pos is just past a '\n'.
        self.line += 1;
        self.line_start = self.pos;
    }

    fn push(&mut self, kind: Tok, start: Pos) {
        let end = self.cur();
        self.tokens.push(Token {
            kind,
            start,
            end,
            level: self.level(),
        });
    }

    #[cold]
    fn fail(&mut self, kind: SyntaxErrorKind, msg: impl Into<String>, at: Pos) {
        if self.error.is_none() {
            let mut e = SyntaxError::new(kind, msg, at.line, at.col + 1);
            e.end_line = 0;
            self.error = Some(e);
        }
    }

    #[cold]
    fn fail_syntax(&mut self, msg: impl Into<String>, at: Pos) {
        self.fail(SyntaxErrorKind::Syntax, msg, at)
    }

    fn run(&mut self) {
        loop {
            if self.error.is_some() {
                let at = self.cur();
                self.tokens.push(Token {
                    kind: Tok::Error,
                    start: at,
                    end: at,
                    level: self.level(),
                });
                return;
            }
            if self.at_line_start {
                self.at_line_start = false;
                self.indentation();
                continue;
            }
            let Some(c) = self.peek() else {
                self.end_of_input();
                return;
            };
            match c {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'#' => {
                    while let Some(c) = self.peek() {
                        if c == b'\n' {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                b'\n' => {
                    let start = self.cur();
                    self.pos += 1;
                    let logical_end = self.brackets.is_empty() && !self.fmode;
                    if logical_end
                        && !matches!(
                            self.tokens.last(),
                            None | Some(Token {
                                kind: Tok::Newline,
                                ..
                            })
                        )
                    {
                        self.tokens.push(Token {
                            kind: Tok::Newline,
                            start,
                            end: Pos {
                                line: start.line,
                                col: start.col + 1,
                            },
                            level: 0,
                        });
                    }
                    self.newline();
                    if logical_end {
                        self.at_line_start = true;
                    }
                }
                b'\\' => {
                    let at = self.cur();
                    match self.peek_at(1) {
                        Some(b'\n') => {
                            self.pos += 2;
                            self.newline();
                            if self.pos == self.bytes.len() {
                                self.fail_syntax(
                                    "unexpected EOF while parsing",
                                    Pos {
                                        line: at.line,
                                        col: at.col + 1,
                                    },
                                );
                            }
                        }
                        None => self.fail_syntax("unexpected EOF while parsing", at),
                        Some(_) => self.fail_syntax(
                            "unexpected character after line continuation character",
                            Pos {
                                line: at.line,
                                col: at.col + 1,
                            },
                        ),
                    }
                }
                b'0'..=b'9' => self.number(),
                b'.' if matches!(self.peek_at(1), Some(b'0'..=b'9')) => self.number(),
                b'\'' | b'"' => self.string(false, false, false, self.pos),
                _ => {
                    let ch = self.peek_char().unwrap();
                    if is_id_start(ch) {
                        self.name();
                    } else if c.is_ascii() {
                        self.operator();
                    } else {
                        let at = self.cur();
                        if ch.is_whitespace()
                            || ch.is_control()
                            || matches!(ch as u32, 0x200B | 0xFEFF)
                        {
                            self.fail_syntax(
                                format!("invalid non-printable character U+{:04X}", ch as u32),
                                at,
                            );
                        } else {
                            self.fail_syntax(
                                format!("invalid character '{}' (U+{:04X})", ch, ch as u32),
                                at,
                            );
                        }
                    }
                }
            }
        }
    }

    /// Measures the indentation of a new line and emits Indent/Dedent.
    fn indentation(&mut self) {
        let (mut col, mut altcol) = (0u32, 0u32);
        loop {
            match self.peek() {
                Some(b' ') => {
                    col += 1;
                    altcol += 1;
                }
                Some(b'\t') => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                Some(b'\x0c') => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        // Blank lines, comment-only lines and the end of input do not count.
        match self.peek() {
            None | Some(b'#') | Some(b'\n') => return,
            Some(b'\\') if self.peek_at(1) == Some(b'\n') => return,
            _ => {}
        }
        let at = self.cur();
        let line_start = Pos {
            line: at.line,
            col: 0,
        };
        let line_len = self.src[self.pos..]
            .find('\n')
            .map_or(self.bytes.len(), |n| self.pos + n)
            - self.line_start;
        let line_end = Pos {
            line: at.line,
            col: line_len as u32,
        };
        let (top, alttop) = *self.indents.last().unwrap();
        let tab_error = "inconsistent use of tabs and spaces in indentation";
        if col == top {
            if altcol != alttop {
                self.fail(SyntaxErrorKind::Tab, tab_error, line_start);
            }
        } else if col > top {
            if altcol <= alttop {
                self.fail(SyntaxErrorKind::Tab, tab_error, line_start);
                return;
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                self.fail(
                    SyntaxErrorKind::Indentation,
                    "too many levels of indentation",
                    at,
                );
                return;
            }
            self.indents.push((col, altcol));
            self.tokens.push(Token {
                kind: Tok::Indent,
                start: Pos {
                    line: at.line,
                    col: 0,
                },
                end: at,
                level: 0,
            });
        } else {
            while self.indents.len() > 1 && col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.tokens.push(Token {
                    kind: Tok::Dedent,
                    start: at,
                    end: at,
                    level: 0,
                });
            }
            let (top, alttop) = *self.indents.last().unwrap();
            if col != top {
                self.fail(
                    SyntaxErrorKind::Indentation,
                    "unindent does not match any outer indentation level",
                    line_end,
                );
            } else if altcol != alttop {
                self.fail(SyntaxErrorKind::Tab, tab_error, line_start);
            }
        }
    }

    fn end_of_input(&mut self) {
        let at = self.cur();
        if let Some(&(b, open)) = self.brackets.last() {
            if !self.fmode {
                self.fail_syntax(format!("'{}' was never closed", b as char), open);
                let at = self.cur();
                self.tokens.push(Token {
                    kind: Tok::Error,
                    start: at,
                    end: at,
                    level: self.level(),
                });
                return;
            }
        }
        if !self.fmode {
            if !matches!(
                self.tokens.last(),
                None | Some(Token {
                    kind: Tok::Newline,
                    ..
                })
            ) {
                self.tokens.push(Token {
                    kind: Tok::Newline,
                    start: at,
                    end: at,
                    level: 0,
                });
            }
            while self.indents.len() > 1 {
                self.indents.pop();
                self.tokens.push(Token {
                    kind: Tok::Dedent,
                    start: at,
                    end: at,
                    level: 0,
                });
            }
        }
        self.tokens.push(Token {
            kind: Tok::EndMarker,
            start: at,
            end: at,
            level: self.level(),
        });
    }

    fn name(&mut self) {
        let start_i = self.pos;
        let start = self.cur();
        while let Some(ch) = self.peek_char() {
            if !is_id_continue(ch) {
                break;
            }
            self.pos += ch.len_utf8();
        }
        let word = &self.src[start_i..self.pos];
        let normalized;
        let word = if word.is_ascii() {
            word
        } else {
            normalized = nfkc_identifier(word);
            normalized.as_str()
        };
        if matches!(self.peek(), Some(b'\'' | b'"')) && word.len() <= 2 {
            let lower = word.to_ascii_lowercase();
            let flags = match lower.as_str() {
                "r" => Some((true, false, false)),
                "u" => Some((false, false, false)),
                "b" => Some((false, true, false)),
                "f" => Some((false, false, true)),
                "br" | "rb" => Some((true, true, false)),
                "fr" | "rf" => Some((true, false, true)),
                _ => None,
            };
            if let Some((raw, bytes, f)) = flags {
                self.string(raw, bytes, f, start_i);
                return;
            }
        }
        let kind = Tok::keyword(word).unwrap_or_else(|| Tok::Name(word.to_string()));
        self.push(kind, start);
    }

    /// Lexes a string literal whose quote is at `self.pos` and whose prefix
    /// started at byte `start_i`.
    fn string(&mut self, raw: bool, bytes: bool, fstring: bool, start_i: usize) {
        let start = self.pos_at(start_i);
        let q = self.peek().unwrap();
        let triple = self.peek_at(1) == Some(q) && self.peek_at(2) == Some(q);
        self.pos += if triple { 3 } else { 1 };
        let body_i = self.pos;
        let body_start = self.cur();
        loop {
            let Some(c) = self.peek() else {
                let what = if triple {
                    "unterminated triple-quoted string literal"
                } else {
                    "unterminated string literal"
                };
                // At end of input just after a newline, CPython counts the last line.
                let line = if self.src.ends_with('\n') && self.line > start.line {
                    self.line - 1
                } else {
                    self.line
                };
                let msg = format!("{} (detected at line {})", what, line);
                self.fail_syntax(msg, start);
                return;
            };
            match c {
                b'\\' => {
                    self.pos += 1;
                    if self.peek() == Some(b'\n') {
                        self.pos += 1;
                        self.newline();
                    } else if let Some(ch) = self.peek_char() {
                        self.pos += ch.len_utf8();
                    }
                }
                b'\n' => {
                    if !triple {
                        let msg = format!(
                            "unterminated string literal (detected at line {})",
                            self.line
                        );
                        self.fail_syntax(msg, start);
                        return;
                    }
                    self.pos += 1;
                    self.newline();
                }
                _ if c == q
                    && (!triple || (self.peek_at(1) == Some(q) && self.peek_at(2) == Some(q))) =>
                {
                    let body = self.src[body_i..self.pos].to_string();
                    self.pos += if triple { 3 } else { 1 };
                    let tok = StrToken {
                        raw,
                        bytes,
                        fstring,
                        body,
                        body_start,
                    };
                    self.push(Tok::Str(Box::new(tok)), start);
                    return;
                }
                _ => self.pos += 1,
            }
        }
    }

    /// Scans `digit (['_'] digit)*` for the given radix; returns false if an
    /// underscore is not followed by a digit.
    fn digits(&mut self, radix: u32) -> bool {
        loop {
            match self.peek() {
                Some(c) if (c as char).is_digit(radix) => self.pos += 1,
                Some(b'_') if matches!(self.peek_at(1), Some(d) if (d as char).is_digit(radix)) => {
                    self.pos += 1
                }
                Some(b'_') => return false,
                _ => return true,
            }
        }
    }

    fn number(&mut self) {
        let start_i = self.pos;
        let start = self.cur();
        let radix_prefix = if self.peek() == Some(b'0') {
            match self.peek_at(1) {
                Some(b'x' | b'X') => Some((16, "hexadecimal")),
                Some(b'o' | b'O') => Some((8, "octal")),
                Some(b'b' | b'B') => Some((2, "binary")),
                _ => None,
            }
        } else {
            None
        };
        if let Some((radix, what)) = radix_prefix {
            self.pos += 2;
            if self.peek() == Some(b'_') {
                self.pos += 1;
            }
            let digits_start = self.pos;
            let ok = self.digits(radix);
            if !ok || self.pos == digits_start {
                let at = self.cur();
                match self.peek() {
                    Some(d) if d.is_ascii_digit() => self.fail_syntax(
                        format!("invalid digit '{}' in {} literal", d as char, what),
                        at,
                    ),
                    _ => self.fail_syntax(
                        format!("invalid {} literal", what),
                        Pos {
                            line: start.line,
                            col: start.col + 1,
                        },
                    ),
                }
                return;
            }
            if let Some(d) = self.peek() {
                if d.is_ascii_digit() {
                    let at = self.cur();
                    self.fail_syntax(
                        format!("invalid digit '{}' in {} literal", d as char, what),
                        at,
                    );
                    return;
                }
            }
            if self.check_number_end(what, start) {
                let text: String = self.src[digits_start..self.pos]
                    .chars()
                    .filter(|&c| c != '_')
                    .collect();
                let value = int_constant(&text, radix);
                self.push(Tok::Number(value), start);
            }
            return;
        }

        let mut is_float = false;
        if self.peek() != Some(b'.') && !self.digits(10) {
            let at = self.cur();
            self.fail_syntax("invalid decimal literal", at);
            return;
        }
        if self.peek() == Some(b'.') {
            is_float = true;
            self.pos += 1;
            if matches!(self.peek(), Some(b'0'..=b'9')) && !self.digits(10) {
                let at = self.cur();
                self.fail_syntax("invalid decimal literal", at);
                return;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let digit_at = if matches!(self.peek_at(1), Some(b'+' | b'-')) {
                2
            } else {
                1
            };
            if matches!(self.peek_at(digit_at), Some(b'0'..=b'9')) {
                is_float = true;
                self.pos += digit_at;
                if !self.digits(10) {
                    let at = self.cur();
                    self.fail_syntax("invalid decimal literal", at);
                    return;
                }
            }
        }
        if matches!(self.peek(), Some(b'j' | b'J')) {
            let text: String = self.src[start_i..self.pos]
                .chars()
                .filter(|&c| c != '_')
                .collect();
            self.pos += 1;
            if !self.check_number_end("imaginary", start) {
                return;
            }
            match text.parse::<f64>() {
                Ok(v) => self.push(Tok::Number(Constant::Imag(v)), start),
                Err(_) => self.fail_syntax("invalid imaginary literal", start),
            }
            return;
        }
        if !self.check_number_end("decimal", start) {
            return;
        }
        let text: String = self.src[start_i..self.pos]
            .chars()
            .filter(|&c| c != '_')
            .collect();
        if is_float {
            match text.parse::<f64>() {
                Ok(v) => self.push(Tok::Number(Constant::Float(v)), start),
                Err(_) => self.fail_syntax("invalid decimal literal", start),
            }
        } else {
            if text.len() > 1 && text.starts_with('0') && text.bytes().any(|b| b != b'0') {
                self.fail_syntax(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start,
                );
                return;
            }
            self.push(Tok::Number(int_constant(&text, 10)), start);
        }
    }

    /// A number may not run into an identifier (`1abc`), except for the
    /// keywords CPython still accepts there (`1if x else y`).
    fn check_number_end(&mut self, what: &str, start: Pos) -> bool {
        let Some(ch) = self.peek_char() else {
            return true;
        };
        if !is_id_continue(ch) {
            return true;
        }
        let rest = &self.src[self.pos..];
        for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
            if rest.starts_with(kw) && !rest[kw.len()..].chars().next().is_some_and(is_id_continue)
            {
                return true;
            }
        }
        // CPython points at the last character of the number.
        let _ = start;
        let cur = self.cur();
        let at = Pos {
            line: cur.line,
            col: cur.col.saturating_sub(1),
        };
        self.fail_syntax(format!("invalid {} literal", what), at);
        false
    }

    fn operator(&mut self) {
        let start = self.cur();
        let rest = &self.bytes[self.pos..];
        let Some((text, tok)) = Tok::OPERATORS
            .iter()
            .find(|(t, _)| rest.starts_with(t.as_bytes()))
        else {
            let c = rest[0];
            if c.is_ascii_graphic() {
                self.pos += 1;
                self.push(Tok::BadChar, start);
            } else {
                self.fail_syntax(
                    format!("invalid non-printable character U+{:04X}", c),
                    start,
                );
            }
            return;
        };
        self.pos += text.len();
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    self.fail_syntax("too many nested parentheses", start);
                    return;
                }
                self.brackets.push((text.as_bytes()[0], start));
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                let close = text.as_bytes()[0];
                match self.brackets.pop() {
                    None => {
                        self.fail_syntax(format!("unmatched '{}'", close as char), start);
                        return;
                    }
                    Some((open, open_at)) => {
                        let expected = match open {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        if close != expected {
                            let msg = if open_at.line != start.line {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                    close as char, open as char, open_at.line
                                )
                            } else {
                                format!("closing parenthesis '{}' does not match opening parenthesis '{}'", close as char, open as char)
                            };
                            self.fail_syntax(msg, start);
                            return;
                        }
                    }
                }
            }
            _ => {}
        }
        self.push(tok.clone(), start);
    }
}

/// Python normalizes identifiers to NFKC. Without Unicode tables we cover
/// the common cases: fullwidth ASCII letters and digits, and the micro and
/// long-s signs.
fn nfkc_identifier(word: &str) -> String {
    word.chars()
        .map(|c| match c as u32 {
            0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A | 0xFF3F => {
                char::from_u32(c as u32 - 0xFEE0).unwrap()
            }
            0xB5 => '\u{3BC}',
            0x17F => 's',
            _ => c,
        })
        .collect()
}

/// Converts digits (no underscores) in `radix` to an Int, or a BigInt with
/// decimal digits when the value does not fit in i64.
pub fn int_constant(digits: &str, radix: u32) -> Constant {
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Constant::Int(v);
    }
    if radix == 10 {
        let t = digits.trim_start_matches('0');
        return Constant::BigInt(if t.is_empty() {
            "0".to_string()
        } else {
            t.to_string()
        });
    }
    // Little-endian base-2^32 limbs.
    let mut limbs: Vec<u32> = vec![0];
    for c in digits.chars() {
        let mut carry = c.to_digit(radix).unwrap_or(0) as u64;
        for limb in limbs.iter_mut() {
            let v = (*limb as u64) * radix as u64 + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            limbs.push(carry as u32);
        }
    }
    // Repeated division by 10^9.
    let mut chunks = Vec::new();
    while limbs.iter().any(|&l| l != 0) {
        let mut rem = 0u64;
        for limb in limbs.iter_mut().rev() {
            let v = (rem << 32) | *limb as u64;
            *limb = (v / 1_000_000_000) as u32;
            rem = v % 1_000_000_000;
        }
        chunks.push(rem as u32);
        while limbs.len() > 1 && *limbs.last().unwrap() == 0 {
            limbs.pop();
        }
    }
    let mut s = chunks
        .pop()
        .map(|c| c.to_string())
        .unwrap_or_else(|| "0".into());
    while let Some(c) = chunks.pop() {
        s.push_str(&format!("{:09}", c));
    }
    Constant::BigInt(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Token kinds as short strings: names and numbers by value, the rest by
    /// spelling, layout tokens as NL/IN/DE/END.
    fn kinds(src: &str) -> String {
        let lexed = tokenize(&normalize_newlines(src));
        assert!(lexed.error.is_none(), "{:?}", lexed.error);
        lexed
            .tokens
            .iter()
            .map(|t| match &t.kind {
                Tok::Name(n) => n.clone(),
                Tok::Number(Constant::Int(i)) => i.to_string(),
                Tok::Number(c) => format!("{:?}", c),
                Tok::Str(s) => format!("S({})", s.body),
                Tok::Newline => "NL".into(),
                Tok::Indent => "IN".into(),
                Tok::Dedent => "DE".into(),
                Tok::EndMarker => "END".into(),
                k => k.text().into(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn indentation_tokens() {
        assert_eq!(kinds("if a:\n  b\nc\n"), "if a : NL IN b NL DE c NL END");
        assert_eq!(
            kinds("if a:\n  if b:\n    c\nd"),
            "if a : NL IN if b : NL IN c NL DE DE d NL END"
        );
        assert_eq!(kinds("if a:\n  b\n"), "if a : NL IN b NL DE END");
        // Blank lines, comments and whitespace-only lines never count.
        assert_eq!(
            kinds("if a:\n\n  # x\n        \n  b\n# y\n"),
            "if a : NL IN b NL DE END"
        );
        // Brackets and backslashes join lines.
        assert_eq!(
            kinds("x = (1,\n 2)\ny = 1 + \\\n  2\n"),
            "x = ( 1 , 2 ) NL y = 1 + 2 NL END"
        );
        assert_eq!(kinds("if a:\n\tb\n\tc\n"), "if a : NL IN b NL c NL DE END");
        assert_eq!(
            kinds("if a:\n \tb\n \tc\n"),
            "if a : NL IN b NL c NL DE END"
        );
        assert_eq!(kinds(""), "END");
        assert_eq!(kinds("   \n\n"), "END");
    }

    #[test]
    fn numbers_and_strings() {
        assert_eq!(kinds("0x_1F 0o17 0b101 1_000"), "31 15 5 1000 NL END");
        assert_eq!(
            kinds("1.5 1e3 .5 1."),
            "Float(1.5) Float(1000.0) Float(0.5) Float(1.0) NL END"
        );
        assert_eq!(kinds("1if x else 2"), "1 if x else 2 NL END");
        assert_eq!(
            kinds("rb'a' f\"{x}\" '''t\nq'''"),
            "S(a) S({x}) S(t\nq) NL END"
        );
        assert_eq!(kinds("a->b ... :="), "a -> b ... := NL END");
        assert_eq!(
            int_constant("18446744073709551616", 10),
            Constant::BigInt("18446744073709551616".into())
        );
        assert_eq!(
            int_constant("10000000000000000", 16),
            Constant::BigInt("18446744073709551616".into())
        );
        assert_eq!(
            int_constant("7fffffffffffffff", 16),
            Constant::Int(i64::MAX)
        );
    }

    #[test]
    fn errors_stop_the_lexer() {
        let lexed = tokenize("x = 1\ny = €\nz = 2\n");
        assert_eq!(lexed.tokens.last().unwrap().kind, Tok::Error);
        assert_eq!(lexed.error.unwrap().line, 2);
    }
}
