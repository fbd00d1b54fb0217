#!/usr/bin/env python3
"""Hostile/careless-script catalogue (robustness issue 12).

    python3 tests/hostile/run.py [--bin PATH] [--only ID,ID...] [--merge] [--out FILE]

Runs every case of cases.py under `python3 -S` and under the spindle binary,
each with a 10 s timeout and an address-space limit of ~4 GB (so allocation
failures show at once), and writes cases.tsv next to this file:

    id  class  snippet  cpython  spindle  verdict  note

`class` is what the case probes (alloc, stack, hang, panic, exc); `verdict` is
what happened: ok / crash / hang / internal-error / wrong-exception /
wrong-result. `--only` runs the listed cases; with `--merge` their rows
replace (or join) those already in the output file. A case whose CPython run is slower than 2 s, uses more than
1.5 GB or dies itself is left out (reported on stdout as EXCLUDED).
"""
import os, re, resource, signal, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES, NOTES  # noqa: E402

TIMEOUT = 10
AS_LIMIT = 4_000_000 * 1024


def limit():
    resource.setrlimit(resource.RLIMIT_AS, (AS_LIMIT, AS_LIMIT))


def run(argv, path):
    env = dict(os.environ, RUST_BACKTRACE="0")
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        t0 = time.monotonic()
        p = subprocess.Popen(argv + [path], stdout=fo, stderr=fe, stdin=subprocess.DEVNULL,
                             preexec_fn=limit, cwd=os.path.dirname(path), env=env,
                             start_new_session=True)
        timed_out = False
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t0 > TIMEOUT:
                timed_out = True
                os.killpg(p.pid, signal.SIGKILL)
                pid, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.005)
        dt = time.monotonic() - t0
        p.returncode = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        fo.seek(0)
        fe.seek(0)
        out, err = fo.read(), fe.read()
    return dict(rc=p.returncode, out=out.decode("utf-8", "replace"),
                err=err.decode("utf-8", "replace"), t=dt, timed_out=timed_out,
                maxrss=ru.ru_maxrss)


EXC_RE = re.compile(r"^([A-Za-z_][\w.]*)(?::\s?(.*))?$")


def classify(r):
    """-> (kind, detail): kind in ok / exc / signal / timeout / internal / exit."""
    if r["timed_out"]:
        return "timeout", ""
    if r["rc"] < 0:
        sig = signal.Signals(-r["rc"]).name
        return "signal", sig
    # The exception line is the last unindented one (a message may go on
    # over indented lines, as threads.Deadlock's does).
    lines = [l for l in r["err"].splitlines() if l.strip() and not l[0].isspace()]
    last = lines[-1] if lines else ""
    if "internal error" in r["err"] or "panicked at" in r["err"]:
        return "internal", last
    if r["rc"] == 0:
        outl = r["out"].rstrip("\n").splitlines()
        return "ok", (outl[-1] if outl else "")
    m = EXC_RE.match(last)
    if r["rc"] == 1 and m:
        return "exc", last
    return "exit", "rc=%d %s" % (r["rc"], last)


def exc_type(text):
    m = EXC_RE.match(text)
    return m.group(1).rsplit(".", 1)[-1] if m else None


def describe(kind, detail, r, with_time):
    if kind == "ok":
        s = "out: " + detail
    elif kind == "exc":
        s = detail
    elif kind == "signal":
        last = [l for l in r["err"].splitlines() if l.strip() and not l.startswith("note:")]
        s = detail + (" | " + last[-1] if last else "")
        m = re.search(r"panicked at ([^\n]*?):\n([^\n]*)", r["err"])
        if m:
            s += " [panic at %s: %s]" % (m.group(1), m.group(2))
    elif kind == "timeout":
        s = "TIMEOUT >%ds" % TIMEOUT
    elif kind == "internal":
        m = re.search(r"panicked at ([^\n]*?):\n([^\n]*)", r["err"])
        s = detail + (" [panic at %s: %s]" % (m.group(1), m.group(2)) if m else "")
    else:
        s = detail
    s = s.replace("\t", "\\t").replace("\n", "\\n")
    if len(s) > 240:
        s = s[:237] + "..."
    if with_time:
        s += " (%.2fs)" % r["t"]
    return s


def verdict(ck, cd, cr, sk, sd, expect):
    """CPython outcome (or a spec expectation) vs Spindle's."""
    if sk == "timeout":
        return "hang", ""
    if sk == "signal":
        return "crash", ""
    if sk == "internal":
        return "internal-error", ""
    if sk == "exit":
        return "crash", "odd exit"
    if expect is not None:
        # spindle-only case: expect is "ValueError", "ValueError|OverflowError",
        # "any" (any exception) or "out: TEXT".
        if expect.startswith("out: "):
            if sk == "ok" and sd == expect[5:]:
                return "ok", ""
            return ("wrong-result" if sk == "ok" else "wrong-exception"), ""
        if sk != "exc":
            return "wrong-result", "no exception"
        if expect == "any" or exc_type(sd) in expect.split("|"):
            return "ok", ""
        return "wrong-exception", ""
    if ck == "ok":
        if sk == "ok":
            return ("ok", "") if sd == cd else ("wrong-result", "")
        return "wrong-exception", "CPython raised nothing"
    # CPython raised
    if sk == "ok":
        return "wrong-result", "no exception"
    if exc_type(sd) == exc_type(cd):
        return "ok", ("" if sd == cd else "message differs")
    return "wrong-exception", ""


def main():
    args = sys.argv[1:]
    binary = "/work/main/target/release/spindle"
    only = None
    merge = False
    out_path = os.path.join(HERE, "cases.tsv")
    while args:
        a = args.pop(0)
        if a == "--bin":
            binary = args.pop(0)
        elif a == "--only":
            only = args.pop(0)
        elif a == "--merge":
            merge = True
        elif a == "--out":
            out_path = args.pop(0)
    rows = []
    tmp = os.path.join(tempfile.gettempdir(), "hostile-cases")
    os.makedirs(tmp, exist_ok=True)
    for case in CASES:
        cid, cls, snippet = case[:3]
        expect = case[3] if len(case) > 3 else None
        if only and cid not in only.split(","):
            continue
        path = os.path.join(tmp, cid + ".py")
        with open(path, "w") as f:
            f.write(snippet + "\n")
        if expect is None:
            cr = run([sys.executable, "-S"], path)
            ck, cd = classify(cr)
            if cr["t"] > 2 or ck in ("timeout", "signal") or cr["maxrss"] > 1_500_000:
                print("EXCLUDED", cid, ck, "%.2fs" % cr["t"], cr["maxrss"], snippet, flush=True)
                continue
            ctext = describe(ck, cd, cr, False)
        else:
            ck = cd = cr = None
            ctext = "spec: " + expect
        sr = run([binary], path)
        sk, sd = classify(sr)
        v, note = verdict(ck, cd, cr, sk, sd, expect)
        if cid in NOTES:
            note = NOTES[cid] + ("; " + note if note else "")
        stext = describe(sk, sd, sr, True)
        rows.append((cid, cls, snippet.replace("\t", "\\t"), ctext, stext, v, note))
        print("%-5s %-15s %s" % (cid, v, stext[:150]), flush=True)
    if merge and os.path.exists(out_path):
        # Keep the other cases' rows, in CASES order.
        with open(out_path) as f:
            old = {l.split("\t", 1)[0]: tuple(l.rstrip("\n").split("\t")) for l in list(f)[1:]}
        old.update({r[0]: r for r in rows})
        rows = [old[c[0]] for c in CASES if c[0] in old]
    with open(out_path, "w") as f:
        f.write("id\tclass\tsnippet\tcpython\tspindle\tverdict\tnote\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    counts = {}
    for r in rows:
        counts[r[5]] = counts.get(r[5], 0) + 1
    print(len(rows), "cases:", ", ".join("%s %d" % kv for kv in sorted(counts.items())))


if __name__ == "__main__":
    main()
