//! The language conformance suite: runs every `tests/scripts/**/*.py` with the
//! `spindle` binary and compares what it prints with the expectations written
//! in the script's comments (see `tests/README.md` for the format).
//!
//! One `#[test]` runs every script, a few at a time, each under a timeout, so
//! that a hang is a failure and not a stuck CI; at the end it prints a diff for
//! every failing script and a `N passed, M failed` line. The same scripts are
//! cross-checked against CPython 3.11 when `python3` is available, so the
//! expectations themselves stay honest.
//!
//! Environment:
//! - `SPINDLE_SCRIPTS=<substring>`: only scripts whose path (relative to
//!   `tests/scripts`, with `/` separators) contains the substring.
//! - `SPINDLE_BIN=<path>`: the binary under test (default: the `spindle` that
//!   cargo just built), e.g. a release build.
//! - `SPINDLE_SKIP_CPYTHON=1`: skip the CPython cross-check.
//! - `SPINDLE_PYTHON=<exe>`: the CPython to use (default `python3`). A version
//!   other than 3.11 is skipped with a note unless `SPINDLE_CPYTHON_ANY=1`.
//! - `SPINDLE_TEST_THREADS=<n>`: scripts run in parallel (default 2..=4).
//! - `SPINDLE_SCRIPT_TIMEOUT=<seconds>`: per-script limit (default 10).
//!
//! Only `std` is used.

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const EXPECT: &str = "# expect: ";
const EXPECT_EMPTY: &str = "# expect:";
const RUNTIME: &str = "# expect runtime error: ";
const COMPILE: &str = "# expect error: ";
const EXIT: &str = "# expect exit: ";
const SPINDLE_ONLY: &str = "# spindle-only";

/// What a script declares about its own run.
struct Spec {
    path: PathBuf,
    /// Path relative to `tests/scripts`, `/`-separated: the script's name in reports.
    rel: String,
    stdout: Vec<String>,
    runtime_error: Option<String>,
    /// Expected last stderr line and the 1-based line holding the comment.
    compile_error: Option<(String, usize)>,
    exit_code: Option<i32>,
    spindle_only: bool,
}

impl Spec {
    fn parse(path: PathBuf, rel: String) -> Spec {
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let mut spec = Spec {
            path,
            rel,
            stdout: Vec::new(),
            runtime_error: None,
            compile_error: None,
            exit_code: None,
            spindle_only: false,
        };
        for (index, line) in source.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim() == SPINDLE_ONLY {
                spec.spindle_only = true;
            }
            if let Some(i) = line.find(EXPECT) {
                spec.stdout
                    .push(line[i + EXPECT.len()..].trim_end().to_string());
            } else if line.trim_end().ends_with(EXPECT_EMPTY) {
                spec.stdout.push(String::new());
            } else if let Some(i) = line.find(RUNTIME) {
                spec.runtime_error = Some(line[i + RUNTIME.len()..].trim_end().to_string());
            } else if let Some(i) = line.find(EXIT) {
                let code = line[i + EXIT.len()..].trim();
                let code = code.parse().unwrap_or_else(|_| {
                    panic!("{}:{}: bad exit code {code:?}", spec.rel, index + 1)
                });
                spec.exit_code = Some(code);
            } else if let Some(i) = line.find(COMPILE) {
                let text = line[i + COMPILE.len()..].trim_end().to_string();
                spec.compile_error = Some((text, index + 1));
            }
        }
        spec
    }

    /// Number of expectations, for the summary.
    fn expectations(&self) -> usize {
        self.stdout.len()
            + self.runtime_error.is_some() as usize
            + self.compile_error.is_some() as usize
            + self.exit_code.is_some() as usize
    }
}

fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("scripts")
}

/// Every case under `dir`, sorted. Files and directories whose name starts
/// with `_` are helpers (modules the cases import), not cases.
fn collect(dir: &Path, root: &Path, out: &mut Vec<Spec>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect(&path, root, out);
        } else if name.ends_with(".py") {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push(Spec::parse(path, rel));
        }
    }
}

struct Output {
    status: Option<ExitStatus>,
    stdout: String,
    stderr: String,
    timed_out: bool,
}

/// Runs `program args... script` in the script's directory, killing it after
/// `timeout`. Pipes are drained by two threads so a chatty child cannot block.
fn run(program: &Path, args: &[&str], script: &Path, timeout: Duration) -> Result<Output, String> {
    let mut child = Command::new(program)
        .args(args)
        .arg(script)
        .current_dir(script.parent().unwrap())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
    let drain = |mut pipe: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out_reader = drain(Box::new(child.stdout.take().unwrap()));
    let err_reader = drain(Box::new(child.stderr.take().unwrap()));
    let deadline = Instant::now() + timeout;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                timed_out = true;
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for child: {e}")),
        }
    };
    Ok(Output {
        status,
        stdout: out_reader.join().unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
        timed_out,
    })
}

fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

/// Compares one run with the spec; returns the problems found (empty = pass).
fn check(spec: &Spec, out: &Output, timeout: Duration) -> Vec<String> {
    let mut problems = Vec::new();
    if out.timed_out {
        problems.push(format!(
            "timed out after {}s (killed)",
            timeout.as_secs_f64()
        ));
    }
    let mut actual: Vec<String> = out
        .stdout
        .split('\n')
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect();
    if actual.last().is_some_and(|l| l.is_empty()) {
        actual.pop();
    } else if !out.stdout.is_empty() {
        problems.push("stdout does not end with a newline".to_string());
    }
    if actual != spec.stdout {
        problems.push("stdout differs (--- expected, +++ actual):".to_string());
        problems.extend(unified_diff(&spec.stdout, &actual, 2));
    }
    let (mut want_code, want_err) = match (&spec.compile_error, &spec.runtime_error) {
        (Some((text, line)), _) => {
            if !out.stderr.contains(&format!("line {line}")) {
                problems.push(format!("stderr does not mention line {line}"));
            }
            (1, Some(text.as_str()))
        }
        (None, Some(text)) => (1, Some(text.as_str())),
        (None, None) => (0, None),
    };
    if let Some(code) = spec.exit_code {
        want_code = code;
    }
    if let Some(status) = out.status {
        match status.code() {
            Some(code) if code == want_code => {}
            Some(code) => problems.push(format!("exit code {code}, expected {want_code}")),
            None => problems.push(format!(
                "killed by a signal ({status}), expected exit code {want_code}"
            )),
        }
    }
    let got_err = last_line(&out.stderr);
    match want_err {
        Some(want) if got_err != want => {
            problems.push(format!(
                "last stderr line:\n  expected: {want}\n  actual:   {got_err}"
            ));
        }
        None if !out.stderr.trim().is_empty() && out.status.is_none_or(|s| !s.success()) => {
            problems.push("stderr:".to_string());
            let lines: Vec<&str> = out.stderr.lines().collect();
            let from = lines.len().saturating_sub(20);
            problems.extend(lines[from..].iter().map(|l| format!("  {l}")));
        }
        _ => {}
    }
    problems
}

/// A line diff in unified style: LCS over the two (small) sequences, then
/// hunks with `context` lines around each change.
fn unified_diff(expected: &[String], actual: &[String], context: usize) -> Vec<String> {
    let (n, m) = (expected.len(), actual.len());
    // lcs[i][j] = length of the LCS of expected[i..] and actual[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if expected[i] == actual[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // (tag, expected line number, actual line number, text); numbers are 0-based.
    let mut ops: Vec<(char, usize, usize, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && expected[i] == actual[j] {
            ops.push((' ', i, j, &expected[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', i, j, &expected[i]));
            i += 1;
        } else {
            ops.push(('+', i, j, &actual[j]));
            j += 1;
        }
    }
    let mut out = vec!["--- expected".to_string(), "+++ actual".to_string()];
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    let mut k = 0;
    while k < changed.len() {
        let start = changed[k].saturating_sub(context);
        let mut end = changed[k];
        while k < changed.len() && changed[k] <= end + 2 * context + 1 {
            end = changed[k];
            k += 1;
        }
        let end = (end + context + 1).min(ops.len());
        let hunk = &ops[start..end];
        let old_len = hunk.iter().filter(|o| o.0 != '+').count();
        let new_len = hunk.iter().filter(|o| o.0 != '-').count();
        out.push(format!(
            "@@ -{},{} +{},{} @@",
            hunk[0].1 + 1,
            old_len,
            hunk[0].2 + 1,
            new_len
        ));
        for (tag, _, _, text) in hunk {
            out.push(format!("{tag}{text}"));
        }
    }
    out
}

/// Finds a CPython 3.11 to cross-check with, or says why there is none.
fn find_cpython() -> Result<PathBuf, String> {
    if std::env::var_os("SPINDLE_SKIP_CPYTHON").is_some() {
        return Err("SPINDLE_SKIP_CPYTHON is set".to_string());
    }
    let exe = std::env::var("SPINDLE_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let version = Command::new(&exe)
        .arg("-c")
        .arg("import sys; print('%d.%d' % sys.version_info[:2])")
        .output()
        .map_err(|_| format!("{exe} not found on PATH"))?;
    let version = String::from_utf8_lossy(&version.stdout).trim().to_string();
    if version != "3.11" && std::env::var_os("SPINDLE_CPYTHON_ANY").is_none() {
        return Err(format!("{exe} is {version}, the reference is 3.11 (set SPINDLE_CPYTHON_ANY=1 to use it anyway)"));
    }
    Ok(PathBuf::from(exe))
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

struct Job {
    spec: Arc<Spec>,
    runner: &'static str,
    program: PathBuf,
    args: Vec<&'static str>,
}

#[test]
fn scripts() {
    let root = scripts_dir();
    let mut specs = Vec::new();
    collect(&root, &root, &mut specs);
    let filter = std::env::var("SPINDLE_SCRIPTS").unwrap_or_default();
    specs.retain(|s| s.rel.contains(&filter));
    assert!(
        !specs.is_empty(),
        "no script matches SPINDLE_SCRIPTS={filter:?} under {}",
        root.display()
    );

    let spindle = std::env::var_os("SPINDLE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_spindle")));
    let cpython = find_cpython();
    if let Err(why) = &cpython {
        println!("note: skipping the CPython cross-check: {why}");
    }
    let timeout = Duration::from_secs(env_number("SPINDLE_SCRIPT_TIMEOUT").unwrap_or(10));

    let mut jobs = VecDeque::new();
    for spec in specs.into_iter().map(Arc::new) {
        if let Ok(python) = &cpython {
            if !spec.spindle_only {
                jobs.push_back(Job {
                    spec: spec.clone(),
                    runner: "cpython",
                    program: python.clone(),
                    args: vec![],
                });
            }
        }
        jobs.push_back(Job {
            spec,
            runner: "spindle",
            program: spindle.clone(),
            args: vec![],
        });
    }
    let total_jobs = jobs.len();
    let threads = env_number("SPINDLE_TEST_THREADS")
        .map(|n| n.max(1) as usize)
        .unwrap_or_else(|| {
            thread::available_parallelism()
                .map_or(2, |n| n.get())
                .clamp(2, 4)
        });

    let queue = Arc::new(Mutex::new(jobs));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let queue = Arc::clone(&queue);
            let results = Arc::clone(&results);
            thread::spawn(move || loop {
                let Some(job) = queue.lock().unwrap().pop_front() else {
                    break;
                };
                let problems = match run(&job.program, &job.args, &job.spec.path, timeout) {
                    Ok(out) => check(&job.spec, &out, timeout),
                    Err(e) => vec![e],
                };
                results
                    .lock()
                    .unwrap()
                    .push((job.spec, job.runner, problems));
            })
        })
        .collect();
    for w in workers {
        w.join().expect("script worker panicked");
    }

    let mut results = std::mem::take(&mut *results.lock().unwrap());
    assert_eq!(results.len(), total_jobs);
    results.sort_by(|a, b| (a.1, &a.0.rel).cmp(&(b.1, &b.0.rel)));
    let mut report = String::new();
    let (mut passed, mut failed) = (0, 0);
    let mut per_runner = std::collections::BTreeMap::<&str, (usize, usize)>::new();
    let mut expectations = 0;
    for (spec, runner, problems) in &results {
        let entry = per_runner.entry(runner).or_default();
        if *runner == "spindle" {
            expectations += spec.expectations();
        }
        if problems.is_empty() {
            passed += 1;
            entry.0 += 1;
        } else {
            failed += 1;
            entry.1 += 1;
            let _ = writeln!(report, "FAIL [{runner}] {}", spec.rel);
            for line in problems.iter().flat_map(|p| p.lines()) {
                let _ = writeln!(report, "    {line}");
            }
        }
    }
    print!("{report}");
    let breakdown: Vec<String> = per_runner
        .iter()
        .map(|(runner, (p, f))| format!("{runner}: {p} passed, {f} failed"))
        .collect();
    println!(
        "scripts: {} ({expectations} expectations); {}",
        results.iter().filter(|r| r.1 == "spindle").count(),
        breakdown.join("; ")
    );
    println!("{passed} passed, {failed} failed");
    assert!(
        failed == 0,
        "{failed} script run(s) failed; see the diffs above"
    );
}
