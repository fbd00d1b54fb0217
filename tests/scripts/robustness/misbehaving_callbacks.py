# User callbacks that raise or misbehave inside native operations.
def bad_key(x):
    if x == 3:
        raise ValueError("bad key")
    return x
try:
    sorted([5, 3, 1], key=bad_key)
except ValueError as e:
    print("sort key:", e)  # expect: sort key: bad key
lst = [3, 1, 2]
try:
    lst.sort(key=bad_key)
except ValueError:
    print("list unchanged:", sorted(lst))  # expect: list unchanged: [1, 2, 3]
class Boom:
    def __eq__(self, other):
        raise RuntimeError("eq boom")
    def __hash__(self):
        return 12345
try:
    Boom() in [1, 2, Boom()]
except RuntimeError as e:
    print("in list:", e)  # expect: in list: eq boom
d = {Boom(): 1}
try:
    d[Boom()]
except RuntimeError as e:
    print("dict lookup:", e)  # expect: dict lookup: eq boom
try:
    Boom() in {Boom()}
except RuntimeError as e:
    print("set lookup:", e)  # expect: set lookup: eq boom
print(1 in d, len(d))  # expect: False 1
class BadHash:
    def __hash__(self):
        raise TypeError("no hash today")
try:
    {BadHash(): 1}
except TypeError as e:
    print(e)  # expect: no hash today
class HugeHash:
    def __hash__(self):
        return 10 ** 100
print(type(hash(HugeHash())).__name__)  # expect: int
class StrHash:
    def __hash__(self):
        return "x"
try:
    hash(StrHash())
except TypeError as e:
    print(e)  # expect: __hash__ method should return an integer
# Mutating a list while it is being sorted.
victim = [5, 4, 3, 2, 1]
def mutating_key(x):
    victim.append(x)
    return x
try:
    victim.sort(key=mutating_key)
    print("no error")
except ValueError as e:
    print(e)  # expect: list modified during sort
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        victim2.clear()
        return self.v < other.v
victim2 = [Cmp(i) for i in range(20)]
victim2.sort()
print(len(victim2))  # expect: 20
class BadLt:
    def __lt__(self, other):
        return NotImplemented
try:
    sorted([BadLt(), BadLt()])
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'BadLt' and 'BadLt'
class R:
    def __repr__(self):
        return 42
try:
    repr(R())
except TypeError as e:
    print(e)  # expect: __repr__ returned non-string (type int)
try:
    print([R()])
except TypeError as e:
    print(e)  # expect: __repr__ returned non-string (type int)
class S:
    def __str__(self):
        return None
try:
    str(S())
except TypeError as e:
    print(e)  # expect: __str__ returned non-string (type NoneType)
class L:
    def __len__(self):
        return -1
try:
    len(L())
except ValueError as e:
    print(e)  # expect: __len__() should return >= 0
class L2:
    def __len__(self):
        return 10 ** 30
try:
    len(L2())
except OverflowError as e:
    print(e)  # expect: cannot fit 'int' into an index-sized integer
class B:
    def __bool__(self):
        return 12345
try:
    if B():
        pass
except TypeError as e:
    print(e)  # expect: __bool__ should return bool, returned int
class It:
    def __iter__(self):
        return 5
try:
    for _ in It():
        pass
except TypeError as e:
    print(e)  # expect: iter() returned non-iterator of type 'int'
class Ix:
    def __index__(self):
        return "no"
try:
    [1, 2][Ix()]
except TypeError as e:
    print(e)  # expect: __index__ returned non-int (type str)
print("done")  # expect: done
