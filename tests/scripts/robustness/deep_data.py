# Printing a 100000-deep nested list: CPython raises RecursionError from
# repr; it must never overflow the native stack.
l = []
for _ in range(100000):
    l = [l]
try:
    print(len(str(l)))
except RecursionError:
    print("repr RecursionError")  # expect: repr RecursionError
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    repr(d)
except RecursionError:
    print("dict repr RecursionError")  # expect: dict repr RecursionError
t = ()
for _ in range(100000):
    t = (t,)
try:
    str(t)
except RecursionError:
    print("tuple repr RecursionError")  # expect: tuple repr RecursionError
a = []
b = []
for _ in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError:
    print("eq RecursionError")  # expect: eq RecursionError
try:
    hash(t)
    print("hashed")  # expect: hashed
except RecursionError:
    print("hash RecursionError")
f = frozenset()
for _ in range(100000):
    f = frozenset([f])
print(len(f), type(hash(f)).__name__)  # expect: 1 int
u = ()
for _ in range(100000):
    u = (u,)
try:
    print(t == u)
except RecursionError:
    print("tuple eq RecursionError")  # expect: tuple eq RecursionError
try:
    {t: 1}[u]
except RecursionError:
    print("dict key RecursionError")  # expect: dict key RecursionError
print(range(0, 3) == range(0, 3))  # expect: True
s = [1]
s.append(s)
print(s)  # expect: [1, [...]]
del l, d, t, u, a, b
print("done")  # expect: done
