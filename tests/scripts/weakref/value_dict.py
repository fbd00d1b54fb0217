# WeakValueDictionary: entries vanish with their values
import copy
import weakref
from collections.abc import Mapping, MutableMapping

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Obj(%s)' % self.name

a, b, c = Obj('a'), Obj('b'), Obj('c')
d = weakref.WeakValueDictionary({1: a, 2: b}, three=c)
print(len(d), sorted(d, key=str), d[1], d.get(2), d.get(9), d.get(9, 'dflt'))
print(1 in d, 9 in d, isinstance(d, MutableMapping), isinstance(d, Mapping))
print(repr(d).startswith('<WeakValueDictionary at 0x'))
del b
print(len(d), 2 in d, d.get(2), sorted(d.keys(), key=str))
try:
    d[2]
except KeyError as e:
    print('KeyError', e)

# assignment, deletion, overwrite
d[4] = a
del d[1]
print(sorted(d.items(), key=lambda kv: str(kv[0])))
try:
    del d[1]
except KeyError as e:
    print('KeyError', e)
try:
    d[5] = 5
except TypeError as e:
    print('TypeError', e)

# a replaced value's death does not remove the new entry
x, y = Obj('x'), Obj('y')
d2 = weakref.WeakValueDictionary()
d2['k'] = x
d2['k'] = y
del x
print(len(d2), d2['k'])

# iterating while values die: the loop is not disturbed
objs = [Obj(str(i)) for i in range(6)]
d3 = weakref.WeakValueDictionary(enumerate(objs))
seen = []
for k in d3:
    seen.append(k)
    if k == 1:
        del objs[2:4]      # frees the values of keys 2 and 3
print(seen, len(d3), sorted(d3))
print(list(d3.values()), sorted(k for k, v in d3.items()))
for k, v in d3.items():
    break              # an abandoned iterator
del v, objs[0]
print(len(d3), sorted(d3))

# refs to the values
vr = d3.valuerefs()
print(len(vr), sorted(r().name for r in vr), sorted(r.key for r in d3.itervaluerefs()))
print(type(vr[0]).__name__, isinstance(vr[0], weakref.ref))

# pop, popitem, setdefault, update
e = Obj('e')
d4 = weakref.WeakValueDictionary(k1=e)
print(d4.pop('k1'), d4.pop('k1', 'gone'), len(d4))
try:
    d4.pop('k1')
except KeyError as err:
    print('KeyError', err)
print(d4.setdefault('s', e), d4.setdefault('s', a), d4['s'])
d4.update({'u': a}, v=c)
d4.update([('w', e)])
print(sorted(d4.items()))
print(d4.popitem()[1] in (a, c, e), len(d4))
d4.clear()
print(len(d4), list(d4))
try:
    d4.popitem()
except KeyError as err:
    print('KeyError', err)

# copies hold the values weakly too
f, g = Obj('f'), Obj('g')
d5 = weakref.WeakValueDictionary(f=f, g=g)
c1 = d5.copy()
c2 = copy.copy(d5)
c3 = copy.deepcopy(d5)
print(type(c1).__name__, sorted(c1.items()), c3['f'] is f)
del f
print(len(d5), len(c1), len(c2), len(c3), sorted(c3))

# | and |=
d6 = weakref.WeakValueDictionary(g=g)
m = d6 | {'a': a}
n = {'c': c, 'g': a} | d6
print(type(m).__name__, sorted(m.items()), type(n).__name__, sorted(n.items()))
d6 |= {'e': e}
d6 |= [('c', c)]
print(sorted(d6.items()))
print(d6.__or__([1]), d6 == {'g': g, 'e': e, 'c': c}, dict(d6) == {'g': g, 'e': e, 'c': c})

class Sub(weakref.WeakValueDictionary):
    pass
s = Sub(a=a)
print(type(s.copy()).__name__, type(copy.deepcopy(s)).__name__, type(s | {}).__name__, type({} | s).__name__)
print(repr(s).startswith('<Sub at 0x'))

# expect: 3 [1, 2, 'three'] Obj(a) Obj(b) None dflt
# expect: True False True True
# expect: True
# expect: 2 False None [1, 'three']
# expect: KeyError 2
# expect: [(4, Obj(a)), ('three', Obj(c))]
# expect: KeyError 1
# expect: TypeError cannot create weak reference to 'int' object
# expect: 1 Obj(y)
# expect: [0, 1, 4, 5] 4 [0, 1, 4, 5]
# expect: [Obj(0), Obj(1), Obj(4), Obj(5)] [0, 1, 4, 5]
# expect: 3 [1, 4, 5]
# expect: 3 ['1', '4', '5'] [1, 4, 5]
# expect: KeyedRef True
# expect: Obj(e) gone 0
# expect: KeyError 'k1'
# expect: Obj(e) Obj(e) Obj(e)
# expect: [('s', Obj(e)), ('u', Obj(a)), ('v', Obj(c)), ('w', Obj(e))]
# expect: True 3
# expect: 0 []
# expect: KeyError 'popitem(): dictionary is empty'
# expect: WeakValueDictionary [('f', Obj(f)), ('g', Obj(g))] True
# expect: 1 1 1 1 ['g']
# expect: WeakValueDictionary [('a', Obj(a)), ('g', Obj(g))] WeakValueDictionary [('c', Obj(c)), ('g', Obj(g))]
# expect: [('c', Obj(c)), ('e', Obj(e)), ('g', Obj(g))]
# expect: NotImplemented True True
# expect: WeakValueDictionary Sub WeakValueDictionary Sub
# expect: True
