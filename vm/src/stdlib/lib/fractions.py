"""Fraction, infinite-precision rational numbers (Spindle implementation)."""

import math
import numbers
import re
import sys

__all__ = ['Fraction']

# Hashing follows the rules for numeric types: hash(x) only depends on the
# value of x, reduced modulo the prime P = 2**61 - 1.
_PyHASH_MODULUS = 2305843009213693951
_PyHASH_INF = 314159

_LITERAL = re.compile(r"""
    \A\s*                                   # leading whitespace
    (?P<sign>[-+]?)                         # optional sign
    (?=\d|\.\d)                             # a digit must come first
    (?P<num>(?:\d+(?:_\d+)*)?)              # integer part / numerator
    (?:
        /(?P<denom>\d+(?:_\d+)*)            # a denominator ...
    |                                       # ... or a decimal form
        (?:\.(?P<decimal>(?:\d+(?:_\d+)*)?))?
        (?:E(?P<exp>[-+]?\d+(?:_\d+)*))?
    )
    \s*\Z                                   # trailing whitespace
""", re.VERBOSE | re.IGNORECASE)


class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms.

    Fraction(7, 3), Fraction(-1, 2) or Fraction() build from integers (or
    any Rational pair); Fraction(x) accepts a Rational, a float, a Decimal
    or a string such as '3/4', '-1.5e3' or ' 7 '.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)

        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self

            elif isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self

            elif isinstance(numerator, float) or _is_decimal(numerator):
                # exact conversion
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self

            elif isinstance(numerator, str):
                m = _LITERAL.match(numerator)
                if m is None:
                    raise ValueError('Invalid literal for Fraction: %r' %
                                     numerator)
                numerator = int(m.group('num') or '0')
                denom = m.group('denom')
                if denom:
                    denominator = int(denom)
                else:
                    denominator = 1
                    decimal = m.group('decimal')
                    if decimal:
                        decimal = decimal.replace('_', '')
                        scale = 10 ** len(decimal)
                        numerator = numerator * scale + int(decimal)
                        denominator *= scale
                    exp = m.group('exp')
                    if exp:
                        exp = int(exp)
                        if exp >= 0:
                            numerator *= 10 ** exp
                        else:
                            denominator *= 10 ** -exp
                if m.group('sign') == '-':
                    numerator = -numerator

            else:
                raise TypeError('argument should be a string '
                                'or a Rational instance')

        elif type(numerator) is int and type(denominator) is int:
            pass  # the common case

        elif (isinstance(numerator, numbers.Rational) and
              isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator
            )
        else:
            raise TypeError('both arguments should be '
                            'Rational instances')

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Convert a finite float (or an int) to an equal Fraction.

        Beware that Fraction.from_float(0.3) != Fraction(3, 10).
        """
        if isinstance(f, numbers.Integral):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Convert a finite Decimal (or an int) to an equal Fraction."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(
                '%s.from_decimal() only takes Decimals, not %r (%s)' %
                (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """The pair (numerator, denominator), denominator > 0."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator <= max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        """
        # Walk the continued fraction expansion of self until the next
        # convergent's denominator would exceed the limit; then the answer
        # is either the last convergent or the best semiconvergent.
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)

        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # --- arithmetic ------------------------------------------------------
    #
    # Each operator has a forward form (Fraction op x) handling Fraction,
    # int, float and complex, and a reverse form (x op Fraction) handling
    # any Rational, Real or Complex.

    def __add__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (Fraction, int)):
            return _add(a, b)
        return _forward_other(a, b, _fadd)

    def __radd__(b, a):
        return _reverse(b, a, _add, _fadd)

    def __sub__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (Fraction, int)):
            return _sub(a, b)
        return _forward_other(a, b, _fsub)

    def __rsub__(b, a):
        return _reverse(b, a, _sub, _fsub)

    def __mul__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (Fraction, int)):
            return _mul(a, b)
        return _forward_other(a, b, _fmul)

    def __rmul__(b, a):
        return _reverse(b, a, _mul, _fmul)

    def __truediv__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (Fraction, int)):
            return _div(a, b)
        return _forward_other(a, b, _fdiv)

    def __rtruediv__(b, a):
        return _reverse(b, a, _div, _fdiv)

    def __floordiv__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (Fraction, int)):
            return _floordiv(a, b)
        return _forward_other(a, b, _ffloordiv)

    def __rfloordiv__(b, a):
        return _reverse(b, a, _floordiv, _ffloordiv)

    def __divmod__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (Fraction, int)):
            return _divmod(a, b)
        return _forward_other(a, b, divmod)

    def __rdivmod__(b, a):
        return _reverse(b, a, _divmod, divmod)

    def __mod__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (Fraction, int)):
            return _mod(a, b)
        return _forward_other(a, b, _fmod)

    def __rmod__(b, a):
        return _reverse(b, a, _mod, _fmod)

    def __pow__(a, b):
        """a ** b

        An integral exponent gives an exact Fraction; any other exponent
        gives a float (or complex) result.
        """
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power,
                                    _normalize=False)
                elif a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power,
                                    _normalize=False)
                else:
                    return Fraction((-a._denominator) ** -power,
                                    (-a._numerator) ** -power,
                                    _normalize=False)
            else:
                # a fractional power is generally irrational
                return float(a) ** float(b)
        else:
            return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # keep an int base an int when possible
            return a ** b._numerator

        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b

        if b._denominator == 1:
            return a ** b._numerator

        return a ** float(b)

    def __pos__(a):
        """+a: Fractions have exact arithmetic, so this just copies."""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=None):
        """int(a): truncation toward zero."""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        else:
            return a._numerator // a._denominator

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        else:
            return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): ties go to the even neighbour."""
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            twice = remainder * 2
            if twice < d:
                return floor
            elif twice > d:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        # round the scaled value to an integer, then scale back
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self), equal to the hash of an equal int, float or
        Decimal."""
        # The hash of n/d is n * inverse(d) modulo P; when d is a multiple
        # of P there is no inverse and the value hashes like infinity.
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # compare with a finite stand-in so that the answer
                # (False) is right without converting b
                return 0.0 == b
            else:
                return a == a.from_float(b)
        else:
            # let b's __eq__ decide
            return NotImplemented

    def _richcmp(self, other, op):
        """Shared code of the ordering comparisons: op compares two
        Rationals or two floats."""
        # Rationals compare exactly by cross multiplication.
        if type(other) is int or isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            else:
                return op(self, self.from_float(other))
        else:
            return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, _gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, _le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, _ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # --- support for pickle, copy, and deepcopy -------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self     # immutable
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self     # immutable
        return self.__class__(self._numerator, self._denominator)


def _is_decimal(x):
    d = sys.modules.get('decimal') if hasattr(sys, 'modules') else None
    if d is None:
        try:
            import decimal as d
        except ImportError:
            return False
    return isinstance(x, d.Decimal)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


def _fadd(a, b):
    return a + b


def _fsub(a, b):
    return a - b


def _fmul(a, b):
    return a * b


def _fdiv(a, b):
    return a / b


def _ffloordiv(a, b):
    return a // b


def _fmod(a, b):
    return a % b


try:
    _COMPLEX = complex
except NameError:       # an interpreter without a complex type
    class _COMPLEX(object):
        pass


def _forward_other(a, b, fallback):
    """Fraction op b for b neither a Fraction nor an int."""
    if isinstance(b, float):
        return fallback(float(a), b)
    elif isinstance(b, _COMPLEX):
        return fallback(_COMPLEX(a), b)
    else:
        return NotImplemented


def _reverse(b, a, monomorphic, fallback):
    """a op b where b is a Fraction and a is not."""
    if type(a) is int or isinstance(a, numbers.Rational):
        return monomorphic(Fraction(a), b)
    elif isinstance(a, numbers.Real):
        return fallback(float(a), float(b))
    elif isinstance(a, numbers.Complex):
        return fallback(_COMPLEX(a), _COMPLEX(b))
    else:
        return NotImplemented


# The exact operations on two Rationals.  Cancelling common factors before
# multiplying keeps the intermediate numbers small (Knuth, TAOCP 4.5.1).

def _add(a, b):
    """a + b"""
    na, da = a.numerator, a.denominator
    nb, db = b.numerator, b.denominator
    g = math.gcd(da, db)
    if g == 1:
        return Fraction(na * db + da * nb, da * db, _normalize=False)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = math.gcd(t, g)
    if g2 == 1:
        return Fraction(t, s * db, _normalize=False)
    return Fraction(t // g2, s * (db // g2), _normalize=False)


def _sub(a, b):
    """a - b"""
    na, da = a.numerator, a.denominator
    nb, db = b.numerator, b.denominator
    g = math.gcd(da, db)
    if g == 1:
        return Fraction(na * db - da * nb, da * db, _normalize=False)
    s = da // g
    t = na * (db // g) - nb * s
    g2 = math.gcd(t, g)
    if g2 == 1:
        return Fraction(t, s * db, _normalize=False)
    return Fraction(t // g2, s * (db // g2), _normalize=False)


def _mul(a, b):
    """a * b"""
    na, da = a.numerator, a.denominator
    nb, db = b.numerator, b.denominator
    g1 = math.gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = math.gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return Fraction(na * nb, db * da, _normalize=False)


def _div(a, b):
    """a / b"""
    # like _mul with b inverted
    na, da = a.numerator, a.denominator
    nb, db = b.numerator, b.denominator
    g1 = math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    return Fraction(n, d, _normalize=False)


def _floordiv(a, b):
    """a // b"""
    return (a.numerator * b.denominator) // (a.denominator * b.numerator)


def _divmod(a, b):
    """(a // b, a % b)"""
    da, db = a.denominator, b.denominator
    div, n_mod = divmod(a.numerator * db, da * b.numerator)
    return div, Fraction(n_mod, da * db)


def _mod(a, b):
    """a % b"""
    da, db = a.denominator, b.denominator
    return Fraction((a.numerator * db) % (b.numerator * da), da * db)
