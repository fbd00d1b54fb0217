# WeakSet: members vanish when they are freed
import copy
import weakref
from collections.abc import MutableSet, Set

class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Item(%s)' % self.name
    def __lt__(self, other):
        return self.name < other.name

a, b, c, d = Item('a'), Item('b'), Item('c'), Item('d')
s = weakref.WeakSet([a, b])
s.add(c)
s.add(a)
print(len(s), sorted(s), a in s, d in s, 3 in s, 'x' in s)
print(isinstance(s, MutableSet), isinstance(s, Set), weakref.WeakSet.__module__)
del b
print(len(s), sorted(s))
try:
    s.add(1)
except TypeError as e:
    print('TypeError', e)
try:
    hash(s)
except TypeError as e:
    print('TypeError', e)

# remove, discard, pop, clear
s.remove(a)
s.discard(a)
s.discard(d)
try:
    s.remove(a)
except KeyError as e:
    print('KeyError', e.args[0]() is a)
print(sorted(s), s.pop() is c, len(s))
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)
s.update([a, c])
s.clear()
print(len(s), list(s))

# iterating while members die
items = [Item(str(i)) for i in range(6)]
s2 = weakref.WeakSet(items)
seen = []
for it in s2:
    seen.append(it.name)
    if len(seen) == 2:
        del items[:]
        keep = it
del it
print(len(seen) <= 6, len(s2), list(s2) == [keep])
del keep
print(len(s2))

# set algebra, with WeakSets and other iterables
b = Item('b')
x = weakref.WeakSet([a, b, c])
y = weakref.WeakSet([b, c, d])
print(sorted(x | y), sorted(x & y), sorted(x - y), sorted(x ^ y))
print(sorted(x.union([d])), sorted(x.intersection([a, d])), sorted(x.difference([a])))
print(sorted(x.symmetric_difference([a, d])), x.isdisjoint([d]), x.isdisjoint(y))
print(type(x | y).__name__, type(x.copy()).__name__, sorted(x.copy()))
print(x <= y, x.issubset([a, b, c, d]), x < weakref.WeakSet([a, b, c, d]), x < x, x <= x)
print(x >= weakref.WeakSet([a]), x.issuperset([a, b]), x > weakref.WeakSet([a]), x > x)
print(x == weakref.WeakSet([c, b, a]), x == y, x != y, x == {a, b, c}, x.__eq__({a}))

z = weakref.WeakSet([a, b])
z |= [c]
z -= weakref.WeakSet([a])
print(sorted(z))
z ^= [a, b]
print(sorted(z))
z &= [a, d]
print(sorted(z))
z.update([b, c])
z.difference_update([c])
z.intersection_update([a, b, c])
z.symmetric_difference_update([c, d])
print(sorted(z))
z -= z
print(len(z))

# in-place results keep tracking deaths
e, f = Item('e'), Item('f')
w = weakref.WeakSet([e, f, a])
w ^= [Item('tmp')]
w -= [a]
print(len(w))
del e
print(len(w), sorted(w))

# copies
g = Item('g')
s3 = weakref.WeakSet([f, g])
s4 = s3.copy()
print(sorted(s4), s4 == s3, s4 is s3)
del g
print(len(s3), len(s4))

class Sub(weakref.WeakSet):
    pass
u = Sub([a])
print(type(u.copy()).__name__, type(u | [b]).__name__, type(u & [a]).__name__, type(u - [a]).__name__)
print(weakref.WeakSet[int])

# expect: 3 [Item(a), Item(b), Item(c)] True False False False
# expect: True True _weakrefset
# expect: 2 [Item(a), Item(c)]
# expect: TypeError cannot create weak reference to 'int' object
# expect: TypeError unhashable type: 'WeakSet'
# expect: KeyError True
# expect: [Item(c)] True 0
# expect: KeyError 'pop from empty WeakSet'
# expect: 0 []
# expect: True 1 True
# expect: 0
# expect: [Item(a), Item(b), Item(c), Item(d)] [Item(b), Item(c)] [Item(a)] [Item(a), Item(d)]
# expect: [Item(a), Item(b), Item(c), Item(d)] [Item(a)] [Item(b), Item(c)]
# expect: [Item(b), Item(c), Item(d)] True False
# expect: WeakSet WeakSet [Item(a), Item(b), Item(c)]
# expect: False True True False True
# expect: True True True False
# expect: True False True False NotImplemented
# expect: [Item(b), Item(c)]
# expect: [Item(a), Item(c)]
# expect: [Item(a)]
# expect: [Item(a), Item(b), Item(c), Item(d)]
# expect: 0
# expect: 2
# expect: 1 [Item(f)]
# expect: [Item(f), Item(g)] True False
# expect: 1 1
# expect: Sub Sub Sub Sub
# expect: _weakrefset.WeakSet[int]
