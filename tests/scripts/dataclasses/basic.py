from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1)
print(p, Point(1, 2), Point(y=5, x=3), repr(p))  # expect: Point(x=1, y=0) Point(x=1, y=2) Point(x=3, y=5) Point(x=1, y=0)
print(p == Point(1, 0), p == Point(1, 1), p != Point(2), p == (1, 0))  # expect: True False True False
print(Point.__match_args__, [f.name for f in fields(Point)], [f.name for f in fields(p)])  # expect: ('x', 'y') ['x', 'y'] ['x', 'y']
print(Point.__hash__, Point.__doc__)  # expect: None Point(x: int, y: int = 0)
@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
    count: ClassVar[int] = 0
    def total(self):
        return self.unit_price * self.quantity
i = Inventory('w', 2.5, 4)
print(i, i.total(), i.tags is not Inventory('v', 1).tags, Inventory.count)  # expect: Inventory(name='w', unit_price=2.5, quantity=4, tags=[]) 10.0 True 0
print(i == Inventory('w', 2.5, 4, secret='other'), [f.name for f in fields(Inventory)])  # expect: True ['name', 'unit_price', 'quantity', 'tags', 'secret']
print(asdict(i), astuple(i))  # expect: {'name': 'w', 'unit_price': 2.5, 'quantity': 4, 'tags': [], 'secret': 's'} ('w', 2.5, 4, [], 's')
print(replace(i, quantity=10), replace(i, tags=['t']).tags)  # expect: Inventory(name='w', unit_price=2.5, quantity=10, tags=[]) ['t']
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(2), Version(1, 5), Version(1)]), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))  # expect: [Version(major=1, minor=0), Version(major=1, minor=5), Version(major=2, minor=0)] True True
print(hash(Version(1, 2)) == hash((1, 2)), len({Version(1), Version(1), Version(2)}))  # expect: True 2
v = Version(3)
try:
    v.major = 4
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))  # expect: FrozenInstanceError cannot assign to field 'major' True
try:
    del v.minor
except FrozenInstanceError as e:
    print(e)  # expect: cannot delete field 'minor'
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(WithPost)], WithPost.__match_args__)  # expect: WithPost(a=3, b=6) WithPost(a=3, b=30) ['a', 'b'] ('a', 'scale')
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = field(default=5)
print(KW(1, b=2), KW(0), KW.__match_args__)  # expect: KW(a=1, b=2, c=5) KW(a=0, b=1, c=5) ('a',)
@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 2
print(AllKW(a=1))  # expect: AllKW(a=1, b=2)
try:
    AllKW(1)
except TypeError as e:
    print(e)  # expect: AllKW.__init__() takes 1 positional argument but 2 were given
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])  # expect: Derived(x=10, y=1, z=2) Derived(x=1, y=2, z=3) ['x', 'y', 'z']
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)  # expect: False True
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(UH(3)) == hash((3,)))  # expect: True
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))  # expect: True
@dataclass
class Custom:
    a: int
    def __repr__(self):
        return 'Custom!'
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == 5, Custom.__hash__)  # expect: Custom! True None
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(n))  # expect: {'val': 1, 'children': [{'val': 2, 'children': []}, {'val': 3, 'children': [{'val': 4, 'children': []}]}]}
print(astuple(n))  # expect: (1, [(2, []), (3, [(4, [])])])
loop = Node(0)
loop.children.append(loop)
print(loop)  # expect: Node(val=0, children=[...])
@dataclass
class Meta:
    a: int = field(default=1, metadata={'unit': 'cm'})
f = fields(Meta)[0]
print(f.metadata['unit'], f.default, f.init, f.repr, f.hash, f.compare, f.kw_only, f.type)  # expect: cm 1 True True None True False <class 'int'>
print(fields(Point)[0].default is MISSING, fields(Point)[1].default)  # expect: True 0
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty))  # expect: Empty() True ()
