//! Scope analysis: how each scope sees each name, and the frame layouts.

mod common;

use common::*;
use spindle_compiler::op::Op;
use spindle_compiler::parse;
use spindle_compiler::scope::{analyze, Resolved, ScopeKind, ScopeTable};

fn table(src: &str) -> (ScopeTable, usize) {
    let m = parse(src, "t.py").unwrap();
    let t = analyze(&m, "t.py", src).unwrap();
    let n = t.scopes.len();
    (t, n)
}

fn scope_named<'a>(t: &'a ScopeTable, name: &str) -> &'a spindle_compiler::scope::Scope {
    t.scopes
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no scope {}", name))
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(|s| s.as_str()).collect()
}

#[test]
fn locals_globals_and_builtins() {
    let (t, _) = table("g = 1\ndef f(a, b=2):\n    c = a + g\n    return len(c)\n");
    let f = scope_named(&t, "f");
    assert_eq!(f.resolve("a"), Resolved::Local);
    assert_eq!(f.resolve("c"), Resolved::Local);
    assert_eq!(f.resolve("g"), Resolved::GlobalImplicit);
    assert_eq!(f.resolve("len"), Resolved::GlobalImplicit);
    assert_eq!(strs(&f.varnames), ["a", "b", "c"]);
    assert_eq!(t.module().resolve("g"), Resolved::GlobalImplicit);
}

#[test]
fn cells_and_free_variables() {
    let (t, _) = table("def outer(p):\n    q = 1\n    def mid():\n        def inner():\n            return p + q\n        return inner\n    return mid\n");
    let outer = scope_named(&t, "outer");
    assert_eq!(outer.resolve("p"), Resolved::Cell);
    assert_eq!(outer.resolve("q"), Resolved::Cell);
    assert_eq!(strs(&outer.cellvars), ["p", "q"]);
    // p is a parameter: it keeps its slot for argument binding.
    assert_eq!(strs(&outer.varnames), ["p", "mid"]);
    let mid = scope_named(&t, "mid");
    // mid passes p and q through to inner.
    assert_eq!(strs(&mid.freevars), ["p", "q"]);
    assert_eq!(mid.resolve("p"), Resolved::Free);
    let inner = scope_named(&t, "inner");
    assert_eq!(strs(&inner.freevars), ["p", "q"]);
}

#[test]
fn nonlocal_and_global_declarations() {
    let (t, _) = table("x = 0\ndef f():\n    n = 0\n    def g():\n        global x\n        nonlocal n\n        x = n = 1\n    return g\n");
    let g = scope_named(&t, "g");
    assert_eq!(g.resolve("x"), Resolved::GlobalExplicit);
    assert_eq!(g.resolve("n"), Resolved::Free);
    assert!(g.varnames.is_empty());
    assert_eq!(scope_named(&t, "f").resolve("n"), Resolved::Cell);
}

#[test]
fn global_in_function_hides_name_from_children() {
    let (t, _) =
        table("def f():\n    global v\n    v = 1\n    def g():\n        return v\n    return g\n");
    assert_eq!(scope_named(&t, "g").resolve("v"), Resolved::GlobalImplicit);
    assert!(scope_named(&t, "f").cellvars.is_empty());
}

#[test]
fn class_scopes_do_not_leak_into_methods() {
    let src = "def f(a):\n    class C:\n        a = a\n        b = 1\n        def m(self):\n            return b, a\n    return C\n";
    let (t, _) = table(src);
    let c = scope_named(&t, "C");
    assert_eq!(c.kind, ScopeKind::Class);
    assert_eq!(c.resolve("b"), Resolved::Local);
    let m = scope_named(&t, "m");
    // b is the class attribute: not visible, so a global.
    assert_eq!(m.resolve("b"), Resolved::GlobalImplicit);
    // a comes from f, through the class.
    assert_eq!(m.resolve("a"), Resolved::Free);
    assert_eq!(strs(&c.freevars), ["a"]);
    // The class body reads a free name it does not bind with LoadClassDeref.
    let m2 = compile_verified("def f(a):\n    class C:\n        b = a\n    return C\n");
    assert!(find(&m2, "f.<locals>.C")
        .ops
        .iter()
        .any(|o| matches!(o, Op::LoadClassDeref(_))));
    let m3 = compile_verified(src);
    // `a = a` in the class body: local binding wins, LoadName.
    assert!(!find(&m3, "f.<locals>.C")
        .ops
        .iter()
        .any(|o| matches!(o, Op::LoadClassDeref(_))));
}

#[test]
fn super_creates_the_class_cell() {
    let (t, _) = table("class A(B):\n    def m(self):\n        return super().m()\n    def n(self):\n        return 1\n");
    let a = scope_named(&t, "A");
    assert!(a.needs_class_closure);
    assert_eq!(strs(&a.cellvars), ["__class__"]);
    assert_eq!(strs(&scope_named(&t, "m").freevars), ["__class__"]);
    assert!(scope_named(&t, "n").freevars.is_empty());
    let (t, _) = table("class A:\n    def m(self):\n        return __class__\n");
    assert!(scope_named(&t, "A").needs_class_closure);
    let (t, _) = table("class A:\n    x = 1\n");
    assert!(!scope_named(&t, "A").needs_class_closure);
}

#[test]
fn comprehension_scopes() {
    let (t, _) = table("def f(xs, k):\n    return [x + k for x in xs if x]\n");
    let lc = scope_named(&t, "<listcomp>");
    assert_eq!(lc.kind, ScopeKind::Comprehension);
    assert_eq!(strs(&lc.varnames), [".0", "x"]);
    assert_eq!(strs(&lc.freevars), ["k"]);
    // xs is evaluated outside the comprehension: not captured.
    assert_eq!(strs(&scope_named(&t, "f").cellvars), ["k"]);
    let (t, _) = table("g = (a for a in range(3))\n");
    assert!(scope_named(&t, "<genexpr>").generator);
}

#[test]
fn walrus_in_comprehension_binds_outside() {
    let (t, _) = table("def f(xs):\n    if any((hit := x) for x in xs):\n        return hit\n");
    let f = scope_named(&t, "f");
    assert_eq!(f.resolve("hit"), Resolved::Cell);
    let ge = scope_named(&t, "<genexpr>");
    assert_eq!(ge.resolve("hit"), Resolved::Free);
    assert_eq!(ge.resolve("x"), Resolved::Local);
    // At module level the target is a global.
    let (t, _) = table("ys = [last := y for y in range(3)]\n");
    assert_eq!(
        scope_named(&t, "<listcomp>").resolve("last"),
        Resolved::GlobalExplicit
    );
    // Nested comprehensions: binds in the function, free in both.
    let (t, _) = table("def f():\n    [[(z := 1) for a in b] for c in d]\n    return z\n");
    assert_eq!(scope_named(&t, "f").resolve("z"), Resolved::Cell);
    for s in t.scopes.iter().filter(|s| s.name == "<listcomp>") {
        assert_eq!(s.resolve("z"), Resolved::Free);
    }
}

#[test]
fn lambda_and_parameter_order() {
    let (t, _) = table("h = lambda a, /, b, *c, d, **e: a\n");
    let l = scope_named(&t, "<lambda>");
    assert_eq!(strs(&l.varnames), ["a", "b", "d", "c", "e"]);
}

#[test]
fn except_name_and_imports_are_local() {
    let (t, _) = table("def f():\n    import os.path\n    from m import a as b\n    try:\n        pass\n    except E as err:\n        pass\n");
    let f = scope_named(&t, "f");
    for n in ["os", "b", "err"] {
        assert_eq!(f.resolve(n), Resolved::Local, "{}", n);
    }
    assert_eq!(f.resolve("path"), Resolved::GlobalImplicit);
}

#[test]
fn emitted_name_ops_match_resolution() {
    let m = compile_verified(
        "g = 1\ndef f(a):\n    global h\n    h = a\n    b = g\n    def inner():\n        return b\n    return inner\nclass C:\n    x = g\n    global z\n    z = x\n",
    );
    let f = find(&m, "f");
    assert!(f
        .ops
        .contains(&Op::StoreGlobal(spindle_compiler::op::GlobalIdx(
            m.globals.iter().position(|n| &**n == "h").unwrap() as u32
        ))));
    assert!(f.ops.iter().any(|o| matches!(o, Op::StoreDeref(_))));
    assert!(f.ops.iter().any(|o| matches!(o, Op::LoadFast(_))));
    let c = find(&m, "C");
    assert!(c.ops.iter().any(|o| matches!(o, Op::LoadName(_))));
    assert!(c.ops.iter().any(|o| matches!(o, Op::StoreName(_))));
    assert!(c.ops.iter().any(|o| matches!(o, Op::StoreGlobal(_))));
    // The module uses globals only.
    assert!(m
        .code
        .ops
        .iter()
        .all(|o| !matches!(o, Op::LoadName(_) | Op::StoreName(_) | Op::LoadFast(_))));
}
