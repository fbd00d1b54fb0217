//! Scope analysis: decides, for every name in every scope, whether it is a
//! fast local, a cell, a free variable, or a global — CPython's symtable.c,
//! in two passes.
//!
//! 1. **Collect.** One walk over the AST builds a tree of [`Scope`]s (module,
//!    class bodies, functions, lambdas, comprehensions) and records for every
//!    name how the scope uses it (bound, parameter, used, declared `global`
//!    or `nonlocal`). Declaration-order errors (`name 'x' is used prior to
//!    global declaration`, duplicate parameters, `yield` outside a function)
//!    are reported here.
//! 2. **Resolve.** A recursive pass from the module down carries the set of
//!    names bound by enclosing *function* scopes (class bodies do not leak
//!    their names into methods). A name bound in a scope is local there; a
//!    name bound only by an enclosing function is free; anything else is a
//!    global. On the way back up, a local that a child uses freely becomes a
//!    cell, and free names that pass through a scope become free there too so
//!    the closure can be built.
//!
//! Special rules kept from CPython 3.11:
//!
//! * Comprehensions and generator expressions are function scopes with one
//!   parameter `.0`; their outermost iterable is evaluated (and so analysed)
//!   in the enclosing scope.
//! * An assignment expression (`:=`) inside a comprehension binds in the
//!   nearest enclosing non-comprehension scope (nonlocal there, or global at
//!   module level); in a class body it is an error.
//! * A function nested in a class that uses the name `super` or `__class__`
//!   gets the free variable `__class__`; the class body then has the cell
//!   `__class__` ([`Scope::needs_class_closure`]) that the VM fills with the
//!   new class.
//!
//! Scopes are found again by the emitter through the address of the AST node
//! that opened them (`FunctionDef`/`ClassDef` statement, `Lambda` or
//! comprehension expression), so the AST must not move between the passes.

use std::collections::HashMap;

use crate::ast::{self, Expr, ExprKind, Pattern, PatternKind, Span, Stmt, StmtKind};
use crate::error::{SyntaxError, SyntaxErrorKind};

/// Index of a scope in [`ScopeTable::scopes`]; the module is 0.
pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions: scopes with fast locals.
    pub fn is_function(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives, as seen from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A fast local (function) or a namespace name (class body).
    Local,
    /// A local captured by an inner scope.
    Cell,
    /// Captured from an enclosing function.
    Free,
    /// Declared `global` (or a module-level name).
    GlobalExplicit,
    /// Not bound anywhere visible: a global or builtin.
    GlobalImplicit,
}

const DEF_LOCAL: u8 = 1;
const DEF_PARAM: u8 = 2;
const DEF_GLOBAL: u8 = 4;
const DEF_NONLOCAL: u8 = 8;
const USE: u8 = 16;
/// Iteration variable of a comprehension (cannot be rebound by `:=`).
const DEF_COMP_ITER: u8 = 32;
const DEF_BOUND: u8 = DEF_LOCAL | DEF_PARAM;

/// One scope: its symbols, resolved, and the variable layout of its code
/// object.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Names in first-seen order with their use flags.
    symbols: Vec<(String, u8)>,
    index: HashMap<String, usize>,
    resolved: HashMap<String, Resolved>,
    /// Parameters, in frame order (positional, keyword-only, `*args`,
    /// `**kwargs`).
    pub params: Vec<String>,
    /// Fast-local slots: the parameters first, then the other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner scopes (`__class__` for a class body).
    pub cellvars: Vec<String>,
    /// Names captured from enclosing functions.
    pub freevars: Vec<String>,
    /// Contains `yield` (or is a generator expression).
    pub generator: bool,
    /// A class body whose methods use `super` or `__class__`.
    pub needs_class_closure: bool,
    /// Where each `global`/`nonlocal` declaration is, for error messages.
    decl_spans: HashMap<String, Span>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            resolved: HashMap::new(),
            params: Vec::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            generator: false,
            needs_class_closure: false,
            decl_spans: HashMap::new(),
        }
    }

    fn flags(&self, name: &str) -> u8 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }

    fn add_flags(&mut self, name: &str, flags: u8) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1 |= flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), flags));
            }
        }
    }

    /// How this scope sees `name`. Names the scope never mentions are
    /// implicit globals.
    pub fn resolve(&self, name: &str) -> Resolved {
        if self.kind == ScopeKind::Module {
            return if self.flags(name) & DEF_GLOBAL != 0 {
                Resolved::GlobalExplicit
            } else {
                Resolved::GlobalImplicit
            };
        }
        self.resolved
            .get(name)
            .copied()
            .unwrap_or(Resolved::GlobalImplicit)
    }

    /// Position of `name` among `cellvars ++ freevars`.
    pub fn cell_index(&self, name: &str) -> Option<usize> {
        if let Some(i) = self.cellvars.iter().position(|n| n == name) {
            return Some(i);
        }
        self.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| i + self.cellvars.len())
    }

    /// Slot of a fast local.
    pub fn local_index(&self, name: &str) -> Option<usize> {
        self.varnames.iter().position(|n| n == name)
    }

    /// Whether a class body binds `name` in its own namespace.
    pub fn binds(&self, name: &str) -> bool {
        self.flags(name) & DEF_BOUND != 0
    }
}

/// The result of scope analysis for one module.
#[derive(Debug)]
pub struct ScopeTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl ScopeTable {
    pub fn module(&self) -> &Scope {
        &self.scopes[0]
    }

    /// The scope opened by a `def` or `class` statement.
    pub fn of_stmt(&self, s: &Stmt) -> ScopeId {
        self.by_node[&(s as *const Stmt as usize)]
    }

    /// The scope opened by a lambda or comprehension.
    pub fn of_expr(&self, e: &Expr) -> ScopeId {
        self.by_node[&(e as *const Expr as usize)]
    }
}

/// Builds a compile-time `SyntaxError` at a node's span, with CPython's
/// 1-based character columns and the offending source line.
#[cold]
pub fn error_at(msg: impl Into<String>, span: Span, filename: &str, source: &str) -> SyntaxError {
    let line_text = source.lines().nth(span.line.saturating_sub(1) as usize);
    let char_col = |line: Option<&str>, byte: u32| -> u32 {
        match line {
            Some(t) => {
                let b = (byte as usize).min(t.len());
                let b = (0..=b).rev().find(|&i| t.is_char_boundary(i)).unwrap_or(0);
                t[..b].chars().count() as u32 + 1
            }
            None => byte + 1,
        }
    };
    let col = char_col(line_text, span.col);
    let (end_line, end_col) = if span.end_line == 0 {
        (0, 0)
    } else {
        let t = source.lines().nth(span.end_line.saturating_sub(1) as usize);
        (span.end_line, char_col(t, span.end_col))
    };
    SyntaxError {
        kind: SyntaxErrorKind::Syntax,
        msg: msg.into(),
        filename: filename.to_string(),
        line: span.line,
        col,
        end_line,
        end_col,
        source_line: line_text.map(|s| s.to_string()),
    }
}

/// Runs both passes over a module.
pub fn analyze(
    module: &ast::Module,
    filename: &str,
    source: &str,
) -> Result<ScopeTable, SyntaxError> {
    let mut b = Builder {
        table: ScopeTable {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
            by_node: HashMap::new(),
        },
        cur: 0,
        filename,
        source,
    };
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut table = b.table;
    let mut r = Resolver {
        scopes: &mut table.scopes,
        filename,
        source,
    };
    r.analyze(0, &[])?;
    Ok(table)
}

struct Builder<'a> {
    table: ScopeTable,
    cur: ScopeId,
    filename: &'a str,
    source: &'a str,
}

impl<'a> Builder<'a> {
    fn err(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        error_at(msg, span, self.filename, self.source)
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.cur]
    }

    fn push(&mut self, kind: ScopeKind, name: &str, key: usize) -> ScopeId {
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, name, Some(self.cur)));
        self.table.scopes[self.cur].children.push(id);
        self.table.by_node.insert(key, id);
        self.cur = id;
        id
    }

    fn pop(&mut self) {
        self.cur = self.table.scopes[self.cur]
            .parent
            .expect("popped the module scope");
    }

    fn def(&mut self, name: &str, flag: u8) {
        self.scope().add_flags(name, flag);
    }

    fn use_name(&mut self, name: &str) {
        self.scope().add_flags(name, USE);
        if name == "super" && self.scope().kind.is_function() {
            self.scope().add_flags("__class__", USE);
        }
    }

    fn declare(&mut self, name: &str, global: bool, span: Span) -> Result<(), SyntaxError> {
        let kind = self.scope().kind;
        if !global && kind == ScopeKind::Module {
            return Err(self.err("nonlocal declaration not allowed at module level", span));
        }
        let cur = self.scope().flags(name);
        let what = if global { "global" } else { "nonlocal" };
        if cur & (DEF_NONLOCAL | DEF_GLOBAL) != 0 && (cur & DEF_GLOBAL != 0) != global {
            // CPython reports it at the first declaration.
            let at = self.scope().decl_spans.get(name).copied().unwrap_or(span);
            return Err(self.err(format!("name '{}' is nonlocal and global", name), at));
        }
        if cur & DEF_PARAM != 0 {
            return Err(self.err(format!("name '{}' is parameter and {}", name, what), span));
        }
        if cur & USE != 0 {
            return Err(self.err(
                format!("name '{}' is used prior to {} declaration", name, what),
                span,
            ));
        }
        if cur & DEF_LOCAL != 0 {
            return Err(self.err(
                format!("name '{}' is assigned to before {} declaration", name, what),
                span,
            ));
        }
        self.def(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL });
        self.scope()
            .decl_spans
            .entry(name.to_string())
            .or_insert(span);
        Ok(())
    }

    fn params(&mut self, args: &ast::Arguments) -> Result<(), SyntaxError> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(args.vararg.iter())
            .chain(args.kwarg.iter());
        for a in all {
            if self.scope().flags(&a.arg) & DEF_PARAM != 0 {
                return Err(self.err(
                    format!("duplicate argument '{}' in function definition", a.arg),
                    a.span,
                ));
            }
            self.def(&a.arg, DEF_PARAM);
            let name = a.arg.clone();
            self.scope().params.push(name);
        }
        Ok(())
    }

    fn defaults(&mut self, args: &ast::Arguments) -> Result<(), SyntaxError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn body(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                bind,
                args,
                body,
                decorator_list,
                ..
            } => {
                for d in decorator_list {
                    self.expr(d)?;
                }
                self.defaults(args)?;
                self.def(bind.as_ref().unwrap_or(name), DEF_LOCAL);
                self.push(ScopeKind::Function, name, s as *const Stmt as usize);
                self.params(args)?;
                self.body(body)?;
                self.pop();
            }
            StmtKind::ClassDef {
                name,
                bind,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                for d in decorator_list {
                    self.expr(d)?;
                }
                for b in bases {
                    self.expr(b)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.def(bind.as_ref().unwrap_or(name), DEF_LOCAL);
                self.push(ScopeKind::Class, name, s as *const Stmt as usize);
                self.body(body)?;
                self.pop();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.expr(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    // Read and written: CPython marks only the binding, which
                    // is enough to make it local.
                    self.def(id, DEF_LOCAL);
                } else {
                    self.expr(target)?;
                }
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if !self.scope().kind.is_function() {
                    self.expr(annotation)?;
                }
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.scope().flags(id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0
                        && self.scope().kind != ScopeKind::Module
                    {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.err(
                            format!("annotated name '{}' can't be {}", id, what),
                            target.span,
                        ));
                    }
                    self.def(id, DEF_LOCAL);
                } else {
                    self.expr(target)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.expr(target)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.body(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.body(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.def(n, DEF_LOCAL);
                    }
                    self.body(&h.body)?;
                }
                self.body(orelse)?;
                self.body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } => {
                for a in names {
                    let bound = a
                        .asname
                        .as_deref()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or(&a.name));
                    self.def(bound, DEF_LOCAL);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(self.err("import * only allowed at module level", a.span));
                        }
                        continue;
                    }
                    let bound = a.asname.as_deref().unwrap_or(&a.name);
                    self.def(bound, DEF_LOCAL);
                }
            }
            StmtKind::Global { names } => {
                for n in names {
                    self.declare(n, true, s.span)?;
                }
            }
            StmtKind::Nonlocal { names } => {
                for n in names {
                    self.declare(n, false, s.span)?;
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.def(r, DEF_LOCAL);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.def(n, DEF_LOCAL);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.def(n, DEF_LOCAL);
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        kind: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
    ) -> Result<(), SyntaxError> {
        let first = generators
            .first()
            .expect("comprehension without a for clause");
        self.expr(&first.iter)?;
        let name = format!("<{}>", kind);
        let id = self.push(ScopeKind::Comprehension, &name, e as *const Expr as usize);
        self.table.scopes[id].params.push(".0".to_string());
        self.def(".0", DEF_PARAM);
        if kind == "genexpr" {
            self.scope().generator = true;
        }
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.comp_target(&g.target)?;
            self.expr(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for x in elts {
            self.expr(x)?;
        }
        self.pop();
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.def(id, DEF_COMP_ITER),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for x in elts {
                    self.comp_target(x)?;
                }
            }
            ExprKind::Starred { value, .. } => self.comp_target(value)?,
            _ => {}
        }
        Ok(())
    }

    /// `name := value` inside comprehensions binds in the enclosing scope.
    fn walrus_target(&mut self, name: &str, span: Span) -> Result<(), SyntaxError> {
        if self.scope().kind != ScopeKind::Comprehension {
            self.def(name, DEF_LOCAL);
            return Ok(());
        }
        let mut chain = vec![];
        let mut id = self.cur;
        while self.table.scopes[id].kind == ScopeKind::Comprehension {
            if self.table.scopes[id].flags(name) & DEF_COMP_ITER != 0 {
                return Err(self.err(
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{}'",
                        name
                    ),
                    span,
                ));
            }
            chain.push(id);
            id = self.table.scopes[id]
                .parent
                .expect("comprehension at the root");
        }
        let target = &mut self.table.scopes[id];
        match target.kind {
            ScopeKind::Class => {
                return Err(self.err(
                    "assignment expression within a comprehension cannot be used in a class body",
                    span,
                ))
            }
            ScopeKind::Module => {
                target.add_flags(name, DEF_LOCAL);
                for c in chain {
                    self.table.scopes[c].add_flags(name, DEF_GLOBAL);
                }
            }
            _ => {
                let global = target.flags(name) & DEF_GLOBAL != 0;
                target.add_flags(name, DEF_LOCAL);
                for c in chain {
                    self.table.scopes[c]
                        .add_flags(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL });
                }
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.walrus_target(id, target.span)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                self.push(ScopeKind::Lambda, "<lambda>", e as *const Expr as usize);
                self.params(args)?;
                self.expr(body)?;
                self.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.expr(x)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "listcomp", generators, &[elt])?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "dictcomp", generators, &[key, value])?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "genexpr", generators, &[elt])?
            }
            ExprKind::Yield { value } => {
                self.yield_here(e.span)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom { value } => {
                self.yield_here(e.span)?;
                self.expr(value)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => match ctx {
                ast::ExprContext::Load => self.use_name(id),
                _ => self.def(id, DEF_LOCAL),
            },
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn yield_here(&mut self, span: Span) -> Result<(), SyntaxError> {
        let s = self.scope();
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => Err(self.err("'yield' outside function", span)),
            ScopeKind::Comprehension => {
                let what = match s.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.err(format!("'yield' inside {}", what), span))
            }
            _ => {
                s.generator = true;
                Ok(())
            }
        }
    }
}

struct Resolver<'a> {
    scopes: &'a mut Vec<Scope>,
    filename: &'a str,
    source: &'a str,
}

fn push_unique(v: &mut Vec<String>, name: &str) {
    if !v.iter().any(|n| n == name) {
        v.push(name.to_string());
    }
}

impl<'a> Resolver<'a> {
    /// Resolves scope `id` given the names bound by enclosing functions;
    /// returns the names free in it or its children (in first-seen order).
    fn analyze(&mut self, id: ScopeId, bound: &[String]) -> Result<Vec<String>, SyntaxError> {
        let kind = self.scopes[id].kind;
        let mut free: Vec<String> = Vec::new();
        let symbols = self.scopes[id].symbols.clone();
        if kind != ScopeKind::Module {
            for (name, flags) in &symbols {
                let r = if flags & DEF_GLOBAL != 0 {
                    Resolved::GlobalExplicit
                } else if flags & DEF_NONLOCAL != 0 {
                    if !bound.iter().any(|b| b == name) {
                        // Reported at the nonlocal statement, like CPython.
                        return Err(error_at(
                            format!("no binding for nonlocal '{}' found", name),
                            self.nonlocal_span(id, name),
                            self.filename,
                            self.source,
                        ));
                    }
                    Resolved::Free
                } else if flags & DEF_BOUND != 0 {
                    Resolved::Local
                } else if bound.iter().any(|b| b == name) {
                    Resolved::Free
                } else {
                    Resolved::GlobalImplicit
                };
                if r == Resolved::Free {
                    push_unique(&mut free, name);
                }
                self.scopes[id].resolved.insert(name.clone(), r);
            }
        }
        // What the children may capture.
        let newbound: Vec<String> = match kind {
            ScopeKind::Module => Vec::new(),
            ScopeKind::Class => {
                let mut nb: Vec<String> = bound
                    .iter()
                    .filter(|n| self.scopes[id].flags(n) & DEF_GLOBAL == 0)
                    .cloned()
                    .collect();
                push_unique(&mut nb, "__class__");
                nb
            }
            _ => {
                let mut nb: Vec<String> = bound
                    .iter()
                    .filter(|n| self.scopes[id].flags(n) & DEF_GLOBAL == 0)
                    .cloned()
                    .collect();
                for (name, flags) in &symbols {
                    if flags & DEF_BOUND != 0 && flags & (DEF_GLOBAL | DEF_NONLOCAL) == 0 {
                        push_unique(&mut nb, name);
                    }
                }
                nb
            }
        };
        let children = self.scopes[id].children.clone();
        let mut child_free: Vec<String> = Vec::new();
        for c in children {
            for n in self.analyze(c, &newbound)? {
                push_unique(&mut child_free, &n);
            }
        }
        let scope = &mut self.scopes[id];
        for name in &child_free {
            match kind {
                ScopeKind::Module => {}
                ScopeKind::Class => {
                    if name == "__class__" {
                        scope.needs_class_closure = true;
                        push_unique(&mut scope.cellvars, "__class__");
                    } else {
                        push_unique(&mut free, name);
                    }
                }
                _ => match scope.resolved.get(name.as_str()).copied() {
                    Some(Resolved::Local) | Some(Resolved::Cell) => {
                        scope.resolved.insert(name.clone(), Resolved::Cell);
                    }
                    Some(Resolved::Free) | None => {
                        if !scope.resolved.contains_key(name.as_str()) {
                            scope.resolved.insert(name.clone(), Resolved::Free);
                        }
                        push_unique(&mut free, name);
                    }
                    _ => {}
                },
            }
        }
        // Frame layout.
        if kind.is_function() {
            let params = scope.params.clone();
            scope.varnames = params.clone();
            for (name, _) in &symbols {
                let r = scope.resolved[name.as_str()];
                if r == Resolved::Local && !params.contains(name) {
                    scope.varnames.push(name.clone());
                }
                if r == Resolved::Cell {
                    push_unique(&mut scope.cellvars, name);
                }
            }
            // Cells made only for children but never named here cannot
            // exist (a child's free name is in `bound` only if some function
            // binds it), so the loop above covers every cell.
        }
        if kind != ScopeKind::Module {
            for name in &free {
                push_unique(&mut scope.freevars, name);
            }
        }
        Ok(free)
    }

    fn nonlocal_span(&self, id: ScopeId, name: &str) -> Span {
        self.scopes[id]
            .decl_spans
            .get(name)
            .copied()
            .unwrap_or_default()
    }
}
