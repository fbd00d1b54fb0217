//! Compile-time errors: CPython 3.11's message, line and 1-based column.

use spindle_compiler::compile;

/// Asserts `src` fails with `msg` at `line`:`col` (col 1-based).
fn fails(src: &str, msg: &str, line: u32, col: u32) {
    match compile(src, "t.py") {
        Ok(_) => panic!("expected {:?} for:\n{}", msg, src),
        Err(e) => {
            assert_eq!(e.msg, msg, "source:\n{}", src);
            assert_eq!(
                (e.line, e.col),
                (line, col),
                "position of {:?} in:\n{}",
                msg,
                src
            );
            assert_eq!(e.filename, "t.py");
        }
    }
}

#[test]
fn misplaced_statements() {
    fails("x = 1\nreturn x\n", "'return' outside function", 2, 1);
    fails(
        "class C:\n    return 1\n",
        "'return' outside function",
        2,
        5,
    );
    fails("yield 1\n", "'yield' outside function", 1, 1);
    fails(
        "class C:\n    x = yield\n",
        "'yield' outside function",
        2,
        9,
    );
    fails(
        "def f():\n    return [(yield x) for x in y]\n",
        "'yield' inside list comprehension",
        2,
        14,
    );
    fails("break\n", "'break' outside loop", 1, 1);
    fails(
        "if x:\n    continue\n",
        "'continue' not properly in loop",
        2,
        5,
    );
    fails(
        "while x:\n    def f():\n        break\n",
        "'break' outside loop",
        3,
        9,
    );
    fails(
        "for x in y:\n    class C:\n        continue\n",
        "'continue' not properly in loop",
        3,
        9,
    );
}

#[test]
fn global_and_nonlocal() {
    fails(
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        1,
        1,
    );
    fails(
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        2,
        5,
    );
    fails(
        "x = 1\ndef f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        3,
        5,
    );
    fails(
        "def f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
        3,
        5,
    );
    fails(
        "def f():\n    x = 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        3,
        5,
    );
    fails(
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
        2,
        5,
    );
    fails(
        "def f(x):\n    def g():\n        nonlocal x\n        x = 1\n    nonlocal x\n",
        "name 'x' is parameter and nonlocal",
        5,
        5,
    );
    fails(
        "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
        "name 'x' is assigned to before nonlocal declaration",
        5,
        9,
    );
    fails(
        "def f():\n    global x\n    nonlocal x\n",
        "name 'x' is nonlocal and global",
        2,
        5,
    );
}

#[test]
fn parameters_and_walrus() {
    fails(
        "def f(a, b, a):\n    pass\n",
        "duplicate argument 'a' in function definition",
        1,
        13,
    );
    fails(
        "lambda a, *a: 0\n",
        "duplicate argument 'a' in function definition",
        1,
        12,
    );
    fails(
        "class C:\n    v = [y := 1 for x in z]\n",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        10,
    );
    fails(
        "[x := 1 for x in y]\n",
        "assignment expression cannot rebind comprehension iteration variable 'x'",
        1,
        2,
    );
}

#[test]
fn unsupported_constructs() {
    fails(
        "class C(**kw):\n    pass\n",
        "'**' in class keywords is not supported",
        1,
        9,
    );
    fails(
        "x = 1\nfrom __future__ import annotations\n",
        "from __future__ imports must occur at the beginning of the file",
        2,
        1,
    );
    fails(
        "from __future__ import nonsense\n",
        "future feature nonsense is not defined",
        1,
        24,
    );
    fails(
        "def f():\n    from m import *\n",
        "import * only allowed at module level",
        2,
        19,
    );
    fails(
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
        "default 'except:' must be last",
        3,
        1,
    );
    fails(
        "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
        "name capture 'y' makes remaining patterns unreachable",
        2,
        10,
    );
    // CPython points at the capture `b` (17); we point at the alternative.
    fails(
        "match x:\n    case [a] | [b]:\n        pass\n",
        "alternative patterns bind different names",
        2,
        16,
    );
}

#[test]
fn columns_count_characters() {
    // 'é' is two bytes in UTF-8 but one column. (CPython 3.11 reports
    // compiler errors with byte offsets, 11 here; we count characters like
    // the parser does, so the caret lands under the right character.)
    fails("s = 'é'; return s\n", "'return' outside function", 1, 10);
}

#[test]
fn error_display_has_source_line() {
    let e = compile("def f():\n    pass\nbreak\n", "t.py").unwrap_err();
    let text = e.to_string();
    assert!(text.contains("File \"t.py\", line 3"), "{}", text);
    assert!(text.contains("    break\n    ^"), "{}", text);
    assert!(
        text.ends_with("SyntaxError: 'break' outside loop"),
        "{}",
        text
    );
}
