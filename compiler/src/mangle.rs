//! Private name mangling: inside a class, an identifier `__name` (two
//! leading underscores, not two trailing ones) means `_Class__name`, so a
//! subclass's `self.__x` and its base's are different attributes.
//!
//! CPython does this while compiling (`_Py_Mangle`); here it is one pass
//! over a copy of the tree before scope analysis, with CPython's reach:
//! names in every context, attribute names, parameters, `global` and
//! `nonlocal` names, the names of functions and classes defined in the
//! class, and capture names of patterns. Keyword argument names in calls
//! and imported module names are left alone, as CPython leaves them. The
//! prefix is the class name without its leading underscores; a class whose
//! name is all underscores mangles nothing. A nested class mangles its own
//! body with its own name.

use crate::ast::*;

/// Mangles the private names of every class in `m`.
pub fn mangle_module(m: &mut Module) {
    let mut cx = Mangler { class: None };
    for s in &mut m.body {
        cx.stmt(s);
    }
}

/// Whether `m` has a class, i.e. anything to mangle.
pub fn has_class(m: &Module) -> bool {
    fn any(body: &[Stmt]) -> bool {
        body.iter().any(|s| match &s.kind {
            StmtKind::ClassDef { .. } => true,
            StmtKind::FunctionDef { body, .. } => any(body),
            StmtKind::For { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::If { body, orelse, .. } => any(body) || any(orelse),
            StmtKind::With { body, .. } => any(body),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                any(body) || handlers.iter().any(|h| any(&h.body)) || any(orelse) || any(finalbody)
            }
            StmtKind::Match { cases, .. } => cases.iter().any(|c| any(&c.body)),
            _ => false,
        })
    }
    any(&m.body)
}

struct Mangler {
    /// The enclosing class's name without leading underscores.
    class: Option<String>,
}

impl Mangler {
    fn name(&self, n: &mut String) {
        if let Some(c) = &self.class {
            if n.starts_with("__") && !n.ends_with("__") && !n.contains('.') {
                *n = format!("_{c}{n}");
            }
        }
    }

    /// A `def` or `class` keeps its name (`__name__`, `__qualname__`) and
    /// is stored under the mangled one.
    fn bind(&self, name: &str, bind: &mut Option<String>) {
        let mut m = name.to_string();
        self.name(&mut m);
        if m != name {
            *bind = Some(m);
        }
    }

    fn opt_name(&self, n: &mut Option<String>) {
        if let Some(n) = n {
            self.name(n);
        }
    }

    fn body(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        use StmtKind::*;
        match &mut s.kind {
            FunctionDef {
                name,
                bind,
                args,
                body,
                decorator_list,
                returns,
            } => {
                self.exprs(decorator_list);
                self.bind(name, bind);
                self.args(args);
                if let Some(r) = returns {
                    self.expr(r);
                }
                self.body(body);
            }
            ClassDef {
                name,
                bind,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.exprs(decorator_list);
                self.exprs(bases);
                for k in keywords {
                    self.expr(&mut k.value);
                }
                let own = name.trim_start_matches('_').to_string();
                self.bind(name, bind);
                let outer = std::mem::replace(&mut self.class, (!own.is_empty()).then_some(own));
                self.body(body);
                self.class = outer;
            }
            Return { value } => self.opt_expr(value),
            Delete { targets } => self.exprs(targets),
            Assign { targets, value } => {
                self.exprs(targets);
                self.expr(value);
            }
            AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target);
                self.expr(annotation);
                self.opt_expr(value);
            }
            For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(target);
                self.expr(iter);
                self.body(body);
                self.body(orelse);
            }
            While { test, body, orelse } | If { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            With { items, body } => {
                for it in items {
                    self.expr(&mut it.context_expr);
                    self.opt_expr(&mut it.optional_vars);
                }
                self.body(body);
            }
            Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&mut c.pattern);
                    self.opt_expr(&mut c.guard);
                    self.body(&mut c.body);
                }
            }
            Raise { exc, cause } => {
                self.opt_expr(exc);
                self.opt_expr(cause);
            }
            Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body);
                for h in handlers {
                    self.opt_expr(&mut h.type_);
                    self.opt_name(&mut h.name);
                    self.body(&mut h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            Assert { test, msg } => {
                self.expr(test);
                self.opt_expr(msg);
            }
            Global { names } | Nonlocal { names } => {
                for n in names {
                    self.name(n);
                }
            }
            Expr { value } => self.expr(value),
            Import { .. } | ImportFrom { .. } | Pass | Break | Continue => {}
        }
    }

    fn args(&mut self, a: &mut Arguments) {
        self.exprs(&mut a.defaults);
        for d in a.kw_defaults.iter_mut().flatten() {
            self.expr(d);
        }
        let all = a
            .posonlyargs
            .iter_mut()
            .chain(a.args.iter_mut())
            .chain(a.vararg.iter_mut())
            .chain(a.kwonlyargs.iter_mut())
            .chain(a.kwarg.iter_mut());
        for arg in all {
            if let Some(ann) = &mut arg.annotation {
                self.expr(ann);
            }
            self.name(&mut arg.arg);
        }
    }

    fn exprs(&mut self, es: &mut [Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn opt_expr(&mut self, e: &mut Option<Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn comprehensions(&mut self, gens: &mut [Comprehension]) {
        for g in gens {
            self.expr(&mut g.target);
            self.expr(&mut g.iter);
            self.exprs(&mut g.ifs);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        use ExprKind::*;
        match &mut e.kind {
            Name { id, .. } => self.name(id),
            Attribute { value, attr, .. } => {
                self.expr(value);
                self.name(attr);
            }
            BoolOp { values, .. } => self.exprs(values),
            NamedExpr { target, value } => {
                self.expr(target);
                self.expr(value);
            }
            BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            UnaryOp { operand, .. } => self.expr(operand),
            Lambda { args, body } => {
                self.args(args);
                self.expr(body);
            }
            IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            Dict { keys, values } => {
                for k in keys.iter_mut().flatten() {
                    self.expr(k);
                }
                self.exprs(values);
            }
            Set { elts } | List { elts, .. } | Tuple { elts, .. } => self.exprs(elts),
            ListComp { elt, generators }
            | SetComp { elt, generators }
            | GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comprehensions(generators);
            }
            DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key);
                self.expr(value);
                self.comprehensions(generators);
            }
            Yield { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            YieldFrom { value } => self.expr(value),
            Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                self.exprs(comparators);
            }
            Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                self.exprs(args);
                // Keyword names stay as written (CPython does not mangle
                // them either).
                for k in keywords {
                    self.expr(&mut k.value);
                }
            }
            FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                if let Some(s) = format_spec {
                    self.expr(s);
                }
            }
            JoinedStr { values } => self.exprs(values),
            Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            Starred { value, .. } => self.expr(value),
            Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                }
            }
            Constant(_) => {}
        }
    }

    fn pattern(&mut self, p: &mut Pattern) {
        use PatternKind::*;
        match &mut p.kind {
            MatchValue { value } => self.expr(value),
            MatchSingleton { .. } => {}
            MatchSequence { patterns } | MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q);
                }
            }
            MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys);
                for q in patterns {
                    self.pattern(q);
                }
                self.opt_name(rest);
            }
            MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                for q in patterns.iter_mut().chain(kwd_patterns.iter_mut()) {
                    self.pattern(q);
                }
            }
            MatchStar { name } => self.opt_name(name),
            MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q);
                }
                self.opt_name(name);
            }
        }
    }
}
