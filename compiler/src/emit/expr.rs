//! Expressions, names, calls, functions, lambdas and comprehensions.

use std::sync::Arc;

use super::Compiler;
use crate::ast::{self, Constant, Expr, ExprContext, ExprKind, Span};
use crate::code::{Code, Const};
use crate::error::SyntaxError;
use crate::op::{
    BinOp, CellIdx, CmpOp, Count, FmtFlags, FnFlags, Label, Local, LocalName, LocalName2, Op,
};
use crate::scope::{Resolved, ScopeKind};

pub(crate) fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

pub(crate) fn cmpop(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}

/// The constant an AST literal denotes.
pub(crate) fn constant(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::True => Const::True,
        Constant::False => Const::False,
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(i) => Const::Int(*i),
        Constant::BigInt(s) => Const::BigInt(s.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Imag(f) => Const::Imag(*f),
        Constant::Str(s) => Const::Str(Arc::from(s.as_str())),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
    }
}

/// Folds a literal (or a negated numeric literal, or a tuple of those) to a
/// constant.
pub(crate) fn fold(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(constant(c)),
        ExprKind::UnaryOp {
            op: ast::UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(Constant::Int(i)) => Some(Const::Int(-*i)),
            ExprKind::Constant(Constant::Float(f)) => Some(Const::Float(-*f)),
            ExprKind::Constant(Constant::BigInt(s)) => {
                if s == "9223372036854775808" {
                    Some(Const::Int(i64::MIN))
                } else {
                    Some(Const::BigInt(format!("-{}", s)))
                }
            }
            _ => None,
        },
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => elts
            .iter()
            .map(fold)
            .collect::<Option<Vec<_>>>()
            .map(Const::Tuple),
        _ => None,
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

impl<'a> Compiler<'a> {
    // ----- names -----

    pub(crate) fn load_name(&mut self, name: &str, _span: Span) -> Result<(), SyntaxError> {
        let op = match self.u().kind {
            ScopeKind::Module => Op::LoadGlobal(self.global_idx(name)),
            ScopeKind::Class => match self.scope().resolve(name) {
                Resolved::GlobalExplicit => Op::LoadGlobal(self.global_idx(name)),
                Resolved::Free => Op::LoadClassDeref(self.cell(name)),
                _ => Op::LoadName(self.name_idx(name)),
            },
            _ => match self.scope().resolve(name) {
                Resolved::Local => Op::LoadFast(self.local(name)),
                Resolved::Cell | Resolved::Free => Op::LoadDeref(self.cell(name)),
                Resolved::GlobalExplicit | Resolved::GlobalImplicit => {
                    Op::LoadGlobal(self.global_idx(name))
                }
            },
        };
        self.emit(op);
        Ok(())
    }

    pub(crate) fn store_name(&mut self, name: &str, _span: Span) -> Result<(), SyntaxError> {
        let op = match self.u().kind {
            ScopeKind::Module => Op::StoreGlobal(self.global_idx(name)),
            ScopeKind::Class => match self.scope().resolve(name) {
                Resolved::GlobalExplicit => Op::StoreGlobal(self.global_idx(name)),
                Resolved::Free => Op::StoreDeref(self.cell(name)),
                _ => Op::StoreName(self.name_idx(name)),
            },
            _ => match self.scope().resolve(name) {
                Resolved::Local => Op::StoreFast(self.local(name)),
                Resolved::Cell | Resolved::Free => Op::StoreDeref(self.cell(name)),
                Resolved::GlobalExplicit | Resolved::GlobalImplicit => {
                    Op::StoreGlobal(self.global_idx(name))
                }
            },
        };
        self.emit(op);
        Ok(())
    }

    pub(crate) fn delete_name(&mut self, name: &str, _span: Span) -> Result<(), SyntaxError> {
        let op = match self.u().kind {
            ScopeKind::Module => Op::DeleteGlobal(self.global_idx(name)),
            ScopeKind::Class => match self.scope().resolve(name) {
                Resolved::GlobalExplicit => Op::DeleteGlobal(self.global_idx(name)),
                Resolved::Free => Op::DeleteDeref(self.cell(name)),
                _ => Op::DeleteName(self.name_idx(name)),
            },
            _ => match self.scope().resolve(name) {
                Resolved::Local => Op::DeleteFast(self.local(name)),
                Resolved::Cell | Resolved::Free => Op::DeleteDeref(self.cell(name)),
                Resolved::GlobalExplicit | Resolved::GlobalImplicit => {
                    Op::DeleteGlobal(self.global_idx(name))
                }
            },
        };
        self.emit(op);
        Ok(())
    }

    /// The operand of a fused attribute instruction for `value.attr`, when
    /// `value` is a plain local of a function and both indexes fit.
    pub(crate) fn local_name(&mut self, value: &Expr, attr: &str) -> Option<LocalName> {
        let ExprKind::Name { id, .. } = &value.kind else {
            return None;
        };
        if !self.u().kind.is_function() || self.scope().resolve(id) != Resolved::Local {
            return None;
        }
        let l = self.local(id).0;
        let n = self.name_idx(attr).0;
        Some(LocalName(u16::try_from(l).ok()?, u16::try_from(n).ok()?))
    }

    fn local(&self, name: &str) -> Local {
        Local(
            self.scope()
                .local_index(name)
                .unwrap_or_else(|| panic!("no local slot for {}", name)) as u32,
        )
    }

    fn cell(&self, name: &str) -> CellIdx {
        CellIdx(
            self.scope()
                .cell_index(name)
                .unwrap_or_else(|| panic!("no cell for {}", name)) as u32,
        )
    }

    // ----- expressions -----

    pub(crate) fn expr(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        let line = self.set_line(e.span.line);
        let r = self.expr_inner(e);
        self.unit().line = line;
        r
    }

    /// A piece of an f-string. `piece`: the value goes straight to
    /// `BuildString`, which formats a plain int itself (`FmtFlags` 8).
    fn formatted_value(&mut self, e: &'a Expr, piece: bool) -> Result<(), SyntaxError> {
        let ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } = &e.kind
        else {
            return self.expr(e);
        };
        let line = self.set_line(e.span.line);
        self.expr(value)?;
        let mut flags = match conversion {
            ast::Conversion::None => 0,
            ast::Conversion::Str => 1,
            ast::Conversion::Repr => 2,
            ast::Conversion::Ascii => 3,
        };
        if let Some(spec) = format_spec {
            self.expr(spec)?;
            flags |= 4;
        }
        if piece {
            flags |= 8;
        }
        self.emit(Op::FormatValue(FmtFlags(flags)));
        self.unit().line = line;
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        let l = Label(end);
                        self.emit(match op {
                            ast::BoolOp::And => Op::JumpIfFalseOrPop(l),
                            ast::BoolOp::Or => Op::JumpIfTrueOrPop(l),
                        });
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy(Count(1)));
                self.store(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(match op {
                    ast::Operator::Add => Op::Add,
                    ast::Operator::Sub => Op::Sub,
                    op => Op::BinaryOp(binop(*op)),
                });
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(operand)?;
                self.emit(match op {
                    ast::UnaryOp::Invert => Op::Invert,
                    ast::UnaryOp::Not => Op::Not,
                    ast::UnaryOp::UAdd => Op::Pos,
                    ast::UnaryOp::USub => Op::Neg,
                });
            }
            ExprKind::Lambda { args, body } => {
                let id = self.table.of_expr(e);
                let qualname = self.child_qualname("<lambda>");
                self.function_prelude(args)?;
                self.enter_unit(id, Arc::from("<lambda>"), qualname, e.span.line);
                self.set_arg_counts(args);
                self.expr(body)?;
                self.emit(Op::Return);
                let code = self.leave_unit();
                self.make_function(code, args, false)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let els = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, els)?;
                self.expr(body)?;
                self.jump(end);
                self.bind(els);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set { elts } => self.sequence(elts, Seq::Set)?,
            ExprKind::List { elts, .. } => self.sequence(elts, Seq::List)?,
            ExprKind::Tuple { elts, .. } => {
                if let Some(c) = fold(e) {
                    self.load_const(c);
                } else {
                    self.sequence(elts, Seq::Tuple)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, Comp::List(elt), generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, Comp::Set(elt), generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, Comp::Dict(key, value), generators)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, Comp::Gen(elt), generators)?
            }
            ExprKind::Yield { value } => {
                if !self.u().kind.is_function() {
                    return Err(self.error("'yield' outside function", e.span));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.emit(Op::LoadNone),
                }
                self.emit(Op::Yield);
            }
            ExprKind::YieldFrom { value } => {
                if !self.u().kind.is_function() {
                    return Err(self.error("'yield' outside function", e.span));
                }
                self.expr(value)?;
                self.emit(Op::GetYieldFromIter);
                self.emit(Op::LoadNone);
                self.emit(Op::YieldFrom);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left)?;
                let n = ops.len();
                if n == 1 {
                    self.expr(&comparators[0])?;
                    self.emit(Op::CompareOp(cmpop(ops[0])));
                } else {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    for i in 0..n - 1 {
                        self.expr(&comparators[i])?;
                        self.emit(Op::Swap(Count(2)));
                        self.emit(Op::Copy(Count(2)));
                        self.emit(Op::CompareOp(cmpop(ops[i])));
                        self.emit(Op::JumpIfFalseOrPop(Label(cleanup)));
                    }
                    self.expr(&comparators[n - 1])?;
                    self.emit(Op::CompareOp(cmpop(ops[n - 1])));
                    self.jump(end);
                    self.bind(cleanup);
                    self.emit(Op::Swap(Count(2)));
                    self.emit(Op::Pop);
                    self.bind(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::FormattedValue { .. } => self.formatted_value(e, false)?,
            ExprKind::JoinedStr { values } => match values.as_slice() {
                [] => self.load_str(""),
                [one]
                    if matches!(
                        one.kind,
                        ExprKind::Constant(_) | ExprKind::FormattedValue { .. }
                    ) =>
                {
                    self.expr(one)?
                }
                _ => {
                    for v in values {
                        self.formatted_value(v, true)?;
                    }
                    self.emit(Op::BuildString(Count(values.len() as u32)));
                }
            },
            ExprKind::Constant(c) => self.load_const(constant(c)),
            ExprKind::Attribute { value, attr, .. } => {
                if let ExprKind::Attribute {
                    value: inner,
                    attr: first,
                    ..
                } = &value.kind
                {
                    if let Some(ln) = self.local_name(inner, first) {
                        if let Ok(second) = u16::try_from(self.name_idx(attr).0) {
                            self.emit(Op::LoadFastAttrAttr(LocalName2(ln.0, ln.1, second)));
                            return Ok(());
                        }
                    }
                }
                if let Some(ln) = self.local_name(value, attr) {
                    self.emit(Op::LoadFastAttr(ln));
                    return Ok(());
                }
                self.expr(value)?;
                let n = self.name_idx(attr);
                self.emit(Op::LoadAttr(n));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::Subscr);
            }
            ExprKind::Starred { .. } => {
                return Err(self.error("can't use starred expression here", e.span))
            }
            ExprKind::Name { id, .. } => self.load_name(id, e.span)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.emit(Op::LoadNone),
                    }
                }
                match step {
                    Some(x) => {
                        self.expr(x)?;
                        self.emit(Op::BuildSlice(Count(3)));
                    }
                    None => self.emit(Op::BuildSlice(Count(2))),
                }
            }
        }
        Ok(())
    }

    /// Builds a list, tuple or set display, with `*x` items unpacked.
    fn sequence(&mut self, elts: &'a [Expr], kind: Seq) -> Result<(), SyntaxError> {
        if !elts.iter().any(is_starred) {
            for x in elts {
                self.expr(x)?;
            }
            let n = Count(elts.len() as u32);
            self.emit(match kind {
                Seq::List => Op::BuildList(n),
                Seq::Tuple => Op::BuildTuple(n),
                Seq::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        let lead = elts.iter().take_while(|x| !is_starred(x)).count();
        for x in &elts[..lead] {
            self.expr(x)?;
        }
        let n = Count(lead as u32);
        self.emit(if let Seq::Set = kind {
            Op::BuildSet(n)
        } else {
            Op::BuildList(n)
        });
        for x in &elts[lead..] {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(if let Seq::Set = kind {
                        Op::SetUpdate(Count(1))
                    } else {
                        Op::ListExtend(Count(1))
                    });
                }
                _ => {
                    self.expr(x)?;
                    self.emit(if let Seq::Set = kind {
                        Op::SetAdd(Count(1))
                    } else {
                        Op::ListAppend(Count(1))
                    });
                }
            }
        }
        if let Seq::Tuple = kind {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result<(), SyntaxError> {
        let lead = keys.iter().take_while(|k| k.is_some()).count();
        for (k, v) in keys[..lead].iter().zip(values) {
            self.expr(k.as_ref().expect("key"))?;
            self.expr(v)?;
        }
        self.emit(Op::BuildMap(Count(lead as u32)));
        for (k, v) in keys[lead..].iter().zip(&values[lead..]) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(Count(1)));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Op::DictUpdate(Count(1)));
                }
            }
        }
        Ok(())
    }

    // ----- calls -----

    fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> Result<(), SyntaxError> {
        let simple = !args.iter().any(is_starred) && keywords.iter().all(|k| k.arg.is_some());
        if let ExprKind::Name { id, .. } = &func.kind {
            if id == "super"
                && args.is_empty()
                && keywords.is_empty()
                && self.u().kind.is_function()
                && self.scope().resolve("super") == Resolved::GlobalImplicit
            {
                self.emit(Op::LoadSuper);
                return Ok(());
            }
        }
        if let ExprKind::Attribute { value, attr, .. } = &func.kind {
            if simple && keywords.is_empty() {
                let fused = self.local_name(value, attr);
                if fused.is_none() {
                    self.expr(value)?;
                }
                let line = self.set_line(func.span.end_line);
                match fused {
                    Some(ln) => self.emit(Op::LoadFastMethod(ln)),
                    None => {
                        let n = self.name_idx(attr);
                        self.emit(Op::LoadMethod(n));
                    }
                }
                self.unit().line = line;
                for a in args {
                    self.expr(a)?;
                }
                self.emit(Op::CallMethod(Count(args.len() as u32)));
                return Ok(());
            }
        }
        self.expr(func)?;
        if simple {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Op::Call(Count(args.len() as u32)));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Const::Str(Arc::from(k.arg.as_deref().unwrap_or(""))));
                }
                let c = self.const_idx(Const::Tuple(names));
                self.emit(Op::LoadConst(c));
                self.emit(Op::CallKw(Count((args.len() + keywords.len()) as u32)));
            }
            return Ok(());
        }
        self.sequence(args, Seq::Tuple)?;
        if keywords.is_empty() {
            self.emit(Op::CallEx(Count(0)));
            return Ok(());
        }
        self.emit(Op::BuildMap(Count(0)));
        let mut merged = false;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_str(name);
                    self.expr(&k.value)?;
                    if merged {
                        // After a `**m` the name may repeat one of m's keys.
                        self.emit(Op::BuildMap(Count(1)));
                        self.emit(Op::DictMerge(Count(1)));
                    } else {
                        self.emit(Op::MapAdd(Count(1)));
                    }
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(Count(1)));
                    merged = true;
                }
            }
        }
        self.emit(Op::CallEx(Count(1)));
        Ok(())
    }

    // ----- functions -----

    /// Pushes the defaults tuple and the keyword-only defaults dict.
    pub(crate) fn function_prelude(&mut self, args: &'a ast::Arguments) -> Result<(), SyntaxError> {
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(Count(args.defaults.len() as u32)));
        }
        let kw: Vec<_> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                self.load_str(&a.arg);
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(Count(kw.len() as u32)));
        }
        Ok(())
    }

    /// Pushes the `__annotations__` dict of a `def` (parameters in order,
    /// then 'return'); returns whether there was one.
    pub(crate) fn function_annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<bool, SyntaxError> {
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_ref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_ref());
        let mut n = 0;
        for a in params {
            if let Some(ann) = &a.annotation {
                self.load_str(&a.arg);
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_str("return");
            self.annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Op::BuildMap(Count(n)));
        }
        Ok(n > 0)
    }

    pub(crate) fn set_arg_counts(&mut self, args: &ast::Arguments) {
        let u = self.unit();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        u.flags.varargs = args.vararg.is_some();
        u.flags.varkeywords = args.kwarg.is_some();
    }

    /// Pushes the closure tuple for `code`'s free variables.
    pub(crate) fn load_closure(&mut self, code: &Code) -> Result<(), SyntaxError> {
        for name in &code.freevars {
            let ci = self.cell(name);
            self.emit(Op::LoadClosure(ci));
        }
        self.emit(Op::BuildTuple(Count(code.freevars.len() as u32)));
        Ok(())
    }

    /// After `function_prelude`: closure, code constant, MakeFunction.
    pub(crate) fn make_function(
        &mut self,
        code: Code,
        args: &ast::Arguments,
        annotated: bool,
    ) -> Result<(), SyntaxError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            flags |= FnFlags::DEFAULTS;
        }
        if args.kw_defaults.iter().any(|d| d.is_some()) {
            flags |= FnFlags::KWDEFAULTS;
        }
        if annotated {
            flags |= FnFlags::ANNOTATIONS;
        }
        if !code.freevars.is_empty() {
            self.load_closure(&code)?;
            flags |= FnFlags::CLOSURE;
        }
        let c = self.const_idx(Const::Code(Arc::new(code)));
        self.emit(Op::LoadConst(c));
        self.emit(Op::MakeFunction(FnFlags(flags)));
        Ok(())
    }

    // ----- comprehensions -----

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: Comp<'a>,
        generators: &'a [ast::Comprehension],
    ) -> Result<(), SyntaxError> {
        let id = self.table.of_expr(e);
        let name = match kind {
            Comp::List(_) => "<listcomp>",
            Comp::Set(_) => "<setcomp>",
            Comp::Dict(..) => "<dictcomp>",
            Comp::Gen(_) => "<genexpr>",
        };
        let qualname = self.child_qualname(name);
        self.enter_unit(id, Arc::from(name), qualname, e.span.line);
        self.unit().argcount = 1;
        match kind {
            Comp::List(_) => self.emit(Op::BuildList(Count(0))),
            Comp::Set(_) => self.emit(Op::BuildSet(Count(0))),
            Comp::Dict(..) => self.emit(Op::BuildMap(Count(0))),
            Comp::Gen(_) => {}
        }
        self.comp_generator(generators, 0, kind)?;
        if let Comp::Gen(_) = kind {
            self.emit(Op::LoadNone);
        }
        self.emit(Op::Return);
        let code = self.leave_unit();
        let mut flags = 0;
        if !code.freevars.is_empty() {
            self.load_closure(&code)?;
            flags |= FnFlags::CLOSURE;
        }
        let c = self.const_idx(Const::Code(Arc::new(code)));
        self.emit(Op::LoadConst(c));
        self.emit(Op::MakeFunction(FnFlags(flags)));
        self.expr(&generators[0].iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(Count(1)));
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        kind: Comp<'a>,
    ) -> Result<(), SyntaxError> {
        let g = &gens[i];
        if i == 0 {
            self.emit(Op::LoadFast(Local(0)));
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let head = self.new_label();
        let end = self.new_label();
        self.bind(head);
        self.emit(Op::ForIter(Label(end)));
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, head)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind)?;
        } else {
            // Distance to the container once the element is popped: one
            // iterator per for clause, plus one.
            let k = Count(gens.len() as u32 + 1);
            match kind {
                Comp::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(k));
                }
                Comp::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(k));
                }
                Comp::Dict(key, value) => {
                    self.expr(key)?;
                    self.expr(value)?;
                    self.emit(Op::MapAdd(k));
                }
                Comp::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::Yield);
                    self.emit(Op::Pop);
                }
            }
        }
        self.jump(head);
        self.bind(end);
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Seq {
    List,
    Tuple,
    Set,
}

#[derive(Clone, Copy)]
enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
