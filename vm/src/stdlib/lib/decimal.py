"""Decimal fixed point and floating point arithmetic (Spindle implementation).

This module follows the General Decimal Arithmetic Specification, with the
behaviour of CPython 3.11's C implementation (libmpdec) as the reference.

Internally a finite Decimal is (sign, coefficient, exponent) with the
coefficient held as a Python int, so products of huge numbers run at the
speed of big-int multiplication.
"""

import math as _math

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation',
    'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
    'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = {
    ROUND_DOWN: ROUND_DOWN, ROUND_HALF_UP: ROUND_HALF_UP,
    ROUND_HALF_EVEN: ROUND_HALF_EVEN, ROUND_CEILING: ROUND_CEILING,
    ROUND_FLOOR: ROUND_FLOOR, ROUND_UP: ROUND_UP,
    ROUND_HALF_DOWN: ROUND_HALF_DOWN, ROUND_05UP: ROUND_05UP,
}

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

HAVE_THREADS = True
HAVE_CONTEXTVAR = True

# ---------------------------------------------------------------------------
# Signals


class DecimalException(ArithmeticError):
    """Base class for the decimal module's signals."""


class Clamped(DecimalException):
    """Exponent of a 0 changed to fit bounds."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed."""


class ConversionSyntax(InvalidOperation):
    """Trying to convert a badly formed string."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """Division by 0."""


class DivisionImpossible(InvalidOperation):
    """Cannot perform the division adequately."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Undefined result of division."""


class Inexact(DecimalException):
    """Had to round, losing information."""


class InvalidContext(InvalidOperation):
    """Invalid context."""


class Rounded(DecimalException):
    """Number got rounded (not necessarily changed during rounding)."""


class Subnormal(DecimalException):
    """Exponent < Emin before rounding."""


class Overflow(Inexact, Rounded):
    """Numerical overflow."""


class Underflow(Inexact, Rounded, Subnormal):
    """Numerical underflow with result rounded to 0."""


class FloatOperation(DecimalException, TypeError):
    """Enable stricter semantics for mixing floats and Decimals."""


# Status bits.  The InvalidOperation signal covers several conditions.
_S_INV = 1          # plain InvalidOperation
_S_CONV = 2         # ConversionSyntax
_S_DIVIMP = 4       # DivisionImpossible
_S_DIVUND = 8       # DivisionUndefined
_S_INVCTX = 16      # InvalidContext
_S_IEEE_INV = 31
_S_FLOAT = 32
_S_DIVZ = 64
_S_OVF = 128
_S_UNF = 256
_S_SUB = 512
_S_INEX = 1024
_S_RND = 2048
_S_CLAMP = 4096

# order used for choosing the raised exception (C: signal_map)
_SIGNALS = [
    (InvalidOperation, _S_IEEE_INV), (FloatOperation, _S_FLOAT),
    (DivisionByZero, _S_DIVZ), (Overflow, _S_OVF), (Underflow, _S_UNF),
    (Subnormal, _S_SUB), (Inexact, _S_INEX), (Rounded, _S_RND),
    (Clamped, _S_CLAMP),
]
_SIGNAL_MASK = {}
for _sig, _m in _SIGNALS:
    _SIGNAL_MASK[_sig] = _m
del _sig, _m

# order of the list carried by a raised exception (C: cond_map, signal_map)
_COND_LIST = [
    (InvalidOperation, _S_INV), (ConversionSyntax, _S_CONV),
    (DivisionImpossible, _S_DIVIMP), (DivisionUndefined, _S_DIVUND),
    (InvalidContext, _S_INVCTX), (FloatOperation, _S_FLOAT),
    (DivisionByZero, _S_DIVZ), (Overflow, _S_OVF), (Underflow, _S_UNF),
    (Subnormal, _S_SUB), (Inexact, _S_INEX), (Rounded, _S_RND),
    (Clamped, _S_CLAMP),
]

# order used by Context.__repr__ (libmpdec's flag bit order; the
# InvalidOperation conditions print once, at the first one present)
_REPR_ORDER = [
    ('Clamped', _S_CLAMP), ('InvalidOperation', _S_CONV),
    ('DivisionByZero', _S_DIVZ), ('InvalidOperation', _S_DIVIMP),
    ('InvalidOperation', _S_DIVUND), ('Inexact', _S_INEX),
    ('InvalidOperation', _S_INVCTX), ('InvalidOperation', _S_INV),
    ('FloatOperation', _S_FLOAT), ('Overflow', _S_OVF), ('Rounded', _S_RND),
    ('Subnormal', _S_SUB), ('Underflow', _S_UNF),
]


def _raise_status(ctx, st):
    t = st & ctx._traps
    ex = None
    for sig, m in _SIGNALS:
        if t & m:
            ex = sig
            break
    lst = [c for c, m in _COND_LIST if t & m]
    raise ex(lst)


def _status(ctx, st):
    f = ctx._flags
    if f & st != st:
        ctx._flags = f | st
    if st & ctx._traps:
        _raise_status(ctx, st)


# ---------------------------------------------------------------------------
# Integer helpers

_new = object.__new__

_P10 = [10 ** _i for _i in range(64)]
_LOG10_2 = 0.30102999566398120


def _pow10(n):
    if n < 64:
        return _P10[n]
    return 10 ** n


def _nd(c):
    """Number of decimal digits of the int c >= 0 (0 has one digit)."""
    if c < 10000000000000000:
        return len(str(c))
    bl = c.bit_length()
    if bl < 13000:
        return len(str(c))
    k = int((bl - 1) * _LOG10_2)
    p = 10 ** k
    while c < p:
        k -= 1
        p //= 10
    p *= 10
    while c >= p:
        k += 1
        p *= 10
    return k + 1


_STR_POW_CACHE = {}


def _i2s(c):
    """str(c) for an int c >= 0 of any size (no digit limit)."""
    if c.bit_length() < 13000:
        return str(c)
    k = int(c.bit_length() * _LOG10_2) // 2
    p = _STR_POW_CACHE.get(k)
    if p is None:
        p = 10 ** k
        _STR_POW_CACHE[k] = p
    hi, lo = divmod(c, p)
    s = _i2s(lo)
    return _i2s(hi) + '0' * (k - len(s)) + s


def _s2i(s):
    """int(s) for a string of decimal digits of any length."""
    n = len(s)
    if n < 4000:
        return int(s)
    h = n // 2
    return _s2i(s[:h]) * 10 ** (n - h) + _s2i(s[h:])


def _strip_zeros(c, e, limit):
    """Remove trailing zeros of c while e < limit; return (c, e)."""
    if c == 0:
        return c, e
    while e < limit:
        q, r = divmod(c, 10)
        if r:
            break
        c = q
        e += 1
    return c, e


def _round_inc(rnd, sign, q, r, p):
    """Whether to increment q when dropping remainder r (0 < r < p)."""
    if rnd == ROUND_HALF_EVEN:
        r2 = r + r
        return r2 > p or (r2 == p and (q & 1) == 1)
    if rnd == ROUND_HALF_UP:
        return r + r >= p
    if rnd == ROUND_DOWN:
        return False
    if rnd == ROUND_HALF_DOWN:
        return r + r > p
    if rnd == ROUND_UP:
        return True
    if rnd == ROUND_CEILING:
        return sign == 0
    if rnd == ROUND_FLOOR:
        return sign == 1
    # ROUND_05UP
    d = q % 10
    return d == 0 or d == 5


def _shift_round(c, drop, sign, rnd):
    """Drop `drop` (> 0) low digits of c with rounding: (q, inexact)."""
    p = _pow10(drop)
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    if _round_inc(rnd, sign, q, r, p):
        q += 1
    return q, True


# ---------------------------------------------------------------------------
# Construction helpers


def _mk(sign, c, e):
    r = _new(Decimal)
    r._sign = sign
    r._int = c
    r._exp = e
    r._is_special = False
    return r


def _mks(sign, payload, kind):
    r = _new(Decimal)
    r._sign = sign
    r._int = payload
    r._exp = kind
    r._is_special = True
    return r


def _nan():
    return _mks(0, 0, 'n')


def _invalid(ctx, st=_S_INV):
    _status(ctx, st)
    return _mks(0, 0, 'n')


def _fix_nan(a, ctx):
    """Quiet copy of NaN a with the payload cut to the context."""
    payload = a._int
    if payload:
        m = ctx._prec - ctx._clamp
        if _nd(payload) > m:
            if m <= 0:
                payload = 0
            else:
                payload = payload % _pow10(m)
    if a._exp == 'n' and payload == a._int and type(a) is Decimal:
        return a
    return _mks(a._sign, payload, 'n')


def _check_nans(a, b, ctx):
    """NaN result of a binary operation, or None."""
    ea = a._exp
    eb = b._exp
    if ea == 'N':
        _status(ctx, _S_INV)
        return _fix_nan(a, ctx)
    if eb == 'N':
        _status(ctx, _S_INV)
        return _fix_nan(b, ctx)
    if ea == 'n':
        return _fix_nan(a, ctx)
    if eb == 'n':
        return _fix_nan(b, ctx)
    return None


def _check_nan1(a, ctx):
    if a._exp == 'N':
        _status(ctx, _S_INV)
        return _fix_nan(a, ctx)
    if a._exp == 'n':
        return _fix_nan(a, ctx)
    return None


def _overflow_result(sign, ctx, rnd):
    if rnd == ROUND_HALF_EVEN or rnd == ROUND_HALF_UP or \
            rnd == ROUND_HALF_DOWN or rnd == ROUND_UP:
        return _mks(sign, 0, 'F')
    if sign == 0:
        if rnd == ROUND_CEILING:
            return _mks(0, 0, 'F')
    else:
        if rnd == ROUND_FLOOR:
            return _mks(1, 0, 'F')
    prec = ctx._prec
    return _mk(sign, _pow10(prec) - 1, ctx._Emax - prec + 1)


def _fix(sign, c, e, ctx, rnd):
    """Round (sign, c, e) to the context: returns (Decimal, status)."""
    prec = ctx._prec
    Emax = ctx._Emax
    Etiny = ctx._Emin - prec + 1
    Etop = Emax - prec + 1
    if c == 0:
        hi = Etop if ctx._clamp else Emax
        ne = e
        if ne < Etiny:
            ne = Etiny
        elif ne > hi:
            ne = hi
        if ne != e:
            return _mk(sign, 0, ne), _S_CLAMP
        return _mk(sign, 0, e), 0
    # cheap bound on the number of digits first
    bl = c.bit_length()
    ndmax = int(bl * _LOG10_2) + 1
    if ndmax <= prec and ctx._Emin <= e and e + ndmax - 1 <= Emax:
        # no rounding, not subnormal, no overflow
        if ctx._clamp and e > Etop:
            return _mk(sign, c * _pow10(e - Etop), Etop), _S_CLAMP
        return _mk(sign, c, e), 0
    nd = _nd(c)
    exp_min = nd + e - prec
    if exp_min > Etop:
        return _overflow_result(sign, ctx, rnd), _S_OVF | _S_INEX | _S_RND
    sub = exp_min < Etiny
    if sub:
        exp_min = Etiny
    if e < exp_min:
        drop = exp_min - e
        if drop > nd:
            c = 1
            drop = 1
        q, inexact = _shift_round(c, drop, sign, rnd)
        if q and _nd(q) > prec:
            q //= 10
            exp_min += 1
        st = _S_RND
        if exp_min > Etop:
            res = _overflow_result(sign, ctx, rnd)
            st |= _S_OVF
        else:
            res = _mk(sign, q, exp_min)
        if inexact:
            st |= _S_INEX
            if sub:
                st |= _S_UNF
        if sub:
            st |= _S_SUB
        if q == 0:
            st |= _S_CLAMP
        return res, st
    st = 0
    if sub:
        st = _S_SUB
    if ctx._clamp and e > Etop:
        return _mk(sign, c * _pow10(e - Etop), Etop), st | _S_CLAMP
    return _mk(sign, c, e), st


_STRLIM = 10 ** 4000


def _finish(sign, c, e, ctx, st):
    """Round to the context, record the status, return the Decimal."""
    pm = ctx._pmax
    if pm is not None:
        if c < pm:
            if ctx._Emin <= e <= ctx._Etop:
                r = _new(Decimal)
                r._sign = sign
                r._int = c
                r._exp = e
                r._is_special = False
                if st:
                    ctx._flags |= st
                    if st & ctx._traps:
                        _raise_status(ctx, st)
                return r
        elif c < _STRLIM:
            # common rounding case: drop digits, no range trouble
            prec = ctx._prec
            drop = len(str(c)) - prec
            p = _P10[drop] if drop < 64 else 10 ** drop
            q = c // p
            rem = c - q * p
            e2 = e + drop
            if rem:
                rnd = ctx._rounding
                if rnd == ROUND_HALF_EVEN:
                    r2 = rem + rem
                    if r2 > p or (r2 == p and q & 1):
                        q += 1
                elif _round_inc(rnd, sign, q, rem, p):
                    q += 1
                st2 = st | 3072         # Inexact | Rounded
            else:
                st2 = st | 2048         # Rounded
            if ctx._Emin <= e2 + prec - 1:
                if q == pm:
                    q = _P10[prec - 1] if prec < 65 else pm // 10
                    e2 += 1
                if e2 <= ctx._Etop:
                    r = _new(Decimal)
                    r._sign = sign
                    r._int = q
                    r._exp = e2
                    r._is_special = False
                    f = ctx._flags
                    if f & st2 != st2:
                        ctx._flags = f | st2
                    if st2 & ctx._traps:
                        _raise_status(ctx, st2)
                    return r
    elif c.bit_length() <= ctx._pbits and ctx._Emin <= e <= ctx._Etop:
        r = _new(Decimal)
        r._sign = sign
        r._int = c
        r._exp = e
        r._is_special = False
        if st:
            _status(ctx, st)
        return r
    r, st2 = _fix(sign, c, e, ctx, ctx._rounding)
    st |= st2
    if st:
        _status(ctx, st)
    return r


def _finish_dec(d, ctx, st=0):
    """_finish applied to an existing Decimal (specials returned as is)."""
    if d._is_special:
        if st:
            _status(ctx, st)
        return d
    return _finish(d._sign, d._int, d._exp, ctx, st)


# ---------------------------------------------------------------------------
# String parsing


def _parse_str(s, ctx):
    """Decimal for the string s, or a NaN with ConversionSyntax."""
    t = s.strip()
    if '_' in t:
        t = t.replace('_', '')
    sign = 0
    if t:
        ch = t[0]
        if ch == '-':
            sign = 1
            t = t[1:]
        elif ch == '+':
            t = t[1:]
    if not t:
        return _invalid(ctx, _S_CONV)
    ch = t[0]
    if not (ch.isdecimal() or ch == '.'):
        low = t.lower()
        if low == 'inf' or low == 'infinity':
            return _mks(sign, 0, 'F')
        kind = None
        if low.startswith('nan'):
            kind = 'n'
            rest = t[3:]
        elif low.startswith('snan'):
            kind = 'N'
            rest = t[4:]
        if kind is None:
            return _invalid(ctx, _S_CONV)
        if rest == '':
            return _mks(sign, 0, kind)
        if not rest.isdecimal():
            return _invalid(ctx, _S_CONV)
        payload = _s2i(rest)
        if payload and _nd(payload) > ctx._prec - ctx._clamp:
            return _invalid(ctx, _S_CONV)
        return _mks(sign, payload, kind)
    # number
    exp = 0
    epos = t.find('e')
    if epos < 0:
        epos = t.find('E')
    if epos >= 0:
        es = t[epos + 1:]
        t = t[:epos]
        if not es:
            return _invalid(ctx, _S_CONV)
        esign = 1
        if es[0] == '-':
            esign = -1
            es = es[1:]
        elif es[0] == '+':
            es = es[1:]
        if not es.isdecimal():
            return _invalid(ctx, _S_CONV)
        exp = esign * _s2i(es)
    dot = t.find('.')
    if dot >= 0:
        intpart = t[:dot]
        frac = t[dot + 1:]
        digits = intpart + frac
        exp -= len(frac)
    else:
        digits = t
    if not digits or not digits.isdecimal():
        return _invalid(ctx, _S_CONV)
    c = _s2i(digits)
    if exp < MIN_ETINY or exp > MAX_EMAX or \
            (c and exp + _nd(c) - 1 > MAX_EMAX):
        return _invalid(ctx, _S_INV)
    return _mk(sign, c, exp)


def _from_float(f):
    if f != f:
        return _mks(1 if _math.copysign(1.0, f) < 0 else 0, 0, 'n')
    if f == _INF_F:
        return _mks(0, 0, 'F')
    if f == -_INF_F:
        return _mks(1, 0, 'F')
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    n, d = f.as_integer_ratio()
    if n < 0:
        n = -n
    k = d.bit_length() - 1
    return _mk(sign, n * 5 ** k, -k)


_INF_F = float('inf')

try:
    _COMPLEX = complex
except NameError:       # an interpreter without a complex type
    class _COMPLEX(object):
        pass


def _from_tuple(v):
    if len(v) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = v
    if not (type(sign) is int or isinstance(sign, int)) or \
            sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp == 'F':
            return _mks(sign, 0, 'F')
        if exp != 'n' and exp != 'N':
            raise ValueError(
                "string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for dg in digits:
        if not isinstance(dg, int) or dg < 0 or dg > 9:
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + dg
    if isinstance(exp, str):
        return _mks(sign, c, exp)
    if exp < MIN_ETINY or (exp + _nd(c) - 1 > MAX_EMAX):
        return None
    return _mk(sign, c, exp)


def _convert(v, ctx, what):
    """Operand conversion for Context methods and friends (TypeError)."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _from_int(v)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % type(v).__name__)


def _from_int(v):
    r = _new(Decimal)
    if v < 0:
        r._sign = 1
        r._int = -v
    else:
        r._sign = 0
        r._int = int(v)
    r._exp = 0
    r._is_special = False
    return r


def _coerce(other):
    """Operand of an arithmetic dunder: Decimal or None (NotImplemented)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return None


_RATIONAL = None


def _rational_type():
    global _RATIONAL
    if _RATIONAL is None:
        try:
            import numbers
            _RATIONAL = numbers.Rational
        except Exception:
            import fractions
            _RATIONAL = fractions.Fraction
    return _RATIONAL


# ---------------------------------------------------------------------------
# Core arithmetic on Decimals


def _add(a, b, bsign, ctx):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != bsign:
                return _invalid(ctx)
            return _mks(a._sign, 0, 'F')
        return _mks(bsign, 0, 'F')
    return _add3(a._sign, a._int, a._exp, bsign, b._int, b._exp, ctx)


def _add3(sa, ca, ea, sb, cb, eb, ctx):
    """Sum of two finite operands given as triples, rounded."""
    if ea != eb:
        if ea > eb:
            d = ea - eb
            if d > 40:
                if ca == 0:
                    d = 0
                    ea = eb
                elif cb == 0:
                    if d > ctx._prec + 1:
                        d = ctx._prec + 1
                        eb = ea - d
                else:
                    cb, eb = _sticky(ca, ea, cb, eb, ctx)
                    d = ea - eb
            if d:
                ca *= _P10[d] if d < 64 else 10 ** d
            e = eb
        else:
            d = eb - ea
            if d > 40:
                if cb == 0:
                    d = 0
                    eb = ea
                elif ca == 0:
                    if d > ctx._prec + 1:
                        d = ctx._prec + 1
                        ea = eb - d
                else:
                    ca, ea = _sticky(cb, eb, ca, ea, ctx)
                    d = eb - ea
            if d:
                cb *= _P10[d] if d < 64 else 10 ** d
            e = ea
    else:
        e = ea
    if sa == sb:
        return _finish(sa, ca + cb, e, ctx, 0)
    c = ca - cb
    if c < 0:
        return _finish(sb, -c, e, ctx, 0)
    if c == 0:
        return _finish(1 if ctx._rounding == ROUND_FLOOR else 0, 0, e, ctx, 0)
    return _finish(sa, c, e, ctx, 0)


def _sticky(cbig, ebig, csmall, esmall, ctx):
    """Replace a far smaller operand by a one-digit stand-in."""
    lim = ebig + min(-1, _nd(cbig) - ctx._prec - 2)
    if _nd(csmall) + esmall - 1 < lim:
        return 1, lim
    return csmall, esmall


def _mul(a, b, ctx):
    s = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if not b._is_special and b._int == 0:
                return _invalid(ctx)
            return _mks(s, 0, 'F')
        if a._int == 0:
            return _invalid(ctx)
        return _mks(s, 0, 'F')
    return _finish(s, a._int * b._int, a._exp + b._exp, ctx, 0)


def _div(a, b, ctx):
    s = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid(ctx)
            return _mks(s, 0, 'F')
        # b is infinite
        return _finish(s, 0, ctx._Emin - ctx._prec + 1, ctx, _S_CLAMP)
    cb = b._int
    if cb == 0:
        if a._int == 0:
            return _invalid(ctx, _S_DIVUND)
        _status(ctx, _S_DIVZ)
        return _mks(s, 0, 'F')
    ca = a._int
    ideal = a._exp - b._exp
    if ca == 0:
        return _finish(s, 0, ideal, ctx, 0)
    prec = ctx._prec
    if prec > 5000:
        r = _exact_div(ca, cb, ideal)
        if r is not None:
            return _finish(s, r[0], r[1], ctx, 0)
    return _div3(s, ca, cb, ideal, ctx)


def _div3(s, ca, cb, ideal, ctx):
    """ca / cb * 10**ideal for ca, cb > 0, rounded to the context."""
    prec = ctx._prec
    pm = ctx._pmax
    if pm is not None and ca < _STRLIM and cb < _STRLIM:
        shift = len(str(cb)) - len(str(ca)) + prec
        if shift >= 0:
            n = ca * (_P10[shift] if shift < 64 else 10 ** shift)
            dv = cb
        else:
            n = ca
            dv = cb * (_P10[-shift] if -shift < 64 else 10 ** -shift)
        q = n // dv
        r = n - q * dv
        e = ideal - shift
        if q >= pm:
            # prec + 1 digits: fold the last digit into the remainder
            q, dg = divmod(q, 10)
            r = dg * dv + r
            dv *= 10
            e += 1
        # q has prec digits here; the adjusted exponent is e + prec - 1
        if ctx._Emin <= e + prec - 1 and e < ctx._Etop:
            st = 0
            if r:
                rnd = ctx._rounding
                if rnd == ROUND_HALF_EVEN:
                    r2 = r + r
                    if r2 > dv or (r2 == dv and q & 1):
                        q += 1
                elif _round_inc(rnd, s, q, r, dv):
                    q += 1
                if q == pm:
                    q //= 10
                    e += 1
                st = 3072
            elif e < ideal:
                while e < ideal:
                    q2 = q // 10
                    if q2 * 10 != q:
                        break
                    q = q2
                    e += 1
                if e > ctx._Etop:
                    return _finish(s, q, e, ctx, 0)
            elif e > ideal:
                st = 2048
            r = _new(Decimal)
            r._sign = s
            r._int = q
            r._exp = e
            r._is_special = False
            if st:
                f = ctx._flags
                if f & st != st:
                    ctx._flags = f | st
                if st & ctx._traps:
                    _raise_status(ctx, st)
            return r
    return _div_slow(s, ca, cb, ideal, ctx)


def _div_slow(s, ca, cb, ideal, ctx):
    prec = ctx._prec
    nda = len(str(ca)) if ca < 10000000000000000 else _nd(ca)
    ndb = len(str(cb)) if cb < 10000000000000000 else _nd(cb)
    shift = ndb - nda + prec + 1
    if shift >= 0:
        q, r = divmod(ca * _pow10(shift), cb)
    else:
        q, r = divmod(ca, cb * _pow10(-shift))
    e = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    elif e < ideal:
        while e < ideal:
            q2, r2 = divmod(q, 10)
            if r2:
                break
            q = q2
            e += 1
    return _finish(s, q, e, ctx, 0)


def _exact_div(ca, cb, ideal):
    """Exact quotient (c, e) of ca/cb * 10**ideal if it terminates."""
    g = _math.gcd(ca, cb)
    ca //= g
    cb //= g
    x = 0
    while cb % 2 == 0:
        cb //= 2
        x += 1
    y = 0
    while cb % 5 == 0:
        cb //= 5
        y += 1
    if cb != 1:
        return None
    k = x if x > y else y
    c = ca * (2 ** (k - x)) * (5 ** (k - y))
    return _strip_zeros(c, ideal - k, ideal)


def _divint_core(a, b, ctx):
    """(q, r) as (sign, int, exp) triples for finite a, b with b != 0.

    Returns None when the integer quotient needs more than prec digits.
    """
    ea = a._exp
    eb = b._exp
    ca = a._int
    cb = b._int
    e = ea if ea < eb else eb
    if ca == 0:
        return (a._sign ^ b._sign, 0, 0), (a._sign, 0, e)
    adja = ea + _nd(ca)
    adjb = eb + _nd(cb)
    if adja - adjb > ctx._prec + 1:
        return None
    if adja < adjb:
        # |a| < |b|: the quotient is zero
        r = ca * _pow10(ea - e)
        return (a._sign ^ b._sign, 0, 0), (a._sign, r, e)
    A = ca * _pow10(ea - e)
    B = cb * _pow10(eb - e)
    q, r = divmod(A, B)
    if q and _nd(q) > ctx._prec:
        return None
    return (a._sign ^ b._sign, q, 0), (a._sign, r, e)


def _floordiv(a, b, ctx):
    s = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid(ctx)
            return _mks(s, 0, 'F')
        return _mk(s, 0, 0)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, _S_DIVUND)
        _status(ctx, _S_DIVZ)
        return _mks(s, 0, 'F')
    res = _divint_core(a, b, ctx)
    if res is None:
        return _invalid(ctx, _S_DIVIMP)
    q = res[0]
    return _finish(q[0], q[1], q[2], ctx, 0)


def _mod(a, b, ctx):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            return _invalid(ctx)
        return _finish(a._sign, a._int, a._exp, ctx, 0)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, _S_DIVUND)
        return _invalid(ctx)
    res = _divint_core(a, b, ctx)
    if res is None:
        return _invalid(ctx, _S_DIVIMP)
    r = res[1]
    return _finish(r[0], r[1], r[2], ctx, 0)


def _divmod(a, b, ctx):
    s = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r, r
        if a._exp == 'F':
            if b._exp == 'F':
                n = _invalid(ctx)
                return n, n
            _status(ctx, _S_INV)
            return _mks(s, 0, 'F'), _nan()
        return _mk(s, 0, 0), _finish(a._sign, a._int, a._exp, ctx, 0)
    if b._int == 0:
        if a._int == 0:
            n = _invalid(ctx, _S_DIVUND)
            return n, n
        _status(ctx, _S_DIVZ | _S_INV)
        return _mks(s, 0, 'F'), _nan()
    res = _divint_core(a, b, ctx)
    if res is None:
        n = _invalid(ctx, _S_DIVIMP)
        return n, n
    q, r = res
    st = 0
    qd, st1 = _fix(q[0], q[1], q[2], ctx, ctx._rounding)
    rd, st2 = _fix(r[0], r[1], r[2], ctx, ctx._rounding)
    st = st1 | st2
    if st:
        _status(ctx, st)
    return qd, rd


def _remainder_near(a, b, ctx):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            return _invalid(ctx)
        return _finish(a._sign, a._int, a._exp, ctx, 0)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, _S_DIVUND)
        return _invalid(ctx)
    ea = a._exp
    eb = b._exp
    e = ea if ea < eb else eb
    ca = a._int
    if ca == 0:
        return _finish(a._sign, 0, e, ctx, 0)
    adja = ea + _nd(ca)
    adjb = eb + _nd(b._int)
    if adja - adjb > ctx._prec + 1:
        return _invalid(ctx, _S_DIVIMP)
    if adja < adjb - 1:
        return _finish(a._sign, ca * _pow10(ea - e), e, ctx, 0)
    A = ca * _pow10(ea - e)
    B = b._int * _pow10(eb - e)
    q, r = divmod(A, B)
    sign = a._sign
    r2 = r + r
    if r2 > B or (r2 == B and (q & 1)):
        r = B - r
        sign ^= 1
        q += 1
    if q and _nd(q) > ctx._prec:
        return _invalid(ctx, _S_DIVIMP)
    if r == 0:
        sign = a._sign
    return _finish(sign, r, e, ctx, 0)


def _cmp_mag(ca, ea, cb, eb):
    """Compare |a| and |b| of finite operands: -1, 0 or 1."""
    if ea == eb:
        return (ca > cb) - (ca < cb)
    if ca == 0:
        return 0 if cb == 0 else -1
    if cb == 0:
        return 1
    da = _nd(ca) + ea
    db = _nd(cb) + eb
    if da != db:
        return 1 if da > db else -1
    if ea > eb:
        ca *= _pow10(ea - eb)
    else:
        cb *= _pow10(eb - ea)
    return (ca > cb) - (ca < cb)


def _cmp(a, b):
    """Numeric comparison of non-NaN Decimals: -1, 0 or 1."""
    if a._is_special or b._is_special:
        ai = 0
        bi = 0
        if a._exp == 'F':
            ai = -1 if a._sign else 1
        if b._exp == 'F':
            bi = -1 if b._sign else 1
        if ai == bi:
            return 0
        if ai or bi:
            return 1 if ai > bi else -1
    ca = a._int
    cb = b._int
    if ca == 0:
        if cb == 0:
            return 0
        return 1 if b._sign else -1
    if cb == 0:
        return -1 if a._sign else 1
    sa = a._sign
    if sa != b._sign:
        return -1 if sa else 1
    m = _cmp_mag(ca, a._exp, cb, b._exp)
    return -m if sa else m


# ---------------------------------------------------------------------------
# Transcendental helpers (fixed point integer arithmetic)

_LN2_CACHE = [0, 0]     # [digits, value scaled by 10**digits]
_LN10_CACHE = [0, 0]


def _atanh_inv(n, W):
    """atanh(1/n) * 10**W (truncated, error a few units)."""
    one = _pow10(W)
    t = one // n
    s = t
    n2 = n * n
    k = 3
    while t:
        t //= n2
        s += t // k
        k += 2
    return s


def _ln2(W):
    if _LN2_CACHE[0] >= W:
        return _LN2_CACHE[1] // _pow10(_LN2_CACHE[0] - W)
    G = W + 10
    v = 2 * _atanh_inv(3, G)
    _LN2_CACHE[0] = G
    _LN2_CACHE[1] = v
    return v // _pow10(10)


def _ln10(W):
    if _LN10_CACHE[0] >= W:
        return _LN10_CACHE[1] // _pow10(_LN10_CACHE[0] - W)
    G = W + 10
    # ln 10 = 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9)
    v = 3 * _ln2(G) + 2 * _atanh_inv(9, G)
    _LN10_CACHE[0] = G
    _LN10_CACHE[1] = v
    return v // _pow10(10)


def _exp_fixed(R, W):
    """exp(R / 10**W) * 10**W for |R| <= ~1.2 * 10**W; error < 10 units."""
    # argument reduction by 2**s, Taylor series, s squarings
    s = 0
    if W > 20:
        s = int(W ** 0.5)
    G = W + 6 + (s * 3) // 10 + 2
    one = _pow10(G)
    x = (R * _pow10(G - W)) >> s if s else R * _pow10(G - W)
    # Taylor series
    total = one
    term = one
    k = 1
    while term:
        term = term * x // (one * k)
        total += term
        k += 1
    for _ in range(s):
        total = total * total // one
    return total // _pow10(G - W)


def _ln_fixed(m, me, W):
    """ln(m * 10**me) * 10**W for m > 0 an int; error < 10 units."""
    nd = _nd(m)
    adj = me + nd - 1
    # m / 10**(nd-1) in [1, 10): fixed point with G digits
    G = W + 10
    s = 0
    if G > 30:
        s = int(G ** 0.5) // 2
    G += (s * 3) // 10 + 2
    one = _pow10(G)
    sh = G - (nd - 1)
    if sh >= 0:
        x = m * _pow10(sh)
    else:
        x = m // _pow10(-sh)
    # reduce by powers of two to [0.75, 1.5)
    k = 0
    lim_hi = (one * 3) // 2
    lim_lo = (one * 3) // 4
    while x >= lim_hi:
        x = (x + 1) // 2
        k += 1
    while x < lim_lo:
        x *= 2
        k -= 1
    # square roots bring x closer to one
    for _ in range(s):
        x = _math.isqrt(x * one)
    # ln x = 2 atanh(z), z = (x - 1)/(x + 1)
    neg = x < one
    z = abs(x - one) * one // (x + one)
    z2 = z * z // one
    t = z
    total = z
    j = 3
    while t:
        t = t * z2 // one
        total += t // j
        j += 2
    if neg:
        total = -total
    total = (2 * total) << s
    total += k * _ln2(G) + adj * _ln10(G + 20) // _pow10(20)
    return total // _pow10(G - W)


def _int_ctx_round(sign, c, e, ctx, rnd):
    """Rounding used by the Ziv loops: a Decimal (quiet, no status)."""
    return _fix(sign, c, e, ctx, rnd)[0]


def _ziv(sign, Y, scale_e, err, ctx):
    """Whether Y*10**scale_e (+-err units) has a determined rounding."""
    lo = _int_ctx_round(sign, Y - err, scale_e, ctx, ROUND_HALF_EVEN)
    hi = _int_ctx_round(sign, Y + err, scale_e, ctx, ROUND_HALF_EVEN)
    if lo._is_special or hi._is_special:
        return lo._is_special and hi._is_special
    if lo._int == hi._int and lo._exp == hi._exp:
        return True
    return _cmp(lo, hi) == 0


def _trans_final(sign, Y, scale_e, ctx):
    """Round an inexact result known to lie strictly near Y*10**scale_e."""
    hctx = ctx._with_rounding(ROUND_HALF_EVEN)
    r, st = _fix(sign, Y * 10 + 1, scale_e - 1, hctx, ROUND_HALF_EVEN)
    _status(ctx, st | _S_INEX | _S_RND)
    return r


def _exp_dec(a, ctx):
    """exp(a), correctly rounded (half-even), with the final status."""
    if a._is_special:
        r = _check_nan1(a, ctx)
        if r is not None:
            return r
        if a._sign:
            return _mk(0, 0, 0)
        return _mks(0, 0, 'F')
    c = a._int
    if c == 0:
        return _mk(0, 1, 0)
    prec = ctx._prec
    nd = _nd(c)
    e = a._exp
    adj = e + nd - 1
    t = e + nd
    if t > 19:
        if a._sign == 0:
            _status(ctx, _S_OVF | _S_INEX | _S_RND)
            return _mks(0, 0, 'F')
        _status(ctx, _S_INEX | _S_RND | _S_SUB | _S_UNF | _S_CLAMP)
        return _mk(0, 0, ctx._Emin - prec + 1)
    hctx = ctx._with_rounding(ROUND_HALF_EVEN)
    if _cmp_mag(c, e, 9, -prec - 4) <= 0:
        # exp(x) rounds to one, padded to prec digits
        r, st = _fix(0, _pow10(prec - 1), -(prec - 1), hctx, ROUND_HALF_EVEN)
        _status(ctx, st | _S_INEX | _S_RND)
        return r
    extra = 8
    while True:
        # value x = (-1)**sign * c * 10**e; k = round(x / ln 10)
        W = prec + extra
        # x with W + 25 fractional digits
        XW = W + 25
        if e >= -XW:
            X = c * _pow10(XW + e)
        else:
            X = c // _pow10(-e - XW)
        if a._sign:
            X = -X
        L10 = _ln10(XW + 2) // 100
        k = X // L10
        rr = X - k * L10
        if rr * 2 > L10:
            k += 1
            rr -= L10
        R = rr // _pow10(25)
        Y = _exp_fixed(R, W)
        # exp(x) = Y * 10**(k - W)
        if _ziv(0, Y, k - W, 40, hctx):
            return _trans_final(0, Y, k - W, ctx)
        extra += 10 + extra // 2


def _ln_dec(a, ctx):
    if a._is_special:
        r = _check_nan1(a, ctx)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return _mks(0, 0, 'F')
    c = a._int
    if c == 0:
        return _mks(1, 0, 'F')
    if a._sign:
        return _invalid(ctx)
    e = a._exp
    if _is_one(c, e):
        return _mk(0, 0, 0)
    prec = ctx._prec
    hctx = ctx._with_rounding(ROUND_HALF_EVEN)
    mag = _ln_magnitude(c, e)
    extra = 8
    while True:
        W = prec + extra - mag
        if W < 2:
            W = 2
        Y = _ln_fixed(c, e, W)
        sign = 0
        if Y < 0:
            sign = 1
            Y = -Y
        if _ziv(sign, Y, -W, 40, hctx):
            return _trans_final(sign, Y, -W, ctx)
        extra += 10 + extra // 2


def _is_one(c, e):
    if e > 0:
        return False
    if e == 0:
        return c == 1
    return c == _pow10(-e)


def _ln_magnitude(c, e):
    """Estimate of floor(log10(|ln(c*10**e)|)) (may be a bit low)."""
    nd = _nd(c)
    adj = e + nd - 1
    if adj == 0 or adj == -1:
        # near one: |ln x| ~ |x - 1|
        one = _pow10(-e) if e <= 0 else 0
        if e <= 0:
            d = c - one
            if d == 0:
                return 0
            if d < 0:
                d = -d
            return _nd(d) + e - 1 - 1
        return 0
    # |ln x| ~ |adj| * 2.3
    lx = abs(adj) * 2.302585092994046 + 3
    return int(_math.log10(lx)) - 1


def _log10_dec(a, ctx):
    if a._is_special:
        r = _check_nan1(a, ctx)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return _mks(0, 0, 'F')
    c = a._int
    if c == 0:
        return _mks(1, 0, 'F')
    if a._sign:
        return _invalid(ctx)
    e = a._exp
    # exact powers of ten
    s = _i2s(c)
    if s[0] == '1' and s.count('0') == len(s) - 1:
        return _finish_log10_int(e + len(s) - 1, ctx)
    prec = ctx._prec
    hctx = ctx._with_rounding(ROUND_HALF_EVEN)
    mag = _ln_magnitude(c, e) - 1
    extra = 8
    while True:
        W = prec + extra - mag
        if W < 2:
            W = 2
        Y = _ln_fixed(c, e, W + 5)
        L = _ln10(W + 5)
        Y = Y * _pow10(W) // L
        sign = 0
        if Y < 0:
            sign = 1
            Y = -Y
        if _ziv(sign, Y, -W, 40, hctx):
            return _trans_final(sign, Y, -W, ctx)
        extra += 10 + extra // 2


def _finish_log10_int(v, ctx):
    hctx = ctx._with_rounding(ROUND_HALF_EVEN)
    s = 1 if v < 0 else 0
    r, st = _fix(s, -v if s else v, 0, hctx, ROUND_HALF_EVEN)
    if st:
        _status(ctx, st)
    return r


# ---------------------------------------------------------------------------
# Power


def _is_integer(d):
    """Whether finite d has an integral value."""
    if d._exp >= 0 or d._int == 0:
        return True
    return d._int % _pow10(-d._exp) == 0


def _int_value(d):
    if d._exp >= 0:
        v = d._int * _pow10(d._exp)
    else:
        v = d._int // _pow10(-d._exp)
    return -v if d._sign else v


def _pow(a, b, ctx):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
    intexp = not b._is_special and _is_integer(b)
    rsign = 0
    if intexp and a._sign:
        # odd exponent?
        if b._exp == 0:
            rsign = b._int & 1
        elif b._exp < 0:
            rsign = (b._int // _pow10(-b._exp)) & 1
    # zero base
    if not a._is_special and a._int == 0:
        if not b._is_special and b._int == 0:
            return _invalid(ctx)
        if b._sign:
            return _mks(rsign, 0, 'F')
        return _mk(rsign, 0, 0)
    if a._sign and (not intexp):
        return _invalid(ctx)
    if b._is_special:
        # infinite exponent
        c = _cmp_abs_one(a) if not a._is_special else 1
        if c == 0:
            prec = ctx._prec
            return _finish(rsign, _pow10(prec - 1), -(prec - 1), ctx,
                           _S_INEX | _S_RND)
        if b._sign:
            c = -c
        if c < 0:
            return _mk(rsign, 0, 0)
        return _mks(rsign, 0, 'F')
    if a._is_special:
        if b._int == 0:
            return _mk(rsign, 1, 0)
        if b._sign:
            return _mk(rsign, 0, 0)
        return _mks(rsign, 0, 'F')
    if b._int == 0:
        return _mk(rsign, 1, 0)
    # |a| == 1
    if _cmp_abs_one(a) == 0:
        prec = ctx._prec
        st = 0
        if intexp:
            if b._sign:
                return _finish(rsign, 1, 0, ctx, 0)
            n = _int_value(b)
            shift = n * (-a._exp)
            if shift > prec - 1:
                shift = prec - 1
                st = _S_RND
        else:
            shift = prec - 1
            st = _S_INEX | _S_RND
        return _finish(rsign, _pow10(shift), -shift, ctx, st)
    # certain overflow / underflow
    r = _pow_bounds(a, b, rsign, ctx)
    if r is not None:
        return r
    if intexp:
        return _pow_int(a, b, rsign, ctx)
    return _pow_real(a, b, ctx)


def _cmp_abs_one(a):
    return _cmp_mag(a._int, a._exp, 1, 0)


def _exp_digits(n):
    return len(str(abs(n)))


def _pow_bounds(a, b, rsign, ctx):
    """Certain overflow or underflow of a**b (libmpdec's bounds)."""
    ca = a._int
    ea = a._exp
    t = ea + _nd(ca) - 1
    if t > 0:
        lb_zeta = _exp_digits(t) - 1
    elif t < -1:
        lb_zeta = _exp_digits(t + 1) - 1
    else:
        # |a| - 1
        if ea <= 0:
            dd = ca - _pow10(-ea)
            de = ea
        else:
            dd = ca * _pow10(ea) - 1
            de = 0
        if dd == 0:
            return None
        u = de + _nd(abs(dd)) - 1
        lb_zeta = u - 2 if t == 0 else u - 1
    lb_theta = b._exp + _nd(b._int) - 1
    prec = ctx._prec
    if ((1 if t < 0 else 0) ^ b._sign) == 0:
        if _exp_digits(ctx._Emax) < lb_zeta + lb_theta:
            return _finish(rsign, 1, _EXP_INF, ctx, 0)
    else:
        etiny = ctx._Emin - prec + 1
        if _exp_digits(etiny) < lb_zeta + lb_theta:
            return _finish(rsign, 1, etiny - 1, ctx, 0)
    return None


def _work_ctx(prec, Emin, Emax, rounding):
    w = _new(Context)
    w._prec = prec
    w._Emin = Emin
    w._Emax = Emax
    w._rounding = rounding
    w._clamp = 0
    w._capitals = 1
    w._flags = 0
    w._traps = 0
    w._set_cache()
    return w


def _pow_int(a, b, rsign, ctx):
    n = _int_value(b)
    bd = _nd(b._int)
    wprec = ctx._prec + bd + b._exp + 2
    st = 0
    if n < 0:
        wprec += 1
        w = _work_ctx(wprec, ctx._Emin, ctx._Emax, ROUND_HALF_EVEN)
        base = _div(_mk(0, 1, 0), _mk(0, a._int, a._exp), w)
        st |= w._flags
        if w._flags & (_S_IEEE_INV | _S_DIVZ):
            _status(ctx, st)
            return _nan()
        n = -n
    else:
        w = _work_ctx(wprec, ctx._Emin, ctx._Emax, ROUND_HALF_EVEN)
        base = _mk(0, a._int, a._exp)
    w._flags = 0
    # left-to-right binary exponentiation, rounding each step
    result = base
    bits = n.bit_length()
    i = bits - 1
    while i > 0:
        i -= 1
        result = _mul(result, result, w)
        if (n >> i) & 1:
            result = _mul(result, base, w)
        if result._is_special or (result._int == 0 and
                                  (w._flags & _S_CLAMP)):
            break
    st |= w._flags
    if result._is_special:
        return _finish(rsign, 1, _EXP_INF, ctx, st)
    return _finish(rsign, result._int, result._exp, ctx, st)


_EXP_INF = 4 * MAX_EMAX


def _pow_real(a, b, ctx):
    prec = ctx._prec
    nda = _nd(a._int)
    wp = (nda if nda > prec else prec) + 4 + 19
    w = _work_ctx(wp, MIN_EMIN, MAX_EMAX, ROUND_HALF_EVEN)
    L = _ln_dec(a, w)
    M = _mul(L, b, w)
    w._flags = 0
    R = _exp_dec(M, w)
    st = (w._flags & (_S_IEEE_INV | _S_DIVZ)) | _S_INEX | _S_RND
    if R._is_special:
        return _finish(0, 1, _EXP_INF, ctx, st)
    if _cmp_mag(R._int, R._exp, 1, 0) == 0:
        return _finish(0, _pow10(prec - 1), -(prec - 1), ctx, st)
    return _finish(0, R._int, R._exp, ctx, st)


def _powmod(a, b, m, ctx):
    if a._is_special or b._is_special or m._is_special:
        r = _check_nans3(a, b, m, ctx)
        if r is not None:
            return r
        return _invalid(ctx)
    if not (_is_integer(a) and _is_integer(b) and _is_integer(m)):
        return _invalid(ctx)
    if b._sign:
        return _invalid(ctx)
    mv = _int_value(m)
    if mv == 0:
        return _invalid(ctx)
    if a._int == 0 and b._int == 0:
        return _invalid(ctx)
    if _nd(abs(mv)) > ctx._prec:
        return _invalid(ctx)
    av = _int_value(a)
    bv = _int_value(b)
    mv = abs(mv)
    r = pow(abs(av), bv, mv)
    sign = 1 if (av < 0 and bv & 1) else 0
    return _finish(sign, r, 0, ctx, 0)


def _check_nans3(a, b, c, ctx):
    for x in (a, b, c):
        if x._exp == 'N':
            _status(ctx, _S_INV)
            return _fix_nan(x, ctx)
    for x in (a, b, c):
        if x._exp == 'n':
            return _fix_nan(x, ctx)
    return None


# ---------------------------------------------------------------------------
# sqrt


def _sqrt(a, ctx):
    if a._is_special:
        r = _check_nan1(a, ctx)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return _mks(0, 0, 'F')
    c = a._int
    e = a._exp
    ideal = e // 2
    hctx = ctx._with_rounding(ROUND_HALF_EVEN)
    if c == 0:
        r, st = _fix(a._sign, 0, ideal, hctx, ROUND_HALF_EVEN)
        if st:
            _status(ctx, st)
        return r
    if a._sign:
        return _invalid(ctx)
    prec = ctx._prec
    e2 = e - 2 * ideal
    nd = _nd(c) + e2
    k = prec + 1 - (nd + 1) // 2 + 1
    if k < 0:
        k = 0
    n = c * _pow10(e2 + 2 * k)
    q = _math.isqrt(n)
    re = ideal - k
    if q * q != n:
        if q % 5 == 0:
            q += 1
    else:
        q, re = _strip_zeros(q, re, ideal)
    r, st = _fix(0, q, re, hctx, ROUND_HALF_EVEN)
    if st:
        _status(ctx, st)
    return r


# ---------------------------------------------------------------------------
# Quantize and friends


def _rescale(d, exp, rnd):
    """d with exponent exp (rounding with rnd); finite d."""
    e = d._exp
    c = d._int
    if exp == e:
        return d._sign, c, e, False
    if exp < e:
        return d._sign, c * _pow10(e - exp), exp, False
    drop = exp - e
    nd = _nd(c)
    if c == 0:
        return d._sign, 0, exp, False
    if drop > nd:
        # the value is below a tenth of the unit: round a stand-in
        q, inexact = _shift_round(1, 1, d._sign, rnd)
        return d._sign, q, exp, True
    q, inexact = _shift_round(c, drop, d._sign, rnd)
    return d._sign, q, exp, inexact


def _quantize(a, b, rnd, ctx):
    if rnd is None:
        rnd = ctx._rounding
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F' and b._exp == 'F':
            return _mks(a._sign, 0, 'F')
        return _invalid(ctx)
    prec = ctx._prec
    be = b._exp
    if be > ctx._Emax or be < ctx._Emin - prec + 1:
        return _invalid(ctx)
    if a._int == 0:
        return _finish(a._sign, 0, be, ctx, 0)
    nd = _nd(a._int)
    adj = a._exp + nd - 1
    if adj > ctx._Emax:
        return _invalid(ctx)
    if adj - be + 1 > prec:
        return _invalid(ctx)
    sign, q, qe, inexact = _rescale(a, be, rnd)
    if q:
        nq = _nd(q)
        if qe + nq - 1 > ctx._Emax or nq > prec:
            return _invalid(ctx)
    st = 0
    if q and qe + _nd(q) - 1 < ctx._Emin:
        st |= _S_SUB
    if qe > a._exp:
        if inexact:
            st |= _S_INEX
        st |= _S_RND
    return _finish(sign, q, qe, ctx, st)


def _to_integral(a, rnd, ctx, exact):
    if a._is_special:
        r = _check_nan1(a, ctx)
        if r is not None:
            return r
        return a
    if a._exp >= 0:
        return a
    if a._int == 0:
        return _mk(a._sign, 0, 0)
    if rnd is None:
        rnd = ctx._rounding
    sign, q, e, inexact = _rescale(a, 0, rnd)
    if exact:
        st = _S_RND
        if inexact:
            st |= _S_INEX
        _status(ctx, st)
    return _mk(sign, q, 0)


# ---------------------------------------------------------------------------
# Number formatting (to-scientific-string)


def _sci(d, eng, capitals):
    sign = '-' if d._sign else ''
    if d._is_special:
        k = d._exp
        if k == 'F':
            return sign + 'Infinity'
        body = 'NaN' if k == 'n' else 'sNaN'
        if d._int:
            return sign + body + str(d._int)
        return sign + body
    e = d._exp
    ds = _i2s(d._int)
    if e == 0:
        return sign + ds
    nd = len(ds)
    left = e + nd
    if e <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._int == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        body = '0.' + '0' * (-dot) + ds
    elif dot >= nd:
        body = ds + '0' * (dot - nd)
    else:
        body = ds[:dot] + '.' + ds[dot:]
    x = left - dot
    if x == 0:
        return sign + body
    if capitals:
        return sign + body + ('E+%d' % x if x > 0 else 'E%d' % x)
    return sign + body + ('e+%d' % x if x > 0 else 'e%d' % x)


def _neg(a, ctx):
    if a._is_special:
        r = _check_nan1(a, ctx)
        if r is not None:
            return r
        return _mks(a._sign ^ 1, 0, 'F')
    if a._int == 0 and ctx._rounding != ROUND_FLOOR:
        s = 0
    else:
        s = a._sign ^ 1
    return _finish(s, a._int, a._exp, ctx, 0)


def _pos(a, ctx):
    if a._is_special:
        r = _check_nan1(a, ctx)
        if r is not None:
            return r
        return _mks(a._sign, 0, 'F')
    if a._int == 0 and ctx._rounding != ROUND_FLOOR:
        s = 0
    else:
        s = a._sign
    return _finish(s, a._int, a._exp, ctx, 0)


def _abs(a, ctx):
    if a._is_special:
        r = _check_nan1(a, ctx)
        if r is not None:
            return r
        return _mks(0, 0, 'F')
    return _finish(0, a._int, a._exp, ctx, 0)


# ---------------------------------------------------------------------------
# The Decimal type


class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value='0', context=None):
        t = type(value)
        if t is int:
            self = _new(cls)
            if value < 0:
                self._sign = 1
                self._int = -value
            else:
                self._sign = 0
                self._int = value
            self._exp = 0
            self._is_special = False
            return self
        if t is str:
            if context is None:
                context = _cur_ctx
            d = _parse_str(value, context)
        elif isinstance(value, Decimal):
            if cls is Decimal and t is Decimal:
                return value
            d = value
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, str):
            if context is None:
                context = _cur_ctx
            d = _parse_str(str(value), context)
        elif isinstance(value, float):
            if context is None:
                context = _cur_ctx
            _status(context, _S_FLOAT)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
            if d is None:
                if context is None:
                    context = _cur_ctx
                d = _invalid(context)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        self = _new(cls)
        self._sign = d._sign
        self._int = d._int
        self._exp = d._exp
        self._is_special = d._is_special
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # --- conversions -----------------------------------------------------

    def __repr__(self):
        return "Decimal('%s')" % _sci(self, False, _cur_ctx._capitals)

    def __str__(self):
        return _sci(self, False, _cur_ctx._capitals)

    def to_eng_string(self, context=None):
        if context is None:
            context = _cur_ctx
        return _sci(self, True, context._capitals)

    def __bool__(self):
        return self._is_special or self._int != 0

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return -_math.nan if self._sign else _math.nan
            return -_INF_F if self._sign else _INF_F
        e = self._exp
        c = self._int
        if e == 0 and c < 9007199254740992:
            return -float(c) if self._sign else float(c)
        return float(_sci(self, False, 1))

    def __int__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        e = self._exp
        if e >= 0:
            v = self._int * _pow10(e)
        else:
            v = self._int // _pow10(-e)
        return -v if self._sign else v

    __trunc__ = __int__

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            ctx = _cur_ctx
            return _quantize(self, _mk(0, 1, -n), None, ctx)
        return self._to_int_rounded(ROUND_HALF_EVEN)

    def _to_int_rounded(self, rnd):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        sign, q, e, inexact = _rescale(self, 0, rnd)
        return -q if sign else q

    def __floor__(self):
        return self._to_int_rounded(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int_rounded(ROUND_CEILING)

    def as_tuple(self):
        if self._is_special:
            if self._exp == 'F':
                return DecimalTuple(self._sign, (0,), 'F')
            if self._int:
                digits = tuple(int(ch) for ch in str(self._int))
            else:
                digits = ()
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign,
                            tuple(int(ch) for ch in _i2s(self._int)),
                            self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError(
                    'cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        c = self._int
        e = self._exp
        if c == 0:
            return 0, 1
        if e >= 0:
            n = c * _pow10(e)
            d = 1
        else:
            d = _pow10(-e)
            g = _math.gcd(c, d)
            n = c // g
            d //= g
        return (-n if self._sign else n), d

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec, _cur_ctx)

    # --- hashing and comparison -----------------------------------------

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        e = self._exp
        if e >= 0:
            h = self._int * pow(10, e, _HASH_M) % _HASH_M
        else:
            h = self._int * pow(_HASH_INV10, -e, _HASH_M) % _HASH_M
        if self._sign:
            h = -h
        if h == -1:
            return -2
        return h

    def _compare_op(self, other, eq):
        """Convert other for a rich comparison: Decimal, None (not
        implemented) or a pair (scaled self, numerator) for rationals."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = _cur_ctx
            if eq:
                ctx._flags |= _S_FLOAT
            else:
                _status(ctx, _S_FLOAT)
            return _from_float(other)
        if isinstance(other, _COMPLEX):
            if eq and other.imag == 0:
                return self._compare_op(other.real, eq)
            return None
        R = _rational_type()
        if isinstance(other, R):
            if self._is_special:
                return _from_int(other.numerator)
            return (_mk(self._sign, self._int * abs(other.denominator),
                        self._exp), _from_int(other.numerator))
        return None

    def __eq__(self, other):
        if isinstance(other, Decimal):
            if not self._is_special and not other._is_special:
                if self._exp == other._exp:
                    return self._int == other._int and (
                        self._sign == other._sign or self._int == 0)
                return _cmp(self, other) == 0
            o = other
        elif isinstance(other, int) and self._exp == 0:
            return (-self._int if self._sign else self._int) == other
        else:
            o = self._compare_op(other, True)
            if o is None:
                return NotImplemented
        a = self
        if type(o) is tuple:
            a, o = o
        if a._is_special or o._is_special:
            if a._exp == 'N' or o._exp == 'N':
                _status(_cur_ctx, _S_INV)
                return False
            if a._exp == 'n' or o._exp == 'n':
                return False
        return _cmp(a, o) == 0

    def __ne__(self, other):
        if isinstance(other, Decimal):
            if not self._is_special and not other._is_special:
                if self._exp == other._exp:
                    return self._int != other._int or (
                        self._sign != other._sign and self._int != 0)
                return _cmp(self, other) != 0
        elif isinstance(other, int) and self._exp == 0:
            return (-self._int if self._sign else self._int) != other
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other):
        """-1, 0 or 1; 2 after signalling a NaN; None if not comparable."""
        if isinstance(other, Decimal):
            o = other
        else:
            o = self._compare_op(other, False)
            if o is None:
                return None
        a = self
        if type(o) is tuple:
            a, o = o
        if a._is_special or o._is_special:
            if a._exp in ('n', 'N') or o._exp in ('n', 'N'):
                _status(_cur_ctx, _S_INV)
                return 2
        return _cmp(a, o)

    def __lt__(self, other):
        if isinstance(other, int):
            if self._exp == 0:
                return (-self._int if self._sign else self._int) < other
        elif isinstance(other, Decimal) and self._exp == other._exp and \
                not self._is_special:
            return (-self._int if self._sign else self._int) < \
                (-other._int if other._sign else other._int)
        c = self._order(other)
        if c is None:
            return NotImplemented
        return c == -1

    def __le__(self, other):
        if isinstance(other, int):
            if self._exp == 0:
                return (-self._int if self._sign else self._int) <= other
        elif isinstance(other, Decimal) and self._exp == other._exp and \
                not self._is_special:
            return (-self._int if self._sign else self._int) <= \
                (-other._int if other._sign else other._int)
        c = self._order(other)
        if c is None:
            return NotImplemented
        return c == -1 or c == 0

    def __gt__(self, other):
        if isinstance(other, int):
            if self._exp == 0:
                return (-self._int if self._sign else self._int) > other
        elif isinstance(other, Decimal) and self._exp == other._exp and \
                not self._is_special:
            return (-self._int if self._sign else self._int) > \
                (-other._int if other._sign else other._int)
        c = self._order(other)
        if c is None:
            return NotImplemented
        return c == 1

    def __ge__(self, other):
        if isinstance(other, int):
            if self._exp == 0:
                return (-self._int if self._sign else self._int) >= other
        elif isinstance(other, Decimal) and self._exp == other._exp and \
                not self._is_special:
            return (-self._int if self._sign else self._int) >= \
                (-other._int if other._sign else other._int)
        c = self._order(other)
        if c is None:
            return NotImplemented
        return c == 1 or c == 0

    # --- arithmetic ------------------------------------------------------

    def __add__(self, other):
        if isinstance(other, Decimal):
            if self._is_special or other._is_special:
                return _add(self, other, other._sign,
                            _cur_ctx)
            sb = other._sign
            cb = other._int
            eb = other._exp
        elif isinstance(other, int):
            if self._is_special:
                return _add(self, _from_int(other), other < 0,
                            _cur_ctx)
            if other < 0:
                sb = 1
                cb = -other
            else:
                sb = 0
                cb = int(other)
            eb = 0
        else:
            return NotImplemented
        ctx = _cur_ctx
        ea = self._exp
        if ea == eb and self._sign == sb:
            c = self._int + cb
            pm = ctx._pmax
            if (c < pm if pm is not None else c.bit_length() <= ctx._pbits) \
                    and ctx._Emin <= ea <= ctx._Etop:
                r = _new(Decimal)
                r._sign = sb
                r._int = c
                r._exp = ea
                r._is_special = False
                return r
            return _finish(sb, c, ea, ctx, 0)
        return _add3(self._sign, self._int, ea, sb, cb, eb, ctx)

    def __radd__(self, other):
        other = _coerce(other)
        if other is None:
            return NotImplemented
        return _add(other, self, self._sign,
                    _cur_ctx)

    def __sub__(self, other):
        if isinstance(other, Decimal):
            if self._is_special or other._is_special:
                return _add(self, other, other._sign ^ 1,
                            _cur_ctx)
            sb = other._sign ^ 1
            cb = other._int
            eb = other._exp
        elif isinstance(other, int):
            if self._is_special:
                return _add(self, _from_int(other), 0 if other < 0 else 1,
                            _cur_ctx)
            if other < 0:
                sb = 0
                cb = -other
            else:
                sb = 1
                cb = int(other)
            eb = 0
        else:
            return NotImplemented
        return _add3(self._sign, self._int, self._exp, sb, cb, eb,
                     _cur_ctx)

    def __rsub__(self, other):
        other = _coerce(other)
        if other is None:
            return NotImplemented
        return _add(other, self, self._sign ^ 1,
                    _cur_ctx)

    def __mul__(self, other):
        if isinstance(other, Decimal):
            if self._is_special or other._is_special:
                return _mul(self, other,
                            _cur_ctx)
            sb = other._sign
            c = self._int * other._int
            e = self._exp + other._exp
        elif isinstance(other, int):
            if self._is_special:
                return _mul(self, _from_int(other),
                            _cur_ctx)
            if other < 0:
                sb = 1
                c = self._int * -other
            else:
                sb = 0
                c = self._int * other
            e = self._exp
        else:
            return NotImplemented
        ctx = _cur_ctx
        pm = ctx._pmax
        if (c < pm if pm is not None else c.bit_length() <= ctx._pbits) \
                and ctx._Emin <= e <= ctx._Etop:
            r = _new(Decimal)
            r._sign = self._sign ^ sb
            r._int = c
            r._exp = e
            r._is_special = False
            return r
        return _finish(self._sign ^ sb, c, e, ctx, 0)

    def __rmul__(self, other):
        other = _coerce(other)
        if other is None:
            return NotImplemented
        return _mul(other, self, _cur_ctx)

    def __truediv__(self, other):
        if not isinstance(other, Decimal):
            other = _coerce(other)
            if other is None:
                return NotImplemented
        ctx = _cur_ctx
        if self._is_special or other._is_special or other._int == 0 or \
                self._int == 0 or ctx._pmax is None:
            return _div(self, other, ctx)
        return _div3(self._sign ^ other._sign, self._int, other._int,
                     self._exp - other._exp, ctx)

    def __rtruediv__(self, other):
        other = _coerce(other)
        if other is None:
            return NotImplemented
        return _div(other, self, _cur_ctx)

    def __floordiv__(self, other):
        if isinstance(other, int):
            if self._exp == 0 and other > 0 and not self._is_special:
                ctx = _cur_ctx
                q = self._int // other
                pm = ctx._pmax
                if (q < pm if pm is not None else
                        q.bit_length() <= ctx._pbits) and \
                        ctx._Emin <= 0 <= ctx._Etop:
                    r = _new(Decimal)
                    r._sign = self._sign
                    r._int = q
                    r._exp = 0
                    r._is_special = False
                    return r
            other = _from_int(other)
        elif not isinstance(other, Decimal):
            other = _coerce(other)
            if other is None:
                return NotImplemented
        return _floordiv(self, other, _cur_ctx)

    def __rfloordiv__(self, other):
        other = _coerce(other)
        if other is None:
            return NotImplemented
        return _floordiv(other, self,
                         _cur_ctx)

    def __mod__(self, other):
        other = _coerce(other)
        if other is None:
            return NotImplemented
        return _mod(self, other, _cur_ctx)

    def __rmod__(self, other):
        other = _coerce(other)
        if other is None:
            return NotImplemented
        return _mod(other, self, _cur_ctx)

    def __divmod__(self, other):
        other = _coerce(other)
        if other is None:
            return NotImplemented
        return _divmod(self, other, _cur_ctx)

    def __rdivmod__(self, other):
        other = _coerce(other)
        if other is None:
            return NotImplemented
        return _divmod(other, self, _cur_ctx)

    def __pow__(self, other, modulo=None):
        other = _coerce(other)
        if other is None:
            return NotImplemented
        ctx = _cur_ctx
        if modulo is not None:
            m = _coerce(modulo)
            if m is None:
                return NotImplemented
            return _powmod(self, other, m, ctx)
        return _pow(self, other, ctx)

    def __rpow__(self, other, modulo=None):
        other = _coerce(other)
        if other is None:
            return NotImplemented
        ctx = _cur_ctx
        if modulo is not None:
            m = _coerce(modulo)
            if m is None:
                return NotImplemented
            return _powmod(other, self, m, ctx)
        return _pow(other, self, ctx)

    def __neg__(self):
        return _neg(self, _cur_ctx)

    def __pos__(self):
        return _pos(self, _cur_ctx)

    def __abs__(self):
        return _abs(self, _cur_ctx)

    # --- methods of the specification -----------------------------------

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _nd(self._int) - 1

    def canonical(self):
        return self

    def compare(self, other, context=None):
        ctx = _cur_ctx if context is None else context
        other = _convert(other, ctx, True)
        if self._is_special or other._is_special:
            r = _check_nans(self, other, ctx)
            if r is not None:
                return r
        return _mk_int(_cmp(self, other))

    def compare_signal(self, other, context=None):
        ctx = _cur_ctx if context is None else context
        other = _convert(other, ctx, True)
        if self._is_special or other._is_special:
            if self._exp in ('n', 'N') or other._exp in ('n', 'N'):
                _status(ctx, _S_INV)
                return _quiet_nans(self, other, ctx)
        return _mk_int(_cmp(self, other))

    def compare_total(self, other, context=None):
        other = _convert(other, None, True)
        return _mk_int(_cmp_total(self, other))

    def compare_total_mag(self, other, context=None):
        other = _convert(other, None, True)
        return _mk_int(_cmp_total(self.copy_abs(), other.copy_abs()))

    def copy_abs(self):
        if self._is_special:
            return _mks(0, self._int, self._exp)
        return _mk(0, self._int, self._exp)

    def copy_negate(self):
        if self._is_special:
            return _mks(self._sign ^ 1, self._int, self._exp)
        return _mk(self._sign ^ 1, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert(other, None, True)
        if self._is_special:
            return _mks(other._sign, self._int, self._exp)
        return _mk(other._sign, self._int, self._exp)

    def exp(self, context=None):
        return _exp_dec(self, _cur_ctx if context is None else context)

    def ln(self, context=None):
        return _ln_dec(self, _cur_ctx if context is None else context)

    def log10(self, context=None):
        return _log10_dec(self, _cur_ctx if context is None else context)

    def logb(self, context=None):
        ctx = _cur_ctx if context is None else context
        if self._is_special:
            r = _check_nan1(self, ctx)
            if r is not None:
                return r
            return _mks(0, 0, 'F')
        if self._int == 0:
            _status(ctx, _S_DIVZ)
            return _mks(1, 0, 'F')
        v = self._exp + _nd(self._int) - 1
        return _finish(1 if v < 0 else 0, abs(v), 0, ctx, 0)

    def fma(self, other, third, context=None):
        ctx = _cur_ctx if context is None else context
        other = _convert(other, ctx, True)
        third = _convert(third, ctx, True)
        if self._is_special or other._is_special or third._is_special:
            r = _check_nans3(self, other, third, ctx)
            if r is not None:
                return r
            s = self._sign ^ other._sign
            if self._exp == 'F':
                if not other._is_special and other._int == 0:
                    return _invalid(ctx)
                product = _mks(s, 0, 'F')
            elif other._exp == 'F':
                if self._int == 0:
                    return _invalid(ctx)
                product = _mks(s, 0, 'F')
            else:
                product = _mk(s, self._int * other._int,
                              self._exp + other._exp)
        else:
            product = _mk(self._sign ^ other._sign, self._int * other._int,
                          self._exp + other._exp)
        return _add(product, third, third._sign, ctx)

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp == 'n' or self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_normal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        ctx = _cur_ctx if context is None else context
        return ctx._Emin <= self._exp + _nd(self._int) - 1

    def is_subnormal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        ctx = _cur_ctx if context is None else context
        return self._exp + _nd(self._int) - 1 < ctx._Emin

    def _logical_digits(self, ctx):
        if self._is_special or self._sign or self._exp != 0:
            return None
        s = _i2s(self._int)
        for ch in s:
            if ch != '0' and ch != '1':
                return None
        return s

    def _logical_op(self, other, context, op):
        ctx = _cur_ctx if context is None else context
        other = _convert(other, ctx, True)
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx)
        if a is None or b is None:
            return _invalid(ctx)
        p = ctx._prec
        a = a[-p:].rjust(p, '0')
        b = b[-p:].rjust(p, '0')
        if op == 0:
            res = ''.join('1' if x == '1' and y == '1' else '0'
                          for x, y in zip(a, b))
        elif op == 1:
            res = ''.join('1' if x == '1' or y == '1' else '0'
                          for x, y in zip(a, b))
        else:
            res = ''.join('1' if x != y else '0' for x, y in zip(a, b))
        return _mk(0, int(res), 0)

    def logical_and(self, other, context=None):
        return self._logical_op(other, context, 0)

    def logical_or(self, other, context=None):
        return self._logical_op(other, context, 1)

    def logical_xor(self, other, context=None):
        return self._logical_op(other, context, 2)

    def logical_invert(self, context=None):
        ctx = _cur_ctx if context is None else context
        a = self._logical_digits(ctx)
        if a is None:
            return _invalid(ctx)
        p = ctx._prec
        a = a[-p:].rjust(p, '0')
        res = ''.join('0' if x == '1' else '1' for x in a)
        return _mk(0, int(res), 0)

    def _minmax(self, other, context, want_max, mag):
        ctx = _cur_ctx if context is None else context
        other = _convert(other, ctx, True)
        if self._is_special or other._is_special:
            sn = self._exp == 'N'
            on = other._exp == 'N'
            if sn or on:
                _status(ctx, _S_INV)
                return _fix_nan(self if sn else other, ctx)
            qs = self._exp == 'n'
            qo = other._exp == 'n'
            if qs and qo:
                return _fix_nan(self, ctx)
            if qs:
                return _finish_dec(other, ctx)
            if qo:
                return _finish_dec(self, ctx)
        if mag:
            c = _cmp(self.copy_abs(), other.copy_abs())
            if c == 0:
                c = _cmp(self, other)
        else:
            c = _cmp(self, other)
        if c == 0:
            c = _cmp_total(self, other)
        if want_max:
            pick = other if c < 0 else self
        else:
            pick = self if c < 0 else other
        return _finish_dec(pick, ctx)

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    def next_minus(self, context=None):
        ctx = _cur_ctx if context is None else context
        return _next(self, ctx, -1)

    def next_plus(self, context=None):
        ctx = _cur_ctx if context is None else context
        return _next(self, ctx, 1)

    def next_toward(self, other, context=None):
        ctx = _cur_ctx if context is None else context
        other = _convert(other, ctx, True)
        if self._is_special or other._is_special:
            r = _check_nans(self, other, ctx)
            if r is not None:
                return r
        c = _cmp(self, other)
        if c == 0:
            return _mk_copy_sign(self, other._sign)
        r = _next(self, ctx, -1 if c > 0 else 1, True)
        st = 0
        if r._is_special:
            st = _S_OVF | _S_INEX | _S_RND
        elif r._exp + _nd(r._int) - 1 < ctx._Emin:
            st = _S_UNF | _S_SUB | _S_INEX | _S_RND
            if r._int == 0:
                st |= _S_CLAMP
        if st:
            _status(ctx, st)
        return r

    def normalize(self, context=None):
        ctx = _cur_ctx if context is None else context
        if self._is_special:
            r = _check_nan1(self, ctx)
            if r is not None:
                return r
            return self
        d = _finish(self._sign, self._int, self._exp, ctx, 0)
        if d._is_special:
            return d
        if d._int == 0:
            return _mk(d._sign, 0, 0)
        hi = (ctx._Emax - ctx._prec + 1) if ctx._clamp else ctx._Emax
        c, e = _strip_zeros(d._int, d._exp, hi)
        return _mk(d._sign, c, e)

    def number_class(self, context=None):
        if self._is_special:
            if self._exp == 'n':
                return 'NaN'
            if self._exp == 'N':
                return 'sNaN'
            return '-Infinity' if self._sign else '+Infinity'
        if self._int == 0:
            return '-Zero' if self._sign else '+Zero'
        ctx = _cur_ctx if context is None else context
        if self._exp + _nd(self._int) - 1 < ctx._Emin:
            return '-Subnormal' if self._sign else '+Subnormal'
        return '-Normal' if self._sign else '+Normal'

    def quantize(self, exp, rounding=None, context=None):
        ctx = _cur_ctx if context is None else context
        exp = _convert(exp, ctx, True)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                            'ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, '
                            'ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        return _quantize(self, exp, rounding, ctx)

    def radix(self):
        return _mk(0, 10, 0)

    def remainder_near(self, other, context=None):
        ctx = _cur_ctx if context is None else context
        other = _convert(other, ctx, True)
        return _remainder_near(self, other, ctx)

    def _int_arg(self, other, ctx):
        """Validate the integer operand of rotate/shift/scaleb."""
        if other._is_special or other._exp != 0:
            return None
        return -other._int if other._sign else other._int

    def rotate(self, other, context=None):
        ctx = _cur_ctx if context is None else context
        other = _convert(other, ctx, True)
        if self._is_special or other._is_special:
            r = _check_nans(self, other, ctx)
            if r is not None:
                return r
        n = self._int_arg(other, ctx)
        p = ctx._prec
        if n is None or n < -p or n > p:
            return _invalid(ctx)
        if self._is_special:
            return self
        s = _i2s(self._int)
        if len(s) > p:
            s = s[-p:]
        s = s.rjust(p, '0')
        if n >= 0:
            s = s[n:] + s[:n]
        else:
            s = s[n:] + s[:n]
        return _mk(self._sign, int(s), self._exp)

    def shift(self, other, context=None):
        ctx = _cur_ctx if context is None else context
        other = _convert(other, ctx, True)
        if self._is_special or other._is_special:
            r = _check_nans(self, other, ctx)
            if r is not None:
                return r
        n = self._int_arg(other, ctx)
        p = ctx._prec
        if n is None or n < -p or n > p:
            return _invalid(ctx)
        if self._is_special:
            return self
        c = self._int % _pow10(p)
        if n >= 0:
            c = (c * _pow10(n)) % _pow10(p)
        else:
            c = c // _pow10(-n)
        return _mk(self._sign, c, self._exp)

    def scaleb(self, other, context=None):
        ctx = _cur_ctx if context is None else context
        other = _convert(other, ctx, True)
        if self._is_special or other._is_special:
            r = _check_nans(self, other, ctx)
            if r is not None:
                return r
        n = self._int_arg(other, ctx)
        if n is None:
            return _invalid(ctx)
        lim = 2 * (ctx._Emax + ctx._prec)
        if n < -lim or n > lim:
            return _invalid(ctx)
        if self._is_special:
            return self
        return _finish(self._sign, self._int, self._exp + n, ctx, 0)

    def same_quantum(self, other, context=None):
        other = _convert(other, None, True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or \
                (self._exp == 'F' and other._exp == 'F')
        return self._exp == other._exp

    def sqrt(self, context=None):
        return _sqrt(self, _cur_ctx if context is None else context)

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _cur_ctx if context is None else context
        return _to_integral(self, rounding, ctx, True)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _cur_ctx if context is None else context
        return _to_integral(self, rounding, ctx, False)

    to_integral = to_integral_value


def _mk_int(v):
    if v < 0:
        return _mk(1, -v, 0)
    return _mk(0, v, 0)


def _mk_copy_sign(a, sign):
    if a._is_special:
        return _mks(sign, a._int, a._exp)
    return _mk(sign, a._int, a._exp)


def _quiet_nans(a, b, ctx):
    for x in (a, b):
        if x._exp == 'N':
            return _fix_nan(x, ctx)
    for x in (a, b):
        if x._exp == 'n':
            return _fix_nan(x, ctx)
    return _nan()


def _cmp_total(a, b):
    """Total ordering of the specification: -1, 0 or 1."""
    sa = a._sign
    sb = b._sign
    if sa != sb:
        return -1 if sa else 1
    ra = _total_rank(a)
    rb = _total_rank(b)
    if ra != rb:
        c = 1 if ra > rb else -1
        return -c if sa else c
    if ra == 3:      # quiet NaN
        c = (a._int > b._int) - (a._int < b._int)
    elif ra == 2:    # signalling NaN
        c = (a._int > b._int) - (a._int < b._int)
    elif ra == 1:    # infinity
        c = 0
    else:
        c = _cmp_mag(a._int, a._exp, b._int, b._exp)
        if c == 0:
            c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if sa else c


def _total_rank(d):
    k = d._exp
    if k == 'n':
        return 3
    if k == 'N':
        return 2
    if k == 'F':
        return 1
    return 0


def _next(a, ctx, direction, toward=False):
    """next_plus (direction 1) / next_minus (-1)."""
    if a._is_special:
        r = _check_nan1(a, ctx)
        if r is not None:
            return r
        if a._sign == (0 if direction > 0 else 1):
            return a  # +inf next_plus, -inf next_minus
        prec = ctx._prec
        return _mk(a._sign, _pow10(prec) - 1, ctx._Emax - prec + 1)
    prec = ctx._prec
    Etiny = ctx._Emin - prec + 1
    tctx = ctx._with_rounding(ROUND_CEILING if direction > 0
                              else ROUND_FLOOR)
    r, st = _fix(a._sign, a._int, a._exp, tctx, tctx._rounding)
    if st & _S_INEX:
        return r
    tctx._traps = 0
    tctx._flags = 0
    # add/subtract a tiny amount far below the last place
    return _add3(a._sign, a._int, a._exp, 0 if direction > 0 else 1, 1,
                 Etiny - 1, tctx)


# ---------------------------------------------------------------------------
# Hash constants

_HASH_M = 2305843009213693951
_HASH_INV10 = pow(10, _HASH_M - 2, _HASH_M)


# ---------------------------------------------------------------------------
# DecimalTuple

try:
    from collections import namedtuple as _namedtuple
    DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent',
                               module='decimal')
except Exception:       # pragma: no cover
    DecimalTuple = lambda *args: args


# ---------------------------------------------------------------------------
# Context


class _SignalDict(object):
    """flags / traps view of a context (a mutable mapping of signals)."""

    __slots__ = ('_ctx', '_traps')

    def __init__(self, ctx, traps):
        self._ctx = ctx
        self._traps = traps

    def _get(self):
        return self._ctx._traps if self._traps else self._ctx._flags

    def _set(self, v):
        if self._traps:
            self._ctx._traps = v
        else:
            self._ctx._flags = v

    def __getitem__(self, key):
        return bool(self._get() & _signal_mask(key))

    def __setitem__(self, key, value):
        m = _signal_mask(key)
        if value:
            self._set(self._get() | m)
        else:
            self._set(self._get() & ~m)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, key):
        return _is_hashable(key) and key in _SIGNAL_MASK

    def __iter__(self):
        return iter([s for s, m in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return [s for s, m in _SIGNALS]

    def values(self):
        v = self._get()
        return [bool(v & m) for s, m in _SIGNALS]

    def items(self):
        v = self._get()
        return [(s, bool(v & m)) for s, m in _SIGNALS]

    def get(self, key, default=None):
        if self.__contains__(key):
            return self[key]
        return default

    def copy(self):
        v = self._get()
        return dict((s, bool(v & m)) for s, m in _SIGNALS)

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self.copy() == other.copy()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __repr__(self):
        v = self._get()
        parts = ["<class 'decimal.%s'>:%s" % (s.__name__, bool(v & m))
                 for s, m in _SIGNALS]
        return '{' + ', '.join(parts) + '}'


def _is_hashable(k):
    try:
        hash(k)
        return True
    except TypeError:
        return False


_SIGNALS_ERR = ('valid values for signals are:\n'
                '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                '   Clamped]')


def _signal_mask(k):
    m = _SIGNAL_MASK.get(k) if _is_hashable(k) else None
    if m is None:
        raise KeyError(_SIGNALS_ERR)
    return m


def _signals_to_mask(v, allow_list):
    """Mask for a flags/traps argument: a complete signal dict, or (for
    the Context constructor) a list of signals."""
    if isinstance(v, _SignalDict):
        return v._get()
    if isinstance(v, dict):
        if len(v) != len(_SIGNALS):
            raise KeyError('invalid signal dict')
        m = 0
        for k in v:
            if not _is_hashable(k) or k not in _SIGNAL_MASK:
                raise KeyError('invalid signal dict')
            if v[k]:
                m |= _SIGNAL_MASK[k]
        return m
    if allow_list and isinstance(v, (list, tuple)):
        m = 0
        for k in v:
            m |= _signal_mask(k)
        return m
    raise TypeError('argument must be a signal dict')


def _check_int(v):
    if not isinstance(v, int):
        raise TypeError('an integer is required')


_ROUNDING_ERR = ('valid values for rounding are:\n'
                 '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                 '   ROUND_05UP]')


class Context(object):
    """Contains the context for a Decimal instance."""

    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals',
                 '_clamp', '_flags', '_traps', '_pmax', '_pbits', '_Etop',
                 '_hctx')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        tpl = _DEFAULT_TEMPLATE[0]
        if tpl is not None:
            self._prec = tpl._prec
            self._rounding = tpl._rounding
            self._Emin = tpl._Emin
            self._Emax = tpl._Emax
            self._capitals = tpl._capitals
            self._clamp = tpl._clamp
            self._traps = tpl._traps
        else:
            self._prec = 28
            self._rounding = ROUND_HALF_EVEN
            self._Emin = -999999
            self._Emax = 999999
            self._capitals = 1
            self._clamp = 0
            self._traps = _S_IEEE_INV | _S_DIVZ | _S_OVF
        self._flags = 0
        self._hctx = None
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps = _signals_to_mask(traps, True)
        if flags is not None:
            self._flags = _signals_to_mask(flags, True)
        self._set_cache()

    def _set_cache(self):
        p = self._prec
        if p <= 5000:
            self._pmax = _pow10(p)
        else:
            self._pmax = None
        self._pbits = int((p - 1) * 3.3219280948873622) - 2
        self._Etop = self._Emax - p + 1
        self._hctx = None

    def _with_rounding(self, rnd):
        """A quiet copy of self with the given rounding (cached)."""
        if rnd == ROUND_HALF_EVEN:
            h = self._hctx
            if h is not None and h._prec == self._prec and \
                    h._Emin == self._Emin and h._Emax == self._Emax and \
                    h._clamp == self._clamp:
                h._flags = 0
                return h
        w = _new(Context)
        w._prec = self._prec
        w._rounding = rnd
        w._Emin = self._Emin
        w._Emax = self._Emax
        w._capitals = self._capitals
        w._clamp = self._clamp
        w._flags = 0
        w._traps = 0
        w._hctx = None
        w._set_cache()
        if rnd == ROUND_HALF_EVEN:
            self._hctx = w
        return w

    # --- attributes ------------------------------------------------------

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        _check_int(v)
        if v < 1 or v > MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = v
        self._set_cache()

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        r = _ROUNDINGS.get(v) if isinstance(v, str) else None
        if r is None:
            raise TypeError(_ROUNDING_ERR)
        self._rounding = r

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, v):
        _check_int(v)
        if v > 0 or v < MIN_EMIN:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = v
        self._set_cache()

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, v):
        _check_int(v)
        if v < 0 or v > MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = v
        self._set_cache()

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        _check_int(v)
        if v != 0 and v != 1:
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = v

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        _check_int(v)
        if v != 0 and v != 1:
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = v
        self._set_cache()

    @property
    def flags(self):
        return _SignalDict(self, False)

    @flags.setter
    def flags(self, v):
        self._flags = _signals_to_mask(v, False)

    @property
    def traps(self):
        return _SignalDict(self, True)

    @traps.setter
    def traps(self, v):
        self._traps = _signals_to_mask(v, False)

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        n = _new(Context)
        n._prec = self._prec
        n._rounding = self._rounding
        n._Emin = self._Emin
        n._Emax = self._Emax
        n._capitals = self._capitals
        n._clamp = self._clamp
        n._flags = self._flags
        n._traps = self._traps
        n._set_cache()
        return n

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s, m in _SIGNALS if self._flags & m],
                          [s for s, m in _SIGNALS if self._traps & m]))

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, clamp=%d, flags=%s, traps=%s)' % (
                    self._prec, self._rounding, self._Emin, self._Emax,
                    self._capitals, self._clamp,
                    _repr_signals(self._flags), _repr_signals(self._traps)))

    def _raise_error(self, condition, explanation=None, *args):
        m = _SIGNAL_MASK.get(condition)
        if m is None:
            for c, bit in _COND_LIST:
                if c is condition:
                    m = bit
        if m is None:
            m = _S_INV
        _status(self, m)
        return _nan()

    # --- conversions -----------------------------------------------------

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            d = _parse_str(num, self)
        elif isinstance(num, float):
            _status(self, _S_FLOAT)
            d = _from_float(num)
        else:
            d = Decimal(num, self)
        if d._is_special:
            if d._exp in ('n', 'N') and d._int and \
                    _nd(d._int) > self._prec - self._clamp:
                return _invalid(self, _S_CONV)
            return d
        return _finish(d._sign, d._int, d._exp, self, 0)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._is_special:
            return d
        return _finish(d._sign, d._int, d._exp, self, 0)

    # --- arithmetic ------------------------------------------------------

    def abs(self, a):
        return _abs(_convert(a, self, True), self)

    def add(self, a, b):
        a = _convert(a, self, True)
        b = _convert(b, self, True)
        return _add(a, b, b._sign, self)

    def subtract(self, a, b):
        a = _convert(a, self, True)
        b = _convert(b, self, True)
        return _add(a, b, b._sign ^ 1, self)

    def multiply(self, a, b):
        a = _convert(a, self, True)
        b = _convert(b, self, True)
        return _mul(a, b, self)

    def divide(self, a, b):
        a = _convert(a, self, True)
        b = _convert(b, self, True)
        return _div(a, b, self)

    def divide_int(self, a, b):
        a = _convert(a, self, True)
        b = _convert(b, self, True)
        return _floordiv(a, b, self)

    def divmod(self, a, b):
        a = _convert(a, self, True)
        b = _convert(b, self, True)
        return _divmod(a, b, self)

    def remainder(self, a, b):
        a = _convert(a, self, True)
        b = _convert(b, self, True)
        return _mod(a, b, self)

    def remainder_near(self, a, b):
        return _convert(a, self, True).remainder_near(b, context=self)

    def power(self, a, b, modulo=None):
        a = _convert(a, self, True)
        b = _convert(b, self, True)
        if modulo is not None:
            return _powmod(a, b, _convert(modulo, self, True), self)
        return _pow(a, b, self)

    def fma(self, a, b, c):
        return _convert(a, self, True).fma(b, c, context=self)

    def minus(self, a):
        return _neg(_convert(a, self, True), self)

    def plus(self, a):
        return _pos(_convert(a, self, True), self)

    def sqrt(self, a):
        return _sqrt(_convert(a, self, True), self)

    def exp(self, a):
        return _exp_dec(_convert(a, self, True), self)

    def ln(self, a):
        return _ln_dec(_convert(a, self, True), self)

    def log10(self, a):
        return _log10_dec(_convert(a, self, True), self)

    def logb(self, a):
        return _convert(a, self, True).logb(context=self)

    def quantize(self, a, b):
        return _convert(a, self, True).quantize(b, context=self)

    def to_integral_exact(self, a):
        return _to_integral(_convert(a, self, True), None, self, True)

    def to_integral_value(self, a):
        return _to_integral(_convert(a, self, True), None, self, False)

    to_integral = to_integral_value

    def normalize(self, a):
        return _convert(a, self, True).normalize(context=self)

    def compare(self, a, b):
        return _convert(a, self, True).compare(b, context=self)

    def compare_signal(self, a, b):
        return _convert(a, self, True).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _convert(a, self, True).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert(a, self, True).compare_total_mag(b)

    def copy_abs(self, a):
        return _convert(a, self, True).copy_abs()

    def copy_decimal(self, a):
        return _convert(a, self, True)

    def copy_negate(self, a):
        return _convert(a, self, True).copy_negate()

    def copy_sign(self, a, b):
        return _convert(a, self, True).copy_sign(b)

    def max(self, a, b):
        return _convert(a, self, True).max(b, context=self)

    def max_mag(self, a, b):
        return _convert(a, self, True).max_mag(b, context=self)

    def min(self, a, b):
        return _convert(a, self, True).min(b, context=self)

    def min_mag(self, a, b):
        return _convert(a, self, True).min_mag(b, context=self)

    def next_minus(self, a):
        return _convert(a, self, True).next_minus(context=self)

    def next_plus(self, a):
        return _convert(a, self, True).next_plus(context=self)

    def next_toward(self, a, b):
        return _convert(a, self, True).next_toward(b, context=self)

    def number_class(self, a):
        return _convert(a, self, True).number_class(context=self)

    def is_canonical(self, a):
        return _convert(a, self, True).is_canonical()

    def is_finite(self, a):
        return _convert(a, self, True).is_finite()

    def is_infinite(self, a):
        return _convert(a, self, True).is_infinite()

    def is_nan(self, a):
        return _convert(a, self, True).is_nan()

    def is_normal(self, a):
        return _convert(a, self, True).is_normal(context=self)

    def is_qnan(self, a):
        return _convert(a, self, True).is_qnan()

    def is_signed(self, a):
        return _convert(a, self, True).is_signed()

    def is_snan(self, a):
        return _convert(a, self, True).is_snan()

    def is_subnormal(self, a):
        return _convert(a, self, True).is_subnormal(context=self)

    def is_zero(self, a):
        return _convert(a, self, True).is_zero()

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def logical_and(self, a, b):
        return _convert(a, self, True).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _convert(a, self, True).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _convert(a, self, True).logical_xor(b, context=self)

    def logical_invert(self, a):
        return _convert(a, self, True).logical_invert(context=self)

    def radix(self):
        return _mk(0, 10, 0)

    def rotate(self, a, b):
        return _convert(a, self, True).rotate(b, context=self)

    def same_quantum(self, a, b):
        return _convert(a, self, True).same_quantum(b)

    def scaleb(self, a, b):
        return _convert(a, self, True).scaleb(b, context=self)

    def shift(self, a, b):
        return _convert(a, self, True).shift(b, context=self)

    def to_eng_string(self, a):
        return _sci(_convert(a, self, True), True, self._capitals)

    def to_sci_string(self, a):
        return _sci(_convert(a, self, True), False, self._capitals)


def _repr_signals(mask):
    names = []
    for name, m in _REPR_ORDER:
        if mask & m and name not in names:
            names.append(name)
    return '[' + ', '.join(names) + ']'


_DEFAULT_TEMPLATE = [None]

DefaultContext = Context(
    prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
    capitals=1, clamp=0, flags=[],
    traps=[DivisionByZero, Overflow, InvalidOperation])
_DEFAULT_TEMPLATE[0] = DefaultContext

BasicContext = Context(
    prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999,
    capitals=1, clamp=0, flags=[],
    traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])

ExtendedContext = Context(
    prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
    capitals=1, clamp=0, flags=[], traps=[])

# The current context.  Spindle keeps one per process for now (threads
# share it); CPython keeps one per thread / contextvar.
_cur_ctx = DefaultContext.copy()


def getcontext():
    """Returns this thread's context."""
    return _cur_ctx


def setcontext(context):
    """Set this thread's context to context."""
    global _cur_ctx
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _cur_ctx = context


_LOCAL_KW = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
             'flags', 'traps')


class _ContextManager(object):
    """Context manager class to support localcontext()."""

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k in kwargs:
        if k not in _LOCAL_KW:
            raise TypeError(
                "'%s' is an invalid keyword argument for this function" % k)
        if k == 'flags':
            new._flags = _signals_to_mask(kwargs[k], True)
        elif k == 'traps':
            new._traps = _signals_to_mask(kwargs[k], True)
        else:
            setattr(new, k, kwargs[k])
    return _ContextManager(new)


# ---------------------------------------------------------------------------
# __format__


def _parse_spec(spec):
    """Parse a format spec: returns a dict or raises ValueError."""
    n = len(spec)
    i = 0
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nozero = False
    if i < n and spec[i] == 'z':
        nozero = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
        if i < n and spec[i] == '0':
            raise ValueError('invalid format string')
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    grouping = False
    if i < n and spec[i] == ',':
        grouping = True
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        precision = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise ValueError('invalid format string')
    if i != n:
        raise ValueError('invalid format string')
    if zeropad and align is not None:
        raise ValueError('invalid format string')
    if typ == 'n' and grouping:
        raise ValueError('invalid format string')
    if fill is None:
        fill = ' '
    if zeropad:
        fill = '0'
        align = '='
    if align is None:
        align = '>'
    if precision == 0 and typ in ('g', 'G', 'n', None):
        precision = 1 if typ is not None else precision
    return fill, align, sign, nozero, zeropad, width, grouping, precision, typ


def _group_digits(digits, minw):
    d = len(digits)
    n = d
    while n + (n - 1) // 3 < minw:
        n += 1
    if n > d:
        digits = '0' * (n - d) + digits
    parts = []
    k = len(digits)
    while k > 3:
        parts.append(digits[k - 3:k])
        k -= 3
    parts.append(digits[:k])
    parts.reverse()
    return ','.join(parts)


def _pad(sign, body, fill, align, width):
    if width is None:
        return sign + body
    total = len(sign) + len(body)
    if total >= width:
        return sign + body
    k = width - total
    if align == '<':
        return sign + body + fill * k
    if align == '>':
        return fill * k + sign + body
    if align == '=':
        return sign + fill * k + body
    left = k // 2
    return fill * left + sign + body + fill * (k - left)


def _format(d, spec, ctx):
    fill, align, signopt, nozero, zeropad, width, grouping, precision, typ = \
        _parse_spec(spec)
    if d._is_special:
        sign = '-' if d._sign else ('+' if signopt == '+' else
                                    (' ' if signopt == ' ' else ''))
        body = _sci(d.copy_abs(), False, 1)
        if typ == '%':
            body += '%'
        if zeropad:
            fill = ' '
            align = '>'
        return _pad(sign, body, fill, align, width)
    if typ is None:
        typ = 'G' if ctx._capitals else 'g'
        if precision == 0:
            precision = 1
    rnd = ctx._rounding
    sgn = d._sign
    c = d._int
    e = d._exp
    if typ == '%':
        e += 2
    if precision is not None:
        if typ in 'eE':
            nd = _nd(c)
            if nd > precision + 1:
                q, inexact = _shift_round(c, nd - precision - 1, sgn, rnd)
                e += nd - precision - 1
                if _nd(q) > precision + 1:
                    q //= 10
                    e += 1
                c = q
            elif c and nd < precision + 1:
                c *= _pow10(precision + 1 - nd)
                e -= precision + 1 - nd
        elif typ in 'fF%':
            if e < -precision:
                tmp = _mk(sgn, c, e)
                sgn, c, e, inexact = _rescale(tmp, -precision, rnd)
        else:  # g G n
            nd = _nd(c)
            if nd > precision:
                q, inexact = _shift_round(c, nd - precision, sgn, rnd)
                e += nd - precision
                if _nd(q) > precision:
                    q //= 10
                    e += 1
                c = q
    if c == 0 and e > 0 and typ in 'fF%':
        e = 0
    if typ in 'fF%' and precision is not None and e > -precision:
        # pad with zeros to the requested number of places
        c *= _pow10(e + precision)
        e = -precision
    if nozero and c == 0:
        sgn = 0
    ds = _i2s(c)
    nd = len(ds)
    left = e + nd
    if typ in 'eE':
        if c == 0 and precision is not None:
            dot = 1 - precision
        else:
            dot = 1
    elif typ in 'fF%':
        dot = left
    else:
        if e <= 0 and left > -6:
            dot = left
        else:
            dot = 1
    if dot < 0:
        intpart = '0'
        frac = '0' * (-dot) + ds
    elif dot > nd:
        intpart = ds + '0' * (dot - nd)
        frac = ''
    else:
        intpart = ds[:dot] or '0'
        frac = ds[dot:]
    x = left - dot
    if typ in 'eE':
        tail = ('e' if typ == 'e' else 'E') + ('%+d' % x)
    elif typ in 'gGn':
        if x != 0:
            tail = ('E' if typ == 'G' else 'e') + ('%+d' % x)
        else:
            tail = ''
    else:
        tail = ''
    if frac:
        fracs = '.' + frac
    else:
        fracs = ''
    if typ == '%':
        tail += '%'
    if sgn:
        sign = '-'
    elif signopt == '+':
        sign = '+'
    elif signopt == ' ':
        sign = ' '
    else:
        sign = ''
    if grouping:
        minw = 0
        if zeropad and width is not None:
            minw = width - len(sign) - len(fracs) - len(tail)
        intpart = _group_digits(intpart, minw)
        return _pad(sign, intpart + fracs + tail, fill, align, width)
    return _pad(sign, intpart + fracs + tail, fill, align, width)


# ---------------------------------------------------------------------------
# numbers registration (lazy: numbers needs abc)

try:
    import numbers as _numbers
    _numbers.Number.register(Decimal)
except Exception:
    pass
