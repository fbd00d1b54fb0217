from dataclasses import dataclass, field, fields, make_dataclass, replace, asdict, astuple, InitVar, KW_ONLY, FrozenInstanceError
import dataclasses
@dataclass
class P:
    x: int
    y: int = 2
    z: list = field(default_factory=list)
for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((1,), {'q': 1}), ((1,), {'x': 1})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print(e)  # expect: P.__init__() missing 1 required positional argument: 'x'
# expect: P.__init__() takes from 2 to 4 positional arguments but 5 were given
# expect: P.__init__() got an unexpected keyword argument 'q'
# expect: P.__init__() got multiple values for argument 'x'
@dataclass
class Two:
    a: int
    b: int
    _: KW_ONLY
    c: int
    d: int
for args, kw in [((), {}), ((1, 2), {}), ((1, 2), {'c': 3}), ((1,), {'c': 1, 'd': 2})]:
    try:
        Two(*args, **kw)
    except TypeError as e:
        print(e)  # expect: Two.__init__() missing 2 required positional arguments: 'a' and 'b'
# expect: Two.__init__() missing 2 required keyword-only arguments: 'c' and 'd'
# expect: Two.__init__() missing 1 required keyword-only argument: 'd'
# expect: Two.__init__() missing 1 required positional argument: 'b'
@dataclass
class Three:
    a: int
    b: int
    c: int
try:
    Three()
except TypeError as e:
    print(e)  # expect: Three.__init__() missing 3 required positional arguments: 'a', 'b', and 'c'
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)  # expect: non-default argument 'b' follows default argument
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print(e)  # expect: mutable default <class 'list'> for field a is not allowed: use default_factory
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)  # expect: cannot specify both default and default_factory
try:
    @dataclass(order=True, eq=False)
    class O:
        a: int
except ValueError as e:
    print(e)  # expect: eq must be true if order is true
@dataclass(frozen=True)
class Fz:
    a: int
try:
    @dataclass
    class NotFz(Fz):
        b: int = 0
except TypeError as e:
    print(e)  # expect: cannot inherit non-frozen dataclass from a frozen one
@dataclass
class Thawed:
    a: int
try:
    @dataclass(frozen=True)
    class Fz2(Thawed):
        b: int = 0
except TypeError as e:
    print(e)  # expect: cannot inherit frozen dataclass from a non-frozen one
try:
    @dataclass(order=True)
    class HasLt:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)  # expect: Cannot overwrite attribute __lt__ in class HasLt. Consider using functools.total_ordering
try:
    @dataclass(unsafe_hash=True)
    class HasHash:
        a: int
        def __hash__(self):
            return 1
except TypeError as e:
    print(e)  # expect: Cannot overwrite attribute __hash__ in class HasHash
try:
    @dataclass
    class NoAnn:
        a: int
        b = field(default=1)
except TypeError as e:
    print(e)  # expect: 'b' is a field but has no type annotation
try:
    @dataclass
    class TwoKW:
        a: int
        _: KW_ONLY
        b: int = 1
        c: KW_ONLY
except TypeError as e:
    print(e)  # expect: 'c' is KW_ONLY, but KW_ONLY has already been specified
try:
    @dataclass
    class IVF:
        a: InitVar[int] = field(default_factory=int)
except TypeError as e:
    print(e)  # expect: field a cannot have a default factory
print(repr(InitVar[int]), repr(InitVar[list]), InitVar[str].type)  # expect: dataclasses.InitVar[int] dataclasses.InitVar[list] <class 'str'>
try:
    fields(5)
except TypeError as e:
    print(e)  # expect: must be called with a dataclass type or instance
try:
    asdict(P)
except TypeError as e:
    print(e)  # expect: asdict() should be called on dataclass instances
try:
    astuple(5)
except TypeError as e:
    print(e)  # expect: astuple() should be called on dataclass instances
try:
    replace(P(1), w=3)
except TypeError as e:
    print(e)  # expect: P.__init__() got an unexpected keyword argument 'w'
@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=7)
try:
    replace(NoInit(1), b=3)
except ValueError as e:
    print(e)  # expect: field b is declared with init=False, it cannot be specified with replace()
print(replace(NoInit(1), a=2))  # expect: NoInit(a=2, b=7)
@dataclass
class NeedsIV:
    a: int
    iv: InitVar[int]
    def __post_init__(self, iv):
        self.a += iv
try:
    replace(NeedsIV(1, 2))
except ValueError as e:
    print(e)  # expect: InitVar 'iv' must be specified with replace()
print(replace(NeedsIV(1, 2), iv=10))  # expect: NeedsIV(a=13)
C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))], namespace={'double': lambda self: self.b * 2})
c = C(1, 2)
print(c, c.double(), [f.name for f in fields(C)], C.__name__)  # expect: C(a=1, b=2, c=5) 4 ['a', 'b', 'c'] C
D = make_dataclass('D', [('x', int)], bases=(C,), frozen=True) if False else None
for bad in [[('a', int), ('a', int)], ['class'], ['1x'], [('a', int, 1, 2)]]:
    try:
        make_dataclass('E', bad)
    except TypeError as e:
        print(e)  # expect: Field name duplicated: 'a'
# expect: Field names must not be keywords: 'class'
# expect: Field names must be valid identifiers: '1x'
# expect: Invalid field: ('a', <class 'int'>, 1, 2)
@dataclass(frozen=True)
class Fz3:
    a: int
    def set_it(self):
        object.__setattr__(self, 'a', 99)
f3 = Fz3(1)
f3.set_it()
print(f3)  # expect: Fz3(a=99)
try:
    f3.new_attr = 1
except FrozenInstanceError as e:
    print(e)  # expect: cannot assign to field 'new_attr'
@dataclass
class SelfField:
    self: int
    other: int = 0
print(SelfField(5), SelfField(self=3, other=4))  # expect: SelfField(self=5, other=0) SelfField(self=3, other=4)
print(dataclasses.MISSING is not None, repr(dataclasses._HAS_DEFAULT_FACTORY), repr(dataclasses._FIELD))  # expect: True <factory> _FIELD
print(type(fields(P)[0]).__name__, fields(P)[2].default_factory is list)  # expect: Field True
