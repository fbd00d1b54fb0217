class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.extra = 1
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        return super().__call__(*a, **k)
    def __getitem__(cls, k):
        return (cls.__name__, k)
    def __len__(cls): return 3
    def __iter__(cls): return iter([1,2,3])
    def __contains__(cls, x): return x == 2
    def __repr__(cls): return "<M " + cls.__name__ + ">"
    @property
    def prop(cls): return "prop of " + cls.__name__
    def meth(cls): return "meth " + cls.__name__

class A(metaclass=M, flag=True):
    x = 1
    def __init__(self, v): self.v = v

print(type(A).__name__, A.extra, A.prop, A.meth())
a = A(5)
print(a.v, A['k'], len(A), list(A), 2 in A, 5 in A, A)
class B(A):
    pass
print(type(B).__name__, repr(B), isinstance(A, M), isinstance(B, type))

class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class C(Base, tag="c"): pass
class D(C): pass
print(Base.subs)

class G:
    def __class_getitem__(cls, item): return f"G[{item.__name__}]"
print(G[int])

class IM(type):
    def __instancecheck__(cls, obj): return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub): return hasattr(sub, 'quack')
class Duck(metaclass=IM): pass
class Q:
    quack = 1
print(isinstance(Q(), Duck), isinstance(1, Duck), issubclass(Q, Duck), issubclass(int, Duck))
T = M('T', (), {'y': 2})
print(T.y, type(T).__name__)
X = type('X', (A,), {})
print(type(X).__name__)
def fmeta(name, bases, ns):
    return 42
class Z(metaclass=fmeta): pass
print(Z)
class P:
    def __new__(cls, *a):
        o = object.__new__(cls); o.v = a; return o
print(P(1).v)
class M2(type): pass
class M3(type): pass
class E1(metaclass=M2): pass
class E2(metaclass=M3): pass
try:
    class E3(E1, E2): pass
except TypeError as e:
    print(e)
class Q2(metaclass=M2):
    pass
class Q3(Q2):
    pass
print(type(Q3).__name__)

# The output, in order:
# expect: new M A ['x'] {'flag': True}
# expect: init A
# expect: M 1 prop of A meth A
# expect: call A (5,)
# expect: 5 ('A', 'k') 3 [1, 2, 3] True False <M A>
# expect: new M B [] {}
# expect: init B
# expect: M <M B> True True
# expect: [('C', 'c'), ('D', None)]
# expect: G[int]
# expect: True False True False
# expect: new M T ['y'] {}
# expect: init T
# expect: 2 M
# expect: new M X [] {}
# expect: init X
# expect: M
# expect: 42
# expect: (1,)
# expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect: M2
