"""Conversion between binary data and ASCII (pure-Python binascii for Spindle)."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bytes_in(data):
    # A bytes-like argument of an encoding (b2a_*) function.
    if data.__class__ is bytes:
        return data
    if isinstance(data, bytes):
        return bytes(data)
    name = type(data).__name__
    if name in ('bytearray', 'memoryview'):
        return bytes(data)
    tb = getattr(data, 'tobytes', None)
    if tb is not None and name != 'str':
        return tb()
    raise TypeError("a bytes-like object is required, not '%s'" % name)


def _ascii_in(data):
    # Argument of a decoding (a2b_*) function: bytes-like or ASCII str.
    if data.__class__ is bytes:
        return data
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    name = type(data).__name__
    if isinstance(data, bytes) or name in ('bytearray', 'memoryview'):
        return bytes(data)
    tb = getattr(data, 'tobytes', None)
    if tb is not None:
        return tb()
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % name)


# --- hex ------------------------------------------------------------------

def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _bytes_in(data)
    if sep is None:
        return data.hex().encode('ascii')
    if isinstance(sep, bytes):
        sep = sep.decode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify

_HEXVAL = {}
for _i, _c in enumerate(b'0123456789abcdef'):
    _HEXVAL[_c] = _i
for _i, _c in enumerate(b'ABCDEF'):
    _HEXVAL[_c] = _i + 10
del _i, _c


def unhexlify(hexstr):
    """Binary data of hexadecimal representation."""
    s = _ascii_in(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    hv = _HEXVAL
    for c in s:
        if c not in hv:
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(s.decode('ascii'))


a2b_hex = unhexlify


# --- base64 ---------------------------------------------------------------

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_PAIRS = None
_B64_VAL = [255] * 256
for _i, _c in enumerate(_B64):
    _B64_VAL[_c] = _i
del _i, _c


def _pairs():
    global _B64_PAIRS
    if _B64_PAIRS is None:
        chars = [bytes([c]) for c in _B64]
        _B64_PAIRS = [a + b for a in chars for b in chars]
    return _B64_PAIRS


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _bytes_in(data)
    pairs = _pairs()
    n = len(data)
    full = n - n % 3
    out = []
    app = out.append
    for i in range(0, full, 3):
        w = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        app(pairs[w >> 12])
        app(pairs[w & 0xfff])
    rest = n - full
    if rest == 1:
        w = data[full] << 16
        app(pairs[w >> 12][:2] + b'==')
    elif rest == 2:
        w = (data[full] << 16) | (data[full + 1] << 8)
        app(pairs[w >> 12])
        app(pairs[w & 0xfff][:1] + b'=')
    if newline:
        app(b'\n')
    return b''.join(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data."""
    s = _ascii_in(data)
    val = _B64_VAL
    out = []
    app = out.append
    if strict_mode and s and s[0] == 61:
        raise Error('Leading padding not allowed')
    quad = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        if c == 61:  # '='
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            i += 1
            continue
        v = val[c]
        if v == 255:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            i += 1
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            app(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
            quad = 2
        elif quad == 2:
            app(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
            quad = 3
        else:
            app(((left << 6) | v) & 0xff)
            quad = 0
        i += 1
    if quad != 0:
        if quad == 1:
            raise Error('Invalid base64-encoded string: number of data characters '
                        '(%d) cannot be 1 more than a multiple of 4'
                        % (len(out) // 3 * 4 + 1))
        raise Error('Incorrect padding')
    return bytes(out)


# --- CRCs -----------------------------------------------------------------

_CRC32_TABLE = None
_HQX_TABLE = None


def _crc32_table():
    global _CRC32_TABLE
    if _CRC32_TABLE is None:
        t = []
        for n in range(256):
            c = n
            for _ in range(8):
                if c & 1:
                    c = 0xEDB88320 ^ (c >> 1)
                else:
                    c >>= 1
            t.append(c)
        _CRC32_TABLE = t
    return _CRC32_TABLE


def crc32(data, crc=0):
    """Compute CRC-32 incrementally."""
    data = _bytes_in(data)
    t = _crc32_table()
    c = (crc & 0xffffffff) ^ 0xffffffff
    for b in data:
        c = t[(c ^ b) & 0xff] ^ (c >> 8)
    return c ^ 0xffffffff


def _hqx_table():
    global _HQX_TABLE
    if _HQX_TABLE is None:
        t = []
        for n in range(256):
            c = n << 8
            for _ in range(8):
                if c & 0x8000:
                    c = ((c << 1) ^ 0x1021) & 0xffff
                else:
                    c = (c << 1) & 0xffff
            t.append(c)
        _HQX_TABLE = t
    return _HQX_TABLE


def crc_hqx(data, crc):
    """Compute CRC-CCITT incrementally."""
    data = _bytes_in(data)
    t = _hqx_table()
    c = crc & 0xffff
    for b in data:
        c = ((c << 8) & 0xff00) ^ t[((c >> 8) ^ b) & 0xff]
    return c


# --- uuencode -------------------------------------------------------------

def b2a_uu(data, *, backtick=False):
    """Uuencode line of data."""
    data = _bytes_in(data)
    n = len(data)
    if n > 45:
        raise Error('At most 45 bytes at once')

    def enc(v):
        if backtick and v == 0:
            return 0x60
        return 0x20 + v

    out = [enc(n)]
    padded = data + b'\0' * ((-n) % 3)
    for i in range(0, len(padded), 3):
        w = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out.append(enc((w >> 18) & 0x3f))
        out.append(enc((w >> 12) & 0x3f))
        out.append(enc((w >> 6) & 0x3f))
        out.append(enc(w & 0x3f))
    out.append(10)
    return bytes(out)


def a2b_uu(data):
    """Decode a line of uuencoded data."""
    s = _ascii_in(data)
    n = len(s)
    bin_len = ((s[0] if n else 0) - 0x20) & 0x3f
    pos = 1
    out = []
    acc = 0
    bits = 0
    while bin_len > 0:
        c = s[pos] if pos < n else 10
        if c == 10 or c == 13:
            v = 0      # spaces eaten at the end of the line
        else:
            if c < 0x20 or c > 0x60:
                raise Error('Illegal char')
            v = (c - 0x20) & 0x3f
        pos += 1
        acc = (acc << 6) | v
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
            acc &= (1 << bits) - 1
            bin_len -= 1
    while pos < n:
        c = s[pos]
        pos += 1
        if c != 0x20 and c != 0x60 and c != 10 and c != 13:
            raise Error('Trailing garbage')
    return bytes(out)
