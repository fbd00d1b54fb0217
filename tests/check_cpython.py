#!/usr/bin/env python3
"""Cross-check the Spindle script suite against CPython.

Runs every tests/scripts/**/*.py (files and directories whose name starts with `_`
are helper modules, not cases; files with a `# spindle-only` line are skipped) with the
running interpreter and compares the result with the expectations written in
the script's comments, exactly as tests/scripts.rs does for the spindle binary:

  # expect: TEXT                 one line of stdout (file order = output order)
  # expect runtime error: TEXT   last stderr line; exit code 1
  # expect error: TEXT           syntax/compile error: last stderr line, exit
                                 code 1, stderr mentions "line N" where N is
                                 the line holding this comment, no stdout
  # expect exit: N               exit status N (sys.exit(N)); default 0, or 1
                                 with an expected error

Usage: python3 tests/check_cpython.py [SUBSTRING] [-v]
  SUBSTRING  only run scripts whose path (relative to tests/scripts) contains it
  -v         list every script, not only failures
Exit status 0 when every script passes, 1 otherwise.
"""

import difflib
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = os.path.join(HERE, "scripts")
TIMEOUT = 10

EXPECT = "# expect: "
EXPECT_EMPTY = "# expect:"
RUNTIME = "# expect runtime error: "
COMPILE = "# expect error: "
EXIT = "# expect exit: "
SPINDLE_ONLY = "# spindle-only"


class Spec:
    def __init__(self, path):
        self.path = path
        self.rel = os.path.relpath(path, SCRIPTS).replace(os.sep, "/")
        self.stdout = []
        self.runtime_error = None
        self.compile_error = None
        self.compile_error_line = None
        self.spindle_only = False
        self.exit_code = None
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\r\n")
                if line.strip() == SPINDLE_ONLY:
                    self.spindle_only = True
                i = line.find(EXPECT)
                if i >= 0:
                    self.stdout.append(line[i + len(EXPECT):].rstrip())
                    continue
                if line.rstrip().endswith(EXPECT_EMPTY):
                    self.stdout.append("")
                    continue
                i = line.find(RUNTIME)
                if i >= 0:
                    self.runtime_error = line[i + len(RUNTIME):].rstrip()
                    continue
                i = line.find(EXIT)
                if i >= 0:
                    self.exit_code = int(line[i + len(EXIT):].strip())
                    continue
                i = line.find(COMPILE)
                if i >= 0:
                    self.compile_error = line[i + len(COMPILE):].rstrip()
                    self.compile_error_line = lineno


def collect(filter_):
    out = []
    for root, dirs, files in os.walk(SCRIPTS):
        dirs[:] = sorted(d for d in dirs if not d.startswith("_"))
        for name in sorted(files):
            if not name.endswith(".py") or name.startswith("_"):
                continue
            path = os.path.join(root, name)
            spec = Spec(path)
            if filter_ and filter_ not in spec.rel:
                continue
            out.append(spec)
    return out


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def check(spec, cmd):
    """Return None on success, else a list of report lines."""
    try:
        p = subprocess.run(cmd + [spec.path], capture_output=True, timeout=TIMEOUT,
                           cwd=os.path.dirname(spec.path))
    except subprocess.TimeoutExpired:
        return ["timed out after %ds" % TIMEOUT]
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace")
    problems = []
    actual = out.split("\n")
    if actual and actual[-1] == "":
        actual.pop()
    elif out:
        problems.append("stdout does not end with a newline")
    if actual != spec.stdout:
        problems.append("stdout differs (--- expected, +++ actual):")
        problems.extend(difflib.unified_diff(spec.stdout, actual, "expected", "actual",
                                             lineterm="", n=2))
    if spec.compile_error is not None:
        want_rc, want_err = 1, spec.compile_error
        if "line %d" % spec.compile_error_line not in err:
            problems.append("stderr does not mention line %d" % spec.compile_error_line)
    elif spec.runtime_error is not None:
        want_rc, want_err = 1, spec.runtime_error
    else:
        want_rc, want_err = 0, None
    if spec.exit_code is not None:
        want_rc = spec.exit_code
    if p.returncode != want_rc:
        problems.append("exit code %d, expected %d" % (p.returncode, want_rc))
    if want_err is not None and last_line(err) != want_err:
        problems.append("last stderr line:\n  expected: %s\n  actual:   %s" % (want_err, last_line(err)))
    if want_err is None and p.returncode != 0 and err:
        problems.append("stderr:")
        problems.extend("  " + l for l in err.splitlines()[-15:])
    if "Warning:" in err:
        problems.append("CPython printed a warning (avoid constructs that warn):")
        problems.extend("  " + l for l in err.splitlines() if "Warning" in l)
    return problems or None


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    if sys.version_info[:2] != (3, 11):
        print("note: the reference is CPython 3.11; this is %s" % sys.version.split()[0])
    specs = collect(args[0] if args else None)
    skipped = [s for s in specs if s.spindle_only]
    specs = [s for s in specs if not s.spindle_only]
    cmd = [sys.executable]
    with ThreadPoolExecutor(max_workers=4) as ex:
        results = list(ex.map(lambda s: (s, check(s, cmd)), specs))
    failed = 0
    lines = 0
    for spec, problems in results:
        lines += (len(spec.stdout) + (spec.runtime_error is not None)
                  + (spec.compile_error is not None) + (spec.exit_code is not None))
        if problems:
            failed += 1
            print("FAIL %s" % spec.rel)
            for l in problems:
                print("    " + l)
        elif verbose:
            print("ok   %s (%d lines)" % (spec.rel, len(spec.stdout)))
    print("%d passed, %d failed, %d spindle-only skipped; %d expectations checked"
          % (len(results) - failed, failed, len(skipped), lines))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
