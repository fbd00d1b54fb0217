# weakref.proxy: use an object through a weak reference
import weakref

class Box:
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
    def __len__(self):
        return self.v
    def __getitem__(self, i):
        return i * 10
    def __add__(self, other):
        return Box(self.v + other)
    def __iter__(self):
        return iter(range(self.v))
    def __str__(self):
        return 'Box(%d)' % self.v
    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v
    def __hash__(self):
        return self.v
    def __bool__(self):
        return self.v != 0

log = []
b = Box(3)
p = weakref.proxy(b, lambda pr: log.append('gone'))
print(p.v, p.double(), len(p), p[4], (p + 1).v, list(p), str(p), bool(p))
p.v = 4
print(b.v, p == Box(4), p == b, p != b)
del p.v
print(hasattr(b, 'v'), hasattr(p, 'v'))
b.v = 2
print(type(p) is weakref.ProxyType, type(p).__name__, isinstance(p, Box))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(weakref.getweakrefcount(b), weakref.proxy(b) is weakref.proxy(b))
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)

# callable objects get a CallableProxyType
class Fn:
    def __call__(self, x):
        return x + 1
fn = Fn()
cp = weakref.proxy(fn)
print(type(cp) is weakref.CallableProxyType, type(cp).__name__, cp(1), callable(cp), callable(p))

# using a proxy after its referent died
del b
print(log)
for action in (lambda: p.v, lambda: len(p), lambda: str(p), lambda: p + 1):
    try:
        action()
    except ReferenceError as e:
        print('ReferenceError', e)
del fn
try:
    cp(1)
except ReferenceError as e:
    print('ReferenceError', e)

# proxies in weak containers
c = Box(7)
wv = weakref.WeakValueDictionary()
wv['c'] = c
print(wv['c'].v, weakref.getweakrefcount(c))
try:
    weakref.proxy(5)
except TypeError as e:
    print('TypeError', e)

# expect: 3 6 3 40 4 [0, 1, 2] Box(3) True
# expect: 4 True True False
# expect: False False
# expect: True ProxyType True
# expect: True
# expect: 1 True
# expect: TypeError unhashable type: 'weakref.ProxyType'
# expect: True CallableProxyType 2 True False
# expect: ['gone']
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: 7 1
# expect: TypeError cannot create weak reference to 'int' object
