//! Tokens produced by the lexer.
//!
//! Like CPython's tokenizer, string literals are not decoded here: a
//! [`StrToken`] keeps the raw source text between the quotes and the parser
//! decodes escapes (and parses f-string fields) when it builds the AST.

use crate::ast::Constant;

/// A source position: 1-based line, 0-based byte column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: Tok,
    pub start: Pos,
    pub end: Pos,
    /// Bracket nesting level after this token (an f-string field counts as
    /// one level, as CPython parses it in parentheses).
    pub level: u16,
}

/// A string literal as written: prefix flags and the undecoded body.
#[derive(Clone, Debug, PartialEq)]
pub struct StrToken {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// The text between the quotes, exactly as in the source (line endings
    /// already normalized to `\n`).
    pub body: String,
    /// Where `body` starts in the source.
    pub body_start: Pos,
}

/// Declares the keyword and operator tokens with their spelling, so that the
/// enum, `Tok::keyword` and `Tok::text` come from one list.
macro_rules! tokens {
    (
        keywords { $($kw:ident = $kws:literal,)* }
        operators { $($op:ident = $ops:literal,)* }
    ) => {
        #[derive(Clone, Debug, PartialEq)]
        pub enum Tok {
            /// An identifier (including the soft keywords `match`, `case`, `_`).
            Name(String),
            /// `Constant::Int`, `Constant::BigInt` or `Constant::Float`.
            Number(Constant),
            Str(Box<StrToken>),
            Newline,
            Indent,
            Dedent,
            EndMarker,
            /// The lexer failed here; its error is reported when the parser
            /// reaches this token.
            Error,
            /// An ASCII character that is no token (`$`, `?`, `!`, a backtick):
            /// like CPython, the lexer goes on and the parser rejects it.
            BadChar,
            $($kw,)*
            $($op,)*
        }

        impl Tok {
            /// The keyword token spelled `s`, if `s` is a (hard) keyword.
            pub fn keyword(s: &str) -> Option<Tok> {
                match s {
                    $($kws => Some(Tok::$kw),)*
                    _ => None,
                }
            }

            /// Source spelling of a keyword or operator token.
            pub fn text(&self) -> &'static str {
                match self {
                    $(Tok::$kw => $kws,)*
                    $(Tok::$op => $ops,)*
                    Tok::Name(_) => "name",
                    Tok::Number(_) => "number",
                    Tok::Str(_) => "string",
                    Tok::Newline => "newline",
                    Tok::Indent => "indent",
                    Tok::Dedent => "dedent",
                    Tok::EndMarker => "end of file",
                    Tok::Error => "error",
                    Tok::BadChar => "character",
                }
            }

            /// All operators, longest first, for the lexer's maximal munch.
            pub const OPERATORS: &'static [(&'static str, Tok)] = &[$(($ops, Tok::$op),)*];
        }
    };
}

tokens! {
    keywords {
        False = "False", None = "None", True = "True", And = "and", As = "as",
        Assert = "assert", Async = "async", Await = "await", Break = "break",
        Class = "class", Continue = "continue", Def = "def", Del = "del",
        Elif = "elif", Else = "else", Except = "except", Finally = "finally",
        For = "for", From = "from", Global = "global", If = "if",
        Import = "import", In = "in", Is = "is", Lambda = "lambda",
        Nonlocal = "nonlocal", Not = "not", Or = "or", Pass = "pass",
        Raise = "raise", Return = "return", Try = "try", While = "while",
        With = "with", Yield = "yield",
    }
    operators {
        // Three characters.
        DoubleStarEqual = "**=", DoubleSlashEqual = "//=", LeftShiftEqual = "<<=",
        RightShiftEqual = ">>=", Ellipsis = "...",
        // Two characters.
        EqEqual = "==", NotEqual = "!=", LessEqual = "<=", GreaterEqual = ">=",
        LeftShift = "<<", RightShift = ">>", DoubleStar = "**", DoubleSlash = "//",
        PlusEqual = "+=", MinEqual = "-=", StarEqual = "*=", SlashEqual = "/=",
        PercentEqual = "%=", AmperEqual = "&=", VBarEqual = "|=",
        CircumflexEqual = "^=", AtEqual = "@=", RArrow = "->", ColonEqual = ":=",
        // One character.
        LPar = "(", RPar = ")", LSqb = "[", RSqb = "]", LBrace = "{", RBrace = "}",
        Colon = ":", Comma = ",", Semi = ";", Plus = "+", Minus = "-", Star = "*",
        Slash = "/", VBar = "|", Amper = "&", Less = "<", Greater = ">",
        Equal = "=", Dot = ".", Percent = "%", Tilde = "~", Circumflex = "^",
        At = "@",
    }
}

impl Tok {
    pub fn is_name(&self, s: &str) -> bool {
        matches!(self, Tok::Name(n) if n == s)
    }
}
