import inspect
import functools
def sample(a, b=2, *args, c, d=4, **kw):
    return a
def annotated(x: int, y: 'str' = 'q') -> bool:
    return True
class K:
    def __init__(self, p, q=0):
        pass
    def meth(self, z, *, w=1):
        pass
print(inspect.signature(sample))  # expect: (a, b=2, *args, c, d=4, **kw)
print(inspect.signature(annotated), inspect.signature(annotated).return_annotation)  # expect: (x: int, y: 'str' = 'q') -> bool <class 'bool'>
print(inspect.signature(K), inspect.signature(K(1).meth), inspect.signature(K.meth))  # expect: (p, q=0) (z, *, w=1) (self, z, *, w=1)
print(inspect.signature(functools.partial(sample, 1, c=3)))  # expect: (b=2, *args, c=3, d=4, **kw)
print(inspect.signature(lambda x, /, y=1: 0))  # expect: (x, /, y=1)
sig = inspect.signature(sample)
print(list(sig.parameters), [str(p.kind) for p in sig.parameters.values()])  # expect: ['a', 'b', 'args', 'c', 'd', 'kw'] ['POSITIONAL_OR_KEYWORD', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY', 'KEYWORD_ONLY', 'VAR_KEYWORD']
print(sig.bind(1, 2, 3, c=4).arguments)  # expect: {'a': 1, 'b': 2, 'args': (3,), 'c': 4}
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def wrapped(m, n=5):
    return m
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))  # expect: (m, n=5) (*a, **k)
