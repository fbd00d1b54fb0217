# Pause of one full collection with a live heap of ~1M tracked objects
# (200k instances, each with a list and a dict attribute, linked in rings),
# and of young collections while it is alive. Runs under CPython and Spindle.
import gc
import time


class Node:
    def __init__(self, i):
        self.i = i
        self.items = [i]
        self.meta = {"i": i}
        self.next = None


nodes = [Node(i) for i in range(200_000)]
for k in range(0, len(nodes), 100):
    ring = nodes[k:k + 100]
    for a, b in zip(ring, ring[1:] + ring[:1]):
        a.next = b

full = []
for _ in range(15):
    t = time.perf_counter()
    gc.collect()
    full.append(time.perf_counter() - t)
young = []
for _ in range(15):
    junk = [[j] for j in range(800)]
    del junk
    t = time.perf_counter()
    gc.collect(0)
    young.append(time.perf_counter() - t)
full.sort()
young.sort()
print("full collection, 1M live objects: p50 %.1f ms  p99 %.1f ms" % (full[len(full) // 2] * 1e3, full[-1] * 1e3))
print("young collection: p50 %.3f ms  p99 %.3f ms" % (young[len(young) // 2] * 1e3, young[-1] * 1e3))
