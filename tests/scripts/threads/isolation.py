# spindle-only
# SPEC 3 isolation: code visible, data not, own globals private, closures refused.
import scriptling.threads as threads
import math

LIMIT = 10

def helper(x):
    return x + 1

def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)

class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

def uses_code(x):
    return helper(x) + recurse(5) + Box(3).get() + int(math.sqrt(16))

print(threads.run(uses_code, 1).get())  # expect: 14

def reads_data():
    return LIMIT

try:
    threads.run(reads_data).get()
except NameError as e:
    print("NameError:", e)  # expect: NameError: name 'LIMIT' is not defined

counter = 0
def writes_global():
    global counter
    counter = 99
    return counter
print(threads.run(writes_global).get(), counter)  # expect: 99 0

def make_closure():
    secret = 5
    def inner():
        return secret
    return inner
try:
    threads.run(make_closure())
except TypeError as e:
    print("TypeError", "captures" in str(e))  # expect: TypeError True

# a lambda at module level captures nothing: allowed
print(threads.run(lambda a, b: a * b, 6, 7).get())  # expect: 42

# bound methods, builtins and classes may be run
b = Box(11)
print(threads.run(b.get).get(), threads.run(len, [1, 2, 3]).get(), threads.run(Box, 5).get().v)  # expect: 11 3 5

# arguments are passed by reference, not copied
shared = []
def fill(lst, n):
    for i in range(n):
        lst.append(i)
threads.run(fill, shared, 5).wait()
print(shared)  # expect: [0, 1, 2, 3, 4]

# keyword arguments
def kw(a, b=2, *, c=3):
    return a + b * c
print(threads.run(kw, 1, c=10).get(), threads.run(kw, a=1, b=1).get())  # expect: 21 4
