from typing import Protocol, runtime_checkable, SupportsInt, SupportsIndex, SupportsAbs, SupportsFloat, Generic, TypeVar, NamedTuple, TypedDict, overload, get_overloads, final, NewType, List, Iterable
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self):
        pass
class G:
    close = None
class H:
    def __init__(self):
        self.close = lambda: None
print(isinstance(F(), Closable), issubclass(F, Closable), isinstance(1, Closable), issubclass(G, Closable), isinstance(H(), Closable))  # expect: True True False False True
class NotRT(Protocol):
    def f(self): ...
try:
    isinstance(1, NotRT)
except TypeError as e:
    print(e)  # expect: Instance and class checks can only be used with @runtime_checkable protocols
try:
    NotRT()
except TypeError as e:
    print(e)  # expect: Protocols cannot be instantiated
try:
    runtime_checkable(F)
except TypeError as e:
    print(e)  # expect: @runtime_checkable can be only applied to protocol classes, got <class '__main__.F'>
try:
    class BadP(Protocol, F):
        pass
except TypeError as e:
    print(e)  # expect: Protocols can only inherit from other protocols, got <class '__main__.F'>
print(isinstance(3, SupportsInt), isinstance('a', SupportsInt), isinstance(3.5, SupportsIndex), isinstance(2, SupportsAbs), isinstance(2.5, SupportsFloat))  # expect: True False False True True
print(Closable._is_protocol, Closable._is_runtime_protocol, F.__dict__.get('_is_protocol'))  # expect: True True None
class Impl(Closable):
    def __init__(self, v):
        self.v = v
class Impl2(Closable):
    pass
print(Impl(3).v, isinstance(Impl(1), Closable), Impl._is_protocol, type(Impl2()).__name__)  # expect: 3 True False Impl2
T = TypeVar('T')
@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...
class IntBox:
    def get(self):
        return 1
print(isinstance(IntBox(), Box), Box.__parameters__, repr(Box[int]))  # expect: True (~T,) __main__.Box[int]
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), len(get_overloads(f)))  # expect: 3 2
@overload
def g(x: int) -> int: ...
try:
    g(1)
except NotImplementedError as e:
    print(e)  # expect: You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.
@final
class Fin:
    pass
print(Fin.__final__)  # expect: True
UserId = NewType('UserId', int)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(e)  # expect: Cannot subclass an instance of NewType. Perhaps you were looking for: `Sub = NewType('Sub', UserId)`
P = NamedTuple('P', [('x', int), ('y', str)])
print(P(1, 'a'), P._fields, P.__annotations__)  # expect: P(x=1, y='a') ('x', 'y') {'x': <class 'int'>, 'y': <class 'str'>}
Q = NamedTuple('Q', a=int)
print(Q(2))  # expect: Q(a=2)
TD = TypedDict('TD', {'a': int, 'b': str}, total=False)
print(TD(a=1), TD.__optional_keys__ == {'a', 'b'}, TD.__total__, TD.__name__)  # expect: {'a': 1} True False TD
try:
    isinstance({}, TD)
except TypeError as e:
    print(e)  # expect: TypedDict does not support instance and class checks
class Node(Generic[T]):
    def __init__(self, v: T):
        self.v = v
n = Node[int](5)
print(n.v, n.__orig_class__, Node.__parameters__)  # expect: 5 __main__.Node[int] (~T,)
S = TypeVar('S')
class Pair(Generic[T, S]):
    pass
print(Pair[int, str], Pair[int, T][str], repr(Pair[T, S][int, T]))  # expect: __main__.Pair[int, str] __main__.Pair[int, str] __main__.Pair[int, ~T]
try:
    Pair[int]
except TypeError as e:
    print(e)  # expect: Too few arguments for <class '__main__.Pair'>; actual 1, expected 2
try:
    class Bad(Generic[T], Generic[S]):
        pass
except TypeError as e:
    print(e)  # expect: Cannot inherit from Generic[...] multiple times.
try:
    class Bad2(Iterable[T], Generic[S]):
        pass
except TypeError as e:
    print(e)  # expect: Some type variables (~T) are not listed in Generic[~S]
class Mixed(Iterable[T], Generic[T]):
    def __iter__(self):
        return iter([])
print(Mixed.__parameters__, list(Mixed()), isinstance(Mixed(), Iterable))  # expect: (~T,) [] True
