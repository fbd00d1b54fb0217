"""A tour of every statement and expression kind the compiler handles."""
import math
import os.path
import collections.abc as cabc
from functools import reduce as red, partial
from string import *

x = 1
y = x + 2 - 3 * 4 / 5 // 6 % 7 ** 8
z = (x << 2) >> 1 | 3 & 5 ^ 7
w = -x + +x + ~x
big = 123456789012345678901234567890
neg_big = -9223372036854775808
f = 1.5e3
s = "hello" 'world'
b = b"bytes\x00"
t = (1, 2, (3, "4"))
lst = [1, 2, *t, 4]
st = {1, 2, *lst}
d = {"a": 1, **{"b": 2}, "c": 3}
e = ...
n = None
tr = True and False or not True
cmp = 1 < x <= 3 != 4
cmp2 = x is None or x is not None or x in lst or x not in st
cond = "yes" if x else "no"
a, *rest, last = range(10)
(p, q), r = (1, 2), 3
[m1, m2] = [5, 6]
i = j = k = 0
x += 1
lst[0] -= 2
d["a"] *= 3
sl = lst[1:2], lst[::2], lst[1:-1:3], lst[:]
lst[1:2] = [9]
del lst[0], sl
walrus = (nn := 10) + nn
ann: int = 5
ann2: str
fs = f"{x} {y!r:>10} {s=} {f:{x}.{y}f} plain"
fs2 = f"{x}"
fs3 = f""
lam = lambda a, b=2, *c, d, e=5, **g: a + b + d + e
sq = [v * v for v in range(10) if v % 2 if v > 2]
nested = [(u, v) for u in range(3) for v in range(u) if u != v]
sset = {v for v in "abc"}
dd = {k2: v2 for k2, v2 in d.items()}
gen = (v for v in range(5))
gsum = sum(v for v in range(5))
call = print(1, 2, sep="", end="\n")
call2 = print(*lst, **d)
call3 = print(1, *lst, 2, x=1, **d)
meth = s.upper()
meth2 = s.replace("l", "L", 1)
meth3 = s.split(sep=",")
attr = math.pi
idx = lst[-1]
chained = lst[0] if lst else None
assert x, "message"
assert y


def simple(a, b):
    return a + b


def defaults(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    global x
    x = a
    return (a, b, c, args, d, e, kwargs)


def closure():
    counter = 0

    def inc(step=1):
        nonlocal counter
        counter += step
        return counter

    return inc


def cell_param(p):
    def get():
        return p
    return get


def generator(n):
    for v in range(n):
        got = yield v
        if got:
            yield from range(got)
    yield
    return "done"


def control(seq):
    total = 0
    for v in seq:
        if v < 0:
            continue
        elif v > 100:
            break
        else:
            total += v
    else:
        total = -1
    while total > 10:
        total -= 3
        if total == 11:
            break
    else:
        pass
    return total


def exceptions(v):
    try:
        r = 1 / v
    except ZeroDivisionError as exc:
        print("zero", exc)
        r = None
    except (TypeError, ValueError):
        r = 0
    except Exception:
        raise
    else:
        r = r * 2
    finally:
        print("finally")
    try:
        raise ValueError("x") from None
    except ValueError as e2:
        pass
    try:
        pass
    finally:
        pass
    return r


def returns_in_finally(v):
    for i in range(3):
        try:
            if i == v:
                return i
            if i > v:
                break
            continue
        finally:
            print("cleanup", i)
    try:
        return 1
    finally:
        return 2


def return_in_handler():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as err:
            if i == 1:
                return err
            if i == 2:
                break
            continue
    return None


def withs(path):
    with open(path) as fh:
        data = fh.read()
    with open(path) as f1, open(path) as f2:
        data = f1.read() + f2.read()
    with open(path):
        pass
    for i in range(2):
        with open(path) as fh:
            if i:
                break
            continue
    with open(path) as fh:
        return fh.read()


def nested_try_with():
    try:
        with open("x") as fh:
            try:
                return fh.read()
            finally:
                print("inner")
    except OSError:
        return None
    finally:
        print("outer")


class Base:
    """Doc."""
    count = 0
    items: list = []

    def __init__(self, v):
        self.v = v
        Base.count += 1

    def __repr__(self):
        return f"Base({self.v!r})"

    @staticmethod
    def smethod(a):
        return a

    @classmethod
    def cmethod(cls):
        return cls()

    @property
    def prop(self):
        return self.v


class Derived(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w

    def method(self):
        return super().prop + __class__.count

    def explicit(self):
        return super(Derived, self).prop


def decorator(fn):
    return fn


@decorator
@decorator
def decorated():
    pass


@decorator
class Decorated:
    pass


def class_in_function(a):
    class Inner:
        value = a
        def get(self):
            return a
    return Inner


def matcher(cmd):
    match cmd:
        case 0 | 1 | -1:
            return "small"
        case None:
            return "none"
        case True:
            return "true"
        case "go" as word:
            return word
        case [x2, y2, *others] if x2 > 0:
            return others
        case [_, _]:
            return "pair"
        case (1, 2, 3):
            return "tuple"
        case {"key": value, **rest_d}:
            return value, rest_d
        case {"a": 1, "b": [p1, p2]}:
            return p1 + p2
        case {}:
            return "mapping"
        case Base(v=vv) if vv:
            return vv
        case Derived(1, w=2):
            return "derived"
        case math.pi:
            return "pi"
        case str() | bytes():
            return "text"
        case [*_]:
            return "seq"
        case _:
            return "other"


def walrus_comp(data):
    if any((hit := v) > 3 for v in data):
        return hit
    vals = [last := v for v in data]
    return last, vals


def deep_closure():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid


def star_calls(*args, **kwargs):
    return simple(*args, **kwargs)


def delete_things(o):
    local = 1
    del local
    del o.attr
    del o[0], o[1:2]


def aug_everything(o, k):
    v = 1
    v -= 1; v *= 2; v /= 3; v //= 4; v %= 5; v **= 2
    v <<= 1; v >>= 1; v &= 3; v |= 4; v ^= 5; v @= v
    o.attr += 1
    o[k] += 1
    o[k:] += [1]
    return v


def while_true():
    n = 0
    while True:
        n += 1
        if n > 5:
            break
    while not n:
        pass
    while n and n > 1 or n < -1:
        n -= 1
    return n


def yields_in_try():
    try:
        yield 1
    finally:
        yield 2


def lambda_closure(k):
    return lambda v: v + k


def comp_closure(k):
    return [v + k for v in range(3)], {v: k for v in range(3)}


def gen_in_method():
    return list(v for v in range(3) for w in range(v))


def unpacking():
    a, (b, *c), d = 1, (2, 3, 4), 5
    for i, (j, k) in enumerate([(1, 2)]):
        pass
    [*front, end] = "abc"
    return a, b, c, d, front, end


def nested_functions_qualname():
    def inner():
        def innermost():
            pass
        return innermost
    return inner


if __name__ == "__main__":
    print(simple(1, 2))
    print(control([1, 2, 300]))
elif x:
    pass
else:
    pass

for i in range(3):
    pass
else:
    pass

while False:
    pass

try:
    import nonexistent
except ImportError as ie:
    pass

raise SystemExit(0)
