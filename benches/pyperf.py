#!/usr/bin/env python3
"""The real-program yardstick: ../shared/pyperf/ (pyperformance programs).

Each program runs from inside its folder, as that folder's README says, and
passes when it exits 0 and prints exactly expected/NAME.out.

    python3 benches/pyperf.py                    # pass/fail for every program
    python3 benches/pyperf.py --check            # CI ratchet: every program in
                                                 # benches/pyperf-passing.txt must pass
    python3 benches/pyperf.py --time --reps 3    # also time against python3 -S
    python3 benches/pyperf.py --only nbody,float --time

With --time, repetitions are interleaved (spindle, python3 -S, spindle, ...)
and the table gives median CPU (user+sys) and wall seconds, peak RSS, and
the spindle/python3 ratios; a program that fails is not timed. The
geometric mean of the CPU ratios closes the table.
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PYPERF = os.path.normpath(os.path.join(REPO, "..", "shared", "pyperf"))
PASSING = os.path.join(HERE, "pyperf-passing.txt")


def programs():
    names = []
    for f in sorted(os.listdir(PYPERF)):
        n, ext = os.path.splitext(f)
        if ext == ".py" and not n.startswith("lib_") and os.path.exists(
            os.path.join(PYPERF, "expected", n + ".out")
        ):
            names.append(n)
    return names


GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def wait4_run(argv, timeout):
    """Runs argv; returns (rc, out, err, wall, cpu, maxrss_mib).

    CPU and wall come from wait4. Peak RSS comes from GNU time when it is
    installed: a forked child's ru_maxrss keeps the runner's own peak from
    before exec (about 11 MiB), so wait4's figure is only an upper bound.
    """
    if GNU_TIME:
        import tempfile

        with tempfile.NamedTemporaryFile() as tf:
            r = _wait4_run([GNU_TIME, "-q", "-f", "%M", "-o", tf.name] + argv, timeout)
            try:
                with open(tf.name) as f:
                    kib = int(f.read().strip().splitlines()[-1])
                return r[:5] + (kib / 1024.0,)
            except (ValueError, IndexError, OSError):
                return r
    return _wait4_run(argv, timeout)


def _wait4_run(argv, timeout):
    """Runs argv; returns (rc, out, err, wall, cpu, maxrss_mib) using wait4."""
    import tempfile

    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.chdir(PYPERF)
            os.dup2(fo.fileno(), 1)
            os.dup2(fe.fileno(), 2)
            try:
                os.execvp(argv[0], argv)
            finally:
                os._exit(127)
        deadline = start + timeout
        while True:
            wpid, status, ru = os.wait4(pid, os.WNOHANG)
            if wpid:
                break
            if time.perf_counter() > deadline:
                os.kill(pid, 9)
                wpid, status, ru = os.wait4(pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - start
        fo.seek(0)
        fe.seek(0)
        rc = os.waitstatus_to_exitcode(status)
        return rc, fo.read(), fe.read(), wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0


def check(name, spindle, timeout):
    rc, out, err, wall, cpu, rss = wait4_run([spindle, name + ".py"], timeout)
    with open(os.path.join(PYPERF, "expected", name + ".out"), "rb") as f:
        want = f.read()
    ok = rc == 0 and out == want
    why = ""
    if not ok:
        lines = err.decode(errors="replace").strip().splitlines()
        why = lines[-1] if lines else ("rc=%d, output differs" % rc)
        if rc == 0:
            why = "output differs"
    return ok, why, wall, cpu, rss


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spindle", default=os.path.join(REPO, "target", "release", "spindle"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--only", default="")
    ap.add_argument("--check", action="store_true", help="fail if a listed program stops passing")
    ap.add_argument("--time", action="store_true")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    spindle = os.path.abspath(a.spindle)
    names = programs()
    if a.only:
        want = set(a.only.split(","))
        names = [n for n in names if n in want]
    if a.check:
        with open(PASSING) as f:
            listed = [l.split("#")[0].strip() for l in f]
        names = [n for n in listed if n]
    passed, failed = [], []
    for n in names:
        ok, why, wall, cpu, rss = check(n, spindle, a.timeout)
        (passed if ok else failed).append(n)
        print("%-28s %s  %6.2fs  %s" % (n, "PASS" if ok else "FAIL", wall, why), flush=True)
    print("%d passed, %d failed" % (len(passed), len(failed)))
    if a.time and passed:
        print()
        print("%-28s %8s %8s %8s %8s %7s %7s %8s %8s" % (
            "program", "sp cpu", "py cpu", "sp wall", "py wall", "cpu x", "wall x", "sp MiB", "py MiB"))
        ratios = []
        for n in passed:
            sp, py = [], []
            for _ in range(a.reps):
                sp.append(wait4_run([spindle, n + ".py"], a.timeout))
                py.append(wait4_run([a.python, "-S", n + ".py"], a.timeout))
            med = lambda rs, i: statistics.median(r[i] for r in rs)
            sc, pc = med(sp, 4), med(py, 4)
            sw, pw = med(sp, 3), med(py, 3)
            sm, pm = max(r[5] for r in sp), max(r[5] for r in py)
            ratios.append(sc / pc)
            print("%-28s %8.3f %8.3f %8.3f %8.3f %7.2f %7.2f %8.1f %8.1f" % (
                n, sc, pc, sw, pw, sc / pc, sw / pw, sm, pm), flush=True)
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean of CPU ratios: %.3f over %d programs" % (gm, len(ratios)))
    if a.check and failed:
        print("pyperf ratchet: %d listed program(s) no longer pass: %s" % (len(failed), ", ".join(failed)))
        sys.exit(1)


if __name__ == "__main__":
    main()
