# spindle-only
# SPEC 2/3: containers never corrupt under parallel goroutines; Shared.update is atomic;
# blocking inside key= functions and dunders (native re-entry) parks correctly; sleep parks.
import scriptling.threads as threads
import time

lst = []
def append_n(l, base, n):
    for i in range(n):
        l.append(base + i)
ps = [threads.run(append_n, lst, k * 100, 100) for k in range(1000)]
for p in ps:
    p.wait()
print(len(lst), len(set(lst)))  # expect: 100000 100000

d = {}
def put_keys(d, base):
    for i in range(200):
        d[base + i] = i
ps = [threads.run(put_keys, d, k * 1000) for k in range(50)]
for p in ps:
    p.wait()
print(len(d))  # expect: 10000

s = threads.Shared(0)
def bump(s, n):
    for _ in range(n):
        s.update(lambda v: v + 1)
ps = [threads.run(bump, s, 200) for _ in range(10)]
for p in ps:
    p.wait()
print(s.get())  # expect: 2000

# blocking inside a key function (native re-entry keeps the stack)
q = threads.Queue()
def keyer(x):
    return q.get() * 0 + x
def feeder(q, n):
    for i in range(n):
        time.sleep(0.001)
        q.put(i)
threads.run(feeder, q, 5)
print(sorted([3, 1, 4, 1, 5], key=keyer))  # expect: [1, 1, 3, 4, 5]

class Slow:
    def __init__(self, q):
        self.q = q
    def __eq__(self, other):
        return self.q.get() == other
q2 = threads.Queue()
threads.run(feeder, q2, 1)
print(Slow(q2) == 0)  # expect: True

# sleep parks only the calling goroutine
order = threads.Queue()
def sleeper(order):
    time.sleep(0.05)
    order.put("sleeper")
def quick(order):
    order.put("quick")
a = threads.run(sleeper, order)
b = threads.run(quick, order)
a.wait()
b.wait()
print(order.get(), order.get())  # expect: quick sleeper

# spinning goroutines are preempted: main still runs
stop = threads.Atomic(0)
def spin(stop):
    n = 0
    while stop.get() == 0:
        n += 1
    return n >= 0
spinners = [threads.run(spin, stop) for _ in range(8)]
time.sleep(0.01)
stop.set(1)
print(all(p.get() for p in spinners))  # expect: True
