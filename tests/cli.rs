//! The `spindle` command line: modes, options and exit status (SPEC part 5).

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn spindle(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_spindle"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run spindle");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("wait for spindle")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn dash_c_and_argv() {
    let o = spindle(
        &["-c", "import sys; print(sys.argv[1:], 6 * 7)", "a", "b"],
        None,
    );
    assert_eq!(text(&o.stdout), "['a', 'b'] 42\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn script_from_stdin() {
    let o = spindle(&["-"], Some("print('from stdin')\n"));
    assert_eq!(text(&o.stdout), "from stdin\n");
}

#[test]
fn exit_status_follows_spec() {
    assert_eq!(
        spindle(&["-c", "import sys; sys.exit(7)"], None)
            .status
            .code(),
        Some(7)
    );
    assert_eq!(
        spindle(&["-c", "raise SystemExit"], None).status.code(),
        Some(0)
    );
    let o = spindle(&["-c", "def f():\n    1/0\nf()"], None);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.starts_with("Traceback (most recent call last):"),
        "{}",
        err
    );
    assert!(err.contains("line 2, in f"), "{}", err);
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{}",
        err
    );
    let o = spindle(&["-c", "x = = 1"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("SyntaxError: invalid syntax"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(spindle(&["--no-such-option"], None).status.code(), Some(2));
    assert_eq!(spindle(&["/no/such/file.py"], None).status.code(), Some(2));
}

#[test]
fn timeout_stops_the_evaluation() {
    let t0 = std::time::Instant::now();
    let o = spindle(&["--timeout", "0.2", "-c", "while True:\n    pass"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(t0.elapsed() < std::time::Duration::from_secs(5));
    assert!(
        text(&o.stderr).contains("TimeoutError"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn workers_and_stats() {
    let src = "import scriptling.threads as threads\n\
               print(sum(p.get() for p in [threads.run(abs, -i) for i in range(50)]))";
    let o = spindle(&["--workers", "1", "--stats", "-c", src], None);
    assert_eq!(text(&o.stdout), "1225\n");
    let err = text(&o.stderr);
    assert!(err.contains("goroutines spawned 51"), "{}", err);
    assert!(
        err.contains("peak live") && err.contains("steals") && err.contains("parks"),
        "{}",
        err
    );
    assert_eq!(
        spindle(&["--workers", "0", "-c", "pass"], None)
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn disassemble_shows_ops_and_lines() {
    let dir = std::env::temp_dir().join(format!("spindle-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("d.py");
    std::fs::write(&f, "def add(a, b):\n    return a + b\n").unwrap();
    let o = spindle(&["--disassemble", f.to_str().unwrap()], None);
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        out.contains("MakeFunction") && out.contains("Add") && out.contains("Return"),
        "{}",
        out
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn recursion_traceback_collapses_repeated_frames() {
    let out = spindle(&["-c", "def f(n):\n    return f(n + 1)\nf(0)\n"], None);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    // Three copies of the repeated frame, then one summary line, as CPython.
    assert_eq!(
        lines.iter().filter(|l| l.contains("in f")).count(),
        3,
        "{err}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.trim_start().starts_with("[Previous line repeated ")
                && l.trim_end().ends_with(" more times]")),
        "{err}"
    );
    assert_eq!(
        lines.last().copied(),
        Some("RecursionError: maximum recursion depth exceeded")
    );
    assert!(lines.len() < 20, "{err}");
}

/// A fresh folder under the system temp dir for one test's files.
fn temp_dir(tag: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("spindle-cli-{}-{}", tag, std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

#[test]
fn script_folder_shadows_library_but_not_builtin_modules() {
    let d = temp_dir("shadow");
    std::fs::write(
        d.join("json.py"),
        "def dumps(x):\n    return 'local json'\n",
    )
    .unwrap();
    std::fs::write(
        d.join("sys.py"),
        "raise RuntimeError('sys must not be shadowed')\n",
    )
    .unwrap();
    std::fs::write(
        d.join("main.py"),
        "import json, sys\nprint(json.dumps(1), 'argv' in dir(sys))\n",
    )
    .unwrap();
    let o = spindle(&[d.join("main.py").to_str().unwrap()], None);
    assert_eq!(
        text(&o.stdout),
        "local json True\n",
        "stderr: {}",
        text(&o.stderr)
    );
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn packages_relative_and_circular_imports() {
    let d = temp_dir("pkg");
    std::fs::create_dir_all(d.join("pkg/sub")).unwrap();
    std::fs::write(
        d.join("pkg/__init__.py"),
        "from .a import A\nfrom . import sub\n",
    )
    .unwrap();
    std::fs::write(d.join("pkg/a.py"), "from .sub.b import B\nA = 'A' + B\n").unwrap();
    std::fs::write(d.join("pkg/sub/__init__.py"), "").unwrap();
    std::fs::write(d.join("pkg/sub/b.py"), "from ..c import C\nB = 'B' + C\n").unwrap();
    std::fs::write(d.join("pkg/c.py"), "C = 'C'\n").unwrap();
    // A circular import sees the partially initialised module.
    std::fs::write(d.join("m1.py"), "import m2\nX = 1\n").unwrap();
    std::fs::write(d.join("m2.py"), "import m1\nY = hasattr(m1, 'X')\n").unwrap();
    std::fs::write(
        d.join("main.py"),
        "import pkg, m1, m2, importlib, sys\n\
         print(pkg.A, pkg.sub.__name__, m2.Y, importlib.import_module('.c', 'pkg').C)\n\
         print(__import__('pkg.sub.b').__name__, __import__('pkg.sub.b', fromlist=['B']).B, 'pkg.a' in sys.modules)\n",
    )
    .unwrap();
    let o = spindle(&[d.join("main.py").to_str().unwrap()], None);
    assert_eq!(
        text(&o.stdout),
        "ABC pkg.sub False C\npkg BC True\n",
        "stderr: {}",
        text(&o.stderr)
    );
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn exception_group_traceback_is_cpythons_tree() {
    let o = spindle(
        &[
            "-c",
            "raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), KeyError(3)]), OSError(4)])",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    // The layout CPython 3.11 prints for the same statement (its source
    // line, which `-c` code repeats, is left out of the comparison).
    let want = [
        "  + Exception Group Traceback (most recent call last):",
        "  |   File \"<string>\", line 1, in <module>",
        "  | ExceptionGroup: outer (3 sub-exceptions)",
        "  +-+---------------- 1 ----------------",
        "    | ValueError: 1",
        "    +---------------- 2 ----------------",
        "    | ExceptionGroup: inner (2 sub-exceptions)",
        "    +-+---------------- 1 ----------------",
        "      | TypeError: 2",
        "      +---------------- 2 ----------------",
        "      | KeyError: 3",
        "      +------------------------------------",
        "    +---------------- 3 ----------------",
        "    | OSError: 4",
        "    +------------------------------------",
    ];
    let got = text(&o.stderr);
    let got: Vec<&str> = got
        .lines()
        .filter(|l| !l.trim_start_matches([' ', '|']).starts_with("raise "))
        .collect();
    assert_eq!(got, want);
}
