# obj.__dict__ and vars(obj) are the instance's own namespace: writes,
# deletes and updates through them are attribute changes, and the dict
# is the same object every time (the self.__dict__.update(kw) idiom).
class R:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def show(self):
        return sorted(self.__dict__.items())
r = R(a=1, b=2)
print(r.a, r.b, r.show(), hasattr(r, "a"))
r.__dict__["c"] = 3
print(r.c, r.__dict__ is r.__dict__, vars(r) is r.__dict__)
r.d = 4
print(r.__dict__, "d" in r.__dict__, len(vars(r)))
del r.a
print(r.__dict__, hasattr(r, "a"))
del r.__dict__["b"]
print(hasattr(r, "b"), r.__dict__)
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
p = P(5)
d = p.__dict__
d["get"] = lambda: "shadowed"
print(p.get(), p.x, dir(p)[:0], "get" in dir(p), "x" in dir(p))
p.__dict__ = {"x": 9}
print(p.x, p.__dict__, hasattr(p, "get"))
try:
    p.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
import json
class Cfg:
    def __init__(self):
        self.name = "n"
        self.size = 3
print(json.dumps(vars(Cfg()), sort_keys=True))
c = Cfg()
for k, v in list(c.__dict__.items()):
    setattr(c, k + "_copy", v)
print(sorted(vars(c)))
print(getattr(c, "name_copy"), c.size_copy)
try:
    r.zzz
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    pass
q = Q()
q.__dict__.setdefault("k", []).append(1)
q.k.append(2)
print(q.k, q.__dict__.pop("k"), hasattr(q, "k"))
q.__dict__.clear(); q.m = 1; print(vars(q))
# expect: 1 2 [('a', 1), ('b', 2)] True
# expect: 3 True True
# expect: {'a': 1, 'b': 2, 'c': 3, 'd': 4} True 4
# expect: {'b': 2, 'c': 3, 'd': 4} False
# expect: False {'c': 3, 'd': 4}
# expect: shadowed 5 [] True True
# expect: 9 {'x': 9} True
# expect: TypeError: __dict__ must be set to a dictionary, not a 'int'
# expect: {"name": "n", "size": 3}
# expect: ['name', 'name_copy', 'size', 'size_copy']
# expect: n 3
# expect: AttributeError: 'R' object has no attribute 'zzz'
# expect: [1, 2] [1, 2] False
# expect: {'m': 1}
