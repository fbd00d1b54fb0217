import types
import sys
def f():
    pass
def g():
    yield 1
class C:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.FunctionType))  # expect: True True False
print(isinstance(g(), types.GeneratorType), isinstance(f(), types.GeneratorType), isinstance(C().m, types.MethodType))  # expect: True False True
print(isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))  # expect: True True
print(types.NoneType, types.EllipsisType, types.NotImplementedType)  # expect: <class 'NoneType'> <class 'ellipsis'> <class 'NotImplementedType'>
print(types.NoneType is type(None), types.FunctionType is types.LambdaType)  # expect: True True
ns = types.SimpleNamespace(a=1, b='two')
print(ns, ns.a, ns.b)  # expect: namespace(a=1, b='two') 1 two
ns.c = [3]
del ns.a
print(ns, repr(types.SimpleNamespace()))  # expect: namespace(b='two', c=[3]) namespace()
print(ns == types.SimpleNamespace(b='two', c=[3]), ns == types.SimpleNamespace(b='two'), ns != types.SimpleNamespace())  # expect: True False True
print(vars(ns))  # expect: {'b': 'two', 'c': [3]}
class Sub(types.SimpleNamespace):
    pass
print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1))  # expect: Sub(x=1) True
r = types.SimpleNamespace()
r.self = r
print(r)  # expect: namespace(self=namespace(...))
try:
    hash(ns)
except TypeError as e:
    print('unhashable')  # expect: unhashable
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('positional error')  # expect: positional error
d = {'a': 1, 'b': 2}
mp = types.MappingProxyType(d)
print(mp['a'], len(mp), list(mp), 'b' in mp, mp.get('z', 0), mp.get('a'))  # expect: 1 2 ['a', 'b'] True 0 1
d['c'] = 3
print(mp['c'], sorted(mp.keys()), sorted(mp.values()), sorted(mp.items()))  # expect: 3 ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)]
print(repr(mp), mp == d, mp.copy() == d, mp.copy() is d)  # expect: mappingproxy({'a': 1, 'b': 2, 'c': 3}) True True False
print(mp | {'z': 0})  # expect: {'a': 1, 'b': 2, 'c': 3, 'z': 0}
try:
    mp['x'] = 1
except TypeError as e:
    print(e)  # expect: 'mappingproxy' object does not support item assignment
try:
    del mp['a']
except TypeError as e:
    print(e)  # expect: 'mappingproxy' object does not support item deletion
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print(e)  # expect: mappingproxy() argument must be a mapping, not list
print(type(mp).__name__)  # expect: mappingproxy
def body(ns):
    ns['x'] = 10
    ns['hello'] = lambda self: 'hi'
K = types.new_class('K', (C,), exec_body=body)
print(K.__name__, K.x, K().hello(), K.__bases__ == (C,), issubclass(K, C))  # expect: K 10 hi True True
K2 = types.new_class('K2')
print(K2.__bases__, K2.__name__)  # expect: (<class 'object'>,) K2
class Entry:
    def __mro_entries__(self, bases):
        return (C,)
print(types.resolve_bases((Entry(), int)) == (C, int))  # expect: True
t = (int, str)
print(types.resolve_bases(t) is t)  # expect: True
K3 = types.new_class('K3', (Entry(),))
print(K3.__bases__ == (C,), K3.__orig_bases__[0].__class__.__name__)  # expect: True Entry
meta, ns2, kw = types.prepare_class('X', (C,), {'extra': 1})
print(meta is type, ns2, kw)  # expect: True {} {'extra': 1}
class BadEntry:
    def __mro_entries__(self, bases):
        return C
try:
    types.resolve_bases((BadEntry(),))
except TypeError as e:
    print(e)  # expect: __mro_entries__ must return a tuple
class DC:
    @types.DynamicClassAttribute
    def name(self):
        return 'inst-' + self.__class__.__name__
print(DC().name)  # expect: inst-DC
try:
    DC.name
except AttributeError as e:
    print('class access -> AttributeError')  # expect: class access -> AttributeError
print(types.DynamicClassAttribute.__name__, isinstance(DC.__dict__['name'], types.DynamicClassAttribute))  # expect: DynamicClassAttribute True
@types.coroutine
def co():
    yield 1
print(list(co()))  # expect: [1]
try:
    types.coroutine(5)
except TypeError as e:
    print(e)  # expect: types.coroutine() expects a callable
