# spindle-only
# scriptling.threads, SPEC part 3 (cannot be cross-checked with CPython).
import scriptling.threads as threads

def square(x):
    return x * x

p = threads.run(square, 7)
print(p.get(), p.get(), p.done())  # expect: 49 49 True
print(p.wait())  # expect: None

def fail(msg):
    raise ValueError(msg)

bad = threads.run(fail, "from goroutine")
for _ in range(2):
    try:
        bad.get()
    except ValueError as e:
        print("re-raised:", e)
# expect: re-raised: from goroutine
# expect: re-raised: from goroutine

promises = [threads.run(square, i) for i in range(10)]
print([q.get() for q in promises])  # expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]

counter = threads.Atomic(0)
def bump(c, n):
    for _ in range(n):
        c.add(1)
ps = [threads.run(bump, counter, 1000) for _ in range(8)]
for q in ps:
    q.wait()
print(counter.get())  # expect: 8000
print(counter.add(5), counter.cas(8005, 1), counter.cas(8005, 2), counter.get())  # expect: 8005 True False 1
try:
    threads.Atomic(1.5)
except TypeError:
    print("Atomic refuses float")  # expect: Atomic refuses float
big = threads.Atomic(2**63 - 1)
try:
    big.add(1)
except OverflowError:
    print("overflow, value kept:", big.get() == 2**63 - 1)  # expect: overflow, value kept: True

shared = threads.Shared([])
def append_many(s, base):
    for i in range(100):
        s.get().append(base + i)
ws = [threads.run(append_many, shared, k * 1000) for k in range(4)]
for w in ws:
    w.wait()
print(len(shared.get()))  # expect: 400
total = threads.Shared(0)
def add_many(t):
    for _ in range(250):
        t.update(lambda v: v + 1)
for w in [threads.run(add_many, total) for _ in range(4)]:
    w.wait()
print(total.get())  # expect: 1000

wg = threads.WaitGroup()
results = threads.Shared([])
def worker(i, wg, results):
    results.update(lambda r: r + [i])
    wg.done()
for i in range(5):
    wg.add()
    threads.run(worker, i, wg, results)
wg.wait()
print(sorted(results.get()))  # expect: [0, 1, 2, 3, 4]
try:
    threads.WaitGroup().done()
except ValueError:
    print("negative WaitGroup counter is a ValueError")  # expect: negative WaitGroup counter is a ValueError

def make_closure():
    y = 1
    def inner():
        return y
    return inner
try:
    threads.run(make_closure())
except TypeError:
    print("closures are refused")  # expect: closures are refused
