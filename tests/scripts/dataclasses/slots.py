from dataclasses import dataclass, field, fields, FrozenInstanceError
@dataclass(slots=True)
class S:
    a: int
    b: list = field(default_factory=list)
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))  # expect: S(a=1, b=[]) ('a', 'b') False
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError')  # expect: AttributeError
@dataclass(slots=True, frozen=True)
class FS:
    a: int
    b: int = 2
f = FS(1)
print(f, f.__getstate__(), hash(f) == hash((1, 2)))  # expect: FS(a=1, b=2) [1, 2] True
g = FS.__new__(FS)
g.__setstate__([5, 6])
print(g)  # expect: FS(a=5, b=6)
try:
    f.a = 3
except FrozenInstanceError as e:
    print(e)  # expect: cannot assign to field 'a'
@dataclass(slots=True)
class Base:
    x: int
@dataclass(slots=True)
class Child(Base):
    y: int = 0
print(Child(1, 2), Child.__slots__, [f.name for f in fields(Child)])  # expect: Child(x=1, y=2) ('y',) ['x', 'y']
try:
    @dataclass(weakref_slot=True)
    class W:
        a: int
except TypeError as e:
    print(e)  # expect: weakref_slot is True but slots is False
@dataclass(slots=True, weakref_slot=True)
class W2:
    a: int
print(W2.__slots__, W2(1))  # expect: ('a', '__weakref__') W2(a=1)
print(S.__qualname__, S.__init__.__qualname__)  # expect: S S.__init__
