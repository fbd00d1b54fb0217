# cls.mro() and a function's __kwdefaults__.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.mro(), [k.__name__ for k in D.mro()] == [k.__name__ for k in D.__mro__], A.mro())
def f(a, b=1, *, c=2, d):
    return a
def g(a):
    return a
print(f.__kwdefaults__, g.__kwdefaults__, f.__defaults__)
# expect: [<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>] True [<class '__main__.A'>, <class 'object'>]
# expect: {'c': 2} None (1,)
