"""Abstract Base Classes for numbers (PEP 3141).

The tower is Number > Complex > Real > Rational > Integral.  Only the
abstract interfaces and a few mixin methods are defined here; the builtin
types are registered as virtual subclasses (complex, float, int).
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """Root of the numeric hierarchy.

    isinstance(x, Number) is the way to ask whether x is a number at all,
    without caring about its kind.
    """
    __slots__ = ()

    # Numbers are hashable only if their concrete class says how.
    __hash__ = None


class Complex(Number):
    """Numbers that support the operations of the builtin complex type.

    Subclasses provide the conversion to complex, the real and imaginary
    parts, arithmetic, abs(), conjugate() and ==.
    """

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """Return the value as a builtin complex."""

    def __bool__(self):
        """True unless the value equals zero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real component."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary component."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        """self + other"""
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        """other + self"""
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        """-self"""
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        """+self"""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        """self * other"""
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        """self / other (true division)"""
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self (true division)"""
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent"""
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """The magnitude, a Real."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate (x.conjugate())."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        """self == other"""
        raise NotImplementedError


try:
    Complex.register(complex)
except NameError:       # an interpreter without a complex type
    pass


class Real(Complex):
    """Real numbers: Complex plus total ordering and the operations of
    the builtin float (conversion, truncation, rounding, floor division
    and modulo).
    """

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """Return the value as a builtin float."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """The Integral closest to self between 0 and self (math.trunc)."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """The largest Integral <= self (math.floor)."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """The smallest Integral >= self (math.ceil)."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """round(self[, ndigits]): an Integral without ndigits, else a
        Real; halves go to the even neighbour."""
        raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other) as (self // other, self % other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self) as (other // self, other % self)."""
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        """self // other: the floor of self / other."""
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self: the floor of other / self."""
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        """self % other"""
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        """self < other

        < on Reals defines a total ordering, except perhaps for NaN."""
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        """self <= other"""
        raise NotImplementedError

    # Concrete implementations of the Complex abstract methods.
    def __complex__(self):
        """complex(self) == complex(float(self), 0)"""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number has no imaginary part."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


Real.register(float)


class Rational(Real):
    """Real numbers with an exact numerator / denominator form."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    # Concrete implementation of Real's conversion to float.
    def __float__(self):
        """float(self) = self.numerator / self.denominator

        The integer division keeps huge numerators and denominators from
        overflowing on the way to a float.
        """
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: Rational plus the bit-level operations and conversion
    to int."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """int(self)"""
        raise NotImplementedError

    def __index__(self):
        """Use self wherever an index is required (operator.index)."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent % modulus; the three-argument form needs
        non-negative operands only when the type says so."""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        """self & other"""
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        """other & self"""
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        """self | other"""
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        """other | self"""
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        """~self"""
        raise NotImplementedError

    # Concrete implementations of Rational and Real abstract methods.
    def __float__(self):
        """float(self) == float(int(self))"""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """Integers have denominator 1."""
        return 1


Integral.register(int)
