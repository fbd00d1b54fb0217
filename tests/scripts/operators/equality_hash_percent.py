# A dict as the one %-format argument; containers compare elements by
# identity first (nan); bound methods equal by receiver identity; __eq__
# without __hash__ makes __hash__ None, __hash__ = object.__hash__ restores it.
print("%s" % {"a": 1}, "val: %s" % {}, "%(a)s" % {"a": 2}, "%r" % {"k": [1]})
try:
    print("%(a)s %s" % {"a": 1})
except TypeError as e:
    print(e)
try:
    print("%s %s" % {"a": 1})
except TypeError as e:
    print(e)
print("%s %(a)s" % {"a": 1})
nan = float("nan")
print([nan] == [nan], {1: nan} == {1: nan}, (nan,) == (nan,), nan == nan, [nan] != [nan])
class A:
    def f(self): pass
    def g(self): pass
a, b = A(), A()
print(a.f == a.f, a.f in [a.f], a.f == b.f, a.f == a.g, a.f != a.f, len({a.f, a.f, b.f}))
listeners = [a.f, b.f]
listeners.remove(b.f)
print(len(listeners), hash(a.f) == hash(a.f))
class A:
    def __eq__(s, o): return True
    __hash__ = object.__hash__
print(len({A(), A()}))
class B:
    def __eq__(s, o): return isinstance(o, B)
print(B.__hash__)
try:
    hash(B())
except TypeError as e:
    print("TypeError:", e)
class C(B):
    pass
try:
    {C()}
except TypeError as e:
    print("TypeError:", e)
class D(B):
    def __hash__(self): return 5
print(hash(D()), D() in {D()})
class E:
    pass
e = E()
print(hash(e) == hash(e), E.__hash__ is object.__hash__ or "x")
class F:
    def __eq__(s, o): return True
    def __hash__(s): return 1
class G(F):
    def __eq__(s, o): return False
try:
    hash(G())
except TypeError as err:
    print("TypeError:", err)
# expect: {'a': 1} val: {} 2 {'k': [1]}
# expect: not enough arguments for format string
# expect: not enough arguments for format string
# expect: {'a': 1} 1
# expect: True True True False False
# expect: True True False False False 2
# expect: 1 True
# expect: 2
# expect: None
# expect: TypeError: unhashable type: 'B'
# expect: TypeError: unhashable type: 'C'
# expect: 5 True
# expect: True True
# expect: TypeError: unhashable type: 'G'
