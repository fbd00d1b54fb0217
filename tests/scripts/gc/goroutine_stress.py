# spindle-only
# The cycle collector stops the world while goroutines on every worker build,
# share, mutate and drop graphs: live structures stay intact (checksums), the
# garbage is freed (collections find it), and nothing crashes.
import gc
import scriptling.threads as threads


class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
        self.parent = None


def build(depth, fan, v):
    n = Node(v)
    if depth > 0:
        for i in range(fan):
            k = build(depth - 1, fan, v * fan + i)
            k.parent = n
            n.kids.append(k)
    return n


def total(n):
    s = n.v
    for k in n.kids:
        assert k.parent is n
        s += total(k)
    return s


def worker(seed, q):
    keep = build(4, 3, seed)
    expect = total(keep)
    for r in range(120):
        g = build(3, 3, r)          # garbage with parent cycles
        ring = [g]
        ring.append(ring)           # a list cycle holding it
        d = {"self": None}
        d["self"] = d
        if r % 30 == 0:
            q.put(build(2, 2, r))   # handed to the main goroutine
        if total(keep) != expect:
            return "corrupt"
    return total(keep) == expect


q = threads.Queue(1000)
before = gc.get_stats()[2]["collected"] + gc.get_stats()[1]["collected"] + gc.get_stats()[0]["collected"]
ps = [threads.run(worker, s, q) for s in range(16)]
results = [p.get() for p in ps]
print(results.count(True))  # expect: 16
got = 0
while True:
    try:
        n = q.get(timeout=0.01)
    except Exception:
        break
    got += total(n) >= 0
print(got)  # expect: 64
found = gc.collect()
after = sum(s["collected"] for s in gc.get_stats())
print(after > before)  # expect: True
print(gc.collect())  # expect: 0
