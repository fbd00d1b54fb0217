"""Codec registry and base classes (Spindle, minimal).

Offers lookup() / encode() / decode() / getencoder() / getdecoder() /
getincrementalencoder() / getincrementaldecoder() / iterencode() /
iterdecode(), CodecInfo, the Codec / IncrementalEncoder /
IncrementalDecoder base classes, the BOM constants, register() /
unregister() for search functions and register_error() / lookup_error()
for error handlers, like CPython 3.11's codecs.

Built-in codecs: utf-8, latin-1 (iso8859-1), ascii, utf-16 and utf-32
(with -le / -be variants), and the non-text rot-13, hex and base64.
There is no stream or file support (codecs.open, StreamReader, ...).
"""

import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

# ---------------------------------------------------------------- BOMs

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
# old names
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


# ---------------------------------------------------------------- CodecInfo

class CodecInfo(tuple):
    """A codec's functions: (encode, decode, streamreader, streamwriter) plus
    name, incrementalencoder and incrementaldecoder attributes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


# ---------------------------------------------------------------- base classes

class Codec:
    """Stateless encoder/decoder: encode(input, errors) and decode(input,
    errors) return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in several pieces (encode(..., final=True) for the last)."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Reset to the initial state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Set the state (as returned by getstate())."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder that keeps unencoded input in self.buffer;
    subclasses define _buffer_encode(input, errors, final)."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input given in several pieces (decode(..., final=True) for the last)."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Reset to the initial state."""

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        """Set the state (as returned by getstate())."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps undecoded bytes in self.buffer;
    subclasses define _buffer_decode(input, errors, final)."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Base class of stream writers (Spindle: writes to any object with write())."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Base class of stream readers (Spindle: reads from any object with read())."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.bytebuffer + self.stream.read()
        self.bytebuffer = b""
        result, consumed = self.decode(data, self.errors)
        return result

    def readline(self, size=None, keepends=True):
        raise NotImplementedError("codecs stream readers are not supported")

    def reset(self):
        self.bytebuffer = b""

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """Not supported on Spindle (no file streams)."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("codecs.StreamReaderWriter is not supported")


class StreamRecoder(StreamReaderWriter):
    """Not supported on Spindle (no file streams)."""


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Not supported: Spindle scripts have no file access."""
    raise NotImplementedError("codecs.open is not supported (no file access)")


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Not supported on Spindle (no file streams)."""
    raise NotImplementedError("codecs.EncodedFile is not supported")


# ---------------------------------------------------------------- error handlers

def strict_errors(exc):
    """Raise the exception."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    """Skip the faulty input."""
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError,
                        UnicodeTranslateError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def replace_errors(exc):
    """Replace with '?' (encoding) or U+FFFD (decoding)."""
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def _escape(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def backslashreplace_errors(exc):
    """Replace with backslash escapes (\\xNN, \\uNNNN, \\UNNNNNNNN)."""
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        return (''.join('\\x%02x' % b for b in bad), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        bad = exc.object[exc.start:exc.end]
        return (''.join(_escape(c) for c in bad), exc.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    """Replace with XML character references (&#NNN;)."""
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end]
        return (''.join('&#%d;' % ord(c) for c in bad), exc.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def namereplace_errors(exc):
    """Replace with \\N{NAME} escapes (backslash escapes for unnamed characters)."""
    if isinstance(exc, UnicodeEncodeError):
        try:
            import unicodedata
        except ImportError:
            unicodedata = None
        out = []
        for c in exc.object[exc.start:exc.end]:
            name = unicodedata.name(c, None) if unicodedata is not None else None
            out.append('\\N{%s}' % name if name else _escape(c))
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
}


def register_error(name, error_handler):
    """Register an error handler callable under `name`."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    """The error handler registered under `name` (LookupError if none)."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
    except TypeError:
        raise TypeError("lookup_error() argument must be str, not %s"
                        % type(name).__name__) from None


def _decode_error(name, data, start, end, reason, errors):
    # Apply the error handler `errors` to undecodable data[start:end]:
    # (replacement text, position to resume at).  The built-in handlers are
    # applied directly; others get a UnicodeDecodeError.
    if errors == 'ignore':
        return ('', end)
    if errors == 'replace':
        return ('\ufffd', end)
    if errors == 'backslashreplace':
        return (''.join('\\x%02x' % b for b in data[start:end]), end)
    exc = UnicodeDecodeError(name, data, start, end, reason)
    if errors == 'strict':
        raise exc
    result = lookup_error(errors)(exc)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoding error handler must return (str, int) tuple")
    rep, pos = result
    if pos < 0:
        pos += len(data)
    return (rep, pos)


# ---------------------------------------------------------------- utf-8, latin-1, ascii

def _need_str(value, func):
    if not isinstance(value, str):
        raise TypeError("%s() argument 1 must be str, not %s"
                        % (func, type(value).__name__))


def _need_bytes(value):
    if isinstance(value, str) or not hasattr(value, '__len__'):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(value).__name__)
    if not isinstance(value, bytes):
        value = bytes(value)
    return value


def utf_8_encode(input, errors=None):
    """(input encoded to UTF-8, len(input))."""
    _need_str(input, 'utf_8_encode')
    return (input.encode('utf-8', errors or 'strict'), len(input))


def _utf8_tail(data):
    # Length of an incomplete but so far valid UTF-8 sequence ending data.
    n = len(data)
    for back in (1, 2, 3):
        if back > n:
            return 0
        b = data[n - back]
        if 0x80 <= b < 0xC0:
            continue            # a continuation byte: look further back
        if 0xC2 <= b <= 0xDF:
            need = 2
        elif 0xE0 <= b <= 0xEF:
            need = 3
        elif 0xF0 <= b <= 0xF4:
            need = 4
        else:
            return 0
        if back >= need:
            return 0            # complete
        if back >= 2:
            second = data[n - back + 1]
            lo, hi = 0x80, 0xBF
            if b == 0xE0:
                lo = 0xA0
            elif b == 0xED:
                hi = 0x9F
            elif b == 0xF0:
                lo = 0x90
            elif b == 0xF4:
                hi = 0x8F
            if not lo <= second <= hi:
                return 0        # invalid: let the decoder report it
        return back
    return 0


def utf_8_decode(input, errors=None, final=False):
    """(decoded text, bytes consumed); without final, an incomplete
    sequence at the end is left for the next call."""
    data = _need_bytes(input)
    cut = len(data) if final else len(data) - _utf8_tail(data)
    return (data[:cut].decode('utf-8', errors or 'strict'), cut)


def latin_1_encode(input, errors=None):
    """(input encoded to Latin-1, len(input))."""
    _need_str(input, 'latin_1_encode')
    return (input.encode('latin-1', errors or 'strict'), len(input))


def latin_1_decode(input, errors=None):
    """(Latin-1 bytes decoded, len(input))."""
    data = _need_bytes(input)
    return (data.decode('latin-1', errors or 'strict'), len(data))


def ascii_encode(input, errors=None):
    """(input encoded to ASCII, len(input))."""
    _need_str(input, 'ascii_encode')
    return (input.encode('ascii', errors or 'strict'), len(input))


def ascii_decode(input, errors=None):
    """(ASCII bytes decoded, len(input))."""
    data = _need_bytes(input)
    return (data.decode('ascii', errors or 'strict'), len(data))


# ---------------------------------------------------------------- utf-16, utf-32

def _native_order():
    return 'little' if sys.byteorder == 'little' else 'big'


def _utf16_units(text):
    for c in text:
        n = ord(c)
        if n >= 0x10000:
            n -= 0x10000
            yield 0xD800 | (n >> 10)
            yield 0xDC00 | (n & 0x3FF)
        else:
            yield n


def _utf16_encode_body(text, order):
    return b''.join(u.to_bytes(2, order) for u in _utf16_units(text))


def utf_16_le_encode(input, errors=None):
    """(input encoded to UTF-16-LE, len(input))."""
    _need_str(input, 'utf_16_le_encode')
    return (_utf16_encode_body(input, 'little'), len(input))


def utf_16_be_encode(input, errors=None):
    """(input encoded to UTF-16-BE, len(input))."""
    _need_str(input, 'utf_16_be_encode')
    return (_utf16_encode_body(input, 'big'), len(input))


def utf_16_encode(input, errors=None, byteorder=0):
    """(BOM + input in native order, or in the given byteorder (-1 LE, 1 BE) without BOM)."""
    _need_str(input, 'utf_16_encode')
    if byteorder == 0:
        return (BOM_UTF16 + _utf16_encode_body(input, _native_order()), len(input))
    order = 'little' if byteorder < 0 else 'big'
    return (_utf16_encode_body(input, order), len(input))


def _utf16_decode(data, errors, final, order, name):
    # (text, consumed) for UTF-16 in `order`
    errors = errors or 'strict'
    out = []
    i = 0
    n = len(data)
    while i + 1 < n:
        u = int.from_bytes(data[i:i + 2], order)
        if u < 0xD800 or u > 0xDFFF:
            out.append(chr(u))
            i += 2
            continue
        if u >= 0xDC00:
            reason, end = 'illegal encoding', i + 2
        elif i + 3 >= n:
            if not final:
                break           # wait for the low surrogate
            reason, end = 'unexpected end of data', n
        else:
            u2 = int.from_bytes(data[i + 2:i + 4], order)
            if 0xDC00 <= u2 <= 0xDFFF:
                out.append(chr(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)))
                i += 4
                continue
            reason, end = 'illegal UTF-16 surrogate', i + 2
        rep, i = _decode_error(name, data, i, end, reason, errors)
        out.append(rep)
    if final and i < n and i + 1 >= n:
        rep, i = _decode_error(name, data, i, n, 'truncated data', errors)
        out.append(rep)
    return (''.join(out), i)


def utf_16_le_decode(input, errors=None, final=False):
    """(UTF-16-LE bytes decoded, bytes consumed)."""
    return _utf16_decode(_need_bytes(input), errors, final, 'little', 'utf-16-le')


def utf_16_be_decode(input, errors=None, final=False):
    """(UTF-16-BE bytes decoded, bytes consumed)."""
    return _utf16_decode(_need_bytes(input), errors, final, 'big', 'utf-16-be')


def utf_16_decode(input, errors=None, final=False):
    """(UTF-16 bytes decoded, bytes consumed): a BOM picks the byte order
    (and is dropped), else native order."""
    data = _need_bytes(input)
    if data[:2] == BOM_UTF16_LE:
        text, used = _utf16_decode(data[2:], errors, final, 'little', 'utf-16-le')
        return (text, used + 2)
    if data[:2] == BOM_UTF16_BE:
        text, used = _utf16_decode(data[2:], errors, final, 'big', 'utf-16-be')
        return (text, used + 2)
    order = _native_order()
    return _utf16_decode(data, errors, final, order,
                         'utf-16-le' if order == 'little' else 'utf-16-be')


def _utf32_encode_body(text, order):
    return b''.join(ord(c).to_bytes(4, order) for c in text)


def utf_32_le_encode(input, errors=None):
    """(input encoded to UTF-32-LE, len(input))."""
    _need_str(input, 'utf_32_le_encode')
    return (_utf32_encode_body(input, 'little'), len(input))


def utf_32_be_encode(input, errors=None):
    """(input encoded to UTF-32-BE, len(input))."""
    _need_str(input, 'utf_32_be_encode')
    return (_utf32_encode_body(input, 'big'), len(input))


def utf_32_encode(input, errors=None, byteorder=0):
    """(BOM + input in native order, or in the given byteorder without BOM)."""
    _need_str(input, 'utf_32_encode')
    if byteorder == 0:
        return (BOM_UTF32 + _utf32_encode_body(input, _native_order()), len(input))
    order = 'little' if byteorder < 0 else 'big'
    return (_utf32_encode_body(input, order), len(input))


def _utf32_decode(data, errors, final, order, name):
    errors = errors or 'strict'
    out = []
    i = 0
    n = len(data)
    while i + 3 < n:
        u = int.from_bytes(data[i:i + 4], order)
        if u < 0xD800 or 0xDFFF < u < 0x110000:
            out.append(chr(u))
            i += 4
            continue
        if u >= 0x110000:
            reason = 'code point not in range(0x110000)'
        else:
            reason = 'code point in surrogate code point range(0xd800, 0xe000)'
        rep, i = _decode_error(name, data, i, i + 4, reason, errors)
        out.append(rep)
    if final and i < n:
        rep, i = _decode_error(name, data, i, n, 'truncated data', errors)
        out.append(rep)
    return (''.join(out), i)


def utf_32_le_decode(input, errors=None, final=False):
    """(UTF-32-LE bytes decoded, bytes consumed)."""
    return _utf32_decode(_need_bytes(input), errors, final, 'little', 'utf-32-le')


def utf_32_be_decode(input, errors=None, final=False):
    """(UTF-32-BE bytes decoded, bytes consumed)."""
    return _utf32_decode(_need_bytes(input), errors, final, 'big', 'utf-32-be')


def utf_32_decode(input, errors=None, final=False):
    """(UTF-32 bytes decoded, bytes consumed): a BOM picks the byte order."""
    data = _need_bytes(input)
    if data[:4] == BOM_UTF32_LE:
        text, used = _utf32_decode(data[4:], errors, final, 'little', 'utf-32-le')
        return (text, used + 4)
    if data[:4] == BOM_UTF32_BE:
        text, used = _utf32_decode(data[4:], errors, final, 'big', 'utf-32-be')
        return (text, used + 4)
    order = _native_order()
    return _utf32_decode(data, errors, final, order,
                         'utf-32-le' if order == 'little' else 'utf-32-be')


# ---------------------------------------------------------------- non-text codecs

def _rot13(text):
    out = []
    for c in text:
        if 'a' <= c <= 'z':
            c = chr((ord(c) - 97 + 13) % 26 + 97)
        elif 'A' <= c <= 'Z':
            c = chr((ord(c) - 65 + 13) % 26 + 65)
        out.append(c)
    return ''.join(out)


def _rot13_codec(input, errors='strict'):
    return (_rot13(input), len(input))


def _hex_encode(input, errors='strict'):
    assert errors == 'strict'
    data = _need_bytes(input)
    return (data.hex().encode('ascii'), len(data))


def _hex_decode(input, errors='strict'):
    assert errors == 'strict'
    import binascii
    return (binascii.a2b_hex(input), len(input))


def _base64_encode(input, errors='strict'):
    assert errors == 'strict'
    import base64
    data = _need_bytes(input)
    return (base64.encodebytes(data), len(data))


def _base64_decode(input, errors='strict'):
    assert errors == 'strict'
    import base64
    return (base64.decodebytes(input), len(input))


# ---------------------------------------------------------------- incremental codecs

def _make_incremental(encode_fn, decode_fn, stateful_decode):
    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode_fn(input, self.errors)[0]

    if stateful_decode:
        class Decoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return decode_fn(input, errors, final)
    else:
        class Decoder(IncrementalDecoder):
            def decode(self, input, final=False):
                return decode_fn(input, self.errors)[0]
    return Encoder, Decoder


class _BOMEncoder(IncrementalEncoder):
    # utf-16 / utf-32: the BOM before the first output only
    _encode = None
    _encode_body = None

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self._first = True

    def encode(self, input, final=False):
        if self._first:
            self._first = False
            return type(self)._encode(input, self.errors)[0]
        return type(self)._encode_body(input, self.errors)[0]

    def reset(self):
        self._first = True

    def getstate(self):
        return 2 if self._first else 0

    def setstate(self, state):
        self._first = bool(state)


class _BOMDecoder(BufferedIncrementalDecoder):
    # utf-16 / utf-32: the BOM (if any) picks the byte order once
    _decode = None
    _decoders = None     # (little-endian decoder, big-endian decoder)
    _boms = None         # (little-endian BOM, big-endian BOM)

    def __init__(self, errors='strict'):
        BufferedIncrementalDecoder.__init__(self, errors)
        self._body = None

    def _buffer_decode(self, input, errors, final):
        if self._body is not None:
            return self._body(input, errors, final)
        cls = type(self)
        le_bom, be_bom = cls._boms
        if len(input) < len(le_bom) and not final:
            return ('', 0)
        little, big = cls._decoders
        head = input[:len(le_bom)]
        if head == le_bom:
            self._body = little
        elif head == be_bom:
            self._body = big
        else:
            self._body = little if sys.byteorder == 'little' else big
        return cls._decode(input, errors, final)

    def reset(self):
        BufferedIncrementalDecoder.reset(self)
        self._body = None


# ---------------------------------------------------------------- registry

def _final(decode):
    # the stateless decode function of a codec with a `final` argument
    def decode_all(input, errors='strict'):
        return decode(input, errors, True)
    decode_all.__name__ = decode_all.__qualname__ = 'decode'
    return decode_all


def _info(name, encode, decode, stateful_decode, text=True):
    enc, dec = _make_incremental(encode, decode, stateful_decode)
    enc.__qualname__ = enc.__name__ = 'IncrementalEncoder'
    dec.__qualname__ = dec.__name__ = 'IncrementalDecoder'
    return CodecInfo(encode, _final(decode) if stateful_decode else decode,
                     None, None, enc, dec, name,
                     _is_text_encoding=None if text else False)


def _bom_info(name, encode, decode, body_encode, little, big, boms):
    class Encoder(_BOMEncoder):
        _encode = staticmethod(encode)
        _encode_body = staticmethod(body_encode)

    class Decoder(_BOMDecoder):
        _decode = staticmethod(decode)
        _decoders = (little, big)
        _boms = boms
    Encoder.__qualname__ = Encoder.__name__ = 'IncrementalEncoder'
    Decoder.__qualname__ = Decoder.__name__ = 'IncrementalDecoder'
    return CodecInfo(encode, _final(decode), None, None, Encoder, Decoder, name)


def _builtin_codec(key):
    # The CodecInfo of a built-in codec from its normalized name, or None.
    if key == 'utf_8':
        return _info('utf-8', utf_8_encode, utf_8_decode, True)
    if key == 'latin_1':
        return _info('iso8859-1', latin_1_encode, latin_1_decode, False)
    if key == 'ascii':
        return _info('ascii', ascii_encode, ascii_decode, False)
    if key == 'utf_16':
        return _bom_info('utf-16', utf_16_encode, utf_16_decode,
                         utf_16_le_encode if sys.byteorder == 'little'
                         else utf_16_be_encode,
                         utf_16_le_decode, utf_16_be_decode,
                         (BOM_UTF16_LE, BOM_UTF16_BE))
    if key == 'utf_16_le':
        return _info('utf-16-le', utf_16_le_encode, utf_16_le_decode, True)
    if key == 'utf_16_be':
        return _info('utf-16-be', utf_16_be_encode, utf_16_be_decode, True)
    if key == 'utf_32':
        return _bom_info('utf-32', utf_32_encode, utf_32_decode,
                         utf_32_le_encode if sys.byteorder == 'little'
                         else utf_32_be_encode,
                         utf_32_le_decode, utf_32_be_decode,
                         (BOM_UTF32_LE, BOM_UTF32_BE))
    if key == 'utf_32_le':
        return _info('utf-32-le', utf_32_le_encode, utf_32_le_decode, True)
    if key == 'utf_32_be':
        return _info('utf-32-be', utf_32_be_encode, utf_32_be_decode, True)
    if key == 'rot_13':
        return _info('rot-13', _rot13_codec, _rot13_codec, False, text=False)
    if key == 'hex_codec':
        return _info('hex', _hex_encode, _hex_decode, False, text=False)
    if key == 'base64_codec':
        return _info('base64', _base64_encode, _base64_decode, False, text=False)
    return None


_aliases = {}
for _key, _names in (
        ('utf_8', 'utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001'),
        ('latin_1', 'latin_1 latin1 latin l1 iso8859_1 iso_8859_1 8859 cp819 '
                    'ibm819 iso_ir_100 csisolatin1 iso_8859_1_1987'),
        ('ascii', 'ascii us_ascii us 646 ansi_x3.4_1968 ansi_x3_4_1968 '
                  'ansi_x3.4_1986 cp367 csascii ibm367 iso646_us '
                  'iso_646.irv_1991 iso_ir_6'),
        ('utf_16', 'utf_16 utf16 u16'),
        ('utf_16_le', 'utf_16_le utf_16le unicodelittleunmarked'),
        ('utf_16_be', 'utf_16_be utf_16be unicodebigunmarked'),
        ('utf_32', 'utf_32 utf32 u32'),
        ('utf_32_le', 'utf_32_le utf_32le'),
        ('utf_32_be', 'utf_32_be utf_32be'),
        ('rot_13', 'rot_13 rot13'),
        ('hex_codec', 'hex_codec hex'),
        ('base64_codec', 'base64_codec base64 base_64')):
    for _name in _names.split():
        _aliases[_name] = _key
del _key, _names, _name

_search_functions = []
_cache = {}


def _normalize(encoding):
    # lower case; runs of characters other than letters, digits and '.'
    # become one '_' (as CPython's encodings.normalize_encoding)
    out = []
    punct = False
    for c in encoding.lower():
        if c.isalnum() or c == '.':
            if punct and out:
                out.append('_')
            out.append(c)
            punct = False
        else:
            punct = True
    return ''.join(out)


def register(search_function):
    """Register a codec search function: name -> CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Remove a search function (and forget cached lookups)."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of `encoding` (LookupError if unknown)."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % type(encoding).__name__)
    info = _cache.get(encoding)
    if info is not None:
        return info
    # (search functions get the name lowered, spaces as underscores)
    key = encoding.lower().replace(' ', '_')
    info = _builtin_codec(_aliases.get(_normalize(encoding), ''))
    if info is None:
        for search in _search_functions:
            info = search(key)
            if info is not None:
                if not isinstance(info, CodecInfo):
                    if not isinstance(info, tuple) or len(info) != 4:
                        raise TypeError("codec search functions must return "
                                        "4-tuples")
                    info = CodecInfo(*info)
                break
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[encoding] = info
    return info


_UNWRAPPABLE = (OSError, SyntaxError, UnicodeEncodeError, UnicodeDecodeError,
                UnicodeTranslateError, ImportError, StopIteration, SystemExit,
                AttributeError, NameError, MemoryError)


def _wrapped(exc, what, encoding):
    # CPython re-raises a codec's exception as "<what> with '<encoding>'
    # codec failed (Type: message)" when the exception type has the plain
    # BaseException constructor, at most one argument and no attributes.
    if isinstance(exc, _UNWRAPPABLE) or len(exc.args) > 1:
        return None
    for klass in type(exc).__mro__:
        if getattr(klass, '__module__', None) == 'builtins':
            break
        d = klass.__dict__
        if '__init__' in d or '__new__' in d:
            return None
    try:
        if vars(exc):
            return None
    except TypeError:
        pass
    try:
        return type(exc)("%s with '%s' codec failed (%s: %s)" % (
            what, encoding, type(exc).__name__, exc))
    except Exception:
        return None


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for `encoding`."""
    encoder = lookup(encoding).encode
    try:
        result = encoder(obj, errors)
    except BaseException as exc:
        new = _wrapped(exc, 'encoding', encoding)
        if new is None:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for `encoding`."""
    decoder = lookup(encoding).decode
    try:
        result = decoder(obj, errors)
    except BaseException as exc:
        new = _wrapped(exc, 'decoding', encoding)
        if new is None:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    """The encoder function of `encoding`."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The decoder function of `encoding`."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """The IncrementalEncoder class of `encoding`."""
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    """The IncrementalDecoder class of `encoding`."""
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    """The StreamReader of `encoding` (None for the built-in codecs here)."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The StreamWriter of `encoding` (None for the built-in codecs here)."""
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of `iterator` incrementally (a generator)."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the byte strings of `iterator` incrementally (a generator)."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    """{i: i for i in rng}"""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Invert a decoding map (targets seen twice map to None)."""
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m
