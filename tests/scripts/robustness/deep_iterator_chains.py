# spindle-only
# 100000-deep chains of generators and iterator objects (CPython 3.11 overflows its C stack
# here): Spindle either finishes or raises RecursionError, never crashes.
it = iter([1, -2])
for _ in range(100000):
    it = map(abs, it)
try:
    print(list(it) == [1, 2])
except RecursionError:
    print(True)  # expect: True
z = zip([1])
for _ in range(100000):
    z = zip(z)
try:
    print(len(list(z)))
except RecursionError:
    print(1)  # expect: 1
f = filter(None, [1, 0, 2])
for _ in range(100000):
    f = filter(None, f)
try:
    print(sum(f))
except RecursionError:
    print(3)  # expect: 3
def wrap(it):
    for x in it:
        yield x
g = iter([1, 2])
for _ in range(100000):
    g = wrap(g)
try:
    print(list(g))
except RecursionError:
    print("generator chain RecursionError")  # expect: generator chain RecursionError
