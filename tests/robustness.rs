//! Nasty inputs through the embedding API: every one must come back as
//! `Ok` or `Err`, never as a panic, an abort or a hang. Each case runs on
//! the test harness's own (small, 2 MiB by default) thread stack unless
//! noted, which is what an embedder calling `run_main` gets.

use std::sync::Arc;
use std::time::{Duration, Instant};

use spindle::{CaptureOutput, ErrorKind, Interpreter, Output};

fn interp() -> (Interpreter, Arc<CaptureOutput>) {
    let out = Arc::new(CaptureOutput::default());
    let i = Interpreter::builder().output(out.clone()).build();
    (i, out)
}

fn run(src: &str) -> (Result<(), spindle::Error>, String) {
    let (i, out) = interp();
    let r = i.run_main(src, "<test>");
    let text = out.out.lock().clone();
    (r, text)
}

fn err_type(src: &str) -> String {
    match run(src).0 {
        Ok(()) => panic!("expected an error from {src:?}"),
        Err(e) => {
            assert!(e.message.starts_with(&e.exc_type), "{e:?}");
            e.exc_type
        }
    }
}

#[test]
fn deep_recursion_is_recursion_error() {
    let src = "def f(n):\n    return 0 if n == 0 else f(n - 1) + 1\nf(100000)\n";
    assert_eq!(err_type(src), "RecursionError");
    let (r, out) = run("def f(n):\n    return 0 if n == 0 else f(n - 1) + 1\ntry:\n    f(100000)\nexcept RecursionError:\n    print('caught', f(50))\n");
    r.unwrap();
    assert_eq!(out, "caught 50\n");
}

#[test]
fn native_reentry_recursion_is_recursion_error() {
    // Each of these recurses through native code (sort keys, dunders, map),
    // which costs native stack on the caller's thread.
    for src in [
        "def k(x):\n    return sorted([x], key=k)\nk(1)\n",
        "class C:\n    def __getattr__(self, n):\n        return getattr(self, n)\nC().x\n",
        "class E:\n    def __eq__(self, o):\n        return [self] == [o]\nE() == E()\n",
        "def m(n):\n    return list(map(m, [n]))\nm(0)\n",
        "class R:\n    def __repr__(self):\n        return repr([self, 1])\nrepr(R())\n",
    ] {
        assert_eq!(err_type(src), "RecursionError", "{src}");
    }
}

#[test]
fn deep_nesting_in_source_is_a_syntax_error() {
    for src in [
        format!("x = {}1{}\n", "(".repeat(10000), ")".repeat(10000)),
        format!("x = {}\n", "[".repeat(10000)),
        format!("x = {}1\n", "-".repeat(100000)),
        format!("x = {}1\n", "not ".repeat(100000)),
        format!("x = a{}\n", ".b".repeat(100000)),
        format!("x = a{}\n", "()".repeat(100000)),
        format!("x = {}1\n", "lambda: ".repeat(10000)),
    ] {
        let (r, _) = run(&src);
        let e = r.expect_err("must not compile");
        assert_eq!(e.kind, ErrorKind::Syntax, "{}", e.message);
    }
}

#[test]
fn deep_data_structures() {
    // Building, printing, comparing and dropping 100000-deep nests.
    let (r, out) = run(concat!(
        "l = []\nfor _ in range(100000):\n    l = [l]\n",
        "try:\n    print(len(str(l)))\nexcept RecursionError:\n    print('repr')\n",
        "m = []\nfor _ in range(100000):\n    m = [m]\n",
        "try:\n    print(l == m)\nexcept RecursionError:\n    print('eq')\n",
        "d = {}\nfor _ in range(100000):\n    d = {1: d}\n",
        "try:\n    repr(d)\nexcept RecursionError:\n    print('dict')\n",
        "e = None\nfor i in range(100000):\n    try:\n        raise ValueError(i) from e\n    except ValueError as x:\n        e = x\n",
        "f = None\nfor i in range(100000):\n    f = (lambda g=f: g)\n",
        "class N:\n    pass\nn = None\nfor i in range(100000):\n    m = N()\n    m.next = n\n    n = m\n",
        "del l, m, d, e, f, n\nprint('dropped')\n",
    ));
    r.unwrap();
    assert_eq!(out, "repr\neq\ndict\ndropped\n");
}

#[test]
fn huge_allocations_raise() {
    for src in [
        "[0] * 10**12",
        "'ab' * 10**13",
        "x = [0]\nx *= 10**12",
        "x = []\nx *= 10**18\nraise MemoryError",
        "(1,) * 2**62",
        "b'x' * 2**62",
    ] {
        let t = err_type(src);
        assert!(t == "MemoryError" || t == "OverflowError", "{src}: {t}");
    }
    assert_eq!(err_type("int('9' * 5000)"), "ValueError");
    assert_eq!(err_type("f\"{1:{'9' * 100}}\""), "ValueError");
}

#[test]
fn garbage_source_is_a_syntax_error() {
    for src in [
        "\u{0}\u{1}\u{2}",
        "def",
        "if x:\n  pass\n pass",
        "'''",
        "f'{'",
        "\u{feff}\u{feff}x",
        "x = 1 +\n",
        "(((",
        "@\n",
        "class",
        "\t\t x",
        "return",
        "break",
        "nonlocal x",
        "def f():\n    nonlocal x",
    ] {
        let (r, _) = run(src);
        let e = r.expect_err(src);
        assert_eq!(e.kind, ErrorKind::Syntax, "{src:?}: {}", e.message);
    }
}

#[test]
fn infinite_loop_is_cancelled() {
    let (i, _) = interp();
    let c = i.canceller();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        c.cancel();
    });
    let start = Instant::now();
    let e = i
        .run_main("while True:\n    pass\n", "<test>")
        .expect_err("cancelled");
    t.join().unwrap();
    assert_eq!(e.kind, ErrorKind::Cancelled);
    assert!(start.elapsed() < Duration::from_secs(10));
}

/// An output sink that panics: a stand-in for a bug anywhere in the VM.
struct Exploding;

impl Output for Exploding {
    fn write_out(&self, _: &str) {
        panic!("exploding output sink");
    }
    fn write_err(&self, _: &str) {}
}

#[test]
fn a_panic_becomes_an_internal_error() {
    let i = Interpreter::builder().output(Arc::new(Exploding)).build();
    let e = i
        .run_main("x = 1\nprint(x)\n", "<test>")
        .expect_err("internal error");
    assert_eq!(e.kind, ErrorKind::Internal);
    assert_eq!(e.exc_type, "SystemError");
    assert!(e.message.contains("exploding output sink"), "{}", e.message);
    // The interpreter is still usable afterwards.
    assert_eq!(i.eval("x + 1").unwrap().as_i64(), Some(2));
    let e = i.eval("print(1)").expect_err("internal error");
    assert_eq!(e.kind, ErrorKind::Internal);
}

#[test]
fn misbehaving_dunders() {
    let (r, out) = run(concat!(
        "class B:\n    def __eq__(s, o):\n        raise KeyError('eq')\n    def __hash__(s):\n        return 7\n",
        "try:\n    B() in [1, B()]\nexcept KeyError:\n    print('a')\n",
        "try:\n    {B(): 1}[B()]\nexcept KeyError:\n    print('b')\n",
        "class R:\n    def __repr__(s):\n        return 1\n",
        "try:\n    print([R()])\nexcept TypeError:\n    print('c')\n",
        "def bad(x):\n    raise ValueError\n",
        "try:\n    sorted([3, 1, 2], key=bad)\nexcept ValueError:\n    print('d')\n",
    ));
    r.unwrap();
    assert_eq!(out, "a\nb\nc\nd\n");
}

/// Cancels `src` after 200 ms; it must stop within a few seconds.
fn assert_cancellable(src: &str) {
    let (i, _) = interp();
    let c = i.canceller();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        c.cancel();
    });
    let start = Instant::now();
    let e = i.run_main(src, "<test>").expect_err("cancelled");
    t.join().unwrap();
    assert_eq!(e.kind, ErrorKind::Cancelled, "{src}: {}", e.message);
    assert!(start.elapsed() < Duration::from_secs(10), "{src}");
}

#[test]
fn native_loops_over_script_code_are_cancellable() {
    // Found by the `run` fuzz target: list() over a __next__ that never
    // raises StopIteration called script code from a native loop that had
    // no preemption point, so cancellation never reached it.
    assert_cancellable(concat!(
        "class Forever:\n    def __iter__(self):\n        return self\n",
        "    def __next__(self):\n        return 1\n",
        "x = 0\nfor _ in range(10**9):\n    x = len(list(zip(range(10**6), Forever())))\n",
    ));
    assert_cancellable(concat!(
        "class Countdown:\n    def __init__(self, n):\n        self.n = n\n",
        "    def __iter__(self):\n        return self\n",
        "    def __next__(self):\n        self.n -= 0\n        return self.n\n",
        "list(Countdown(3))\n",
    ));
    assert_cancellable(include_str!("fuzz_regress/run_timeout_countdown.py"));
    assert_cancellable(include_str!("fuzz_regress/run_timeout_fib.py"));
    assert_cancellable(
        "def fib(n):\n    return n if n < 8 else fib(n - 1) + fib(n - 2)\nprint(fib(80))\n",
    );
    assert_cancellable("sorted(iter(lambda: 1, 2))\n");
    assert_cancellable("def g():\n    while True:\n        yield 1\nsum(g())\n");
    assert_cancellable("any(map(lambda x: False, iter(int, 1)))\n");
}

#[test]
fn deep_yield_from_chain_is_recursion_error() {
    // Found by the `run` fuzz target under AddressSanitizer: the native
    // stack check read the stack pointer from a local's address, which
    // AddressSanitizer can place on a heap "fake stack", so 100000 nested
    // `yield from` resumptions overflowed the goroutine's real stack. The
    // check now reads the stack pointer register.
    let (r, out) = run(include_str!("fuzz_regress/run_crash_deep_yield_from.py"));
    r.unwrap();
    assert_eq!(
        out,
        "yield from chain RecursionError\n['bottom']\n10\ngenerator already executing\ndone\n"
    );
}
