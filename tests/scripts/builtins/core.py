print("a", "b", sep="-", end="!\n")  # expect: a-b!
print("x", 1, None, sep="")  # expect: x1None
print()  # expect:
print(*[1, 2, 3], sep=", ")  # expect: 1, 2, 3
print("no newline", end=""); print(" joined")  # expect: no newline joined
print(len("abc"), len([1]), len({1: 2}), len(range(10)), len(b"xy"))  # expect: 3 1 1 10 2
print(list(enumerate("ab")), list(enumerate("ab", start=1)))  # expect: [(0, 'a'), (1, 'b')] [(1, 'a'), (2, 'b')]
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))  # expect: [(1, 'a'), (2, 'b')] [] [(1, 2, 3)]
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))  # expect: ['1', '2'] [3, 8]
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(str.isdigit, "a1b2")))  # expect: [1, 'a'] ['1', '2']
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([-3, 1, -2], key=abs))  # expect: [1, 2, 3] ['c', 'b', 'a'] [1, -2, -3]
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(3))))  # expect: [3, 2, 1] cba [2, 1, 0]
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []))  # expect: 6 13 0.9999999999999999 [1, 2]
print(min(3, 1, 2), max([1, 5, 2]), min("bca"), max([], default="none"), min([], default=0))  # expect: 1 5 a none 0
print(max(["aa", "b", "ccc"], key=len), min([(1, "z"), (1, "a")]), max(1, 2.5), max([2, 2.0]))  # expect: ccc (1, 'a') 2.5 2
print(abs(-5), abs(-2.5), abs(True))  # expect: 5 2.5 1
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))  # expect: (3, 2) (-4, 3) (3.0, 2.5)
print(pow(2, 8), pow(2, 0.5), pow(7, 2, 5), pow(-2, 3))  # expect: 256 1.4142135623730951 4 -8
print(all([]), all([1, 0]), any([]), any([0, "", 3]))  # expect: True False False True
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, float)))  # expect: True True False True
print(issubclass(bool, int), issubclass(int, (str, object)))  # expect: True True
print(type(1), type("s"), type([]), type(None))  # expect: <class 'int'> <class 'str'> <class 'list'> <class 'NoneType'>
print(type(1) is int, type(type(1)), type(1)("5") + 1)  # expect: True <class 'type'> 6
print(repr("s"), repr(1.0), repr([1, "a"]), repr(None), str("s"), str(b"b"))  # expect: 's' 1.0 [1, 'a'] None s b'b'
print(format(3.14159, ".2f"), format(255, "x"), format("s", "^5") + "|", format(12))  # expect: 3.14 ff   s  | 12
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == hash(-0.0), hash("a") == hash("a"))  # expect: True True True True
print(hex(255), hex(-16), oct(8), oct(-8), bin(5), bin(-5), bin(0))  # expect: 0xff -0x10 0o10 -0o10 0b101 -0b101 0b0
print(chr(65), chr(0x20AC), ord("A"), ord("€"))  # expect: A € 65 8364
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))  # expect: 1 2 default
print(callable(len), callable("s"), callable(int), callable(lambda: 0))  # expect: True False True True
class C:
    cls_attr = 1
obj = C()
setattr(obj, "dyn", 2)
print(getattr(obj, "dyn"), getattr(obj, "cls_attr"), hasattr(obj, "nope"), getattr(obj, "nope", None))  # expect: 2 1 False None
delattr(obj, "dyn"); print(vars(obj), hasattr(obj, "dyn"))  # expect: {} False
try:
    getattr(obj, "nope")
except AttributeError as e:
    print(e)  # expect: 'C' object has no attribute 'nope'
print(round(3.7), round(-3.5), round(4.5), round(2.567, 1))  # expect: 4 -4 4 2.6
print(int(), float(), str(), list(), dict(), tuple(), set(), bool())  # expect: 0 0.0  [] {} () set() False
print(isinstance(object(), object), type(object()).__name__)  # expect: True object
print(id(obj) == id(obj), id(obj) != id(C()))  # expect: True True
print(list(iter([3, 4].pop, 3)))  # expect: [4]
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted({"b": 1, "a": 2}))  # expect: [(1, 'z'), (2, 'a'), (2, 'b')] ['a', 'b']
print(next(iter({"only": 1})), next(reversed([7, 8])))  # expect: only 8
