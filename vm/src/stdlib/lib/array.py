"""Arrays of numeric values (a pure-Python array module for Spindle).

Items live in a plain list (self._d); every store goes through a per-typecode
converter that checks ranges and coerces the value exactly as CPython's C
array does, so reads are a list index.
"""

from math import frexp as _frexp, ldexp as _ldexp, copysign as _copysign

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

_INF = float('inf')
_FLT_MAX = 3.4028234663852886e+38
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


try:
    _BYTES_LIKE = (bytes, bytearray)
except NameError:  # bytearray not available yet
    _BYTES_LIKE = (bytes,)


class _NoFast:
    """A class no stored value ever has: forces the converter to run."""


def _index(v):
    if v.__class__ is int:
        return v
    if isinstance(v, int):
        return int(v)
    m = getattr(type(v), '__index__', None)
    if m is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    r = m(v)
    if not isinstance(r, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(r).__name__)
    return int(r)


def _long(v):
    v = _index(v)
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return v


def _range(v, lo, hi, what):
    if v < lo:
        raise OverflowError(what + " is less than minimum")
    if v > hi:
        raise OverflowError(what + " is greater than maximum")
    return v


def _cv_b(v):
    v = _long(v)
    if -128 <= v <= 127:
        return v
    _range(v, -32768, 32767, "signed short integer")
    return _range(v, -128, 127, "signed char")


def _cv_B(v):
    v = _long(v)
    if 0 <= v <= 255:
        return v
    return _range(v, 0, 255, "unsigned byte integer")


def _cv_h(v):
    v = _long(v)
    if -32768 <= v <= 32767:
        return v
    return _range(v, -32768, 32767, "signed short integer")


def _cv_H(v):
    v = _long(v)
    if 0 <= v <= 65535:
        return v
    _range(v, -2147483648, 2147483647, "signed integer")
    return _range(v, 0, 65535, "unsigned short")


def _cv_i(v):
    if v.__class__ is not int:
        v = _index(v)
    if -2147483648 <= v <= 2147483647:
        return v
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return _range(v, -2147483648, 2147483647, "signed integer")


def _ulong(v):
    v = _index(v)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError("Python int too large to convert to C unsigned long")
    return v


def _cv_I(v):
    v = _ulong(v)
    if v > 4294967295:
        raise OverflowError("unsigned int is greater than maximum")
    return v


def _cv_l(v):
    return _long(v)


def _cv_L(v):
    return _ulong(v)


def _cv_q(v):
    v = _index(v)
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError("int too big to convert")
    return v


def _cv_Q(v):
    v = _index(v)
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError("int too big to convert")
    return v


def _cv_d(v):
    if isinstance(v, (float, int)):
        return float(v)
    t = type(v)
    if getattr(t, '__float__', None) is not None:
        return float(v)
    m = getattr(t, '__index__', None)
    if m is not None:
        return float(_index(v))
    raise TypeError("must be real number, not %s" % t.__name__)


def _round_f32(x):
    if x != x or x == 0.0 or x == _INF or x == -_INF:
        return x
    e = _frexp(x)[1] - 1
    if e < -126:
        e = -126
    q = e - 23
    r = round(_ldexp(x, -q))
    if r == 0:
        return _copysign(0.0, x)
    y = _ldexp(float(r), q)
    if y > _FLT_MAX or y < -_FLT_MAX:
        return _copysign(_INF, x)
    return y


def _cv_f(v):
    return _round_f32(_cv_d(v))


def _cv_u(v):
    if v.__class__ is not str and not isinstance(v, str):
        raise TypeError("array item must be unicode character")
    if len(v) != 1:
        raise TypeError("array item must be unicode character")
    return str(v)


_CONV = {'b': _cv_b, 'B': _cv_B, 'u': _cv_u, 'h': _cv_h, 'H': _cv_H,
         'i': _cv_i, 'I': _cv_I, 'l': _cv_l, 'L': _cv_L, 'q': _cv_q,
         'Q': _cv_Q, 'f': _cv_f, 'd': _cv_d}


def _new(cls, tc, data):
    a = object.__new__(cls)
    a._tc = tc
    a._d = data
    a._cv = _CONV[tc]
    a._ft = float if tc == 'd' else _NoFast
    return a


def _convert_list(tc, items):
    cv = _CONV[tc]
    if tc == 'd':
        out = []
        app = out.append
        for v in items:
            if v.__class__ is float:
                app(v)
            else:
                app(cv(v))
        return out
    return [cv(v) for v in items]


# --- bytes <-> values -------------------------------------------------------

def _struct():
    try:
        import struct
        struct.pack  # noqa: make sure it is the real module
        return struct
    except (ImportError, AttributeError):
        return None


def _double_bits(x):
    # IEEE 754 binary64 bit pattern of x, as an int
    if x != x:
        return 0x7ff8000000000000
    sign = 0
    if x < 0 or (x == 0.0 and _copysign(1.0, x) < 0):
        sign = 1
        x = -x
    if x == _INF:
        return (sign << 63) | 0x7ff0000000000000
    if x == 0.0:
        return sign << 63
    m, e = _frexp(x)          # x = m * 2**e, 0.5 <= m < 1
    e -= 1                    # leading bit exponent
    if e < -1022:             # subnormal
        frac = int(_ldexp(x, 1074))
        return (sign << 63) | frac
    frac = int(_ldexp(m, 53)) - (1 << 52)
    return (sign << 63) | ((e + 1023) << 52) | frac


def _bits_double(b):
    sign = b >> 63
    exp = (b >> 52) & 0x7ff
    frac = b & ((1 << 52) - 1)
    if exp == 0x7ff:
        v = float('nan') if frac else _INF
    elif exp == 0:
        v = _ldexp(float(frac), -1074)
    else:
        v = _ldexp(float(frac | (1 << 52)), exp - 1075)
    return -v if sign else v


def _float_bits(x):
    # binary32 pattern of an already float32-representable double
    if x != x:
        return 0x7fc00000
    sign = 0
    if x < 0 or (x == 0.0 and _copysign(1.0, x) < 0):
        sign = 1
        x = -x
    if x == _INF:
        return (sign << 31) | 0x7f800000
    if x == 0.0:
        return sign << 31
    m, e = _frexp(x)
    e -= 1
    if e < -126:
        return (sign << 31) | int(_ldexp(x, 149))
    return (sign << 31) | ((e + 127) << 23) | (int(_ldexp(m, 24)) - (1 << 23))


def _bits_float(b):
    sign = b >> 31
    exp = (b >> 23) & 0xff
    frac = b & ((1 << 23) - 1)
    if exp == 0xff:
        v = float('nan') if frac else _INF
    elif exp == 0:
        v = _ldexp(float(frac), -149)
    else:
        v = _ldexp(float(frac | (1 << 23)), exp - 150)
    return -v if sign else v


# struct codes with the array item sizes under standard sizing ('=')
_STD_CODE = {'b': 'b', 'B': 'B', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I',
             'l': 'q', 'L': 'Q', 'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}

_SIGNED = {'b': True, 'B': False, 'h': True, 'H': False, 'i': True,
           'I': False, 'l': True, 'L': False, 'q': True, 'Q': False}


def _to_bytes(tc, data):
    if not data:
        return b''
    st = _struct()
    if st is not None:
        if tc == 'u':
            return st.pack('<%dI' % len(data), *[ord(c) for c in data])
        return st.pack('=%d%s' % (len(data), _STD_CODE[tc]), *data)
    size = _ITEMSIZE[tc]
    if tc == 'd':
        return b''.join([_double_bits(x).to_bytes(8, 'little') for x in data])
    if tc == 'f':
        return b''.join([_float_bits(x).to_bytes(4, 'little') for x in data])
    if tc == 'u':
        return b''.join([ord(c).to_bytes(4, 'little') for c in data])
    signed = _SIGNED[tc]
    return b''.join([x.to_bytes(size, 'little', signed=signed) for x in data])


def _from_bytes(tc, b):
    size = _ITEMSIZE[tc]
    n = len(b) // size
    if n == 0:
        return []
    st = _struct()
    if st is not None and tc != 'u':
        return list(st.unpack('=%d%s' % (n, _STD_CODE[tc]), b))
    ib = int.from_bytes
    if tc == 'd':
        return [_bits_double(ib(b[i:i + 8], 'little')) for i in range(0, n * 8, 8)]
    if tc == 'f':
        return [_bits_float(ib(b[i:i + 4], 'little')) for i in range(0, n * 4, 4)]
    if tc == 'u':
        out = []
        for i in range(0, n * 4, 4):
            c = ib(b[i:i + 4], 'little')
            if c > 0x10ffff:
                raise ValueError("character U+%x is not in range [U+0000; U+10ffff]" % c)
            out.append(chr(c))
        return out
    signed = _SIGNED[tc]
    return [ib(b[i:i + size], 'little', signed=signed) for i in range(0, n * size, size)]


def _byteswap_value(tc, v):
    size = _ITEMSIZE[tc]
    if size == 1:
        return v
    raw = _to_bytes(tc, [v])
    return _from_bytes(tc, raw[::-1])[0]


class array:
    """array(typecode [, initializer]) -> array"""

    __slots__ = ('_d', '_tc', '_cv', '_ft', '__weakref__')
    __hash__ = None

    def __init__(self, typecode, initializer=None, *rest):
        if rest:
            raise TypeError("array() takes at most 2 arguments (%d given)" % (2 + len(rest)))
        if not isinstance(typecode, str) or len(typecode) != 1:
            if isinstance(typecode, str):
                raise TypeError("array() argument 1 must be a unicode character, not str")
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._cv = _CONV[typecode]
        self._ft = float if typecode == 'd' else _NoFast
        if initializer is None:
            self._d = []
            return
        if initializer.__class__ is list:
            self._d = _convert_list(typecode, initializer)
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._d = list(initializer)
            return
        if isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'"
                                % typecode)
            if initializer._tc == typecode:
                self._d = list(initializer._d)
            else:
                self._d = _convert_list(typecode, initializer._d)
            return
        if isinstance(initializer, _BYTES_LIKE):
            self._d = []
            self.frombytes(initializer)
            return
        if not hasattr(initializer, '__iter__') and not hasattr(initializer, '__getitem__'):
            raise TypeError("'%s' object is not iterable" % type(initializer).__name__)
        self._d = _convert_list(typecode, initializer)

    # --- attributes -------------------------------------------------------

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    # --- sequence protocol ------------------------------------------------

    def __len__(self):
        return len(self._d)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return _new(array, self._tc, self._d[i])
        try:
            return self._d[i]
        except IndexError:
            raise IndexError("array index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __setitem__(self, i, v):
        if v.__class__ is not self._ft:
            if isinstance(i, slice):
                self._setslice(i, v)
                return
            v = self._cv(v)
        try:
            self._d[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        except TypeError:
            if isinstance(i, slice):
                self._setslice(i, v)
                return
            raise TypeError("array indices must be integers") from None

    def _setslice(self, i, v):
        if not isinstance(v, array):
            raise TypeError('can only assign array (not "%s") to array slice'
                            % type(v).__name__)
        if v._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        d = self._d
        vd = v._d if v is not self else list(v._d)
        if i.step is None or i.step == 1:
            d[i] = vd
            return
        start, stop, step = i.indices(len(d))
        n = len(range(start, stop, step))
        if n != len(vd):
            if n == 0 and False:
                return
            raise ValueError("attempt to assign array of size %d to extended slice of size %d"
                             % (len(vd), n))
        d[i] = vd

    def __delitem__(self, i):
        try:
            del self._d[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __iter__(self):
        return iter(self._d)

    def __contains__(self, v):
        return v in self._d

    # --- operators --------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return _new(array, self._tc, self._d + other._d)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._d += other._d
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            if getattr(type(n), '__index__', None) is None:
                return NotImplemented
            n = _index(n)
        return _new(array, self._tc, self._d * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            if getattr(type(n), '__index__', None) is None:
                return NotImplemented
            n = _index(n)
        self._d *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._d == other._d

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._d != other._d

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._d < other._d

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._d <= other._d

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._d > other._d

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._d >= other._d

    def __repr__(self):
        tc = self._tc
        name = type(self).__name__
        if not self._d:
            return "%s('%s')" % (name, tc)
        if tc == 'u':
            return "%s('u', %r)" % (name, ''.join(self._d))
        return "%s('%s', %r)" % (name, tc, self._d)

    def __copy__(self):
        return _new(array, self._tc, list(self._d))

    def __deepcopy__(self, memo):
        return _new(array, self._tc, list(self._d))

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._d)), getattr(self, '__dict__', None))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    # --- methods ----------------------------------------------------------

    def append(self, v):
        if v.__class__ is not self._ft:
            v = self._cv(v)
        self._d.append(v)

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._d.extend(iterable._d)
            return
        cv = self._cv
        ft = self._ft
        app = self._d.append
        for v in iterable:
            if v.__class__ is not ft:
                v = cv(v)
            app(v)

    def insert(self, i, v):
        i = _index(i)
        v = self._cv(v)
        self._d.insert(i, v)

    def pop(self, i=-1):
        d = self._d
        if not d:
            raise IndexError("pop from empty array")
        try:
            return d.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._d.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=9223372036854775807):
        d = self._d
        n = len(d)
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        for k in range(start, stop):
            x = d[k]
            if x is v or x == v:
                return k
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return self._d.count(v)

    def reverse(self):
        self._d.reverse()

    def tolist(self):
        return list(self._d)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self._d.extend(_convert_list(self._tc, lst))

    def tobytes(self):
        return _to_bytes(self._tc, self._d)

    def frombytes(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        if len(b) % _ITEMSIZE[self._tc]:
            raise ValueError("bytes length not a multiple of item size")
        self._d.extend(_from_bytes(self._tc, b))

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._d)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._d.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        size = _ITEMSIZE[self._tc]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        k = len(data) // size
        self.frombytes(data[:k * size])
        if k < n:
            raise EOFError("read() didn't return enough bytes")

    def byteswap(self):
        tc = self._tc
        if _ITEMSIZE[tc] == 1:
            return
        size = _ITEMSIZE[tc]
        raw = _to_bytes(tc, self._d)
        swapped = b''.join([raw[i:i + size][::-1] for i in range(0, len(raw), size)])
        self._d = _from_bytes(tc, swapped)

    def buffer_info(self):
        return (id(self), len(self._d))


ArrayType = array
