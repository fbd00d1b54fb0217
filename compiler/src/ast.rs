//! The abstract syntax tree, mirroring CPython 3.11's `ast` module
//! (Parser/Python.asdl) for the Scriptling subset.
//!
//! Node and field names follow Python.asdl, in Rust style: `StmtKind::FunctionDef
//! { name, args, body, decorator_list, returns }` is `ast.FunctionDef`. Fields
//! that would be a keyword in Rust get a trailing underscore (`type_`).
//! Nodes the language does not have (`AsyncFunctionDef`, `AsyncFor`,
//! `AsyncWith`, `Await`, `TryStar`, type comments) are absent.
//!
//! Shape decisions the emitter relies on:
//!
//! * **Spans.** Every `Stmt`, `Expr`, `Pattern`, `ExceptHandler`, `Arg`,
//!   `Keyword` and `Alias` carries a [`Span`]: 1-based lines and 0-based
//!   columns counted in UTF-8 bytes, exactly CPython's `lineno`,
//!   `col_offset`, `end_lineno`, `end_col_offset`.
//! * **Context.** `Name`, `Attribute`, `Subscript`, `Starred`, `List` and
//!   `Tuple` carry an explicit [`ExprContext`] (`Load`/`Store`/`Del`) set by
//!   the parser, as in CPython: assignment targets, `for` targets, `with ... as`
//!   targets, comprehension targets and `del` targets are `Store`/`Del`
//!   all the way down through tuples, lists and starred items.
//! * **Constants.** One `ExprKind::Constant(Constant)`. Ints that fit in i64
//!   are `Int`, larger ones `BigInt` holding the decimal digits (no sign:
//!   `-5` is `UnaryOp(USub, 5)`, as in CPython). Adjacent string literals are
//!   already concatenated. `...` is `Constant::Ellipsis`.
//! * **f-strings** are `JoinedStr { values }` whose values are
//!   `Constant(Str)` and `FormattedValue` nodes, exactly as CPython 3.11
//!   builds them: `f"{x=}"` becomes `Constant("x=")` followed by
//!   `FormattedValue { conversion: Repr, .. }` (repr unless a format spec or
//!   conversion is given); a format spec is itself a `JoinedStr`. A plain
//!   string concatenated with an f-string yields one `JoinedStr`.
//! * **Decorators** stay in `decorator_list` (outermost first); the
//!   `FunctionDef`/`ClassDef` span starts at the `def`/`class` keyword as in
//!   CPython 3.8+, not at the first `@`.
//! * **Comprehensions**: `generators` lists the `for` clauses left to right,
//!   each with its own `ifs`.
//! * **Arguments**: `defaults` belong to the last `defaults.len()` of
//!   `posonlyargs ++ args`; `kw_defaults` is parallel to `kwonlyargs`
//!   (`None` = no default).
//! * **Dict** `keys` is parallel to `values`; a `None` key means `**value`.
//! * **Subscripts**: `a[1:2, ::3]` has a `Tuple` of `Slice`s as its slice;
//!   `a[*b]` has `Tuple([Starred(b)])`, as in CPython 3.11.
//! * **Nesting limits.** Every expression tree the parser returns is at most
//!   [`MAX_EXPR_HEIGHT`] nodes high, and an `elif` chain is at most about
//!   2,000 long, so recursive walkers (emitter, scope analysis, `Drop`) need
//!   a bounded stack; `parser::expr_height` measures a tree without
//!   recursion, to size a helper thread.
//! * **Dumps.** [`dump`] and [`dump_with_positions`] print a module exactly
//!   as CPython's `ast.dump(tree[, include_attributes=True])` does; the
//!   tests compare them with python3.

/// Upper bound on the height of any expression tree produced by the parser.
/// CPython 3.11 fails with RecursionError somewhere between 1,000 and 10,000.
pub const MAX_EXPR_HEIGHT: u32 = 3000;

/// An identifier (name, attribute, keyword name, module path...).
pub type Ident = String;

/// Source position of a node. `line`/`end_line` are 1-based; `col`/`end_col`
/// are 0-based byte offsets into the line (CPython's `col_offset`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// A parsed file: `ast.Module(body)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef {
        name: Ident,
        /// The name the function is stored under when it differs from
        /// `name`: a private name mangled inside a class (`crate::mangle`).
        bind: Option<Ident>,
        args: Box<Arguments>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
        returns: Option<Box<Expr>>,
    },
    ClassDef {
        name: Ident,
        /// As `FunctionDef::bind`.
        bind: Option<Ident>,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
    },
    Return {
        value: Option<Expr>,
    },
    Delete {
        targets: Vec<Expr>,
    },
    /// `a = b = value`: `targets` = [a, b].
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: Operator,
        value: Expr,
    },
    /// `simple` is true when the target is a bare name not in parentheses.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `elif` is an `If` alone in the `orelse` of the previous one.
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import {
        names: Vec<Alias>,
    },
    /// `from ..a.b import x`: module = Some("a.b"), level = 2.
    /// `from . import x`: module = None, level = 1. `*` is an alias named "*".
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    Global {
        names: Vec<Ident>,
    },
    Nonlocal {
        names: Vec<Ident>,
    },
    Expr {
        value: Expr,
    },
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` is one BoolOp with three values.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `target := value`; target is always a `Name` with `Store` ctx.
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `keys[i] == None` means `**values[i]`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    YieldFrom {
        value: Box<Expr>,
    },
    /// `a < b < c`: left = a, ops = [Lt, Lt], comparators = [b, c].
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `*x` arguments appear in `args` as `Starred`; `**m` appears in
    /// `keywords` with `arg: None`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// One `{...}` field of an f-string. `format_spec`, when present, is a
    /// `JoinedStr`.
    FormattedValue {
        value: Box<Expr>,
        conversion: Conversion,
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: `Constant(Str)` and `FormattedValue` parts.
    JoinedStr {
        values: Vec<Expr>,
    },
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        ctx: ExprContext,
    },
    /// `a[1:2, ::3]` has slice = Tuple([Slice(1, 2, None), Slice(None, None, 3)]).
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Ident,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    /// Only appears as a `Subscript` slice or inside its `Tuple`.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// Literal values. `-1` is not a constant (it is `UnaryOp(USub, 1)`).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// An integer literal that does not fit in i64: its decimal digits,
    /// without sign or leading zeros (hex/octal/binary literals are
    /// converted to decimal by the lexer).
    BigInt(String),
    Float(f64),
    /// An imaginary literal (`2j`): the imaginary part.
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// The `!s`/`!r`/`!a` of an f-string field. CPython stores -1, 115, 114, 97.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// `for target in iter if ifs[0] if ifs[1]` inside a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`.
    pub type_: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// Parameters of a `def` or `lambda`.
///
/// `def f(a, b=1, /, c=2, *d, e, f=3, **g)` gives `posonlyargs = [a, b]`,
/// `args = [c]`, `defaults = [1, 2]` (aligned to the end of
/// `posonlyargs ++ args`), `vararg = d`, `kwonlyargs = [e, f]`,
/// `kw_defaults = [None, Some(3)]`, `kwarg = g`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub arg: Ident,
    pub annotation: Option<Box<Expr>>,
    pub span: Span,
}

/// `arg=value` in a call or class header; `arg: None` is `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Option<Ident>,
    pub value: Expr,
    pub span: Span,
}

/// `name as asname` in an import. `name` may be dotted (`a.b.c`).
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal or dotted name compared with `==`: `case 1`, `case -1`,
    /// `case 1+2j` (rejected), `case "a" "b"`, `case Color.RED`.
    MatchValue {
        value: Expr,
    },
    /// `case None`, `case True`, `case False` (compared with `is`).
    MatchSingleton {
        value: Constant,
    },
    /// `case [a, *rest]` / `case (a, b)` / `case a, b`.
    MatchSequence {
        patterns: Vec<Pattern>,
    },
    /// `case {"k": p, **rest}`; keys are literal or dotted-name `Expr`s.
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    /// `case Point(p0, p1, x=px)`.
    MatchClass {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` inside a sequence pattern; `*_` has `name: None`.
    MatchStar {
        name: Option<Ident>,
    },
    /// `case p as name`, a capture `case name` (pattern None), or the
    /// wildcard `case _` (pattern None, name None).
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    MatchOr {
        patterns: Vec<Pattern>,
    },
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        Stmt { kind, span }
    }
}

impl Expr {
    /// Calls `f` on each direct sub-expression (including those inside
    /// comprehensions, keywords, lambda parameters and defaults).
    pub fn for_each_child<'a>(&'a self, mut f: impl FnMut(&'a Expr)) {
        use ExprKind::*;
        match &self.kind {
            BoolOp { values, .. } => values.iter().for_each(f),
            NamedExpr { target, value } => {
                f(target);
                f(value);
            }
            BinOp { left, right, .. } => {
                f(left);
                f(right);
            }
            UnaryOp { operand, .. } => f(operand),
            Lambda { args, body } => {
                args.for_each_expr(&mut f);
                f(body);
            }
            IfExp { test, body, orelse } => {
                f(test);
                f(body);
                f(orelse);
            }
            Dict { keys, values } => {
                keys.iter().flatten().for_each(&mut f);
                values.iter().for_each(f);
            }
            Set { elts } | List { elts, .. } | Tuple { elts, .. } => elts.iter().for_each(f),
            ListComp { elt, generators }
            | SetComp { elt, generators }
            | GeneratorExp { elt, generators } => {
                f(elt);
                for g in generators {
                    f(&g.target);
                    f(&g.iter);
                    g.ifs.iter().for_each(&mut f);
                }
            }
            DictComp {
                key,
                value,
                generators,
            } => {
                f(key);
                f(value);
                for g in generators {
                    f(&g.target);
                    f(&g.iter);
                    g.ifs.iter().for_each(&mut f);
                }
            }
            Yield { value } => {
                if let Some(v) = value {
                    f(v)
                }
            }
            YieldFrom { value } => f(value),
            Compare {
                left, comparators, ..
            } => {
                f(left);
                comparators.iter().for_each(f);
            }
            Call {
                func,
                args,
                keywords,
            } => {
                f(func);
                args.iter().for_each(&mut f);
                keywords.iter().for_each(|k| f(&k.value));
            }
            FormattedValue {
                value, format_spec, ..
            } => {
                f(value);
                if let Some(s) = format_spec {
                    f(s)
                }
            }
            JoinedStr { values } => values.iter().for_each(f),
            Constant(_) | Name { .. } => {}
            Attribute { value, .. } | Starred { value, .. } => f(value),
            Subscript { value, slice, .. } => {
                f(value);
                f(slice);
            }
            Slice { lower, upper, step } => {
                for e in [lower, upper, step].into_iter().flatten() {
                    f(e);
                }
            }
        }
    }
}

impl Arguments {
    /// Calls `f` on every default and annotation.
    pub fn for_each_expr<'a>(&'a self, f: &mut impl FnMut(&'a Expr)) {
        let args = self
            .posonlyargs
            .iter()
            .chain(&self.args)
            .chain(&self.vararg)
            .chain(&self.kwonlyargs)
            .chain(&self.kwarg);
        for a in args {
            if let Some(ann) = &a.annotation {
                f(ann);
            }
        }
        self.defaults.iter().for_each(&mut *f);
        self.kw_defaults.iter().flatten().for_each(f);
    }
}

// ---------------------------------------------------------------------------
// Dump in the format of CPython's `ast.dump(tree)` (no positions), so that
// trees can be compared with `python3 -c "import ast; print(ast.dump(...))"`.
// Optional fields that are absent are omitted, as `ast.dump` does.

/// Formats a module exactly like CPython 3.11's `ast.dump(ast.parse(src))`.
pub fn dump(m: &Module) -> String {
    let mut d = Dumper(String::new(), false);
    d.0.push_str("Module(body=");
    d.stmts(&m.body);
    d.0.push_str(", type_ignores=[])");
    d.0
}

/// Like [`dump`] with positions: `ast.dump(tree, include_attributes=True)`.
pub fn dump_with_positions(m: &Module) -> String {
    let mut d = Dumper(String::new(), true);
    d.0.push_str("Module(body=");
    d.stmts(&m.body);
    d.0.push_str(", type_ignores=[])");
    d.0
}

/// Formats one expression like `ast.dump`.
pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper(String::new(), false);
    d.expr(e);
    d.0
}

/// Python's `repr` of a float (shortest round-trip digits; exponent form
/// below 1e-4 and from 1e16).
pub fn float_repr(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let e = format!("{:e}", v);
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let (sign, mant) = if let Some(m) = mant.strip_prefix('-') {
        ("-", m)
    } else {
        ("", mant)
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let s = if exp >= 0 {
            let int_len = exp + 1;
            if n <= int_len {
                format!("{}{}.0", digits, "0".repeat((int_len - n) as usize))
            } else {
                format!(
                    "{}.{}",
                    &digits[..int_len as usize],
                    &digits[int_len as usize..]
                )
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{}{}", sign, s)
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        format!(
            "{}{}e{}{:02}",
            sign,
            m,
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        )
    }
}

/// Python's `repr` of a str.
pub fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (c as u32) == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !c.is_ascii() && !is_printable(c) => {
                let v = c as u32;
                if v <= 0xff {
                    out.push_str(&format!("\\x{:02x}", v));
                } else if v <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", v));
                } else {
                    out.push_str(&format!("\\U{:08x}", v));
                }
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// Approximates Python's `str.isprintable` for non-ASCII characters:
/// control, separator, format, private-use and noncharacter code points are
/// not printable.
fn is_printable(c: char) -> bool {
    let v = c as u32;
    !(c.is_control()
        || c.is_whitespace()
        || matches!(v, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F | 0x2028..=0x202F
            | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0x110BD | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF | 0xF0000..=0x10FFFF)
        || (v & 0xFFFE) == 0xFFFE
        || (0xFDD0..=0xFDEF).contains(&v))
}

/// Python's `repr` of bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(q as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{:02x}", c)),
            c => out.push(c as char),
        }
    }
    out.push(q as char);
    out
}

/// The output, and whether to print positions.
struct Dumper(String, bool);

impl Dumper {
    /// Runs `f`, which prints one node ending in `)`, and inserts the
    /// node's position before that parenthesis when positions are on.
    fn at(&mut self, sp: Span, f: impl FnOnce(&mut Self)) {
        f(self);
        if self.1 {
            let close = self.0.pop();
            debug_assert_eq!(close, Some(')'));
            if !self.0.ends_with('(') {
                self.0.push_str(", ");
            }
            let attrs = format!(
                "lineno={}, col_offset={}, end_lineno={}, end_col_offset={})",
                sp.line, sp.col, sp.end_line, sp.end_col
            );
            self.0.push_str(&attrs);
        }
    }

    fn s(&mut self, s: &str) {
        self.0.push_str(s);
    }

    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.s("[");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            f(self, x);
        }
        self.s("]");
    }

    fn stmts(&mut self, b: &[Stmt]) {
        self.list(b, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, b: &[Expr]) {
        self.list(b, |d, e| d.expr(e));
    }

    fn opt_expr(&mut self, name: &str, e: &Option<impl std::ops::Deref<Target = Expr>>) {
        if let Some(e) = e {
            self.s(", ");
            self.s(name);
            self.s("=");
            self.expr(e);
        }
    }

    fn ident(&mut self, s: &str) {
        let r = str_repr(s);
        self.s(&r);
    }

    fn constant(&mut self, c: &Constant) {
        let t = match c {
            Constant::None => "None".to_string(),
            Constant::True => "True".to_string(),
            Constant::False => "False".to_string(),
            Constant::Ellipsis => "Ellipsis".to_string(),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(s) => s.clone(),
            Constant::Float(f) => float_repr(*f),
            Constant::Imag(f) => format!("{}j", float_repr(*f).trim_end_matches(".0")),
            Constant::Str(s) => str_repr(s),
            Constant::Bytes(b) => bytes_repr(b),
        };
        self.s(&t);
    }

    fn ctx(&mut self, c: ExprContext) {
        self.s(match c {
            ExprContext::Load => ", ctx=Load())",
            ExprContext::Store => ", ctx=Store())",
            ExprContext::Del => ", ctx=Del())",
        });
    }

    fn arguments(&mut self, a: &Arguments) {
        self.s("arguments(posonlyargs=");
        self.list(&a.posonlyargs, |d, x| d.arg(x));
        self.s(", args=");
        self.list(&a.args, |d, x| d.arg(x));
        if let Some(v) = &a.vararg {
            self.s(", vararg=");
            self.arg(v);
        }
        self.s(", kwonlyargs=");
        self.list(&a.kwonlyargs, |d, x| d.arg(x));
        self.s(", kw_defaults=");
        self.list(&a.kw_defaults, |d, x| match x {
            Some(e) => d.expr(e),
            None => d.s("None"),
        });
        if let Some(v) = &a.kwarg {
            self.s(", kwarg=");
            self.arg(v);
        }
        self.s(", defaults=");
        self.exprs(&a.defaults);
        self.s(")");
    }

    fn arg(&mut self, a: &Arg) {
        self.at(a.span, |d| d.arg_inner(a));
    }

    fn arg_inner(&mut self, a: &Arg) {
        self.s("arg(arg=");
        self.ident(&a.arg);
        self.opt_expr("annotation", &a.annotation);
        self.s(")");
    }

    fn keyword(&mut self, k: &Keyword) {
        self.at(k.span, |d| d.keyword_inner(k));
    }

    fn keyword_inner(&mut self, k: &Keyword) {
        self.s("keyword(");
        if let Some(a) = &k.arg {
            self.s("arg=");
            self.ident(a);
            self.s(", ");
        }
        self.s("value=");
        self.expr(&k.value);
        self.s(")");
    }

    fn alias(&mut self, a: &Alias) {
        self.at(a.span, |d| d.alias_inner(a));
    }

    fn alias_inner(&mut self, a: &Alias) {
        self.s("alias(name=");
        self.ident(&a.name);
        if let Some(n) = &a.asname {
            self.s(", asname=");
            self.ident(n);
        }
        self.s(")");
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) {
        self.s(", generators=");
        self.list(gens, |d, g| {
            d.s("comprehension(target=");
            d.expr(&g.target);
            d.s(", iter=");
            d.expr(&g.iter);
            d.s(", ifs=");
            d.exprs(&g.ifs);
            d.s(", is_async=0)");
        });
        self.s(")");
    }

    fn stmt(&mut self, st: &Stmt) {
        self.at(st.span, |d| d.stmt_inner(st));
    }

    fn stmt_inner(&mut self, st: &Stmt) {
        use StmtKind::*;
        match &st.kind {
            FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => {
                self.s("FunctionDef(name=");
                self.ident(name);
                self.s(", args=");
                self.arguments(args);
                self.s(", body=");
                self.stmts(body);
                self.s(", decorator_list=");
                self.exprs(decorator_list);
                self.opt_expr("returns", returns);
                self.s(")");
            }
            ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
                ..
            } => {
                self.s("ClassDef(name=");
                self.ident(name);
                self.s(", bases=");
                self.exprs(bases);
                self.s(", keywords=");
                self.list(keywords, |d, k| d.keyword(k));
                self.s(", body=");
                self.stmts(body);
                self.s(", decorator_list=");
                self.exprs(decorator_list);
                self.s(")");
            }
            Return { value } => {
                self.s("Return(");
                if let Some(v) = value {
                    self.s("value=");
                    self.expr(v);
                }
                self.s(")");
            }
            Delete { targets } => {
                self.s("Delete(targets=");
                self.exprs(targets);
                self.s(")");
            }
            Assign { targets, value } => {
                self.s("Assign(targets=");
                self.exprs(targets);
                self.s(", value=");
                self.expr(value);
                self.s(")");
            }
            AugAssign { target, op, value } => {
                self.s("AugAssign(target=");
                self.expr(target);
                self.s(&format!(", op={:?}(), value=", op));
                self.expr(value);
                self.s(")");
            }
            AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.s("AnnAssign(target=");
                self.expr(target);
                self.s(", annotation=");
                self.expr(annotation);
                if let Some(v) = value {
                    self.s(", value=");
                    self.expr(v);
                }
                self.s(&format!(", simple={})", *simple as i32));
            }
            For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.s("For(target=");
                self.expr(target);
                self.s(", iter=");
                self.expr(iter);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(")");
            }
            While { test, body, orelse } | If { test, body, orelse } => {
                self.s(if matches!(st.kind, While { .. }) {
                    "While(test="
                } else {
                    "If(test="
                });
                self.expr(test);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(")");
            }
            With { items, body } => {
                self.s("With(items=");
                self.list(items, |d, w| {
                    d.s("withitem(context_expr=");
                    d.expr(&w.context_expr);
                    d.opt_expr("optional_vars", &w.optional_vars.as_ref());
                    d.s(")");
                });
                self.s(", body=");
                self.stmts(body);
                self.s(")");
            }
            Match { subject, cases } => {
                self.s("Match(subject=");
                self.expr(subject);
                self.s(", cases=");
                self.list(cases, |d, c| {
                    d.s("match_case(pattern=");
                    d.pattern(&c.pattern);
                    d.opt_expr("guard", &c.guard.as_ref());
                    d.s(", body=");
                    d.stmts(&c.body);
                    d.s(")");
                });
                self.s(")");
            }
            Raise { exc, cause } => {
                self.s("Raise(");
                if let Some(e) = exc {
                    self.s("exc=");
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.s(if exc.is_some() { ", cause=" } else { "cause=" });
                    self.expr(c);
                }
                self.s(")");
            }
            Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.s("Try(body=");
                self.stmts(body);
                self.s(", handlers=");
                self.list(handlers, |d, h| {
                    d.at(h.span, |d| {
                        d.s("ExceptHandler(");
                        if let Some(t) = &h.type_ {
                            d.s("type=");
                            d.expr(t);
                            d.s(", ");
                        }
                        if let Some(n) = &h.name {
                            d.s("name=");
                            d.ident(n);
                            d.s(", ");
                        }
                        d.s("body=");
                        d.stmts(&h.body);
                        d.s(")");
                    })
                });
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(", finalbody=");
                self.stmts(finalbody);
                self.s(")");
            }
            Assert { test, msg } => {
                self.s("Assert(test=");
                self.expr(test);
                self.opt_expr("msg", &msg.as_ref());
                self.s(")");
            }
            Import { names } => {
                self.s("Import(names=");
                self.list(names, |d, a| d.alias(a));
                self.s(")");
            }
            ImportFrom {
                module,
                names,
                level,
            } => {
                self.s("ImportFrom(");
                if let Some(m) = module {
                    self.s("module=");
                    self.ident(m);
                    self.s(", ");
                }
                self.s("names=");
                self.list(names, |d, a| d.alias(a));
                self.s(&format!(", level={})", level));
            }
            Global { names } | Nonlocal { names } => {
                self.s(if matches!(st.kind, Global { .. }) {
                    "Global(names="
                } else {
                    "Nonlocal(names="
                });
                self.list(names, |d, n| d.ident(n));
                self.s(")");
            }
            Expr { value } => {
                self.s("Expr(value=");
                self.expr(value);
                self.s(")");
            }
            Pass => self.s("Pass()"),
            Break => self.s("Break()"),
            Continue => self.s("Continue()"),
        }
    }

    fn expr(&mut self, e: &Expr) {
        self.at(e.span, |d| d.expr_inner(e));
    }

    fn expr_inner(&mut self, e: &Expr) {
        use ExprKind::*;
        match &e.kind {
            BoolOp { op, values } => {
                self.s(&format!("BoolOp(op={:?}(), values=", op));
                self.exprs(values);
                self.s(")");
            }
            NamedExpr { target, value } => {
                self.s("NamedExpr(target=");
                self.expr(target);
                self.s(", value=");
                self.expr(value);
                self.s(")");
            }
            BinOp { left, op, right } => {
                self.s("BinOp(left=");
                self.expr(left);
                self.s(&format!(", op={:?}(), right=", op));
                self.expr(right);
                self.s(")");
            }
            UnaryOp { op, operand } => {
                self.s(&format!("UnaryOp(op={:?}(), operand=", op));
                self.expr(operand);
                self.s(")");
            }
            Lambda { args, body } => {
                self.s("Lambda(args=");
                self.arguments(args);
                self.s(", body=");
                self.expr(body);
                self.s(")");
            }
            IfExp { test, body, orelse } => {
                self.s("IfExp(test=");
                self.expr(test);
                self.s(", body=");
                self.expr(body);
                self.s(", orelse=");
                self.expr(orelse);
                self.s(")");
            }
            Dict { keys, values } => {
                self.s("Dict(keys=");
                self.list(keys, |d, k| match k {
                    Some(k) => d.expr(k),
                    None => d.s("None"),
                });
                self.s(", values=");
                self.exprs(values);
                self.s(")");
            }
            Set { elts } => {
                self.s("Set(elts=");
                self.exprs(elts);
                self.s(")");
            }
            ListComp { elt, generators }
            | SetComp { elt, generators }
            | GeneratorExp { elt, generators } => {
                self.s(match &e.kind {
                    ListComp { .. } => "ListComp(elt=",
                    SetComp { .. } => "SetComp(elt=",
                    _ => "GeneratorExp(elt=",
                });
                self.expr(elt);
                self.comprehensions(generators);
            }
            DictComp {
                key,
                value,
                generators,
            } => {
                self.s("DictComp(key=");
                self.expr(key);
                self.s(", value=");
                self.expr(value);
                self.comprehensions(generators);
            }
            Yield { value } => {
                self.s("Yield(");
                if let Some(v) = value {
                    self.s("value=");
                    self.expr(v);
                }
                self.s(")");
            }
            YieldFrom { value } => {
                self.s("YieldFrom(value=");
                self.expr(value);
                self.s(")");
            }
            Compare {
                left,
                ops,
                comparators,
            } => {
                self.s("Compare(left=");
                self.expr(left);
                self.s(", ops=[");
                let ops: Vec<String> = ops.iter().map(|o| format!("{:?}()", o)).collect();
                self.s(&ops.join(", "));
                self.s("], comparators=");
                self.exprs(comparators);
                self.s(")");
            }
            Call {
                func,
                args,
                keywords,
            } => {
                self.s("Call(func=");
                self.expr(func);
                self.s(", args=");
                self.exprs(args);
                self.s(", keywords=");
                self.list(keywords, |d, k| d.keyword(k));
                self.s(")");
            }
            FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.s("FormattedValue(value=");
                self.expr(value);
                let c = match conversion {
                    Conversion::None => -1,
                    Conversion::Str => 115,
                    Conversion::Repr => 114,
                    Conversion::Ascii => 97,
                };
                self.s(&format!(", conversion={}", c));
                self.opt_expr("format_spec", format_spec);
                self.s(")");
            }
            JoinedStr { values } => {
                self.s("JoinedStr(values=");
                self.exprs(values);
                self.s(")");
            }
            Constant(c) => {
                self.s("Constant(value=");
                self.constant(c);
                self.s(")");
            }
            Attribute { value, attr, ctx } => {
                self.s("Attribute(value=");
                self.expr(value);
                self.s(", attr=");
                self.ident(attr);
                self.ctx(*ctx);
            }
            Subscript { value, slice, ctx } => {
                self.s("Subscript(value=");
                self.expr(value);
                self.s(", slice=");
                self.expr(slice);
                self.ctx(*ctx);
            }
            Starred { value, ctx } => {
                self.s("Starred(value=");
                self.expr(value);
                self.ctx(*ctx);
            }
            Name { id, ctx } => {
                self.s("Name(id=");
                self.ident(id);
                self.ctx(*ctx);
            }
            List { elts, ctx } | Tuple { elts, ctx } => {
                self.s(if matches!(e.kind, List { .. }) {
                    "List(elts="
                } else {
                    "Tuple(elts="
                });
                self.exprs(elts);
                self.ctx(*ctx);
            }
            Slice { lower, upper, step } => {
                self.s("Slice(");
                let mut first = true;
                for (name, v) in [("lower", lower), ("upper", upper), ("step", step)] {
                    if let Some(v) = v {
                        if !first {
                            self.s(", ");
                        }
                        first = false;
                        self.s(name);
                        self.s("=");
                        self.expr(v);
                    }
                }
                self.s(")");
            }
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        self.at(p.span, |d| d.pattern_inner(p));
    }

    fn pattern_inner(&mut self, p: &Pattern) {
        use PatternKind::*;
        match &p.kind {
            MatchValue { value } => {
                self.s("MatchValue(value=");
                self.expr(value);
                self.s(")");
            }
            MatchSingleton { value } => {
                self.s("MatchSingleton(value=");
                self.constant(value);
                self.s(")");
            }
            MatchSequence { patterns } => {
                self.s("MatchSequence(patterns=");
                self.list(patterns, |d, p| d.pattern(p));
                self.s(")");
            }
            MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.s("MatchMapping(keys=");
                self.exprs(keys);
                self.s(", patterns=");
                self.list(patterns, |d, p| d.pattern(p));
                if let Some(r) = rest {
                    self.s(", rest=");
                    self.ident(r);
                }
                self.s(")");
            }
            MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.s("MatchClass(cls=");
                self.expr(cls);
                self.s(", patterns=");
                self.list(patterns, |d, p| d.pattern(p));
                self.s(", kwd_attrs=");
                self.list(kwd_attrs, |d, n| d.ident(n));
                self.s(", kwd_patterns=");
                self.list(kwd_patterns, |d, p| d.pattern(p));
                self.s(")");
            }
            MatchStar { name } => {
                self.s("MatchStar(");
                if let Some(n) = name {
                    self.s("name=");
                    self.ident(n);
                }
                self.s(")");
            }
            MatchAs { pattern, name } => {
                self.s("MatchAs(");
                if let Some(p) = pattern {
                    self.s("pattern=");
                    self.pattern(p);
                    if name.is_some() {
                        self.s(", ");
                    }
                }
                if let Some(n) = name {
                    self.s("name=");
                    self.ident(n);
                }
                self.s(")");
            }
            MatchOr { patterns } => {
                self.s("MatchOr(patterns=");
                self.list(patterns, |d, p| d.pattern(p));
                self.s(")");
            }
        }
    }
}
