import inspect
import functools
import sys
def f(a, b=2, *args, c, d=4, **kw) -> int:
    return a
def gen():
    yield 1
class A:
    """Doc of A."""
    x = 1
    def m(self, y):
        """Method doc.

            Indented more.
        """
        return y
    @property
    def p(self):
        return 5
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
class B(A):
    def m(self, y):
        return y
print(inspect.isclass(A), inspect.isclass(A()), inspect.isfunction(f), inspect.isfunction(len), inspect.isfunction(A.m), inspect.isfunction(A().m))  # expect: True False True False True False
print(inspect.ismethod(A().m), inspect.ismethod(A.m), inspect.ismethod(A.c), inspect.ismodule(sys), inspect.ismodule(A))  # expect: True False True True False
print(inspect.isbuiltin(len), inspect.isbuiltin(f), inspect.isgenerator(gen()), inspect.isgenerator(gen), inspect.isroutine(f), inspect.isroutine(len), inspect.isroutine(5))  # expect: True False True False True True False
print(inspect.iscoroutinefunction(f), inspect.iscoroutine(gen()), inspect.isawaitable(5), inspect.isasyncgenfunction(f), inspect.istraceback(5), inspect.isframe(5), inspect.iscode(5))  # expect: False False False False False False False
print(inspect.getmro(B) == (B, A, object), inspect.getmro(int))  # expect: True (<class 'int'>, <class 'object'>)
print(inspect.getdoc(A), inspect.getdoc(A.m))  # expect: Doc of A. Method doc.
# expect: 
# expect: Indented more.
print(repr(inspect.getdoc(B.m)), inspect.getdoc(B))  # expect: 'Method doc.\n\nIndented more.' Doc of A.
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))  # expect: 'first\nsecond\n  third'
print(inspect.getmodule(A) is sys.modules['__main__'], inspect.getmodule(f).__name__)  # expect: True __main__
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def wrapped(x):
    return x
print(inspect.unwrap(wrapped) is not wrapped, inspect.unwrap(wrapped).__name__, inspect.unwrap(f) is f)  # expect: True wrapped True
class Desc:
    def __get__(self, obj, cls):
        return 'computed'
class C(A):
    d = Desc()
    def __getattr__(self, name):
        return 'dynamic'
c = C()
c.inst = 3
print(inspect.getattr_static(c, 'inst'), type(inspect.getattr_static(c, 'd')).__name__, c.d, type(inspect.getattr_static(C, 'p')).__name__, inspect.getattr_static(c, 'x'))  # expect: 3 Desc computed property 1
print(inspect.getattr_static(c, 'nothing', 'dflt'), c.nothing)  # expect: dflt dynamic
try:
    inspect.getattr_static(c, 'nothing')
except AttributeError as e:
    print('AttributeError', e)  # expect: AttributeError nothing
print(type(inspect.getattr_static(A, 's')).__name__, type(inspect.getattr_static(A, 'c')).__name__)  # expect: staticmethod classmethod
print([n for n, v in inspect.getmembers(A) if not n.startswith('_')])  # expect: ['c', 'm', 'p', 's', 'x']
print([n for n, v in inspect.getmembers(A, inspect.isfunction)])  # expect: ['m', 's']
print(inspect.isabstract(A), inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'))  # expect: False mod None
P = inspect.Parameter
params = [P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=2), P('args', P.VAR_POSITIONAL), P('c', P.KEYWORD_ONLY, annotation=int), P('d', P.KEYWORD_ONLY, default=4, annotation=int), P('kw', P.VAR_KEYWORD)]
sig = inspect.Signature(params, return_annotation=str)
print(sig, repr(params[1]), params[3].kind, str(params[0].kind), params[1].default, params[0].default is P.empty)  # expect: (a, /, b=2, *args, c: int, d: int = 4, **kw) -> str <Parameter "b=2"> KEYWORD_ONLY POSITIONAL_ONLY 2 True
print(inspect.Signature([P('x', P.KEYWORD_ONLY)]), inspect.Signature())  # expect: (*, x) ()
ba = sig.bind(1, 2, 3, c=5, e=6)
print(ba.arguments, ba.args, ba.kwargs)  # expect: {'a': 1, 'b': 2, 'args': (3,), 'c': 5, 'kw': {'e': 6}} (1, 2, 3) {'c': 5, 'e': 6}
ba2 = sig.bind(1, c=0)
ba2.apply_defaults()
print(ba2.arguments)  # expect: {'a': 1, 'b': 2, 'args': (), 'c': 0, 'd': 4, 'kw': {}}
try:
    sig.bind(1)
except TypeError as e:
    print(e)  # expect: missing a required argument: 'c'
try:
    inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print(e)  # expect: wrong parameter order: keyword-only parameter before positional or keyword parameter
try:
    P('1x', P.POSITIONAL_ONLY)
except ValueError as e:
    print(e)  # expect: '1x' is not a valid parameter name
print(sig.replace(return_annotation=inspect.Signature.empty), sig == inspect.Signature(params, return_annotation=str))  # expect: (a, /, b=2, *args, c: int, d: int = 4, **kw) True
