#!/usr/bin/env python3
"""Spindle benchmark runner: the same workload under spindle and its peers, in one run.

Every workload prints one line; a run counts only when that line is the
expected one (read from the script's `Expected output: "..."` header).  A run
with a wrong answer, a non-zero exit or a timeout is FAILED and not timed.
Repetitions are interleaved (spindle, python3, lua, go, spindle, ...) so that
background load hits every implementation alike; the figure is the median.

    python3 benches/run.py                 # issue-2 language workloads
    python3 benches/run.py --threads       # issue-4 goroutine workloads (../shared/bench)
    python3 benches/run.py --only fib --reps 9 --json out.json
    python3 benches/run.py --spindle /path/to/spindle

Columns: median wall seconds, median CPU seconds (user+sys; steadier than wall
when the machine is shared), peak RSS (MiB, from wait4), and the ratios
spindle/peer on wall time (and on CPU time).  Ratio < 1 means spindle is faster.
"""
import argparse
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared", "bench"))
if not os.path.isdir(SHARED):
    SHARED = "/work/shared/bench"
SCRIPTS = os.path.join(HERE, "scripts")
LUA = os.path.join(HERE, "lua")
SH_SCRIPTS = os.path.join(SHARED, "scripts")
SH_PY = os.path.join(SHARED, "python")
SH_GO = os.path.join(SHARED, "go")
SH_LUA = os.path.join(SHARED, "lua")

EXPECT_RE = re.compile(r'Expected output[^:"]*:\s*"([^"]+)"')


def expected_line(path):
    """The checksum line a workload must print, from its header comment."""
    with open(path) as f:
        for _, line in zip(range(12), f):
            m = EXPECT_RE.search(line)
            if m:
                return m.group(1)
    raise SystemExit("no 'Expected output: \"...\"' header in " + path)


# ---------------------------------------------------------------------------
# Workload tables.  A workload is a name, the spindle script, and twins:
# {impl: (argv, cwd)}; argv[0] is resolved to a tool at run time.  The
# spindle script is also what python3 runs in the language set.

def language_workloads():
    def w(name, script, lua=None):
        twins = {"python3": (["python3", script], None)}
        if lua:
            twins["lua"] = (["lua5.4", lua], None)
        return {"name": name, "script": script, "expect": expected_line(script), "twins": twins}

    return [
        w("fib", os.path.join(SH_SCRIPTS, "fib.py"), os.path.join(SH_LUA, "fib.lua")),
        w("mix", os.path.join(SH_SCRIPTS, "mix.py")),
        w("while_loop", os.path.join(SCRIPTS, "while_loop.py"), os.path.join(LUA, "while_loop.lua")),
        w("sort_floats", os.path.join(SCRIPTS, "sort_floats.py")),
        w("classes", os.path.join(SCRIPTS, "classes.py")),
        w("strings", os.path.join(SCRIPTS, "strings.py")),
    ]


def thread_workloads(py_mode, big_twins):
    """The ../shared/bench set.  Python twins run from inside python/ (they
    import _common.py) with the mode argument of the shared README."""
    def py(argv):
        return (["python3"] + argv, SH_PY)

    def go(src, *args):
        return (["go:" + os.path.join(SH_GO, src)] + list(args), None)

    def lua(src, *args):
        return (["lua5.4", os.path.join(SH_LUA, src)] + list(args), None)

    table = [
        ("spawn_join", {"python3": py(["spawn_join.py", py_mode]), "go": go("spawn_join.go")}),
        ("spawn_join_inline", {"python3": (["python3", os.path.join(SH_SCRIPTS, "spawn_join_inline.py")], None)}),
        ("fanout_wg", {"python3": py(["fanout_wg.py", py_mode]), "go": go("fanout_wg.go")}),
        ("queue_pingpong", {"python3": py(["queue_pingpong.py", py_mode]), "go": go("queue_pingpong.go"),
                            "lua": lua("coro_pingpong.lua")}),
        ("pool", {"python3": py(["pool.py", py_mode]), "go": go("pool.go")}),
        ("parked_10k", {"python3": py(["parked.py", py_mode, "10000"]), "go": go("parked.go", "10000"),
                        "lua": lua("coro_parked.lua", "10000")}),
        ("parked_100k", {"python3": py(["parked.py", py_mode, "100000"]), "go": go("parked.go", "100000"),
                         "lua": lua("coro_parked.lua", "100000")}),
        ("parked_1m", {"go": go("parked.go", "1000000"), "lua": lua("coro_parked.lua", "1000000")}),
        ("cpu_parallel_par", {"python3": py(["cpu_parallel.py", "par"]), "go": go("cpu_parallel.go", "par")}),
        ("cpu_parallel_seq", {"python3": py(["cpu_parallel.py", "seq"]), "go": go("cpu_parallel.go", "seq")}),
        ("shared_append", {"python3": py(["shared_append.py"])}),
    ]
    if big_twins:  # CPython asyncio with 1M tasks takes ~20 s and ~1.7 GB
        table[7][1]["python3"] = py(["parked.py", py_mode, "1000000"])
    out = []
    for name, twins in table:
        script = os.path.join(SH_SCRIPTS, name + ".py")
        out.append({"name": name, "script": script, "expect": expected_line(script), "twins": twins,
                    "max_reps": 1 if name == "parked_1m" else None})
    return out


# ---------------------------------------------------------------------------
# Running one process.

class Result:
    def __init__(self, ok, wall=None, cpu=None, rss_kib=None, why=None, unsupported=False):
        self.ok, self.wall, self.cpu, self.rss_kib = ok, wall, cpu, rss_kib
        self.why, self.unsupported = why, unsupported


UNSUPPORTED_RE = re.compile(r"(ModuleNotFoundError|ImportError|No module named).*(scriptling|threads)"
                            r"|scriptling\.threads", re.I)


TIME_V = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run_once(argv, cwd, expect, timeout):
    """Run argv once; time it, and take CPU time from wait4 and peak RSS from
    /usr/bin/time.  (wait4's own ru_maxrss is no good for a fresh exec: Linux
    carries the forking parent's high-water mark, this runner's ~16 MiB, over
    exec.  /usr/bin/time's own ~2 MiB is the floor it adds.)"""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rssf:
        cmd = [TIME_V, "-q", "-f", "%M", "-o", rssf.name] + argv if TIME_V else argv
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                             start_new_session=True)
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        rss_txt = rssf.read().strip().splitlines() if TIME_V else []
    cpu = ru.ru_utime + ru.ru_stime
    rss = ru.ru_maxrss  # KiB on Linux; fallback only
    if rss_txt and rss_txt[-1].isdigit():
        rss = int(rss_txt[-1])
    if timed_out:
        return Result(False, why="timeout after %ss" % timeout)
    lines = [l for l in stdout.splitlines() if l.strip()]
    if p.returncode != 0:
        last = (stderr.strip().splitlines() or ["(no stderr)"])[-1]
        return Result(False, why="exit %d: %s" % (p.returncode, last[:100]),
                      unsupported=bool(UNSUPPORTED_RE.search(stderr)))
    if not lines or lines[-1].strip() != expect:
        got = lines[-1].strip() if lines else "(no output)"
        return Result(False, why="wrong answer: " + got[:100])
    return Result(True, wall, cpu, rss)


# ---------------------------------------------------------------------------
# Tools.

class Tools:
    def __init__(self, spindle, skip):
        self.spindle = spindle
        self.skip = skip
        self.have = {
            "spindle": os.access(spindle, os.X_OK),
            "python3": shutil.which("python3") is not None,
            "lua": shutil.which("lua5.4") is not None and "lua" not in skip,
            "go": shutil.which("go") is not None and "go" not in skip,
        }
        self.go_dir = None
        self.go_bins = {}
        # `python3` may be a pyenv shim (a bash script that adds ~0.1 s wall
        # to every run): time the interpreter it resolves to instead.
        self.python3 = "python3"
        if self.have["python3"]:
            r = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                               capture_output=True, text=True)
            if r.returncode == 0 and r.stdout.strip():
                self.python3 = r.stdout.strip()

    def go_binary(self, src):
        """Go twins are built once (go build) and the binary is timed, so the
        figure is the program's, not the compiler's (`go run` = build + this)."""
        if src in self.go_bins:
            return self.go_bins[src]
        if self.go_dir is None:
            self.go_dir = tempfile.mkdtemp(prefix="spindle-bench-go-")
        exe = os.path.join(self.go_dir, os.path.basename(src)[:-3])
        r = subprocess.run(["go", "build", "-o", exe, src], capture_output=True, text=True)
        self.go_bins[src] = exe if r.returncode == 0 else None
        if r.returncode != 0:
            print("  go build %s failed: %s" % (src, r.stderr.strip()[:200]), file=sys.stderr)
        return self.go_bins[src]

    def resolve(self, argv):
        if argv[0] == "python3":
            return [self.python3] + argv[1:]
        if argv[0].startswith("go:"):
            exe = self.go_binary(argv[0][3:])
            return [exe] + argv[1:] if exe else None
        return argv

    def version(self, impl):
        try:
            if impl == "spindle":
                return "spindle " + git_rev()
            if impl == "python3":
                v = subprocess.run([self.python3, "--version"], capture_output=True, text=True).stdout.strip()
                return v + " (" + self.python3 + ")"
            if impl == "lua":
                r = subprocess.run(["lua5.4", "-v"], capture_output=True, text=True)
                return (r.stdout or r.stderr).strip()
            if impl == "go":
                return subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip()
        except OSError:
            return None


def git_rev():
    r = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    rev = r.stdout.strip() or "?"
    d = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"],
                       capture_output=True, text=True).stdout.strip()
    return rev + ("+dirty" if d else "")


def vm_rev():
    """The last commit that touched anything outside benches/: the code measured."""
    r = subprocess.run(["git", "-C", REPO, "log", "-1", "--format=%h", "--", ".", ":(exclude)benches"],
                       capture_output=True, text=True)
    return r.stdout.strip() or "?"


# ---------------------------------------------------------------------------

IMPLS = ["spindle", "python3", "lua", "go"]


def bench(workload, tools, reps, timeout):
    runs = {"spindle": ([tools.spindle, workload["script"]], None)}
    for impl, spec in workload["twins"].items():
        if tools.have.get(impl):
            runs[impl] = spec
    if not tools.have["spindle"]:
        del runs["spindle"]
    order = [i for i in IMPLS if i in runs]
    argvs = {i: tools.resolve(runs[i][0]) for i in order}
    samples = {i: [] for i in order}
    failed = {}
    n = min(reps, workload.get("max_reps") or reps)
    for _ in range(n):
        for impl in order:
            if impl in failed:
                continue  # one failure is enough: do not time the others
            if argvs[impl] is None:
                failed[impl] = Result(False, why="could not build twin")
                continue
            r = run_once(argvs[impl], runs[impl][1], workload["expect"], timeout)
            if r.ok:
                samples[impl].append(r)
            else:
                failed[impl] = r
    out = {}
    for impl in order:
        if impl in failed:
            f = failed[impl]
            out[impl] = {"status": "unsupported" if f.unsupported else "FAILED", "why": f.why,
                         "argv": argvs[impl]}
        else:
            s = samples[impl]
            out[impl] = {"status": "ok", "reps": len(s),
                         "wall": statistics.median(r.wall for r in s),
                         "wall_min": min(r.wall for r in s),
                         "cpu": statistics.median(r.cpu for r in s),
                         "rss_mib": max(r.rss_kib for r in s) / 1024.0,
                         "argv": argvs[impl]}
    return out


def ratio(res, a, b, key="wall"):
    ra, rb = res.get(a), res.get(b)
    if not ra or not rb or ra["status"] != "ok" or rb["status"] != "ok" or not rb[key]:
        return None
    return ra[key] / rb[key]


def fmt_cell(r):
    if r is None:
        return "-"
    if r["status"] != "ok":
        return r["status"]
    return "%.3f" % r["wall"]


def print_table(results, impls):
    head = ["workload"]
    for i in impls:
        head += [i + " s", i + " cpu", i + " MiB"]
    head += ["sp/" + i for i in impls if i != "spindle"]
    head += ["sp/" + i + " cpu" for i in impls if i != "spindle"]
    rows = [head]
    for name, res in results:
        row = [name]
        for i in impls:
            r = res.get(i)
            row.append(fmt_cell(r))
            row.append("%.3f" % r["cpu"] if r and r["status"] == "ok" else "")
            row.append("%.0f" % r["rss_mib"] if r and r["status"] == "ok" else "")
        for key in ("wall", "cpu"):
            for i in impls:
                if i == "spindle":
                    continue
                x = ratio(res, "spindle", i, key)
                row.append("%.2f" % x if x is not None else "-")
        rows.append(row)
    widths = [max(len(r[c]) for r in rows) for c in range(len(head))]
    for k, r in enumerate(rows):  # a Markdown table, readable as it is
        print("| " + " | ".join(c.rjust(widths[j]) if j else c.ljust(widths[j]) for j, c in enumerate(r)) + " |")
        if k == 0:
            print("|" + "|".join("-" * (w + 1) + ":" if j else "-" * (w + 2) for j, w in enumerate(widths)) + "|")
    for name, res in results:
        for i, r in res.items():
            if r["status"] != "ok":
                print("  %s/%s %s: %s" % (name, i, r["status"], r["why"]))


def derived(results):
    """The derived figures of ../shared/bench/README.md."""
    by = dict(results)
    out = {}
    for impl in IMPLS:
        a, b = by.get("parked_10k", {}).get(impl), by.get("parked_100k", {}).get(impl)
        if a and b and a["status"] == b["status"] == "ok":
            out.setdefault(impl, {})["kib_per_parked"] = (b["rss_mib"] - a["rss_mib"]) * 1024 / 90000
        p, s = by.get("cpu_parallel_par", {}).get(impl), by.get("cpu_parallel_seq", {}).get(impl)
        if p and s and p["status"] == s["status"] == "ok":
            out.setdefault(impl, {})["speedup"] = s["wall"] / p["wall"]
        m = by.get("parked_1m", {}).get(impl)
        if m and m["status"] == "ok":
            out.setdefault(impl, {})["kib_per_goroutine_1m"] = m["rss_mib"] * 1024 / 1e6
        sj, inl = by.get("spawn_join", {}).get(impl), by.get("spawn_join_inline", {}).get(impl)
        if sj and inl and sj["status"] == inl["status"] == "ok":
            out.setdefault(impl, {})["spawn_cost_us"] = (sj["wall"] - inl["wall"]) / 1e5 * 1e6
    return out


def targets(results, threads):
    """The issue's required figures for spindle: (label, value text, pass?)."""
    by = dict(results)
    sp = lambda name: by.get(name, {}).get("spindle")
    out = []
    if not threads:  # issue 2: every workload at least as fast as CPython
        for name, res in results:
            x = ratio(res, "spindle", "python3")
            out.append(("%s spindle/python3 <= 1.0" % name, "%.2f" % x if x is not None else "n/a",
                        x is not None and x <= 1.0))
        return out
    for name, limit in (("spawn_join", 0.20), ("queue_pingpong", 0.06), ("pool", 0.12)):
        r = sp(name)
        ok = bool(r) and r["status"] == "ok"
        out.append(("%s <= %.2f s" % (name, limit), "%.3f s" % r["wall"] if ok else (r or {}).get("status", "n/a"),
                    ok and r["wall"] <= limit))
    d = derived(results).get("spindle", {})
    s_up = d.get("speedup")
    out.append(("cpu_parallel speed-up >= 1.7x", "%.2fx" % s_up if s_up else "n/a", bool(s_up) and s_up >= 1.7))
    r = sp("shared_append")
    out.append(("shared_append exact in every round", (r or {}).get("status", "n/a"), bool(r) and r["status"] == "ok"))
    k = d.get("kib_per_goroutine_1m")
    out.append(("parked_1m <= 4 KiB peak RSS per goroutine", "%.2f KiB" % k if k else "n/a", bool(k) and k <= 4.0))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threads", action="store_true", help="goroutine workloads of ../shared/bench (issue 4)")
    ap.add_argument("--only", action="append", metavar="NAME", help="run only this workload (repeatable, substring)")
    ap.add_argument("--reps", type=int, default=5, help="interleaved repetitions (default 5)")
    ap.add_argument("--spindle", default=os.path.join(REPO, "target", "release", "spindle"))
    ap.add_argument("--json", metavar="OUT", help="write all figures to OUT")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per run (default 120)")
    ap.add_argument("--py-mode", default="asyncio", help="mode argument of the CPython twins (default asyncio)")
    ap.add_argument("--big-twins", action="store_true", help="also run CPython on parked_1m")
    ap.add_argument("--skip", action="append", default=[], choices=["lua", "go"], help="skip a peer")
    ap.add_argument("--list", action="store_true", help="list workloads and exit")
    a = ap.parse_args()

    spindle = os.path.abspath(a.spindle)
    tools = Tools(spindle, a.skip)
    ws = thread_workloads(a.py_mode, a.big_twins) if a.threads else language_workloads()
    if a.only:
        ws = [w for w in ws if any(o == w["name"] for o in a.only)] or \
             [w for w in ws if any(o in w["name"] for o in a.only)]
    if a.list:
        for w in ws:
            print(w["name"], "->", w["expect"])
        return
    if not ws:
        raise SystemExit("no workload matches --only")
    if not tools.have["spindle"]:
        print("warning: no spindle binary at %s (build: cargo build --release --bin spindle)" % spindle,
              file=sys.stderr)

    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "set": "threads" if a.threads else "language",
        "command": " ".join([os.path.basename(sys.argv[0])] + sys.argv[1:]),
        "spindle": spindle, "commit": git_rev(), "vm_commit": vm_rev(), "reps": a.reps,
        "nproc": os.cpu_count(), "uname_r": platform.release(),
        "loadavg_start": os.getloadavg(),
        "versions": {i: tools.version(i) for i in IMPLS if tools.have.get(i)},
    }
    print("# %s set, %d reps, spindle at %s (VM code %s), %s, nproc=%s, kernel %s, load %.2f" % (
        meta["set"], a.reps, meta["commit"], meta["vm_commit"], meta["date"], meta["nproc"], meta["uname_r"],
        meta["loadavg_start"][0]))
    results = []
    for w in ws:
        print("  running %s ..." % w["name"], file=sys.stderr, flush=True)
        results.append((w["name"], bench(w, tools, a.reps, a.timeout)))
    meta["loadavg_end"] = os.getloadavg()
    impls = [i for i in IMPLS if any(i in r for _, r in results)]
    print_table(results, impls)
    d = derived(results) if a.threads else {}
    if d:
        print("\nderived figures:")
        for impl, f in d.items():
            parts = []
            if "kib_per_parked" in f:
                parts.append("memory per parked goroutine %.2f KiB" % f["kib_per_parked"])
            if "kib_per_goroutine_1m" in f:
                parts.append("parked_1m peak RSS / 1M = %.2f KiB" % f["kib_per_goroutine_1m"])
            if "speedup" in f:
                parts.append("cpu_parallel speed-up %.2fx" % f["speedup"])
            if "spawn_cost_us" in f:
                parts.append("spawn+get cost %.2f us/task" % f["spawn_cost_us"])
            print("  %-8s %s" % (impl, "; ".join(parts)))
    t = targets(results, a.threads)
    print("\ntargets (issue %s):" % ("4" if a.threads else "2"))
    for label, val, ok in t:
        print("  %-4s %-45s %s" % ("ok" if ok else "MISS", label, val))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"meta": meta, "results": dict(results), "derived": d,
                       "targets": [{"target": l, "value": v, "met": ok} for l, v, ok in t]}, f, indent=1)
    if tools.go_dir:
        shutil.rmtree(tools.go_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
