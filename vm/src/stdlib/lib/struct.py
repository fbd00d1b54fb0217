"""Interpret bytes as packed binary data (Spindle's pure-Python struct).

Formats follow CPython 3.11: an optional first character selects the byte
order, size and alignment ('@' native, '=' native order with standard sizes,
'<' little-endian, '>' and '!' big-endian), then each item is an optional
repeat count followed by a format character.
"""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']

import math as _math


class error(Exception):
    pass


_from_bytes = int.from_bytes
try:
    _BYTES_LIKE = (bytes, bytearray, memoryview)
except NameError:  # an interpreter without bytearray/memoryview
    try:
        _BYTES_LIKE = (bytes, bytearray)
    except NameError:
        _BYTES_LIKE = (bytes,)
_INF = float('inf')
_NAN = float('nan')

# ---------------------------------------------------------------------------
# Argument conversion

def _index(v):
    if isinstance(v, int):
        return v
    meth = getattr(type(v), '__index__', None)
    if meth is None:
        raise error('required argument is not an integer')
    return meth(v)


def _float_arg(v):
    if isinstance(v, float):
        return v
    try:
        return float(v) if isinstance(v, int) else _float_of(v)
    except OverflowError:
        raise error('required argument is not a float') from None


def _float_of(v):
    tp = type(v)
    meth = getattr(tp, '__float__', None)
    if meth is not None:
        return float(v)
    meth = getattr(tp, '__index__', None)
    if meth is not None:
        return float(meth(v))
    raise error('required argument is not a float')


# ---------------------------------------------------------------------------
# IEEE-754 encoding in pure Python

def _float_bits(x, ebits, mbits, fmt, overflow_to_inf):
    """Return the IEEE bit pattern (an int) of float x rounded (half to
    even) to a binary format with ebits exponent and mbits fraction bits."""
    sign_shift = ebits + mbits
    emax = (1 << ebits) - 1
    if x != x:
        sign = 1 if _math.copysign(1.0, x) < 0 else 0
        return (sign << sign_shift) | (emax << mbits) | (1 << (mbits - 1))
    sign = 0
    if x < 0 or (x == 0 and _math.copysign(1.0, x) < 0):
        sign = 1
        x = -x
    if x == 0:
        return sign << sign_shift
    if x == _INF:
        return (sign << sign_shift) | (emax << mbits)
    n, d = x.as_integer_ratio()    # x == n / d, d a power of two
    k = d.bit_length() - 1
    bl = n.bit_length()
    bias = (1 << (ebits - 1)) - 1
    exp = bl - 1 - k + bias        # biased exponent for the normal form
    if exp > 0:
        shift = bl - 1 - mbits
    else:
        shift = k - (bias - 1 + mbits)
        exp = 0
    if shift > 0:
        q = n >> shift
        rem = n & ((1 << shift) - 1)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and (q & 1)):
            q += 1
    else:
        q = n << -shift
    if exp == 0:
        # subnormal (or rounded up into the smallest normal)
        return (sign << sign_shift) | q
    if q >> (mbits + 1):
        q >>= 1
        exp += 1
    if exp >= emax:
        if overflow_to_inf:
            return (sign << sign_shift) | (emax << mbits)
        raise OverflowError('float too large to pack with %s format' % fmt)
    return (sign << sign_shift) | (exp << mbits) | (q & ((1 << mbits) - 1))


def _bits_float(bits, ebits, mbits):
    sign = bits >> (ebits + mbits)
    exp = (bits >> mbits) & ((1 << ebits) - 1)
    frac = bits & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        if frac:
            r = _NAN
        else:
            r = _INF
    elif exp == 0:
        r = frac * 2.0 ** (2 - (1 << (ebits - 1)) - mbits)
    else:
        r = (frac | (1 << mbits)) * 2.0 ** (exp - ((1 << (ebits - 1)) - 1) - mbits)
    if sign:
        return _math.copysign(r, -1.0)
    return r


# ---------------------------------------------------------------------------
# Per-item packers and unpackers

_LONG_MIN = -(1 << 63)
_LONG_LIM = 1 << 63
_ULONG_LIM = 1 << 64


def _int_packer(size, order, signed, check, lo, hi, msg):
    # check: 1 = value must fit a C long, 2 = a C unsigned long,
    #        3 = overflow reports 'int too large to convert'
    mod = 1 << (8 * size)
    def pack_int(v):
        if v.__class__ is not int:
            v = _index(v)
        if lo <= v <= hi:
            if v >= 0:
                return v.to_bytes(size, order)
            return (v + mod).to_bytes(size, order)
        if check == 1:
            if v < _LONG_MIN or v >= _LONG_LIM:
                raise error('argument out of range')
        elif check == 2:
            if v < 0 or v >= _ULONG_LIM:
                raise error('argument out of range')
        raise error(msg)
    return pack_int


def _pointer_packer(order):
    def pack_ptr(v):
        if v.__class__ is not int:
            v = _index(v)
        if v < _LONG_MIN or v >= _ULONG_LIM:
            raise error('int too large to convert')
        return (v & 0xFFFFFFFFFFFFFFFF).to_bytes(8, order)
    return pack_ptr


def _int_unpacker(size, order, signed):
    if signed:
        half = 1 << (8 * size - 1)
        mod = 1 << (8 * size)
        def unpack_int(b, o):
            x = _from_bytes(b[o:o + size], order)
            if x >= half:
                return x - mod
            return x
    else:
        def unpack_int(b, o):
            return _from_bytes(b[o:o + size], order)
    return unpack_int


def _bool_pack(v):
    return b'\x01' if v else b'\x00'


def _bool_unpack(b, o):
    return b[o] != 0


def _char_pack(v):
    if isinstance(v, bytes) and len(v) == 1:
        return v
    raise error('char format requires a bytes object of length 1')


def _char_unpack(b, o):
    return bytes(b[o:o + 1])


def _float_packer(ebits, mbits, fmt, order, overflow_to_inf):
    nbytes = (1 + ebits + mbits) // 8
    def pack_float(v):
        x = _float_arg(v)
        try:
            bits = _float_bits(x, ebits, mbits, fmt, overflow_to_inf)
        except OverflowError:
            if isinstance(v, int):
                raise error('int too large to convert') from None
            raise
        return bits.to_bytes(nbytes, order)
    return pack_float


def _float_unpacker(ebits, mbits, order):
    nbytes = (1 + ebits + mbits) // 8
    def unpack_float(b, o):
        return _bits_float(_from_bytes(b[o:o + nbytes], order), ebits, mbits)
    return unpack_float


def _double_pack_le(v):
    if v.__class__ is not float:
        v = _float_arg(v)
    return _float_bits(v, 11, 52, 'd', False).to_bytes(8, 'little')


def _double_pack_be(v):
    if v.__class__ is not float:
        v = _float_arg(v)
    return _float_bits(v, 11, 52, 'd', False).to_bytes(8, 'big')


def _double_unpack_le(b, o):
    return _bits_float(_from_bytes(b[o:o + 8], 'little'), 11, 52)


def _double_unpack_be(b, o):
    return _bits_float(_from_bytes(b[o:o + 8], 'big'), 11, 52)


def _string_packer(count):
    def pack_s(v):
        if not isinstance(v, _BYTES_LIKE):
            raise error("argument for 's' must be a bytes object")
        n = len(v)
        if n >= count:
            return bytes(v[:count])
        return bytes(v) + bytes(count - n)
    return pack_s


def _string_unpacker(count):
    def unpack_s(b, o):
        return bytes(b[o:o + count])
    return unpack_s


def _pascal_packer(count):
    def pack_p(v):
        if not isinstance(v, _BYTES_LIKE):
            raise error("argument for 'p' must be a bytes object")
        if count == 0:
            return b''
        n = len(v)
        if n > count - 1:
            n = count - 1
        data = bytes(v[:n])
        return bytes((min(n, 255),)) + data + bytes(count - 1 - n)
    return pack_p


def _pascal_unpacker(count):
    def unpack_p(b, o):
        if count == 0:
            return b''
        n = b[o]
        if n >= count:
            n = count - 1
        return bytes(b[o + 1:o + 1 + n])
    return unpack_p


def _with_pad(pad, func):
    def padded(v):
        return pad + func(v)
    return padded


# ---------------------------------------------------------------------------
# Format tables: char -> (size, alignment, packer, unpacker)

def _build_tables():
    native = {}
    little = {}
    big = {}
    byte_msg = 'byte format requires -128 <= number <= 127'
    ubyte_msg = 'ubyte format requires 0 <= number <= 255'
    short_msg = 'short format requires -32768 <= number <= 32767'
    ushort_msg = 'ushort format requires 0 <= number <= 65535'

    def rng(c, signed, nbits):
        if signed:
            return ("'%s' format requires %d <= number <= %d"
                    % (c, -(1 << (nbits - 1)), (1 << (nbits - 1)) - 1))
        return "'%s' format requires 0 <= number <= %d" % (c, (1 << nbits) - 1)

    for table, order in ((native, 'little'), (little, 'little'), (big, 'big')):
        std = table is not native
        b = _int_packer(1, order, True, 1, -128, 127, byte_msg)
        B = _int_packer(1, order, False, 1, 0, 255, ubyte_msg)
        table['b'] = (1, 1, b, _int_unpacker(1, order, True))
        table['B'] = (1, 1, B, _int_unpacker(1, order, False))
        table['c'] = (1, 1, _char_pack, _char_unpack)
        table['?'] = (1, 1, _bool_pack, _bool_unpack)
        if table is big:
            h = _int_packer(2, order, True, 1, -32768, 32767, rng('h', True, 16))
            H = _int_packer(2, order, False, 2, 0, 65535, rng('H', False, 16))
        else:
            h = _int_packer(2, order, True, 1, -32768, 32767, short_msg)
            H = _int_packer(2, order, False, 1, 0, 65535, ushort_msg)
        table['h'] = (2, 2, h, _int_unpacker(2, order, True))
        table['H'] = (2, 2, H, _int_unpacker(2, order, False))
        i = _int_packer(4, order, True, 1, -(1 << 31), (1 << 31) - 1, rng('i', True, 32))
        I = _int_packer(4, order, False, 2, 0, (1 << 32) - 1, rng('I', False, 32))
        table['i'] = (4, 4, i, _int_unpacker(4, order, True))
        table['I'] = (4, 4, I, _int_unpacker(4, order, False))
        if std:
            l = _int_packer(4, order, True, 1, -(1 << 31), (1 << 31) - 1, rng('l', True, 32))
            L = _int_packer(4, order, False, 2, 0, (1 << 32) - 1, rng('L', False, 32))
            table['l'] = (4, 4, l, _int_unpacker(4, order, True))
            table['L'] = (4, 4, L, _int_unpacker(4, order, False))
        else:
            l = _int_packer(8, order, True, 1, _LONG_MIN, _LONG_LIM - 1, '')
            L = _int_packer(8, order, False, 2, 0, _ULONG_LIM - 1, '')
            table['l'] = (8, 8, l, _int_unpacker(8, order, True))
            table['L'] = (8, 8, L, _int_unpacker(8, order, False))
            table['n'] = (8, 8, l, _int_unpacker(8, order, True))
            table['N'] = (8, 8, L, _int_unpacker(8, order, False))
            table['P'] = (8, 8, _pointer_packer(order), _int_unpacker(8, order, False))
        if table is big:
            q = _int_packer(8, order, True, 3, _LONG_MIN, _LONG_LIM - 1,
                            'int too large to convert')
            Q = _int_packer(8, order, False, 3, 0, _ULONG_LIM - 1,
                            'int too large to convert')
        else:
            q = _int_packer(8, order, True, 1, _LONG_MIN, _LONG_LIM - 1, '')
            Q = _int_packer(8, order, False, 2, 0, _ULONG_LIM - 1, '')
        table['q'] = (8, 8, q, _int_unpacker(8, order, True))
        table['Q'] = (8, 8, Q, _int_unpacker(8, order, False))
        table['e'] = (2, 2, _float_packer(5, 10, 'e', order, False),
                      _float_unpacker(5, 10, order))
        table['f'] = (4, 4, _float_packer(8, 23, 'f', order, not std),
                      _float_unpacker(8, 23, order))
        if order == 'little':
            table['d'] = (8, 8, _double_pack_le, _double_unpack_le)
        else:
            table['d'] = (8, 8, _double_pack_be, _double_unpack_be)
    return native, little, big


_NATIVE, _LITTLE, _BIG = _build_tables()
_TABLES = {'@': (_NATIVE, True), '=': (_LITTLE, False), '<': (_LITTLE, False),
           '>': (_BIG, False), '!': (_BIG, False)}
_SPACE = ' \t\n\r\x0b\x0c'
_DIGITS = '0123456789'
_MAXSIZE = (1 << 63) - 1


def _compile(fmt):
    """Return (size, packers, trailing_pad, unpackers) for a format str."""
    pos = 0
    n = len(fmt)
    table, aligned = _NATIVE, True
    if n and fmt[0] in _TABLES:
        table, aligned = _TABLES[fmt[0]]
        pos = 1
    packers = []
    unpackers = []
    size = 0
    pad = 0          # pad bytes to emit before the next packed item
    while pos < n:
        c = fmt[pos]
        if c in _SPACE:
            pos += 1
            continue
        count = 1
        if c in _DIGITS:
            start = pos
            while pos < n and fmt[pos] in _DIGITS:
                pos += 1
            count = int(fmt[start:pos])
            if pos >= n:
                raise error('repeat count given without format specifier')
            c = fmt[pos]
        pos += 1
        if c == 'x':
            size += count
            pad += count
            if size > _MAXSIZE:
                raise error('total struct size too long')
            continue
        if c == 's' or c == 'p':
            entry = table.get('c')
            itemsize = align = 1
        else:
            entry = table.get(c)
            if entry is None:
                raise error('bad char in struct format')
            itemsize, align, packer, unpacker = entry
        if aligned and align > 1:
            rem = size % align
            if rem:
                size += align - rem
                pad += align - rem
        if c == 's' or c == 'p':
            if c == 's':
                packer = _string_packer(count)
                unpacker = _string_unpacker(count)
            else:
                packer = _pascal_packer(count)
                unpacker = _pascal_unpacker(count)
            if pad:
                packer = _with_pad(bytes(pad), packer)
                pad = 0
            packers.append(packer)
            unpackers.append((unpacker, size))
            size += count
        else:
            if count * itemsize > _MAXSIZE - size:
                raise error('total struct size too long')
            for _ in range(count):
                if pad:
                    packers.append(_with_pad(bytes(pad), packer))
                    pad = 0
                else:
                    packers.append(packer)
                unpackers.append((unpacker, size))
                size += itemsize
        if size > _MAXSIZE:
            raise error('total struct size too long')
    return size, packers, bytes(pad), unpackers


def _buffer_len(buffer):
    if isinstance(buffer, _BYTES_LIKE):
        return len(buffer)
    if isinstance(buffer, str) or not hasattr(buffer, '__len__'):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(buffer).__name__)
    return len(buffer)


def _make_pack(packers, tail):
    nargs = len(packers)
    if nargs == 1:
        p0 = packers[0]
        def pack(*args):
            if len(args) != 1:
                raise error('pack expected 1 items for packing (got %d)'
                            % len(args))
            if tail:
                return p0(args[0]) + tail
            return p0(args[0])
        return pack
    if nargs == 2:
        p0, p1 = packers
        def pack(*args):
            if len(args) != 2:
                raise error('pack expected 2 items for packing (got %d)'
                            % len(args))
            return p0(args[0]) + p1(args[1]) + tail
        return pack
    def pack(*args):
        if len(args) != nargs:
            raise error('pack expected %d items for packing (got %d)'
                        % (nargs, len(args)))
        return b''.join([f(a) for f, a in zip(packers, args)]) + tail
    return pack


def _make_unpack(size, unpackers):
    n = len(unpackers)
    def check(buffer):
        if len(buffer) != size:
            _buffer_len(buffer)
            raise error('unpack requires a buffer of %d bytes' % size)
        _buffer_len(buffer)
    if n == 1:
        (u0, o0), = unpackers
        def unpack(buffer):
            if buffer.__class__ is not bytes or len(buffer) != size:
                check(buffer)
            return (u0(buffer, o0),)
        return unpack
    if n == 2:
        (u0, o0), (u1, o1) = unpackers
        def unpack(buffer):
            if buffer.__class__ is not bytes or len(buffer) != size:
                check(buffer)
            return (u0(buffer, o0), u1(buffer, o1))
        return unpack
    def unpack(buffer):
        if buffer.__class__ is not bytes or len(buffer) != size:
            check(buffer)
        return tuple([f(buffer, o) for f, o in unpackers])
    return unpack


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes '
                            'object, not %s' % type(format).__name__)
        size, packers, tail, unpackers = _compile(format)
        self.format = format
        self.size = size
        self._packers = packers
        self._tail = tail
        self._nargs = len(packers)
        self._unpackers = unpackers
        # bound per instance: s.pack / s.unpack go straight to the closures
        self.pack = self._pack = _make_pack(packers, tail)
        self.unpack = self._unpack = _make_unpack(size, unpackers)

    def pack(self, *args):
        """S.pack(v1, v2, ...) -> bytes"""
        return self._pack(*args)

    def unpack(self, buffer):
        """S.unpack(buffer) -> tuple"""
        return self._unpack(buffer)

    def unpack_from(self, buffer, offset=0):
        n = _buffer_len(buffer)
        if offset.__class__ is not int:
            offset = _offset(offset)
        size = self.size
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, n))
            if offset + size > 0:
                raise error('not enough data to unpack %d bytes at offset %d'
                            % (size, offset))
            offset += n
        elif n - offset < size:
            raise error('unpack_from requires a buffer of at least %d bytes '
                        'for unpacking %d bytes at offset %d (actual buffer '
                        'size is %d)' % (size + offset, size, offset, n))
        return tuple([f(buffer, offset + o) for f, o in self._unpackers])

    def pack_into(self, *args):
        if len(args) < 2:
            if not args:
                raise error('pack_into expected buffer argument')
            raise error('pack_into expected offset argument')
        buffer = args[0]
        offset = args[1]
        if len(args) - 2 != self._nargs:
            raise error('pack_into expected %d items for packing (got %d)'
                        % (self._nargs, len(args) - 2))
        if isinstance(buffer, (bytes, str)) or not hasattr(buffer, '__setitem__'):
            raise TypeError('argument must be read-write bytes-like object, '
                            'not %s' % type(buffer).__name__)
        if offset.__class__ is not int:
            offset = _offset(offset)
        data = self.pack(*args[2:])
        n = len(buffer)
        size = self.size
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, n))
            if offset + size > 0:
                raise error('no space to pack %d bytes at offset %d'
                            % (size, offset))
            offset += n
        elif n - offset < size:
            raise error('pack_into requires a buffer of at least %d bytes for '
                        'packing %d bytes at offset %d (actual buffer size is '
                        '%d)' % (size + offset, size, offset, n))
        buffer[offset:offset + size] = data

    def iter_unpack(self, buffer):
        n = _buffer_len(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if n % self.size:
            raise error('iterative unpacking requires a buffer of a multiple '
                        'of %d bytes' % self.size)
        return _UnpackIterator(self, buffer)

    def __sizeof__(self):
        return 40 + 40 * len(self._unpackers)


Struct.__module__ = '_struct'


class _UnpackIterator:
    def __init__(self, s, buffer):
        self._struct = s
        self._buffer = buffer
        self._offset = 0

    def __iter__(self):
        return self

    def __next__(self):
        buf = self._buffer
        if buf is None:
            raise StopIteration
        off = self._offset
        if off >= len(buf):
            self._buffer = None
            raise StopIteration
        self._offset = off + self._struct.size
        return tuple([f(buf, off + o) for f, o in self._struct._unpackers])

    def __length_hint__(self):
        if self._buffer is None:
            return 0
        return (len(self._buffer) - self._offset) // self._struct.size


_UnpackIterator.__name__ = 'unpack_iterator'
_UnpackIterator.__qualname__ = 'unpack_iterator'


def _offset(v):
    meth = getattr(type(v), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return meth(v)


_cache = {}
_MAXCACHE = 100


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()


def _get(fmt):
    s = _cache.get(fmt)
    if s is None:
        if not isinstance(fmt, (str, bytes)):
            raise TypeError('Struct() argument 1 must be a str or bytes '
                            'object, not %s' % type(fmt).__name__)
        s = Struct(fmt)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _get(format).size


def pack(format, *args):
    """Return a bytes object containing the values packed by format."""
    return _get(format).pack(*args)


def pack_into(format, *args):
    """Pack values according to format into buffer at offset."""
    _get(format).pack_into(*args)


def unpack(format, buffer):
    """Unpack the buffer according to format; returns a tuple."""
    return _get(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """Unpack from buffer starting at offset; returns a tuple."""
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """Return an iterator yielding tuples unpacked from buffer."""
    return _get(format).iter_unpack(buffer)
