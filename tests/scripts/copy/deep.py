import copy
class A:
    def __init__(self):
        self.x = [1, 2]
        self.y = {'k': (3, [4])}
a = A()
c = copy.deepcopy(a)
print(c.x is a.x, c.x == a.x, c.y == a.y, c.y['k'][1] is a.y['k'][1])  # expect: False True True False
l = [1, [2, 3]]
l.append(l)
m = copy.deepcopy(l)
print(m[2] is m, m[1] is not l[1], m[1] == l[1])  # expect: True True True
t = (1, 2, [3])
u = copy.deepcopy(t)
print(u == t, u is t, u[2] is t[2])  # expect: True False False
t2 = (1, 'a', (2, 3))
print(copy.deepcopy(t2) is t2)  # expect: True
d = {}
d['me'] = d
d2 = copy.deepcopy(d)
print(d2['me'] is d2, d2 is not d)  # expect: True True
rt = ([],)
rt[0].append(rt)
rt2 = copy.deepcopy(rt)
print(rt2[0][0] is rt2, rt2 is not rt)  # expect: True True
shared = [1]
out = copy.deepcopy([shared, shared, {'s': shared}])
print(out[0] is out[1] is out[2]['s'], out[0] is not shared)  # expect: True True
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] is y[0])  # expect: True True True
print(copy.deepcopy(x, memo) is y[0])  # expect: True
class C:
    def __deepcopy__(self, memo):
        return ('custom deep', type(memo).__name__)
print(copy.deepcopy(C()), copy.deepcopy([C()]))  # expect: ('custom deep', 'dict') [('custom deep', 'dict')]
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
s.b = [2]
s2 = copy.deepcopy(s)
print(s2.a, s2.b, s2.b is s.b)  # expect: 1 [2] False
class L(list):
    pass
ll = L([1, [2]])
ll.attr = ['z']
l2 = copy.deepcopy(ll)
print(type(l2).__name__, l2, l2.attr, l2[1] is ll[1], l2.attr is ll.attr)  # expect: L [1, [2]] ['z'] False False
class GS:
    def __init__(self):
        self.v = [1]
    def __getstate__(self):
        return {'v': self.v}
    def __setstate__(self, st):
        self.v = st['v'] + ['set']
g = GS()
g2 = copy.deepcopy(g)
print(g2.v, g.v)  # expect: [1, 'set'] [1]
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node('root')
for i in range(3):
    n = Node('c%d' % i)
    n.parent = root
    root.children.append(n)
r2 = copy.deepcopy(root)
print([c.parent is r2 for c in r2.children], [c.name for c in r2.children], r2.children[0] is not root.children[0])  # expect: [True, True, True] ['c0', 'c1', 'c2'] True
class Meth:
    def m(self):
        return self
mm = Meth()
bm = copy.deepcopy(mm.m)
print(bm() is not mm, type(bm()).__name__, copy.copy(mm.m)() is mm)  # expect: True Meth True
def f():
    pass
print(copy.deepcopy(f) is f, copy.deepcopy(len) is len, copy.deepcopy(A) is A)  # expect: True True True
print(copy.deepcopy(ValueError('x', [1])).args, copy.deepcopy(frozenset({1, 2})) == {1, 2})  # expect: ('x', [1]) True
print(copy.deepcopy({1: {2: [3]}}), copy.deepcopy([(1,), [2], {3}, 'four', b'five', 6.0, None, True]))  # expect: {1: {2: [3]}} [(1,), [2], {3}, 'four', b'five', 6.0, None, True]
class Empty:
    pass
e = copy.deepcopy(Empty())
print(type(e).__name__, vars(e))  # expect: Empty {}
