from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.RED}', f'[{Color.GREEN:>12}]')  # expect: <Color.RED: 1> Color.RED Color.RED Color.RED [ Color.GREEN]
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name, list(Color))  # expect: True RED [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>]
print(list(Color.__members__), Color.__members__['CRIMSON'])  # expect: ['RED', 'GREEN', 'BLUE', 'CRIMSON'] Color.RED
print(repr(Color), str(Color), len(Color), Color(2), Color['BLUE'], Color.RED.name, Color.RED.value)  # expect: <enum 'Color'> <enum 'Color'> 3 Color.GREEN Color.BLUE RED 1
print(Color(Color.BLUE), Color.RED in Color, bool(Color.RED), bool(Color))  # expect: Color.BLUE True True True
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is Color(1))  # expect: True False True True
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON])  # expect: True r
print(type(Color.RED), isinstance(Color.RED, Color), issubclass(Color, Enum))  # expect: <enum 'Color'> True True
print(Color.RED.__reduce_ex__(2))  # expect: (<enum 'Color'>, (1,))
print(Color._member_names_, Color._value2member_map_)  # expect: ['RED', 'GREEN', 'BLUE'] {1: <Color.RED: 1>, 2: <Color.GREEN: 2>, 3: <Color.BLUE: 3>}
try:
    Color(7)
except ValueError as e:
    print(e)  # expect: 7 is not a valid Color
try:
    Color['PURPLE']
except KeyError as e:
    print(repr(e))  # expect: KeyError('PURPLE')
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'Color' and 'Color'
try:
    class MoreColor(Color):
        PINK = 17
except TypeError as e:
    print(e)  # expect: <enum 'MoreColor'> cannot extend <enum 'Color'>
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), repr(auto()))  # expect: [<Auto.A: 1>, <Auto.B: 2>, <Auto.C: 10>, <Auto.D: 11>] auto(_auto_null)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.673e-11
        return round(G * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.surface_gravity)  # expect: (5.976e+24, 6378140.0) 5.976e+24 9.8
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))  # expect: my custom str! 3 ('HAPPY', 3) my custom str! 1 <Mood.FUNKY: 1>
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print([s.name for s in Shape], [(n, m.name) for n, m in Shape.__members__.items() if m.name != n])  # expect: ['SQUARE', 'DIAMOND', 'CIRCLE'] [('ALIAS_FOR_SQUARE', 'SQUARE')]
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print(e)  # expect: duplicate values found in <enum 'Mistake'>: FOUR -> THREE
class WithMissing(Enum):
    A = 'a'
    B = 'b'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(WithMissing('A'), WithMissing('b'))  # expect: WithMissing.A WithMissing.B
try:
    WithMissing(5)
except ValueError as e:
    print(e)  # expect: 5 is not a valid WithMissing
class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 'nope'
try:
    BadMissing(2)
except TypeError as e:
    print(e)  # expect: error in BadMissing._missing_: returned 'nope' instead of None or a valid member
class Fields(Enum):
    name = 1
    value = 2
print(Fields.name, Fields.value, Fields.name.name, Fields.name.value, Fields.value.value)  # expect: Fields.name Fields.value name 1 2
class Ign(Enum):
    _ignore_ = 'tmp'
    tmp = 99
    X = 1
print(list(Ign), hasattr(Ign, 'tmp'))  # expect: [<Ign.X: 1>] False
try:
    class Sun(Enum):
        _bad_ = 1
except ValueError as e:
    print(e)  # expect: _sunder_ names, such as '_bad_', are reserved for future Enum use
class Mixed(int, Enum):
    X = 1
    Y = 2
print(repr(Mixed.X), str(Mixed.X), format(Mixed.X), Mixed.X + 1, Mixed.Y * 2, Mixed(2))  # expect: <Mixed.X: 1> Mixed.X Mixed.X 2 4 Mixed.Y
class Str2(str, Enum):
    A = 'alpha'
print(repr(Str2.A), Str2.A.upper(), Str2.A == 'alpha', len(Str2.A))  # expect: <Str2.A: 'alpha'> ALPHA True 5
class Ordered(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    LOW = (1, 'low')
    HIGH = (5, 'high')
print(Ordered(5), Ordered.LOW.label, Ordered.HIGH.value)  # expect: Ordered.HIGH low 5
class Base(Enum):
    def hello(self):
        return 'hello ' + self.name
class Child(Base):
    A = 1
print(Child.A.hello(), list(Child))  # expect: hello A [<Child.A: 1>]
class Nums(IntEnum):
    ONE = 1
    TWO = 2
print(repr(Nums.ONE), Nums.ONE + Nums.TWO, Nums.TWO > Nums.ONE, sorted([Nums.TWO, Nums.ONE]), Nums(1) == 1, isinstance(Nums.ONE, int))  # expect: <Nums.ONE: 1> 3 True [<Nums.ONE: 1>, <Nums.TWO: 2>] True True
print(Nums.ONE.real, f'{Nums.TWO:03d}', [Nums.ONE, 'x'][Nums.ONE - 1])  # expect: 1 002 1
