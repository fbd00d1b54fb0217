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
//! * **Nesting limits.** The parser guarantees that every expression tree it
//!   returns is at most [`MAX_EXPR_HEIGHT`] nodes high, so recursive walkers
//!   (emitter, scope analysis, `Drop`) cannot overflow the stack on
//!   parser-produced trees.

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
        args: Box<Arguments>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
        returns: Option<Box<Expr>>,
    },
    ClassDef {
        name: Ident,
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
/// `def f(a, b=1, /, c=2, *d, e, f=3, **g)` gives posonlyargs = [a, b],
/// args = [c], defaults = [1, 2] (aligned to the end of posonlyargs ++ args),
/// vararg = d, kwonlyargs = [e, f], kw_defaults = [None, Some(3)], kwarg = g.
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
            ListComp { elt, generators } | SetComp { elt, generators } | GeneratorExp { elt, generators } => {
                f(elt);
                for g in generators {
                    f(&g.target);
                    f(&g.iter);
                    g.ifs.iter().for_each(&mut f);
                }
            }
            DictComp { key, value, generators } => {
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
            Compare { left, comparators, .. } => {
                f(left);
                comparators.iter().for_each(f);
            }
            Call { func, args, keywords } => {
                f(func);
                args.iter().for_each(&mut f);
                keywords.iter().for_each(|k| f(&k.value));
            }
            FormattedValue { value, format_spec, .. } => {
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
        let args = self.posonlyargs.iter().chain(&self.args).chain(&self.vararg).chain(&self.kwonlyargs).chain(&self.kwarg);
        for a in args {
            if let Some(ann) = &a.annotation {
                f(ann);
            }
        }
        self.defaults.iter().for_each(&mut *f);
        self.kw_defaults.iter().flatten().for_each(f);
    }
}
