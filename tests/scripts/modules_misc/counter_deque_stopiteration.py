# Counter comparisons (missing elements count as zero), deque in sequence
# patterns, and StopIteration escaping a generator.
from collections import Counter, deque
a, b = Counter(a=1), Counter(a=2, b=0)
print(a < b, a <= b, b > a, b >= a, a == Counter(a=1, z=0), a != b, Counter() == Counter(x=0), a < a)
print(Counter("abc") <= Counter("aabbcc"), Counter("abd") <= Counter("aabbcc"))
for v in [deque([1, 2]), deque([1, 2, 3]), [4, 5], (6,)]:
    match v:
        case [x, y]:
            print("pair", x, y)
        case [x, *rest]:
            print("head", x, rest)
def g():
    yield 1
    raise StopIteration("x")
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
def f(n):
    if n == 0:
        raise ValueError("deep")
    return f(n - 1)
import sys
try:
    f(50)
except ValueError as e:
    print("caught", e)
# expect: True True True True True True True False
# expect: True False
# expect: pair 1 2
# expect: head 1 [2, 3]
# expect: pair 4 5
# expect: head 6 []
# expect: RuntimeError generator raised StopIteration StopIteration('x') True
# expect: caught deep
