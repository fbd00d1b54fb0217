# numbers: the ABC tower, registration of builtins, Decimal and Fraction, abstract methods
import numbers
from numbers import Number, Complex, Real, Rational, Integral
from decimal import Decimal
from fractions import Fraction
print([c.__name__ for c in Integral.__mro__])  # expect: ['Integral', 'Rational', 'Real', 'Complex', 'Number', 'object']
print(isinstance(1, Integral), isinstance(True, Integral), isinstance(1, Rational), isinstance(1, Real), isinstance(1, Number))  # expect: True True True True True
print(isinstance(1.5, Real), isinstance(1.5, Rational), isinstance(1.5, Integral), isinstance(1.5, Complex), isinstance(1.5, Number))  # expect: True False False True True
print(isinstance(Fraction(1, 2), Rational), isinstance(Fraction(1, 2), Integral), isinstance(Fraction(1, 2), Real), issubclass(Fraction, Rational))  # expect: True False True True
print(isinstance(Decimal(1), Number), isinstance(Decimal(1), Complex), isinstance(Decimal(1), Real), isinstance(Decimal(1), Rational))  # expect: True False False False
print(isinstance('1', Number), isinstance(None, Number), isinstance([1], Number), issubclass(bool, Integral), issubclass(str, Number))  # expect: False False False True False
print(issubclass(Integral, Rational), issubclass(Rational, Integral), issubclass(Real, Complex), issubclass(float, Rational))  # expect: True False True False
print(sorted(Integral.__abstractmethods__)[:6], len(Integral.__abstractmethods__), len(Real.__abstractmethods__), len(Complex.__abstractmethods__))
# expect: ['__abs__', '__add__', '__and__', '__ceil__', '__eq__', '__floor__'] 34 23 16
print(sorted(Rational.__abstractmethods__ - Real.__abstractmethods__), Number.__hash__ is None)  # expect: ['denominator', 'numerator'] True
for cls in (Number, Complex, Real, Rational, Integral):
    try:
        cls()
        print(cls.__name__, 'instantiated')  # expect: Number instantiated
    except TypeError:
        print(cls.__name__, 'is abstract')
        # expect: Complex is abstract
        # expect: Real is abstract
        # expect: Rational is abstract
        # expect: Integral is abstract
# a concrete Integral only needs the abstract methods; mixins supply the rest
class Int(Integral):
    def __init__(self, v): self.v = int(v)
    def __int__(self): return self.v
    def __repr__(self): return 'Int(%d)' % self.v
    def __add__(self, o): return Int(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return Int(-self.v)
    def __pos__(self): return Int(self.v)
    def __mul__(self, o): return Int(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __floordiv__(self, o): return Int(self.v // int(o))
    def __rfloordiv__(self, o): return Int(int(o) // self.v)
    def __mod__(self, o): return Int(self.v % int(o))
    def __rmod__(self, o): return Int(int(o) % self.v)
    def __pow__(self, o, m=None): return Int(pow(self.v, int(o), m))
    def __rpow__(self, o): return Int(int(o) ** self.v)
    def __abs__(self): return Int(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __lshift__(self, o): return Int(self.v << int(o))
    def __rlshift__(self, o): return Int(int(o) << self.v)
    def __rshift__(self, o): return Int(self.v >> int(o))
    def __rrshift__(self, o): return Int(int(o) >> self.v)
    def __and__(self, o): return Int(self.v & int(o))
    def __rand__(self, o): return Int(int(o) & self.v)
    def __xor__(self, o): return Int(self.v ^ int(o))
    def __rxor__(self, o): return Int(int(o) ^ self.v)
    def __or__(self, o): return Int(self.v | int(o))
    def __ror__(self, o): return Int(int(o) | self.v)
    def __invert__(self): return Int(~self.v)
x = Int(7)
print(x, x - 3, 10 - x, divmod(x, 2), x.numerator, x.denominator, x.real, x.imag, x.conjugate(), float(x), [10, 20, 30, 40, 50, 60, 70, 80][Int(2)])
# expect: Int(7) Int(4) Int(3) (Int(3), Int(1)) Int(7) 1 Int(7) 0 Int(7) 7.0 30
print(bool(Int(0)), bool(x), isinstance(x, Rational), Fraction(x), Fraction(x, Int(14)))  # expect: False True True Int(7) Int(1)/Int(2)
class MyReal(Real):
    pass
try:
    MyReal()
except TypeError as e:
    print('TypeError', str(e).split(' with ')[0])  # expect: TypeError Can't instantiate abstract class MyReal
class Virtual:
    pass
Real.register(Virtual)
print(isinstance(Virtual(), Real), isinstance(Virtual(), Complex), isinstance(Virtual(), Rational), issubclass(Virtual, Number))  # expect: True True False True
print(numbers.__all__)  # expect: ['Number', 'Complex', 'Real', 'Rational', 'Integral']
