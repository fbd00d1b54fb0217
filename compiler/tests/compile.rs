//! Whole-program compile tests: everything.py exercises every statement
//! and expression kind; each code object must pass the verifier (stack
//! depths never negative, consistent at every join, operands in range).

mod common;

use common::*;
use spindle_compiler::op::Op;

#[test]
fn everything_compiles_and_verifies() {
    let src = include_str!("data/everything.py");
    let m = compile_verified(src);
    let codes = all_codes(&m.code);
    assert!(codes.len() > 40, "only {} code objects", codes.len());
    for c in codes {
        assert_eq!(c.ops.len(), c.lines.len());
        assert!(
            c.lines.iter().all(|&l| l >= 1),
            "{} has a line 0",
            c.qualname
        );
    }
}

#[test]
fn qualnames_follow_cpython() {
    let m = compile_verified(include_str!("data/everything.py"));
    for q in [
        "closure.<locals>.inc",
        "Base.__init__",
        "Derived.method",
        "class_in_function.<locals>.Inner",
        "class_in_function.<locals>.Inner.get",
        "nested_functions_qualname.<locals>.inner.<locals>.innermost",
        "<lambda>",
        "<listcomp>",
        "<genexpr>",
        "comp_closure.<locals>.<listcomp>",
        "comp_closure.<locals>.<dictcomp>",
    ] {
        find(&m, q);
    }
}

#[test]
fn super_and_class_cell() {
    let m = compile_verified(include_str!("data/everything.py"));
    let derived = find(&m, "Derived");
    assert_eq!(
        &*derived.cellvars,
        &["__class__".into()] as &[std::sync::Arc<str>]
    );
    let init = find(&m, "Derived.__init__");
    assert!(init.freevars.iter().any(|f| &**f == "__class__"));
    assert!(init.ops.contains(&Op::LoadSuper));
    let explicit = find(&m, "Derived.explicit");
    assert!(!explicit.ops.contains(&Op::LoadSuper));
    let base = find(&m, "Base");
    assert!(base.cellvars.is_empty());
    // The class body ends by returning its __class__ cell.
    let n = derived.ops.len();
    assert!(matches!(derived.ops[n - 2], Op::LoadClosure(_)));
}

#[test]
fn generator_flags() {
    let m = compile_verified(include_str!("data/everything.py"));
    assert!(find(&m, "generator").flags.generator);
    assert!(find(&m, "yields_in_try").flags.generator);
    assert!(!find(&m, "simple").flags.generator);
    assert!(find(&m, "<genexpr>").flags.generator);
    let d = find(&m, "defaults");
    assert_eq!((d.argcount, d.posonlyargcount, d.kwonlyargcount), (3, 2, 2));
    assert!(d.flags.varargs && d.flags.varkeywords);
    let names: Vec<&str> = d.varnames.iter().map(|s| &**s).collect();
    assert_eq!(&names[..7], &["a", "b", "c", "d", "e", "args", "kwargs"]);
}

#[test]
fn repl_globals_keep_their_slots() {
    let first = spindle_compiler::parse("a = 1\nb = 2", "<stdin>").unwrap();
    let m1 =
        spindle_compiler::compile_interactive_ast(&first, "<stdin>", "a = 1\nb = 2", &[]).unwrap();
    let second = spindle_compiler::parse("c = b\na", "<stdin>").unwrap();
    let m2 = spindle_compiler::compile_interactive_ast(&second, "<stdin>", "c = b\na", &m1.globals)
        .unwrap();
    let names: Vec<&str> = m2.globals.iter().map(|s| &**s).collect();
    assert_eq!(names, ["a", "b", "c"]);
    assert!(m2.code.ops.contains(&Op::PrintExpr));
    assert!(!m1.code.ops.contains(&Op::PrintExpr));
}

#[test]
fn max_stack_is_computed() {
    let m = compile_verified("x = [1, 2, 3, (4, 5, 6, a)]\n");
    // 1 2 3 then 4 5 6 a on top of them.
    assert_eq!(m.code.max_stack, 7);
    let m = compile_verified("def f(a):\n    return a\n");
    assert_eq!(crate::find(&m, "f").max_stack, 1);
}

#[test]
fn verifier_rejects_bad_depths() {
    use spindle_compiler::code::{Code, CodeFlags};
    use spindle_compiler::op::{Count, Label};
    let mk = |ops: Vec<Op>| Code {
        name: "t".into(),
        qualname: "t".into(),
        filename: "t".into(),
        first_line: 1,
        lines: vec![1; ops.len()],
        ops,
        consts: vec![],
        names: vec![],
        varnames: vec![],
        cellvars: vec![],
        freevars: vec![],
        cell_params: vec![],
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: CodeFlags::default(),
        exc_table: vec![],
        max_stack: 0,
        doc: None,
    };
    let (_, _, errs) = spindle_compiler::verify::stack_depths(&mk(vec![Op::Pop, Op::Return]));
    assert!(!errs.is_empty());
    // Two paths reach 3 with different depths.
    let code = mk(vec![
        Op::LoadNone,
        Op::PopJumpIfFalse(Label(3)),
        Op::LoadNone,
        Op::LoadNone,
        Op::Return,
    ]);
    let (_, _, errs) = spindle_compiler::verify::stack_depths(&code);
    assert!(errs.iter().any(|e| e.contains("reached")), "{:?}", errs);
    let code = mk(vec![Op::LoadNone, Op::Copy(Count(1)), Op::Pop, Op::Return]);
    let (_, max, errs) = spindle_compiler::verify::stack_depths(&code);
    assert!(errs.is_empty());
    assert_eq!(max, 2);
}

#[test]
fn deep_nesting_does_not_overflow() {
    // Run on a small stack: the compiler must move to a helper thread.
    let src1 = format!("x = {}y\n", "-".repeat(2900));
    let src2 = format!("x = {}1\n", "1 + ".repeat(2900));
    let src3 = format!("x = {}0{}\n", "[".repeat(190), "]".repeat(190));
    let src4 = format!("x = {}\n", "f(".repeat(180) + &")".repeat(180));
    let h = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || {
            for s in [src1, src2, src3, src4] {
                match spindle_compiler::compile(&s, "deep.py") {
                    Ok(m) => assert!(
                        spindle_compiler::verify::verify(&m.code, m.globals.len()).is_empty()
                    ),
                    Err(e) => assert!(e.msg.contains("too"), "{}", e),
                }
            }
        })
        .unwrap();
    h.join().unwrap();
}
