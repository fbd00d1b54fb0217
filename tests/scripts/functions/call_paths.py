# Calls and returns on the interpreter's in-loop path and its fallbacks:
# deep and wide recursion (the stack grows while frames are entered),
# exceptions and RecursionError through many frames, __init__ results,
# generator methods, closures, globals, unbound locals.
import sys

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(500))

def wide(n):
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = n
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = b8 = b9 = n + 1
    if n == 0:
        return a0 + b9
    return wide(n - 1) + a9 - b0 + 1

print(wide(400))

def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1)

try:
    boom(50)
except ValueError as e:
    print("caught", e)

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError:
    print("recursion error")
print(depth(100))

class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def chain(self, n):
        if n == 0:
            return self
        return P(self.x + 1).chain(n - 1)

print(P(1).chain(300).get())

class Bad:
    def __init__(self):
        return 5

try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

class Gen:
    def items(self, n):
        for i in range(n):
            yield i * i

print(list(Gen().items(5)))

def outer(k):
    def inner(x):
        return x + k
    return inner(10) + inner(20)

print(outer(3))

def ret_tuple(a, b):
    return a, b

x, y = ret_tuple(1, "two")
print(x, y)

def nested_calls(n):
    return abs(n) + len(str(n)) + max(n, 0)

print([nested_calls(i) for i in range(-3, 4)])

def local_undefined():
    if False:
        z = 1
    return z

try:
    local_undefined()
except UnboundLocalError as e:
    print("unbound:", e)

total = 0
def accumulate(i):
    global total
    total += i
    return total

for i in range(1000):
    accumulate(i)
print(total)

def kinds(v):
    return type(v).__name__

print([kinds(v) for v in [1, 1.5, "s", None, [1], (1,), {1: 2}, P(0)]])
# expect: 500
# expect: 1
# expect: caught bottom
# expect: recursion error
# expect: 100
# expect: 301
# expect: TypeError: __init__() should return None, not 'int'
# expect: [0, 1, 4, 9, 16]
# expect: 36
# expect: 1 two
# expect: [5, 4, 3, 1, 3, 5, 7]
# expect: unbound: cannot access local variable 'z' where it is not associated with a value
# expect: 499500
# expect: ['int', 'float', 'str', 'NoneType', 'list', 'tuple', 'dict', 'P']
