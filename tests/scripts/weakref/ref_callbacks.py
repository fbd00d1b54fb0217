# weakref.ref: calling, callbacks, equality and hashing, counts, subclasses
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Obj(%s)' % self.name

log = []
a = Obj('a')
r = weakref.ref(a)
print(r() is a, r().name, r.__callback__)
print(weakref.ref is weakref.ReferenceType, type(r) is weakref.ref)
print(weakref.ref(a) is r)  # callback-less refs to one object are shared
def cb(wr):
    log.append(('cb', wr is r2, wr()))
r2 = weakref.ref(a, cb)
print(r2 is r, r2.__callback__ is cb)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(r == r2, hash(r) == hash(a), hash(r2) == hash(a))
del a
print(r(), r2(), log)
print(r == r2, r == r, weakref.getweakrefcount(Obj('z')))
print(hash(r) == hash(r2))  # the hash is kept from when it was alive

# a ref never hashed while alive cannot be hashed once dead
b = Obj('b')
rb = weakref.ref(b)
del b
try:
    hash(rb)
except TypeError as e:
    print('TypeError', e)

# equality compares referents while they are alive
class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
x, y = Val(1), Val(1)
print(weakref.ref(x) == weakref.ref(y), weakref.ref(x) != weakref.ref(y))
print(hash(weakref.ref(x)) == hash(1), {weakref.ref(x): 'x'}[weakref.ref(y)])

# several callbacks, one object: newest first
order = []
c = Obj('c')
refs = [weakref.ref(c, lambda wr, i=i: order.append(i)) for i in range(3)]
del c
print(order, [w() for w in refs])

# a callback that raises does not stop the program
d = Obj('d')
rd = weakref.ref(d, lambda wr: 1 / 0)
del d
print('still running', rd())

# objects that cannot be weakly referenced
for thing in (1, 'text', (1, 2), [1], {}, None):
    try:
        weakref.ref(thing)
    except TypeError as e:
        print('TypeError', e)

# subclasses of ref with extra state
class NamedRef(weakref.ref):
    __slots__ = ('label',)
    def __new__(cls, ob, label, callback=None):
        self = super().__new__(cls, ob, callback)
        self.label = label
        return self
    def __init__(self, ob, label, callback=None):
        super().__init__(ob, callback)
e = Obj('e')
nr = NamedRef(e, 'first')
print(nr.label, nr() is e, isinstance(nr, weakref.ref), nr is weakref.ref(e))
del e
print(nr(), nr.label)

# ref to a class, a function, a set
def f():
    return 'f'
print(weakref.ref(f)()(), weakref.ref(Obj)() is Obj)
print(type(weakref.ref(f)).__name__)

# expect: True a None
# expect: True True
# expect: True
# expect: False True
# expect: 2 2
# expect: True True True
# expect: None None [('cb', True, None)]
# expect: False True 0
# expect: True
# expect: TypeError weak object has gone away
# expect: True False
# expect: True x
# expect: [2, 1, 0] [None, None, None]
# expect: still running None
# expect: TypeError cannot create weak reference to 'int' object
# expect: TypeError cannot create weak reference to 'str' object
# expect: TypeError cannot create weak reference to 'tuple' object
# expect: TypeError cannot create weak reference to 'list' object
# expect: TypeError cannot create weak reference to 'dict' object
# expect: TypeError cannot create weak reference to 'NoneType' object
# expect: first True True False
# expect: None first
# expect: f True
# expect: ReferenceType
