def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError", isinstance(e, RuntimeError))  # expect: RecursionError True
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
try:
    deep(100000)
    print("no error?")
except RecursionError:
    print("100000 deep caught")  # expect: 100000 deep caught
print(deep(500))  # expect: 500
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")  # expect: mutual recursion caught
class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return repr(self.child)
try:
    repr(Node())
except RecursionError:
    print("recursive __repr__ caught")  # expect: recursive __repr__ caught
def still_works():
    try:
        infinite(0)
    except RecursionError:
        pass
    return deep(200)
print(still_works(), still_works())  # expect: 200 200
depth = 0
def count_depth():
    global depth
    depth += 1
    count_depth()
try:
    count_depth()
except RecursionError:
    print(500 < depth <= 1000)  # expect: True
class A:
    @property
    def loop(self):
        return self.loop
try:
    A().loop
except RecursionError:
    print("property recursion caught")  # expect: property recursion caught
def gen_rec(n):
    yield n
    yield from gen_rec(n + 1)
try:
    for _ in gen_rec(0):
        pass
except RecursionError:
    print("generator recursion caught")  # expect: generator recursion caught
nested = []
for _ in range(100000):
    nested = [nested]
print(len(nested))  # expect: 1
