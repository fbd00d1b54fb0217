class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), isinstance(s, list))  # expect: [1, 2, 3] 4 4 4 True
print(s + [9], type(s).__name__, sum(s), s[1:])  # expect: [1, 2, 3, 9] Stack 6 [2, 3]
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
dd = DefaultDict()
dd["a"].append(1); dd["a"].append(2); dd["b"]
print(dd, isinstance(dd, dict), len(dd))  # expect: {'a': [1, 2], 'b': []} True 2
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ld = LowerDict()
ld["HeLLo"] = 1
print(ld["HELLO"], ld, "hello" in ld)  # expect: 1 {'hello': 1} True
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
try:
    raise AppError(404, "not found")
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)  # expect: AppError [404] not found 404 ('[404] not found',)
class NotFound(AppError, LookupError):
    pass
try:
    raise NotFound(1, "x")
except LookupError as e:
    print("lookup", e)  # expect: lookup [1] x
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), n + "by", len(n), n == "bob", isinstance(n, str))  # expect: BOB! bobby 3 True True
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
    def half(self):
        return self // 2
e = Even(7)
print(e, e.half(), e + 1, type(e + 1).__name__)  # expect: 6 3 7 int
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pt(3, 4)
print(p, p.x, p[1], p == (3, 4))  # expect: (3, 4) 3 4 True
class Counted(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.adds = 0
    def append(self, v):
        self.adds += 1
        super().append(v)
c = Counted("ab")
c.append("c")
print(c, c.adds)  # expect: ['a', 'b', 'c'] 1
class MyList(list):
    def __repr__(self):
        return "MyList" + super().__repr__()
print(MyList([1]), [MyList()])  # expect: MyList[1] [MyList[]]
