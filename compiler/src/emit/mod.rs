//! The bytecode emitter: AST plus scope table in, code objects out.
//!
//! * `mod.rs` (this file): the per-code-object state ([`Unit`]), labels,
//!   the exception-handler stack, the fblock stack, and `finish` which turns
//!   a unit into a [`Code`].
//! * `stmt.rs`: statements, including loops, `try`, `with` and the
//!   break/continue/return unwinding through fblocks.
//! * `expr.rs`: expressions, calls, functions, classes, comprehensions.
//! * `pattern.rs`: the `match` statement.
//!
//! **Labels.** A jump is emitted with a label id in place of its target and
//! patched in `finish`. A jump to a label that is already bound goes
//! backward and is emitted as `JumpBack` (the VM charges its preemption
//! budget there).
//!
//! **Stack depth** is tracked while emitting: every op adds its
//! `stack_effect`, a jump records the depth its target will see, and binding
//! a label takes the recorded depth. Statements leave the depth where they
//! found it (dead code after `return` included), so the running depth is
//! always the one the exception table needs. `max_stack` is computed
//! afterwards by the flow analysis in [`crate::verify`].
//!
//! **Exception table.** The emitter keeps a stack of active handlers
//! (`Unit::handlers`, each a label and the depth to keep). Every emitted
//! instruction remembers the innermost one; `finish` coalesces runs of
//! instructions with the same handler into [`ExcEntry`]s. Entries therefore
//! never overlap, which trivially satisfies "innermost first", and code that
//! must not be protected (a finally body inlined on a return path, handler
//! cleanups) is emitted with the handler stack temporarily truncated.

mod expr;
mod pattern;
mod stmt;

use std::collections::HashMap;
use std::sync::Arc;

use crate::ast::{self, Span, Stmt};
use crate::code::{Code, CodeFlags, CompiledModule, Const, ExcEntry};
use crate::error::SyntaxError;
use crate::op::{ConstIdx, Label, NameIdx, Op};
use crate::scope::{self, ScopeId, ScopeKind, ScopeTable};

thread_local! {
    /// Set by `compile_module_eval` for the compilation it runs.
    static EVAL_MODE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Compiles a module whose final expression statement (if any) is its
/// return value: the embedding API's `eval` and the `eval()` built-in.
pub fn compile_module_eval(
    module: &ast::Module,
    filename: &str,
    source: &str,
    existing_globals: &[Arc<str>],
) -> Result<CompiledModule, SyntaxError> {
    // The compiler may move to a helper thread for deep input; carry the
    // flag there by compiling inline when it is set.
    let prev = EVAL_MODE.with(|m| m.replace(true));
    let r = compile_module(module, filename, source, existing_globals, false);
    EVAL_MODE.with(|m| m.set(prev));
    r
}

/// CPython's rules for `from __future__ import ...`: only at the top of
/// the module (after the docstring and other future imports), and only
/// features that exist. Every listed feature is already the behaviour (or,
/// for `annotations`, has no visible effect here).
fn check_future(module: &ast::Module, filename: &str, source: &str) -> Result<(), SyntaxError> {
    const FEATURES: &[&str] = &[
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ];
    let mut allowed = true;
    for (i, st) in module.body.iter().enumerate() {
        match &st.kind {
            ast::StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                if !allowed {
                    return Err(scope::error_at(
                        "from __future__ imports must occur at the beginning of the file",
                        st.span,
                        filename,
                        source,
                    ));
                }
                for a in names {
                    if a.name == "braces" {
                        return Err(scope::error_at("not a chance", a.span, filename, source));
                    }
                    if !FEATURES.contains(&a.name.as_str()) {
                        return Err(scope::error_at(
                            format!("future feature {} is not defined", a.name),
                            a.span,
                            filename,
                            source,
                        ));
                    }
                }
            }
            ast::StmtKind::Expr { value }
                if i == 0
                    && matches!(&value.kind, ast::ExprKind::Constant(ast::Constant::Str(_))) => {}
            _ => allowed = false,
        }
    }
    Ok(())
}

/// Compiles a parsed module. `existing_globals` are the global names of a
/// module compiled earlier (the REPL compiles line after line into one
/// module): they keep their slots and new names are appended. With
/// `interactive`, top-level expression statements print their value
/// (`PrintExpr`) instead of discarding it.
pub fn compile_module(
    module: &ast::Module,
    filename: &str,
    source: &str,
    existing_globals: &[Arc<str>],
    interactive: bool,
) -> Result<CompiledModule, SyntaxError> {
    let eval_mode = EVAL_MODE.with(|m| m.get());
    check_future(module, filename, source)?;
    // Scope analysis and emission recurse over the tree. Deeply nested
    // input runs on a helper thread whose stack is sized for it, so the
    // caller's (possibly small, e.g. a goroutine's) stack never overflows.
    let need = stack_estimate(module);
    if need <= INLINE_STACK {
        return compile_inline(module, filename, source, existing_globals, interactive);
    }
    let size = need * 2 + INLINE_STACK;
    std::thread::scope(|s| {
        let worker = std::thread::Builder::new()
            .name("spindle-compile".into())
            .stack_size(size)
            .spawn_scoped(s, || {
                EVAL_MODE.with(|m| m.set(eval_mode));
                compile_inline(module, filename, source, existing_globals, interactive)
            });
        match worker {
            Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
            Err(_) => Err(scope::error_at(
                "source too complex to compile",
                Span {
                    line: 1,
                    ..Span::default()
                },
                filename,
                source,
            )),
        }
    })
}

/// Stack the compiler may use on the caller's thread.
const INLINE_STACK: usize = 128 << 10;
/// Rough stack cost of one expression level (emitter plus scope pass) and
/// of one statement nesting level. Debug builds have much larger frames.
const EXPR_COST: usize = if cfg!(debug_assertions) {
    24 << 10
} else {
    6 << 10
};
const STMT_COST: usize = if cfg!(debug_assertions) {
    48 << 10
} else {
    12 << 10
};
const BASE_COST: usize = if cfg!(debug_assertions) {
    64 << 10
} else {
    16 << 10
};

/// Upper bound on the stack the compiler needs: deepest statement nesting
/// plus highest expression (or pattern) tree.
fn stack_estimate(module: &ast::Module) -> usize {
    let mut depth = 0usize;
    let mut height = 0u32;
    let mut work: Vec<(&Stmt, usize)> = module.body.iter().map(|s| (s, 1)).collect();
    let cap = ast::MAX_EXPR_HEIGHT + 10;
    while let Some((s, d)) = work.pop() {
        depth = depth.max(d);
        let mut exprs: Vec<&ast::Expr> = Vec::new();
        let mut bodies: Vec<&[Stmt]> = Vec::new();
        stmt_parts(s, &mut exprs, &mut bodies, &mut height);
        for e in exprs {
            height = height.max(crate::parser::expr_height(e, cap));
        }
        for b in bodies {
            work.extend(b.iter().map(|s| (s, d + 1)));
        }
    }
    depth * STMT_COST + height as usize * EXPR_COST + BASE_COST
}

fn pattern_height(p: &ast::Pattern, exprs: &mut Vec<&ast::Expr>) -> u32 {
    // Patterns are bounded by the parser's nesting limit; walk iteratively.
    let mut max = 0;
    let mut stack = vec![(p, 1u32)];
    while let Some((p, d)) = stack.pop() {
        max = max.max(d);
        match &p.kind {
            ast::PatternKind::MatchValue { value: _ }
            | ast::PatternKind::MatchSingleton { .. }
            | ast::PatternKind::MatchStar { .. } => {}
            ast::PatternKind::MatchSequence { patterns }
            | ast::PatternKind::MatchOr { patterns } => {
                stack.extend(patterns.iter().map(|q| (q, d + 1)))
            }
            ast::PatternKind::MatchMapping { patterns, .. } => {
                stack.extend(patterns.iter().map(|q| (q, d + 1)))
            }
            ast::PatternKind::MatchClass {
                patterns,
                kwd_patterns,
                ..
            } => stack.extend(patterns.iter().chain(kwd_patterns).map(|q| (q, d + 1))),
            ast::PatternKind::MatchAs { pattern, .. } => {
                if let Some(q) = pattern {
                    stack.push((q, d + 1))
                }
            }
        }
    }
    let _ = exprs;
    max
}

/// The expressions directly in a statement and its nested bodies.
fn stmt_parts<'s>(
    s: &'s Stmt,
    exprs: &mut Vec<&'s ast::Expr>,
    bodies: &mut Vec<&'s [Stmt]>,
    height: &mut u32,
) {
    use ast::StmtKind::*;
    match &s.kind {
        FunctionDef {
            args,
            body,
            decorator_list,
            ..
        } => {
            exprs.extend(decorator_list);
            exprs.extend(&args.defaults);
            exprs.extend(args.kw_defaults.iter().flatten());
            bodies.push(body);
        }
        ClassDef {
            bases,
            keywords,
            body,
            decorator_list,
            ..
        } => {
            exprs.extend(decorator_list);
            exprs.extend(bases);
            exprs.extend(keywords.iter().map(|k| &k.value));
            bodies.push(body);
        }
        Return { value } => exprs.extend(value),
        Delete { targets } => exprs.extend(targets),
        Assign { targets, value } => {
            exprs.extend(targets);
            exprs.push(value);
        }
        AugAssign { target, value, .. } => {
            exprs.push(target);
            exprs.push(value);
        }
        AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            exprs.push(target);
            exprs.push(annotation);
            exprs.extend(value);
        }
        For {
            target,
            iter,
            body,
            orelse,
        } => {
            exprs.push(target);
            exprs.push(iter);
            bodies.push(body);
            bodies.push(orelse);
        }
        While { test, body, orelse } | If { test, body, orelse } => {
            exprs.push(test);
            bodies.push(body);
            bodies.push(orelse);
        }
        With { items, body } => {
            for it in items {
                exprs.push(&it.context_expr);
                exprs.extend(&it.optional_vars);
            }
            bodies.push(body);
        }
        Match { subject, cases } => {
            exprs.push(subject);
            for c in cases {
                *height = (*height).max(pattern_height(&c.pattern, exprs));
                exprs.extend(&c.guard);
                bodies.push(&c.body);
            }
        }
        Raise { exc, cause } => {
            exprs.extend(exc);
            exprs.extend(cause);
        }
        Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            bodies.push(body);
            for h in handlers {
                exprs.extend(&h.type_);
                bodies.push(&h.body);
            }
            bodies.push(orelse);
            bodies.push(finalbody);
        }
        Assert { test, msg } => {
            exprs.push(test);
            exprs.extend(msg);
        }
        Expr { value } => exprs.push(value),
        Import { .. }
        | ImportFrom { .. }
        | Global { .. }
        | Nonlocal { .. }
        | Pass
        | Break
        | Continue => {}
    }
}

fn compile_inline(
    module: &ast::Module,
    filename: &str,
    source: &str,
    existing_globals: &[Arc<str>],
    interactive: bool,
) -> Result<CompiledModule, SyntaxError> {
    let eval_mode = EVAL_MODE.with(|m| m.get());
    let table = scope::analyze(module, filename, source)?;
    let mut c = Compiler {
        table: &table,
        filename: Arc::from(filename),
        source,
        globals: existing_globals.to_vec(),
        global_map: existing_globals
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect(),
        units: Vec::new(),
        interactive,
        future_annotations: module.body.iter().any(|s| {
            matches!(&s.kind, ast::StmtKind::ImportFrom { module: Some(m), names, level: 0 }
                if m == "__future__" && names.iter().any(|a| a.name == "annotations"))
        }),
    };
    let first_line = module.body.first().map_or(1, |s| s.span.line);
    c.enter_unit(0, "<module>".into(), "<module>".into(), 1);
    c.unit().line = first_line;
    c.setup_annotations(&module.body)?;
    match (eval_mode, module.body.split_last()) {
        // Eval mode: the value of a final expression statement is the
        // module code's return value.
        (true, Some((last, rest))) if matches!(last.kind, ast::StmtKind::Expr { .. }) => {
            c.body(rest)?;
            if let ast::StmtKind::Expr { value } = &last.kind {
                c.set_line(last.span.line);
                c.expr(value)?;
            }
            c.emit(Op::Return);
        }
        _ => {
            c.body(&module.body)?;
            c.emit(Op::LoadNone);
            c.emit(Op::Return);
        }
    }
    let code = c.leave_unit();
    Ok(CompiledModule {
        code: Arc::new(code),
        globals: c.globals,
    })
}

/// A label id (index into `Unit::labels`), patched to an instruction index
/// in `finish`.
pub(crate) type LabelId = u32;

/// What `break`, `continue` and `return` must undo when they leave a block.
#[derive(Clone, Copy)]
pub(crate) enum FBlockKind<'a> {
    While {
        head: LabelId,
        exit: LabelId,
    },
    /// The iterator is on the stack.
    For {
        head: LabelId,
        exit: LabelId,
    },
    /// A protected `try` body.
    TryExcept,
    /// A `try` body whose `finally` must run on the way out.
    Finally {
        body: &'a [Stmt],
    },
    /// A finally body run for an exception: `[prev, exc]` on the stack.
    FinallyEnd,
    /// An except-handler body: `[prev]` on the stack; a named handler
    /// deletes its name when left.
    Handler {
        name: Option<&'a str>,
    },
    /// A `with` body: the `__exit__` bound method is on the stack.
    With,
}

#[derive(Clone, Copy)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// Length of the handler stack outside this block: cleanup code emitted
    /// when leaving the block runs under those handlers only.
    pub handler_len: usize,
}

/// An active exception handler: jump to `label` keeping `depth` items.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Handler {
    pub label: LabelId,
    pub depth: u32,
}

/// Key for de-duplicating constants.
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(String),
    Float(u64),
    Imag(u64),
    Str(Arc<str>),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::None,
        Const::True => ConstKey::True,
        Const::False => ConstKey::False,
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Int(i) => ConstKey::Int(*i),
        Const::BigInt(s) => ConstKey::BigInt(s.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Imag(f) => ConstKey::Imag(f.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(t) => ConstKey::Tuple(t.iter().map(const_key).collect::<Option<Vec<_>>>()?),
        Const::Code(_) => return None,
    })
}

/// The code object being built.
pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: Arc<str>,
    pub qualname: String,
    pub first_line: u32,
    pub ops: Vec<Op>,
    pub lines: Vec<u32>,
    /// Innermost active handler of each instruction.
    op_handler: Vec<Option<Handler>>,
    pub consts: Vec<Const>,
    const_map: HashMap<ConstKey, u32>,
    pub names: Vec<Arc<str>>,
    name_map: HashMap<String, u32>,
    labels: Vec<Option<u32>>,
    /// Where the most recently bound label points.
    last_bound: Option<u32>,
    label_depth: Vec<Option<i32>>,
    pub handlers: Vec<Handler>,
    pub fblocks: Vec<FBlock<'a>>,
    /// Operand-stack depth at the current point.
    pub depth: i32,
    /// Source line given to emitted instructions.
    pub line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub doc: Option<Arc<str>>,
}

pub(crate) struct Compiler<'a> {
    pub table: &'a ScopeTable,
    pub filename: Arc<str>,
    pub source: &'a str,
    pub globals: Vec<Arc<str>>,
    global_map: HashMap<Arc<str>, u32>,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
    /// `from __future__ import annotations`: annotations are kept as
    /// their source text instead of being evaluated.
    pub future_annotations: bool,
}

/// Whether a module or class body holds a simple annotated assignment
/// (`x: int`), looking into compound statements but not into nested
/// functions and classes: such a body gets an `__annotations__` dict.
pub(crate) fn has_simple_annotations(body: &[ast::Stmt]) -> bool {
    use ast::StmtKind::*;
    body.iter().any(|s| match &s.kind {
        AnnAssign { simple, .. } => *simple,
        If { body, orelse, .. } | For { body, orelse, .. } | While { body, orelse, .. } => {
            has_simple_annotations(body) || has_simple_annotations(orelse)
        }
        With { body, .. } => has_simple_annotations(body),
        Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_simple_annotations(body)
                || handlers.iter().any(|h| has_simple_annotations(&h.body))
                || has_simple_annotations(orelse)
                || has_simple_annotations(finalbody)
        }
        Match { cases, .. } => cases.iter().any(|c| has_simple_annotations(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    /// CPython's SETUP_ANNOTATIONS: `__annotations__ = {}` at the top of a
    /// module or class body that annotates names.
    pub(crate) fn setup_annotations(&mut self, body: &[ast::Stmt]) -> Result<(), SyntaxError> {
        if has_simple_annotations(body) {
            self.emit(Op::BuildMap(crate::op::Count(0)));
            let span = body.first().map(|s| s.span).unwrap_or_default();
            self.store_name("__annotations__", span)?;
        }
        Ok(())
    }

    /// Pushes an annotation's value: the expression, or under
    /// `from __future__ import annotations` its source text.
    pub(crate) fn annotation(&mut self, e: &'a ast::Expr) -> Result<(), SyntaxError> {
        if self.future_annotations {
            let text = span_text(self.source, e.span);
            self.load_str(&text);
            Ok(())
        } else {
            self.expr(e)
        }
    }

    #[cold]
    pub fn error(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        scope::error_at(msg, span, &self.filename, self.source)
    }

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no code unit")
    }

    pub fn u(&self) -> &Unit<'a> {
        self.units.last().expect("no code unit")
    }

    pub fn scope(&self) -> &'a scope::Scope {
        &self.table.scopes[self.u().scope]
    }

    pub fn enter_unit(
        &mut self,
        scope: ScopeId,
        name: Arc<str>,
        qualname: String,
        first_line: u32,
    ) {
        let kind = self.table.scopes[scope].kind;
        let s = &self.table.scopes[scope];
        let flags = CodeFlags {
            generator: s.generator,
            class_body: kind == ScopeKind::Class,
            module: kind == ScopeKind::Module,
            ..CodeFlags::default()
        };
        self.units.push(Unit {
            scope,
            kind,
            name,
            qualname,
            first_line,
            ops: Vec::new(),
            lines: Vec::new(),
            op_handler: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            labels: Vec::new(),
            last_bound: None,
            label_depth: Vec::new(),
            handlers: Vec::new(),
            fblocks: Vec::new(),
            depth: 0,
            line: first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            doc: None,
        });
    }

    /// Pops the current unit and builds its code object.
    pub fn leave_unit(&mut self) -> Code {
        let u = self.units.pop().expect("no code unit");
        let s = &self.table.scopes[u.scope];
        finish(u, s, self.filename.clone())
    }

    // ----- emission -----

    pub fn emit(&mut self, op: Op) {
        let u = self.unit();
        // `LoadNone; Return` becomes `ReturnNone` unless a jump lands on
        // the Return.
        if op == Op::Return
            && u.ops.last() == Some(&Op::LoadNone)
            && u.last_bound != Some(u.ops.len() as u32)
        {
            *u.ops.last_mut().expect("checked") = Op::ReturnNone;
            u.depth -= 1;
            return;
        }
        if let (Some(l), Some(je)) = (op.target(), op.jump_effect()) {
            let d = u.depth + je;
            u.label_depth[l.0 as usize].get_or_insert(d);
        }
        u.depth += op.stack_effect();
        u.ops.push(op);
        let line = u.line;
        u.lines.push(line);
        let h = u.handlers.last().copied();
        u.op_handler.push(h);
    }

    pub fn new_label(&mut self) -> LabelId {
        let u = self.unit();
        u.labels.push(None);
        u.label_depth.push(None);
        (u.labels.len() - 1) as LabelId
    }

    pub fn bind(&mut self, l: LabelId) {
        let u = self.unit();
        debug_assert!(u.labels[l as usize].is_none(), "label bound twice");
        u.labels[l as usize] = Some(u.ops.len() as u32);
        u.last_bound = Some(u.ops.len() as u32);
        if let Some(d) = u.label_depth[l as usize] {
            u.depth = d;
        }
    }

    /// Unconditional jump: `JumpBack` when the label is already bound.
    pub fn jump(&mut self, l: LabelId) {
        if self.u().labels[l as usize].is_some() {
            self.emit(Op::JumpBack(Label(l)));
        } else {
            self.emit(Op::Jump(Label(l)));
        }
    }

    /// Starts protecting the following instructions: an exception jumps to
    /// `label` with the stack cut to `depth` items.
    pub fn push_handler(&mut self, label: LabelId, depth: i32) {
        let u = self.unit();
        u.label_depth[label as usize] = Some(depth + 1);
        u.handlers.push(Handler {
            label,
            depth: depth.max(0) as u32,
        });
    }

    pub fn pop_handler(&mut self) {
        self.unit().handlers.pop().expect("handler stack underflow");
    }

    pub fn push_fblock(&mut self, kind: FBlockKind<'a>, handler_len: usize) {
        self.unit().fblocks.push(FBlock { kind, handler_len });
    }

    pub fn pop_fblock(&mut self) {
        self.unit().fblocks.pop().expect("fblock stack underflow");
    }

    /// Sets the line of following instructions; returns the previous one.
    pub fn set_line(&mut self, line: u32) -> u32 {
        let u = self.unit();
        let old = u.line;
        if line != 0 {
            u.line = line;
        }
        old
    }

    // ----- tables -----

    pub fn const_idx(&mut self, c: Const) -> ConstIdx {
        let u = self.unit();
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(&i) = u.const_map.get(k) {
                return ConstIdx(i);
            }
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        if let Some(k) = key {
            u.const_map.insert(k, i);
        }
        ConstIdx(i)
    }

    pub fn load_const(&mut self, c: Const) {
        match c {
            Const::None => self.emit(Op::LoadNone),
            Const::Int(i) if i32::try_from(i).is_ok() => {
                self.emit(Op::LoadInt(crate::op::SmallInt(i as i32)))
            }
            c => {
                let i = self.const_idx(c);
                self.emit(Op::LoadConst(i));
            }
        }
    }

    pub fn load_str(&mut self, s: &str) {
        self.load_const(Const::Str(Arc::from(s)));
    }

    pub fn name_idx(&mut self, name: &str) -> NameIdx {
        let u = self.unit();
        if let Some(&i) = u.name_map.get(name) {
            return NameIdx(i);
        }
        let i = u.names.len() as u32;
        u.names.push(Arc::from(name));
        u.name_map.insert(name.to_string(), i);
        NameIdx(i)
    }

    pub fn global_idx(&mut self, name: &str) -> crate::op::GlobalIdx {
        if let Some(&i) = self.global_map.get(name) {
            return crate::op::GlobalIdx(i);
        }
        let n: Arc<str> = Arc::from(name);
        let i = self.globals.len() as u32;
        self.globals.push(n.clone());
        self.global_map.insert(n, i);
        crate::op::GlobalIdx(i)
    }

    /// The qualified name of a function or class defined in the current
    /// unit, CPython style.
    pub fn child_qualname(&self, name: &str) -> String {
        let u = self.u();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            _ => {
                // A name declared global in the enclosing function is
                // qualified from the module.
                if u.kind.is_function()
                    && !name.starts_with('<')
                    && self.scope().resolve(name) == scope::Resolved::GlobalExplicit
                {
                    return name.to_string();
                }
                if u.kind == ScopeKind::Class {
                    format!("{}.{}", u.qualname, name)
                } else {
                    format!("{}.<locals>.{}", u.qualname, name)
                }
            }
        }
    }

    pub fn body(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }
}

/// Resolves labels, builds the exception table and computes `max_stack`.
fn finish(u: Unit<'_>, s: &scope::Scope, filename: Arc<str>) -> Code {
    let labels: Vec<u32> = u
        .labels
        .iter()
        .map(|l| l.unwrap_or(u.ops.len() as u32))
        .collect();
    let mut ops = u.ops;
    for op in ops.iter_mut() {
        if let Some(l) = op.target() {
            op.set_target(Label(labels[l.0 as usize]));
        }
    }
    let mut exc_table: Vec<ExcEntry> = Vec::new();
    let mut run: Option<(u32, Handler)> = None;
    for (ip, h) in u
        .op_handler
        .iter()
        .chain(std::iter::once(&None))
        .enumerate()
    {
        let ip = ip as u32;
        if let Some((start, cur)) = run {
            if Some(cur) != *h {
                exc_table.push(ExcEntry {
                    start,
                    end: ip,
                    handler: labels[cur.label as usize],
                    depth: cur.depth,
                });
                run = None;
            }
        }
        if run.is_none() {
            if let Some(h) = h {
                run = Some((ip, *h));
            }
        }
    }
    let arc = |v: &Vec<String>| {
        v.iter()
            .map(|n| Arc::from(n.as_str()))
            .collect::<Vec<Arc<str>>>()
    };
    let is_fn = u.kind.is_function();
    let varnames = if is_fn { arc(&s.varnames) } else { Vec::new() };
    let cellvars = arc(&s.cellvars);
    let freevars = arc(&s.freevars);
    let mut cell_params = Vec::new();
    if is_fn {
        for (ci, c) in s.cellvars.iter().enumerate() {
            if let Some(pi) = s.params.iter().position(|p| p == c) {
                cell_params.push((ci as u32, pi as u32));
            }
        }
    }
    let mut code = Code {
        name: u.name,
        qualname: Arc::from(u.qualname.as_str()),
        filename,
        first_line: u.first_line,
        ops,
        lines: u.lines,
        consts: u.consts,
        names: u.names,
        varnames,
        cellvars,
        freevars,
        cell_params,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        flags: u.flags,
        exc_table,
        max_stack: 0,
        doc: u.doc,
    };
    let (_, max, mut errors) = crate::verify::stack_depths(&code);
    crate::verify::operand_errors(&code, None, &mut errors);
    // The VM relies on verified code (it follows jumps and falls through
    // without bounds checks): a failure here is an emitter bug, reported
    // as an internal error rather than run.
    assert!(
        errors.is_empty(),
        "internal compiler error in {}: {}",
        code.qualname,
        errors.join("; ")
    );
    code.max_stack = max;
    code
}

/// The source text a span covers (lines joined with newlines).
fn span_text(source: &str, span: Span) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let (l0, l1) = (span.line as usize, span.end_line as usize);
    if l0 == 0 || l1 < l0 || l1 > lines.len() {
        return String::new();
    }
    if l0 == l1 {
        let line = lines[l0 - 1];
        return line
            .get(span.col as usize..span.end_col as usize)
            .unwrap_or("")
            .to_string();
    }
    let mut out = String::new();
    out.push_str(lines[l0 - 1].get(span.col as usize..).unwrap_or(""));
    for l in &lines[l0..l1 - 1] {
        out.push('\n');
        out.push_str(l);
    }
    out.push('\n');
    out.push_str(lines[l1 - 1].get(..span.end_col as usize).unwrap_or(""));
    out
}
