import copy
class A:
    def __init__(self):
        self.x = [1, 2]
        self.y = {'k': (3, [4])}
a = A()
b = copy.copy(a)
print(type(b).__name__, b is a, b.x is a.x, b.y is a.y, vars(b))  # expect: A False True True {'x': [1, 2], 'y': {'k': (3, [4])}}
l = [1, [2]]
m = copy.copy(l)
print(m, m is l, m[1] is l[1])  # expect: [1, [2]] False True
d = {'a': [1]}
e = copy.copy(d)
print(e, e is d, e['a'] is d['a'])  # expect: {'a': [1]} False True
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)  # expect: True False
t = (1, [2])
print(copy.copy(t) is t, copy.copy('str') == 'str', copy.copy(5), copy.copy(None), copy.copy(2.5))  # expect: True True 5 None 2.5
print(copy.copy(frozenset({1})), copy.copy(b'by'), copy.copy(range(3)), copy.copy(len) is len)  # expect: frozenset({1}) b'by' range(0, 3) True
print(copy.copy(A) is A, copy.copy(int) is int, copy.copy(Ellipsis), copy.copy(NotImplemented))  # expect: True True Ellipsis NotImplemented
def f():
    pass
print(copy.copy(f) is f)  # expect: True
class C:
    def __copy__(self):
        return 'custom copy'
print(copy.copy(C()))  # expect: custom copy
class R:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (R, (self.v * 2,))
print(copy.copy(R(2)).v)  # expect: 4
class RS:
    def __reduce__(self):
        return 'RS_global'
rs = RS()
print(copy.copy(rs) is rs)  # expect: True
class L(list):
    pass
ll = L([1, [2]])
ll.attr = 'z'
l2 = copy.copy(ll)
print(type(l2).__name__, l2, l2.attr, l2[1] is ll[1])  # expect: L [1, [2]] z True
class D(dict):
    pass
dd = D(a=[1])
d2 = copy.copy(dd)
print(type(d2).__name__, d2, d2['a'] is dd['a'])  # expect: D {'a': [1]} True
class GS:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {'v': self.v + 10}
    def __setstate__(self, st):
        self.v = st['v'] * 2
print(copy.copy(GS()).v)  # expect: 22
class NA:
    def __new__(cls, x):
        o = object.__new__(cls)
        o.x = x
        return o
    def __getnewargs__(self):
        return (self.x,)
print(copy.copy(NA(5)).x)  # expect: 5
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = [1]
s2 = copy.copy(s)
print(s2.a, s2.a is s.a, hasattr(s2, 'b'))  # expect: [1] True False
class Bad:
    def __reduce_ex__(self, proto):
        raise copy.Error('no copies (%d)' % proto)
try:
    copy.copy(Bad())
except copy.Error as e:
    print('Error', e)  # expect: Error no copies (4)
print(copy.error is copy.Error, issubclass(copy.Error, Exception), copy.__all__)  # expect: True True ['Error', 'copy', 'deepcopy']
