# the weakref module's surface
import weakref

print(sorted(weakref.__all__))
print(weakref.ReferenceType is weakref.ref, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(weakref.WeakSet.__name__, weakref.WeakMethod.__mro__[1] is weakref.ref)
print(weakref.WeakValueDictionary[str, int], weakref.WeakKeyDictionary[int, str], weakref.WeakSet[int])

class Node:
    pass

# KeyedRef: the ref type WeakValueDictionary stores, with its key
n = Node()
kr = weakref.KeyedRef(n, None, 'key1')
print(kr.key, kr() is n, isinstance(kr, weakref.ref), kr.__callback__)
d = weakref.WeakValueDictionary(k=n)
vr = d.valuerefs()[0]
print(type(vr) is weakref.KeyedRef, vr.key, vr() is n, callable(vr.__callback__))
del vr, kr

# keys(), values() and items() are generators
print([type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__])
wk = weakref.WeakKeyDictionary({n: 1})
print([type(wk.keys()).__name__, type(wk.values()).__name__, type(wk.items()).__name__])
print(list(d.items()) == [('k', n)], list(wk.items()) == [(n, 1)])

# an object cache that empties as objects are dropped
cache = weakref.WeakValueDictionary()
def get(name):
    obj = cache.get(name)
    if obj is None:
        obj = Node()
        obj.name = name
        cache[name] = obj
        print('created', name)
    return obj
x = get('x')
print(get('x') is x, len(cache))
del x
print(len(cache))
y = get('x')

# weak refs to instances of a class with __slots__ need __weakref__
class Slotted:
    __slots__ = ('a',)
class SlottedWeak:
    __slots__ = ('a', '__weakref__')
try:
    weakref.ref(Slotted())
except TypeError as e:
    print('TypeError', e)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)

# expect: ['CallableProxyType', 'ProxyType', 'ProxyTypes', 'ReferenceType', 'WeakKeyDictionary', 'WeakMethod', 'WeakSet', 'WeakValueDictionary', 'finalize', 'getweakrefcount', 'getweakrefs', 'proxy', 'ref']
# expect: True True
# expect: WeakSet True
# expect: weakref.WeakValueDictionary[str, int] weakref.WeakKeyDictionary[int, str] _weakrefset.WeakSet[int]
# expect: key1 True True None
# expect: True k True True
# expect: ['generator', 'generator', 'generator']
# expect: ['generator', 'generator', 'generator']
# expect: True True
# expect: created x
# expect: True 1
# expect: 0
# expect: created x
# expect: TypeError cannot create weak reference to 'Slotted' object
# expect: True
