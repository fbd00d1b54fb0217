# WeakKeyDictionary: entries vanish with their keys
import copy
import weakref
from collections.abc import MutableMapping

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Key(%s)' % self.name
    def __lt__(self, other):
        return self.name < other.name

a, b, c = Key('a'), Key('b'), Key('c')
d = weakref.WeakKeyDictionary({a: 1, b: [2]})
d[c] = 3
print(len(d), sorted(d), d[a], d.get(b), d.get(Key('z')), d.get(Key('z'), 'dflt'))
print(a in d, Key('a') in d, 1 in d, 'text' in d, isinstance(d, MutableMapping))
print(repr(d).startswith('<WeakKeyDictionary at 0x'))
del b
print(len(d), sorted(d.items()), sorted(d.values()))
try:
    d[Key('q')]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
try:
    d[1] = 'one'
except TypeError as e:
    print('TypeError', e)
try:
    d.get('text')
except TypeError as e:
    print('TypeError', e)

# keys compare by value when they define __eq__/__hash__
class Named:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Named) and self.n == other.n
    def __hash__(self):
        return hash(self.n)
n1, n2 = Named(1), Named(1)
dn = weakref.WeakKeyDictionary()
dn[n1] = 'first'
dn[n2] = 'second'    # same key: n1 stays the key, the value changes
print(len(dn), dn[n1], list(dn)[0] is n1)
del n2
print(len(dn))
del n1
print(len(dn))

# iterating while keys die
keys = [Key(str(i)) for i in range(6)]
d2 = weakref.WeakKeyDictionary((k, int(k.name)) for k in keys)
seen = []
for k in d2:
    seen.append(k.name)
    if k.name == '1':
        del keys[2:4]
del k
print(seen, len(d2), sorted(d2.values()))
for k, v in d2.items():
    break
del k, keys[0]
print(len(d2), sorted(d2.values()))
kr = d2.keyrefs()
print(len(kr), sorted(r().name for r in kr), isinstance(kr[0], weakref.ref))
del kr

# pop, popitem, setdefault, update, del
e = Key('e')
d3 = weakref.WeakKeyDictionary()
print(d3.setdefault(e, []), d3.setdefault(e, 'x'))
d3[e].append(1)
d3.update({a: 'A'})
d3.update([(c, 'C')])
print(sorted(d3.items()))
print(d3.pop(a), d3.pop(a, 'gone'), len(d3))
try:
    d3.pop(a)
except KeyError as err:
    print('KeyError', type(err.args[0]).__name__)
del d3[c]
try:
    del d3[c]
except KeyError as err:
    print('KeyError', err.args[0]() is c)
print(d3.popitem(), len(d3))
try:
    d3.popitem()
except KeyError as err:
    print('KeyError', err)

# copies
f, g = Key('f'), Key('g')
d4 = weakref.WeakKeyDictionary({f: [1], g: [2]})
c1 = d4.copy()
c2 = copy.copy(d4)
c3 = copy.deepcopy(d4)
print(type(c1).__name__, sorted(c1.items()), c1[f] is d4[f], c3[f] is d4[f], c3[f] == d4[f])
del f
print(len(d4), len(c1), len(c2), len(c3), sorted(c3))

# | and |=
m = d4 | {a: 'a'}
n = {a: 'x', g: 'y'} | d4
print(type(m).__name__, sorted(m.items()), type(n).__name__, sorted(n.items()))
d4 |= {c: 'c'}
d4 |= [(e, 'e')]
print(sorted(d4.items()))
print(d4.__or__([1]), d4.__ror__(3))

class Sub(weakref.WeakKeyDictionary):
    pass
s = Sub({a: 1})
print(type(s.copy()).__name__, type(copy.deepcopy(s)).__name__, type(s | {}).__name__, type({} | s).__name__)
print(s == {a: 1}, s != {a: 2})

# expect: 3 [Key(a), Key(b), Key(c)] 1 [2] None dflt
# expect: True False False False True
# expect: True
# expect: 2 [(Key(a), 1), (Key(c), 3)] [1, 3]
# expect: KeyError ReferenceType
# expect: TypeError cannot create weak reference to 'int' object
# expect: TypeError cannot create weak reference to 'str' object
# expect: 1 second True
# expect: 1
# expect: 0
# expect: ['0', '1', '4', '5'] 4 [0, 1, 4, 5]
# expect: 3 [1, 4, 5]
# expect: 3 ['1', '4', '5'] True
# expect: [] []
# expect: [(Key(a), 'A'), (Key(c), 'C'), (Key(e), [1])]
# expect: A gone 2
# expect: KeyError ReferenceType
# expect: KeyError True
# expect: (Key(e), [1]) 0
# expect: KeyError 'popitem(): dictionary is empty'
# expect: WeakKeyDictionary [(Key(f), [1]), (Key(g), [2])] True False True
# expect: 1 1 1 1 [Key(g)]
# expect: WeakKeyDictionary [(Key(a), 'a'), (Key(g), [2])] WeakKeyDictionary [(Key(a), 'x'), (Key(g), [2])]
# expect: [(Key(c), 'c'), (Key(e), 'e'), (Key(g), [2])]
# expect: NotImplemented NotImplemented
# expect: WeakKeyDictionary Sub WeakKeyDictionary Sub
# expect: True True
