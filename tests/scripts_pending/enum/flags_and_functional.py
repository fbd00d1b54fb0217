from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, FlagBoundary, STRICT, CONFORM, EJECT, KEEP
import enum
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm.R | Perm.X), str(Perm.R | Perm.X))  # expect: <Perm.RW: 6> Perm.RW <Perm.R|X: 5> Perm.R|X
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R))  # expect: <Perm: 0> Perm(0) False True
print(list(Perm), list(Perm.R | Perm.X), len(Perm.R | Perm.W), len(Perm(0)))  # expect: [<Perm.R: 4>, <Perm.W: 2>, <Perm.X: 1>] [<Perm.R: 4>, <Perm.X: 1>] 2 0
print(repr(~Perm.R), repr(~Perm(0)), repr(~(Perm.R | Perm.W | Perm.X)))  # expect: <Perm.W|X: 3> <Perm.R|W|X: 7> <Perm: 0>
print(Perm.R in (Perm.R | Perm.W), Perm.X in (Perm.R | Perm.W), format(Perm.R | Perm.W))  # expect: True False Perm.RW
print(repr(Perm.RW & Perm.R), repr(Perm.RW ^ Perm.R), repr(Perm(7)))  # expect: <Perm.R: 4> <Perm.W: 2> <Perm.R|W|X: 7>
print(list(Perm.__members__), repr(Perm))  # expect: ['R', 'W', 'X', 'RW'] <flag 'Perm'>
try:
    Perm(8)
except ValueError as e:
    print(e)  # expect: <flag 'Perm'> invalid value 8
# expect:     given 0b0 1000
# expect:   allowed 0b0 0111
try:
    Perm.R | 1
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for |: 'Perm' and 'int'
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.BLUE.value, repr(Color.WHITE), repr(Color.RED | Color.BLUE), repr(Color(7)))  # expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 4>] 4 <Color.WHITE: 7> <Color.RED|BLUE: 5> <Color.WHITE: 7>
print(Color.WHITE is Color(7), list(Color.WHITE))  # expect: True [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 4>]
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R | IP.W), format(IP.R | IP.W), IP.R | IP.W == 6, repr(IP.R | 8), repr(IP(8)))  # expect: <IP.R|W: 6> 6 6 True <IP.R|8: 12> <IP: 8>
print(repr(~IP.R), repr(IP(0)), str(IP(0)), repr(IP(-1)), IP.R + 1, isinstance(IP.R, int))  # expect: <IP.W|X: 3> <IP: 0> 0 <IP.R|W|X: 7> 5 True
print(repr(IP.R & 4), repr(IP.R ^ IP.W), repr(7 & IP.R))  # expect: <IP.R: 4> <IP.R|W: 6> <IP.R: 4>
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(Conform(7)), repr(Conform(4)))  # expect: <Conform.A|B: 3> <Conform: 0>
class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(Eject(7)), type(Eject(7)).__name__, repr(Eject(3)))  # expect: 7 int <Eject.A|B: 3>
print(Perm._boundary_, IP._boundary_, Conform._boundary_, repr(FlagBoundary.STRICT), FlagBoundary.KEEP.value)  # expect: strict keep conform <FlagBoundary.STRICT: 'strict'> keep
print(Perm._flag_mask_, Perm._all_bits_, IP._flag_mask_)  # expect: 7 7 7
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(repr(Num.ONE), str(Num.ONE), format(Num.ONE), f'{Num.TWO:03d}', f'{Num.ONE}', Num(2), Num.ONE + 1)  # expect: <Num.ONE: 1> 1 1 002 1 2 2
class S(StrEnum):
    A = auto()
    B = 'bee'
    C = auto()
print(repr(S.A), str(S.A), format(S.B), f'{S.C}', S.A == 'a', S.B.upper(), list(S))  # expect: <S.A: 'a'> a bee c True BEE [<S.A: 'a'>, <S.B: 'bee'>, <S.C: 'c'>]
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print(e)  # expect: 1 is not a string
E3 = Enum('E3', 'x y z')
print(list(E3), E3.x.value, repr(E3), E3['y'], E3(3))  # expect: [<E3.x: 1>, <E3.y: 2>, <E3.z: 3>] 1 <enum 'E3'> E3.y E3.z
E4 = Enum('E4', [('a', 10), ('b', 20)])
print(list(E4))  # expect: [<E4.a: 10>, <E4.b: 20>]
E5 = Enum('E5', {'q': 'Q', 'r': 'R'})
print(list(E5))  # expect: [<E5.q: 'Q'>, <E5.r: 'R'>]
E6 = IntEnum('E6', 'p, q', start=5)
print(list(E6), E6.q + 0)  # expect: [<E6.p: 5>, <E6.q: 6>] 6
E7 = Enum('E7', ['m', 'n'])
print(list(E7))  # expect: [<E7.m: 1>, <E7.n: 2>]
F1 = Flag('F1', 'a b c')
print(list(F1), repr(F1.a | F1.c))  # expect: [<F1.a: 1>, <F1.b: 2>, <F1.c: 4>] <F1.a|c: 5>
E8 = Enum('E8', 'u v', type=int)
print(repr(E8.u), E8.v + 1)  # expect: <E8.u: 1> 3
try:
    Enum('Bad', 'mro')
except ValueError as e:
    print(e)  # expect: invalid enum member name(s) 'mro'
class Big(Enum):
    A = 1
    B = 2
print([m.value for m in Big], Big.A.__class__.__name__, Big._member_map_['B'])  # expect: [1, 2] Big Big.B
