try:
    x = [0] * 10**12
    print("allocated?!")
except (MemoryError, OverflowError) as e:
    print(type(e).__name__ in ("MemoryError", "OverflowError"))  # expect: True
try:
    s = "ab" * 10**13
    print("allocated?!")
except (MemoryError, OverflowError) as e:
    print(type(e).__name__ in ("MemoryError", "OverflowError"))  # expect: True
try:
    [0] * (2**64)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__ in ("MemoryError", "OverflowError"))  # expect: True
print([1] * -5, "ab" * -1 == "", [] * 10**12)  # expect: [] True []
big = 10 ** 1000
print(len(str(big)), big % 7, (big + 1) // big)  # expect: 1001 4 1
try:
    float(big)
except OverflowError:
    print("float overflow")  # expect: float overflow
print(1e308 * 10 == float("inf"), -1e308 * 10)  # expect: True -inf
lst = list(range(100000))
print(sum(lst), lst[-1], len(lst[::2]))  # expect: 4999950000 99999 50000
d = {i: i * i for i in range(50000)}
print(len(d), d[49999])  # expect: 50000 2499900001
s = "".join(str(i % 10) for i in range(100000))
print(len(s), s[-3:], s.count("7"))  # expect: 100000 789 10000
i = 0
while i < 200000:
    i += 1
print(i)  # expect: 200000
try:
    eval_me = {}
    eval_me[[]] = 1
except TypeError as e:
    print("unhashable ok")  # expect: unhashable ok
class Weird:
    def __eq__(self, other):
        raise ValueError("eq exploded")
    __hash__ = object.__hash__
try:
    [Weird()].index(5)
except ValueError as e:
    print(e)  # expect: eq exploded
def g():
    yield 1
gen = g()
next(gen)
try:
    next(gen)
except StopIteration:
    print("exhausted cleanly")  # expect: exhausted cleanly
print("survived")  # expect: survived
