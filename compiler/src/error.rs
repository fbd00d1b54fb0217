//! Syntax errors: the one error type of the front end.

use std::fmt;

/// Which Python exception class a syntax error is (the printed name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError` (a subclass of SyntaxError in Python)
    Indentation,
    /// `TabError` (a subclass of IndentationError in Python)
    Tab,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }
}

/// A syntax error with its position, printed like CPython:
///
/// ```text
///   File "x.py", line 3
///     x = = 2
///         ^
/// SyntaxError: invalid syntax
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column in characters (CPython's `SyntaxError.offset`);
    /// 0 when unknown.
    pub col: u32,
    /// 1-based end line and column (exclusive), when known; `end_line` is
    /// 0 when unknown.
    pub end_line: u32,
    pub end_col: u32,
    /// The source line the error is on, without its line ending.
    pub source_line: Option<String>,
}

impl SyntaxError {
    #[cold]
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: String::new(),
            line,
            col,
            end_line: 0,
            end_col: 0,
            source_line: None,
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "  File \"{}\", line {}", self.filename, self.line)?;
        if let Some(src) = &self.source_line {
            // As CPython: strip the indentation, shift the caret, and print
            // no caret if it would point into the stripped indentation.
            let rtext = src.trim_end_matches(['\n', '\r']);
            let text = rtext.trim_start_matches([' ', '\t', '\x0c']);
            let stripped = rtext.chars().count() - text.chars().count();
            if !text.trim().is_empty() {
                writeln!(f, "    {}", text)?;
                let col = self.col as i64 - 1 - stripped as i64;
                if self.col > 0 && col >= 0 {
                    let col = col as usize;
                    let mut width = 1;
                    if self.end_line == self.line && self.end_col > self.col {
                        width = (self.end_col - self.col) as usize;
                    }
                    // Tabs are kept so that the caret lines up.
                    let space: String = text
                        .chars()
                        .chain(std::iter::repeat(' '))
                        .take(col)
                        .map(|c| if c == '\t' { '\t' } else { ' ' })
                        .collect();
                    writeln!(f, "    {}{}", space, "^".repeat(width))?;
                }
            }
        }
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}

impl std::error::Error for SyntaxError {}
