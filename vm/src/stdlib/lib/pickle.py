"""Create portable serialized representations of Python objects.

Spindle's pickle is written in Python and produces the same bytes as
CPython 3.11's C pickler (protocols 0 to 5, framing for 4 and up).

Classes:
    Pickler
    Unpickler

Functions:
    dump(object, file)
    dumps(object) -> bytes
    load(file) -> object
    loads(bytes) -> object

Misc variables:
    __version__
    format_version
    compatible_formats
"""

import sys
import copyreg
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import struct as _struct

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2",
           "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8",
           "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1",
           "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET",
           "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG",
           "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK",
           "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE",
           "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK",
           "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM",
           "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING",
           "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP", "STRING", "TRUE",
           "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

try:
    bytes_types = (bytes, bytearray)
except NameError:
    bytes_types = (bytes,)

# These are purely informational; no code uses these.
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method.
    """


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation.
    """


# CPython's pickle re-exports these classes from its C accelerator
PickleError.__module__ = '_pickle'
PicklingError.__module__ = '_pickle'
UnpicklingError.__module__ = '_pickle'


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (bytes or bytearray)."""

    def __init__(self, buffer):
        if not isinstance(buffer, bytes_types):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__)
        self._obj = buffer

    def raw(self):
        if self._obj is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._obj

    def release(self):
        self._obj = None

    @property
    def readonly(self):
        return isinstance(self._obj, bytes)


# Pickle opcodes.  See pickletools.py for extensive docs.

MARK           = b'('   # push special markobject on stack
STOP           = b'.'   # every pickle ends with STOP
POP            = b'0'   # discard topmost stack item
POP_MARK       = b'1'   # discard stack top through topmost markobject
DUP            = b'2'   # duplicate top stack item
FLOAT          = b'F'   # push float object; decimal string argument
INT            = b'I'   # push integer or bool; decimal string argument
BININT         = b'J'   # push four-byte signed int
BININT1        = b'K'   # push 1-byte unsigned int
LONG           = b'L'   # push long; decimal string argument
BININT2        = b'M'   # push 2-byte unsigned int
NONE           = b'N'   # push None
PERSID         = b'P'   # push persistent object; id is taken from string arg
BINPERSID      = b'Q'   #  "       "         "  ;  "  "   "     "  stack
REDUCE         = b'R'   # apply callable to argtuple, both on stack
STRING         = b'S'   # push string; NL-terminated string argument
BINSTRING      = b'T'   # push string; counted binary string argument
SHORT_BINSTRING= b'U'   #  "     "   ;    "      "       "      " < 256 bytes
UNICODE        = b'V'   # push Unicode string; raw-unicode-escaped'd argument
BINUNICODE     = b'X'   #   "     "       "  ; counted UTF-8 string argument
APPEND         = b'a'   # append stack top to list below it
BUILD          = b'b'   # call __setstate__ or __dict__.update()
GLOBAL         = b'c'   # push self.find_class(modname, name); 2 string args
DICT           = b'd'   # build a dict from stack items
EMPTY_DICT     = b'}'   # push empty dict
APPENDS        = b'e'   # extend list on stack by topmost stack slice
GET            = b'g'   # push item from memo on stack; index is string arg
BINGET         = b'h'   #   "    "    "    "   "   "  ;   "    " 1-byte arg
INST           = b'i'   # build & push class instance
LONG_BINGET    = b'j'   # push item from memo on stack; index is 4-byte arg
LIST           = b'l'   # build list from topmost stack items
EMPTY_LIST     = b']'   # push empty list
OBJ            = b'o'   # build & push class instance
PUT            = b'p'   # store stack top in memo; index is string arg
BINPUT         = b'q'   #   "     "    "   "   " ;   "    " 1-byte arg
LONG_BINPUT    = b'r'   #   "     "    "   "   " ;   "    " 4-byte arg
SETITEM        = b's'   # add key+value pair to dict
TUPLE          = b't'   # build tuple from topmost stack items
EMPTY_TUPLE    = b')'   # push empty tuple
SETITEMS       = b'u'   # modify dict by adding topmost key+value pairs
BINFLOAT       = b'G'   # push float; arg is 8-byte float encoding

TRUE           = b'I01\n'  # not an opcode; see INT docs in pickletools.py
FALSE          = b'I00\n'  # not an opcode; see INT docs in pickletools.py

# Protocol 2
PROTO          = b'\x80'  # identify pickle protocol
NEWOBJ         = b'\x81'  # build object by applying cls.__new__ to argtuple
EXT1           = b'\x82'  # push object from extension registry; 1-byte index
EXT2           = b'\x83'  # ditto, but 2-byte index
EXT4           = b'\x84'  # ditto, but 4-byte index
TUPLE1         = b'\x85'  # build 1-tuple from stack top
TUPLE2         = b'\x86'  # build 2-tuple from two topmost stack items
TUPLE3         = b'\x87'  # build 3-tuple from three topmost stack items
NEWTRUE        = b'\x88'  # push True
NEWFALSE       = b'\x89'  # push False
LONG1          = b'\x8a'  # push long from < 256 bytes
LONG4          = b'\x8b'  # push really big long

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# Protocol 3 (Python 3.x)
BINBYTES       = b'B'   # push bytes; counted binary string argument
SHORT_BINBYTES = b'C'   #  "     "   ;    "      "       "      " < 256 bytes

# Protocol 4
SHORT_BINUNICODE = b'\x8c'  # push short string; UTF-8 length < 256 bytes
BINUNICODE8      = b'\x8d'  # push very long string
BINBYTES8        = b'\x8e'  # push very long bytes string
EMPTY_SET        = b'\x8f'  # push empty set on the stack
ADDITEMS         = b'\x90'  # modify set by adding topmost stack items
FROZENSET        = b'\x91'  # build frozenset from topmost stack items
NEWOBJ_EX        = b'\x92'  # like NEWOBJ but work with keyword only arguments
STACK_GLOBAL     = b'\x93'  # same as GLOBAL but using names on the stacks
MEMOIZE          = b'\x94'  # store top of the stack in memo
FRAME            = b'\x95'  # indicate the beginning of a new frame

# Protocol 5
BYTEARRAY8       = b'\x96'  # push bytearray
NEXT_BUFFER      = b'\x97'  # push next out-of-band buffer
READONLY_BUFFER  = b'\x98'  # make top of stack readonly

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000
# Every piece the pickler appends to its output is at most this long,
# except the payloads of long str/bytes/int values, which force an exact
# frame-size check (see _Pickler._boundary).
_MAX_SMALL_PIECE = 300

_pack_double = _struct.Struct('>d').pack
_unpack_double = _struct.Struct('>d').unpack

# Precomputed opcode+argument pieces for small arguments.
_BININT1_OP = [b'K' + bytes((i,)) for i in range(256)]
_BINGET_OP = [b'h' + bytes((i,)) for i in range(256)]
_BINPUT_OP = [b'q' + bytes((i,)) for i in range(256)]
_SHORT_BINUNICODE_OP = [b'\x8c' + bytes((i,)) for i in range(256)]
_SHORT_BINBYTES_OP = [b'C' + bytes((i,)) for i in range(256)]


def _u32(n):
    return n.to_bytes(4, 'little')


def _s32(n):
    return (n & 0xFFFFFFFF).to_bytes(4, 'little')


def _u64(n):
    return n.to_bytes(8, 'little')


def encode_long(x):
    r"""Encode a long to a two's complement little-endian binary string.
    Note that 0 is a special case, returning an empty string, to save a
    byte in the LONG1 pickling context.

    >>> encode_long(0)
    b''
    >>> encode_long(255)
    b'\xff\x00'
    >>> encode_long(-1)
    b'\xff'
    """
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    if x < 0:
        result = (x + (1 << (8 * nbytes))).to_bytes(nbytes, 'little')
        if nbytes > 1 and result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
        return result
    return x.to_bytes(nbytes, 'little')


def decode_long(data):
    r"""Decode a long from a two's complement little-endian binary string.

    >>> decode_long(b'')
    0
    >>> decode_long(b"\xff\x00")
    255
    >>> decode_long(b"\xff\x7f")
    32767
    """
    return int.from_bytes(data, 'little', signed=True)


# ---------------------------------------------------------------------------
# Module lookup helpers

def _import_module(name):
    """Import a module by name and return it (level 0)."""
    mods = getattr(sys, 'modules', None)
    if mods is not None:
        mod = mods.get(name)
        if mod is not None:
            return mod
    __import__(name, level=0)
    return sys.modules[name]


def _getattribute(obj, name):
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belong to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    mods = getattr(sys, 'modules', None)
    if mods is not None:
        for module_name, module in list(mods.items()):
            if (module_name == '__main__' or module_name == '__mp_main__'
                    or module is None):
                continue
            try:
                if _getattribute(module, name)[0] is obj:
                    return module_name
            except AttributeError:
                pass
    if type(obj) is _BUILTIN_FUNCTION:
        # Spindle's built-in functions have no __module__ yet
        return 'builtins'
    return '__main__'


_BUILTIN_FUNCTION = type(len)
_FUNCTION = type(whichmodule)
_interned = {}
_interned_modules = {}
_singles = {}       # '' / one latin-1 character / b'' / one byte


def _intern(s):
    if type(s) is not str:
        return s
    return _interned.setdefault(s, s)


_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    # stands in for _codecs.encode when no codecs module is available
    return obj.encode(encoding, errors)


_codecs_encode.__module__ = '_codecs'
_codecs_encode.__name__ = 'encode'
_codecs_encode.__qualname__ = 'encode'
_CODECS_ENCODE = []


def _get_codecs_encode():
    if not _CODECS_ENCODE:
        try:
            import codecs
            f = codecs.encode
        except Exception:
            f = _codecs_encode
        _CODECS_ENCODE.append(f)
    return _CODECS_ENCODE[0]


def _raw_unicode_escape(s):
    """str -> bytes with the 'raw-unicode-escape' codec."""
    try:
        return s.encode('latin-1')
    except UnicodeEncodeError:
        pass
    out = []
    for ch in s:
        c = ord(ch)
        if c < 256:
            out.append(bytes((c,)))
        elif c < 0x10000:
            out.append(('\\u%04x' % c).encode('ascii'))
        else:
            out.append(('\\U%08x' % c).encode('ascii'))
    return b''.join(out)


def _raw_unicode_unescape(data):
    """bytes -> str with the 'raw-unicode-escape' codec."""
    if b'\\' not in data:
        return data.decode('latin-1')
    out = []
    i = 0
    n = len(data)
    while i < n:
        j = data.find(b'\\', i)
        if j < 0:
            out.append(data[i:].decode('latin-1'))
            break
        out.append(data[i:j].decode('latin-1'))
        # count the run of backslashes: only an odd one escapes
        k = j
        while k < n and data[k] == 0x5c:
            k += 1
        nback = k - j
        if nback % 2 == 0 or k >= n or data[k] not in (0x75, 0x55):
            out.append(data[j:k].decode('latin-1'))
            i = k
            continue
        out.append('\\' * (nback - 1))
        width = 4 if data[k] == 0x75 else 8
        digits = data[k + 1:k + 1 + width]
        if len(digits) != width or any(
                d not in b'0123456789abcdefABCDEF' for d in digits):
            raise UnicodeDecodeError('rawunicodeescape', data, j, k + 1,
                                     'truncated \\uXXXX escape' if width == 4
                                     else 'truncated \\UXXXXXXXX escape')
        code = int(digits, 16)
        if code > 0x10FFFF:
            raise UnicodeDecodeError('rawunicodeescape', data, j,
                                     k + 1 + width, '\\Uxxxxxxxx out of range')
        out.append(chr(code))
        i = k + 1 + width
    return ''.join(out)


_ESCAPES = {ord('\n'): b'', ord('\\'): b'\\', ord("'"): b"'", ord('"'): b'"',
            ord('a'): b'\x07', ord('b'): b'\x08', ord('f'): b'\x0c',
            ord('n'): b'\n', ord('r'): b'\r', ord('t'): b'\t',
            ord('v'): b'\x0b'}


def _escape_decode(data):
    """Decode the backslash escapes of a Python 2 str literal body."""
    if b'\\' not in data:
        return data
    out = []
    i = 0
    n = len(data)
    while i < n:
        j = data.find(b'\\', i)
        if j < 0:
            out.append(data[i:])
            break
        out.append(data[i:j])
        if j + 1 >= n:
            raise ValueError('Trailing \\ in string')
        c = data[j + 1]
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
            i = j + 2
        elif 0x30 <= c <= 0x37:
            k = j + 1
            v = 0
            while k < n and k < j + 4 and 0x30 <= data[k] <= 0x37:
                v = v * 8 + data[k] - 0x30
                k += 1
            out.append(bytes((v & 0xFF,)))
            i = k
        elif c == 0x78:
            digits = data[j + 2:j + 4]
            if len(digits) != 2 or any(
                    d not in b'0123456789abcdefABCDEF' for d in digits):
                raise ValueError('invalid \\x escape at position %d' % j)
            out.append(bytes((int(digits, 16),)))
            i = j + 4
        else:
            out.append(data[j:j + 2])
            i = j + 2
    return b''.join(out)


# ---------------------------------------------------------------------------
# Pickling

class _Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        """This takes a binary file for writing a pickle data stream.

        The optional *protocol* argument tells the pickler to use the
        given protocol; supported protocols are 0, 1, 2, 3, 4 and 5.
        The default protocol is 4.

        The *file* argument must have a write() method that accepts a
        single bytes argument.
        """
        try:
            write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._setup(protocol, fix_imports, buffer_callback)
        self._file_write = write

    def _setup(self, protocol, fix_imports, buffer_callback):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        elif protocol.__class__ is not int:
            protocol = _as_index(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        self._file_write = None
        self.memo = {}
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self._out = []
        self._framing = False
        self._nextcheck = 1 << 62
        self._hdr = -1
        self._counted = 0
        self._flen = 0
        self._pers = None
        self._short_str = False
        self._intern_ids = None

    def clear_memo(self):
        """Clears the pickler's "memo".

        The memo is the data structure that remembers which objects the
        pickler has already seen, so that shared or recursive objects
        are pickled by reference and not by value.  This method is
        useful when re-using picklers.
        """
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, '_out'):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        self._start()
        self.save(obj)
        self._finish()

    def _start(self):
        self._pers = getattr(self, 'persistent_id', None)
        self._reducer_override = getattr(self, 'reducer_override', None)
        table = getattr(self, 'dispatch_table', None)
        self._dtable = dispatch_table if table is None else table
        out = self._out
        out.clear()
        proto = self.proto
        self._short_str = proto >= 4 and not self.fast
        if proto >= 2:
            out.append(PROTO + bytes((proto,)))
        if proto >= 4:
            self._framing = True
            self._new_frame()
        else:
            self._framing = False
            self._nextcheck = 1 << 62

    def _new_frame(self):
        out = self._out
        out.append(b'')                 # placeholder for the FRAME header
        self._hdr = len(out) - 1
        self._counted = len(out)
        self._flen = 0
        self._nextcheck = len(out) + _FRAME_SIZE_TARGET // _MAX_SMALL_PIECE

    def _frame_len(self):
        out = self._out
        n = len(out)
        fl = self._flen + len(b''.join(out[self._counted:n]))
        self._counted = n
        self._flen = fl
        return fl

    def _close_frame(self):
        fl = self._frame_len()
        if fl >= _FRAME_SIZE_MIN:
            self._out[self._hdr] = FRAME + _u64(fl)

    def _boundary(self):
        # An opcode boundary: commit the frame when it reached the target.
        if not self._framing:
            self._nextcheck = 1 << 62
            return
        fl = self._frame_len()
        if fl >= _FRAME_SIZE_TARGET:
            self._close_frame()
            self._flush()
            self._new_frame()
        else:
            self._nextcheck = len(self._out) + (
                (_FRAME_SIZE_TARGET - fl) // _MAX_SMALL_PIECE)

    def _flush(self):
        write = self._file_write
        if write is not None:
            out = self._out
            data = b''.join(out)
            out.clear()
            self._hdr = -1
            self._counted = 0
            self._flen = 0
            if data:
                write(data)

    def _finish(self):
        self._out.append(STOP)
        if self._framing:
            self._close_frame()
            self._framing = False
        self._flush()

    def _write_large(self, header, payload):
        # Payloads of at least the frame size target are written outside
        # any frame.
        out = self._out
        if self._framing:
            self._close_frame()
            out.append(header)
            out.append(payload)
            self._counted = len(out)
            self._flush()
            self._new_frame()
        else:
            out.append(header)
            out.append(payload)

    def write(self, data):
        self._out.append(data)
        if len(data) > _MAX_SMALL_PIECE:
            self._nextcheck = 0

    # -- memo

    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        memo = self.memo
        idx = len(memo)
        if self.proto >= 4:
            self._out.append(MEMOIZE)
        else:
            self._out.append(self.put(idx))
        memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return _BINPUT_OP[idx]
            return LONG_BINPUT + _u32(idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return _BINGET_OP[i]
            return LONG_BINGET + _u32(i)
        return GET + repr(i).encode("ascii") + b'\n'

    # -- the central dispatcher

    def save(self, obj, save_persistent_id=True):
        out = self._out
        if len(out) >= self._nextcheck:
            self._boundary()
        if self._pers is not None and save_persistent_id:
            pid = self._pers(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        # The common atomic types are tested inline (they are never memoized).
        if t is str:
            memo = self.memo
            i = id(obj)
            if i in memo:
                out.append(self.get(memo[i][0]))
                return
            if len(obj) <= 1 and obj < '\u0100':
                # CPython shares one object per latin-1 character and for
                # the empty string, so equal ones are memo hits there
                c = _singles.setdefault(obj, obj)
                if c is not obj:
                    x = memo.get(id(c))
                    if x is not None:
                        out.append(self.get(x[0]))
                        return
                    obj = c
                    i = id(c)
            if self._short_str:
                try:
                    enc = obj.encode()
                except UnicodeEncodeError:
                    enc = obj.encode('utf-8', 'surrogatepass')
                n = len(enc)
                if n < 256:
                    out += (_SHORT_BINUNICODE_OP[n], enc, MEMOIZE)
                    memo[i] = len(memo), obj
                    return
            self.save_str(obj)
            return
        if t is int:
            if self.bin and -0x80000000 <= obj <= 0x7fffffff:
                if 0 <= obj < 256:
                    out.append(_BININT1_OP[obj])
                elif obj > 0xffff or obj < 0:
                    out.append(BININT + (obj & 0xFFFFFFFF).to_bytes(4, 'little'))
                else:
                    out.append(BININT2 + obj.to_bytes(2, 'little'))
            else:
                self.save_long(obj)
            return
        if obj is None:
            out.append(NONE)
            return
        if t is bool:
            self.save_bool(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        if t is bytes and len(obj) <= 1:
            obj = _singles.setdefault(obj, obj)   # shared in CPython too
        memo = self.memo
        i = id(obj)
        if i in memo:
            out.append(self.get(memo[i][0]))
            return
        if t is dict:
            self.save_dict(obj)
        elif t is list:
            self.save_list(obj)
        elif t is tuple:
            self.save_tuple(obj)
        else:
            f = self.dispatch.get(t)
            if f is not None:
                f(self, obj)
            else:
                self._save_other(obj, t)

    def _save_other(self, obj, t):
        reduce = None
        rv = NotImplemented
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
        if rv is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if t is _FUNCTION:
                self.save_global(obj)
                return
            reduce = self._dtable.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is not None and reduce is not _OBJECT_REDUCE:
                        rv = reduce()
                    else:
                        rv = copyreg._spindle_reduce_ex(obj, self.proto)
        if type(rv) is str:
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self._save_reduce_tuple(rv, obj)

    def _save_reduce_tuple(self, rv, obj):
        n = len(rv)
        if not (2 <= n <= 6):
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        # Save a persistent id reference
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                data = str(pid).encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be "
                                    "ASCII strings") from None
            self.write(PERSID + data + b'\n')

    def save_reduce(self, func, args=None, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        # This API is called by some subclasses
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if listitems is not None and not _is_iterator(listitems):
            raise PicklingError("fourth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(listitems).__name__)
        if dictitems is not None and not _is_iterator(dictitems):
            raise PicklingError("fifth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by "
                                "__reduce__ must be a function, not %s"
                                % type(state_setter).__name__)

        save = self.save
        write = self._out.append
        use_newobj = use_newobj_ex = False
        if self.proto >= 2:
            func_name = getattr(func, "__name__", None)
            if type(func_name) is str:
                if func_name == "__newobj_ex__":
                    use_newobj_ex = True
                elif func_name == "__newobj__":
                    use_newobj = True
        if use_newobj_ex:
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple "
                                    "must be exactly 3, not %d" % len(args))
            cls, args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple "
                                    "must be a class, not %s"
                                    % type(cls).__name__)
            if not isinstance(args, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument "
                                    "tuple must be a tuple, not %s"
                                    % type(args).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument "
                                    "tuple must be a dict, not %s"
                                    % type(kwargs).__name__)
            if self.proto >= 4:
                save(cls)
                save(args)
                # keyword names are interned strings in CPython
                prev = self._intern_ids
                self._intern_ids = (id(kwargs),)
                try:
                    save(kwargs)
                finally:
                    self._intern_ids = prev
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif use_newobj:
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, '__class__', None) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            # If the object is already in the memo, this means it is
            # recursive. In this case, throw away everything we put on the
            # stack, and fetch the object back from the memo.
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
                return
            self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)

        if dictitems is not None:
            self._batch_setitems(dictitems)

        if state is not None:
            if state_setter is None:
                # CPython interns attribute names, so the keys of a state
                # dict repeat as memo hits across objects; the VM's
                # instance dicts don't share key objects, so intern them.
                t = type(state)
                if t is dict:
                    ids = (id(state),)
                elif t is tuple and len(state) == 2:
                    ids = (id(state[0]), id(state[1]))
                else:
                    ids = None
                if ids is None:
                    save(state)
                else:
                    prev = self._intern_ids
                    self._intern_ids = ids
                    try:
                        save(state)
                    finally:
                        self._intern_ids = prev
                write(BUILD)
            else:
                # Call state_setter(obj, state) with REDUCE, then POP the
                # result: the whole sequence leaves the stack unchanged.
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- methods below this point are dispatched through the dispatch table

    dispatch = {}

    def save_none(self, obj):
        self._out.append(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self._out.append(NEWTRUE if obj else NEWFALSE)
        else:
            self._out.append(TRUE if obj else FALSE)

    def save_long(self, obj):
        out = self._out
        if self.bin:
            # If the int is small enough to fit in a signed 4-byte 2's-comp
            # format, we can store it more efficiently than the general
            # case.
            if obj >= 0:
                if obj <= 0xff:
                    out.append(_BININT1_OP[obj])
                    return
                if obj <= 0xffff:
                    out.append(BININT2 + obj.to_bytes(2, 'little'))
                    return
                if obj <= 0x7fffffff:
                    out.append(BININT + obj.to_bytes(4, 'little'))
                    return
            elif obj >= -0x80000000:
                out.append(BININT + (obj + 0x100000000).to_bytes(4, 'little'))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                out.append(LONG1 + bytes((n,)) + encoded)
            else:
                self.write(LONG4 + _s32(n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._out.append(BINFLOAT + _pack_double(obj))
        else:
            self._out.append(FLOAT + repr(obj).encode("ascii") + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:  # bytes object is empty
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_get_codecs_encode(),
                                 (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._out.append(_SHORT_BINBYTES_OP[n] + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + _u64(n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large(BINBYTES + _u32(n), obj)
        else:
            self.write(BINBYTES + _u32(n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:  # bytearray is empty
                self.save_reduce(type(obj), (), obj=obj)
            else:
                self.save_reduce(type(obj), (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(BYTEARRAY8 + _u64(n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + _u64(n) + bytes(obj))
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only be pickled with "
                                "protocol >= 5")
        raw = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            # Write data in-band
            if isinstance(raw, bytes):
                self.save_bytes(raw)
            else:
                self.save_bytearray(raw)
        else:
            # Write data out-of-band
            self.write(NEXT_BUFFER)
            if obj.readonly:
                self.write(READONLY_BUFFER)

    def save_str(self, obj):
        out = self._out
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                if self.fast:
                    out.append(_SHORT_BINUNICODE_OP[n] + encoded)
                    return
                memo = self.memo
                out.append(_SHORT_BINUNICODE_OP[n] + encoded + MEMOIZE)
                memo[id(obj)] = len(memo), obj
                return
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + _u64(n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large(BINUNICODE + _u32(n), encoded)
            else:
                self.write(BINUNICODE + _u32(n) + encoded)
        else:
            tmp = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
                   .replace("\n", "\\u000a").replace("\r", "\\u000d")
                   .replace("\x1a", "\\u001a"))  # EOF on DOS
            self.write(UNICODE + _raw_unicode_escape(tmp) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        n = len(obj)
        out = self._out
        if not n:  # tuple is empty
            if self.bin:
                out.append(EMPTY_TUPLE)
            else:
                out.append(MARK + TUPLE)
            return

        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            # Subtle.  Same as in the big comment below.
            x = memo.get(id(obj))
            if x is not None:
                out.append(POP * n + self.get(x[0]))
            else:
                out.append(_tuplesize2code[n])
                self.memoize(obj)
            return

        # proto 0 or proto 1 and tuple isn't empty, or proto > 1 and tuple
        # has more than 3 elements.
        out.append(MARK)
        for element in obj:
            save(element)

        x = memo.get(id(obj))
        if x is not None:
            # Subtle.  d was not in memo when we entered save_tuple(), so
            # the process of saving the tuple's elements must have saved
            # the tuple itself:  the tuple is recursive.  The proper action
            # now is to throw away everything we put on the stack, and
            # simply GET the tuple (it's already constructed).  This check
            # could have been done in the "for element" loop instead, but
            # recursive tuples are a rare thing.
            get = self.get(x[0])
            if self.bin:
                out.append(POP_MARK + get)
            else:   # proto 0 -- POP_MARK not available
                out.append(POP * (n + 1) + get)
            return

        # No recursion.
        out.append(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self._out.append(EMPTY_LIST)
        else:   # proto 0 -- can't use EMPTY_LIST
            self._out.append(MARK + LIST)
        self.memoize(obj)
        if obj:
            if self.bin:
                self._batch_list_exact(obj)
            else:
                self._batch_appends(obj)

    def _batch_list_exact(self, obj):
        # Batches of MARK items APPENDS; a one-item list uses APPEND.
        save = self.save
        out = self._out
        if len(obj) == 1:
            save(obj[0])
            out.append(APPEND)
            return
        total = 0
        fast = self._short_str and self._pers is None
        memo = self.memo
        append = out.append
        # see _batch_dict_exact
        left = self._nextcheck - len(out)
        mlen = len(memo)
        while True:
            out.append(MARK)
            left -= 1
            batch = obj[total:total + _BATCHSIZE]
            for x in batch:
                if fast:
                    # inline save() of short str and 32-bit int items
                    if left <= 0:
                        self._boundary()
                        left = self._nextcheck - len(out)
                    t = type(x)
                    if t is str:
                        j = id(x)
                        if j in memo:
                            j = memo[j][0]
                            append(_BINGET_OP[j] if j < 256
                                   else LONG_BINGET + _u32(j))
                            left -= 1
                            continue
                        try:
                            enc = x.encode()
                        except UnicodeEncodeError:
                            enc = x.encode('utf-8', 'surrogatepass')
                        n = len(enc)
                        if 2 < n < 256:
                            out += (_SHORT_BINUNICODE_OP[n], enc, MEMOIZE)
                            memo[j] = mlen, x
                            mlen += 1
                            left -= 3
                            continue
                    elif t is int and -0x80000000 <= x <= 0x7fffffff:
                        if 0 <= x < 256:
                            append(_BININT1_OP[x])
                        elif x > 0xffff or x < 0:
                            append(BININT + (x & 0xFFFFFFFF).to_bytes(4, 'little'))
                        else:
                            append(BININT2 + x.to_bytes(2, 'little'))
                        left -= 1
                        continue
                    save(x)
                    left = self._nextcheck - len(out)
                    mlen = len(memo)
                else:
                    save(x)
            total += len(batch)
            out.append(APPENDS)
            left -= 1
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        # Helper to batch up APPENDS sequences
        save = self.save
        out = self._out

        if not self.bin:
            for x in items:
                save(x)
                out.append(APPEND)
            return

        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                out.append(MARK)
                for x in batch:
                    save(x)
                out.append(APPENDS)
            elif n:
                save(batch[0])
                out.append(APPEND)
            # else tmp is empty, and we're done
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self._out.append(EMPTY_DICT)
        else:   # proto 0 -- can't use EMPTY_DICT
            self._out.append(MARK + DICT)
        self.memoize(obj)
        if obj:
            intern_keys = (self._intern_ids is not None
                           and id(obj) in self._intern_ids)
            if self.bin:
                self._batch_dict_exact(obj, intern_keys)
            elif intern_keys:
                self._batch_setitems([(_intern(k), v) for k, v in obj.items()])
            else:
                self._batch_setitems(obj.items())

    def _batch_dict_exact(self, obj, intern_keys=False):
        save = self.save
        out = self._out
        if len(obj) == 1:
            for k, v in obj.items():
                save(_intern(k) if intern_keys else k)
                save(v)
            out.append(SETITEM)
            return
        size = len(obj)
        i = 0
        out.append(MARK)
        fast = self._short_str and self._pers is None
        memo = self.memo
        append = out.append
        # pieces that may still be appended before a frame check is due,
        # and the memo size, kept in locals (resynchronized after save())
        left = self._nextcheck - len(out)
        mlen = len(memo)
        for k, v in obj.items():
            if intern_keys and type(k) is str:
                k = _interned.setdefault(k, k)
            if fast:
                # inline save() of short str and 32-bit int keys and values
                if left <= 0:
                    self._boundary()
                    left = self._nextcheck - len(out)
                t = type(k)
                if t is str:
                    j = id(k)
                    if j in memo:
                        j = memo[j][0]
                        append(_BINGET_OP[j] if j < 256 else LONG_BINGET + _u32(j))
                        left -= 1
                    else:
                        try:
                            enc = k.encode()
                        except UnicodeEncodeError:
                            enc = k.encode('utf-8', 'surrogatepass')
                        n = len(enc)
                        if 2 < n < 256:
                            out += (_SHORT_BINUNICODE_OP[n], enc, MEMOIZE)
                            memo[j] = mlen, k
                            mlen += 1
                            left -= 3
                        else:
                            save(k)
                            left = self._nextcheck - len(out)
                            mlen = len(memo)
                elif t is int and -0x80000000 <= k <= 0x7fffffff:
                    if 0 <= k < 256:
                        append(_BININT1_OP[k])
                    elif k > 0xffff or k < 0:
                        append(BININT + (k & 0xFFFFFFFF).to_bytes(4, 'little'))
                    else:
                        append(BININT2 + k.to_bytes(2, 'little'))
                    left -= 1
                else:
                    save(k)
                    left = self._nextcheck - len(out)
                    mlen = len(memo)
                if left <= 0:
                    self._boundary()
                    left = self._nextcheck - len(out)
                t = type(v)
                if t is str:
                    j = id(v)
                    if j in memo:
                        j = memo[j][0]
                        append(_BINGET_OP[j] if j < 256 else LONG_BINGET + _u32(j))
                        left -= 1
                    else:
                        try:
                            enc = v.encode()
                        except UnicodeEncodeError:
                            enc = v.encode('utf-8', 'surrogatepass')
                        n = len(enc)
                        if 2 < n < 256:
                            out += (_SHORT_BINUNICODE_OP[n], enc, MEMOIZE)
                            memo[j] = mlen, v
                            mlen += 1
                            left -= 3
                        else:
                            save(v)
                            left = self._nextcheck - len(out)
                            mlen = len(memo)
                elif t is int and -0x80000000 <= v <= 0x7fffffff:
                    if 0 <= v < 256:
                        append(_BININT1_OP[v])
                    elif v > 0xffff or v < 0:
                        append(BININT + (v & 0xFFFFFFFF).to_bytes(4, 'little'))
                    else:
                        append(BININT2 + v.to_bytes(2, 'little'))
                    left -= 1
                else:
                    save(v)
                    left = self._nextcheck - len(out)
                    mlen = len(memo)
            else:
                save(k)
                save(v)
            i += 1
            if i == _BATCHSIZE:
                out.append(SETITEMS)
                if len(obj) != size:
                    raise RuntimeError("dictionary changed size during "
                                       "iteration")
                out.append(MARK)
                left -= 2
                i = 0
        out.append(SETITEMS)
        if len(obj) != size:
            raise RuntimeError("dictionary changed size during iteration")

    def _batch_setitems(self, items):
        # Helper to batch up SETITEMS sequences; proto >= 1 only
        save = self.save
        out = self._out

        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                out.append(SETITEM)
            return

        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                out.append(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                out.append(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                out.append(SETITEM)
            # else tmp is empty, and we're done
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        save = self.save
        out = self._out

        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return

        out.append(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        size = len(obj)
        i = 0
        out.append(MARK)
        for item in obj:
            save(item)
            i += 1
            if i == _BATCHSIZE:
                out.append(ADDITEMS)
                if len(obj) != size:
                    raise RuntimeError("set changed size during iteration")
                out.append(MARK)
                i = 0
        out.append(ADDITEMS)
        if len(obj) != size:
            raise RuntimeError("set changed size during iteration")

    def save_frozenset(self, obj):
        save = self.save
        out = self._out

        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return

        out.append(MARK)
        for item in obj:
            save(item)

        x = self.memo.get(id(obj))
        if x is not None:
            # If the object is already in the memo, this means it is
            # recursive. In this case, throw away everything we put on the
            # stack, and fetch the object back from the memo.
            out.append(POP_MARK + self.get(x[0]))
            return

        out.append(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        memo = self.memo

        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__

        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        if obj is _codecs_encode:
            # stand-in for _codecs.encode (no codecs module available)
            module_name = '_codecs'
            parent = module = None
        else:
            module_name = whichmodule(obj, name)
            try:
                module = _import_module(module_name)
            except Exception:
                raise PicklingError(
                    "Can't pickle %r: import of module %r failed" %
                    (obj, module_name)) from None
            try:
                obj2, parent = _getattribute(module, name)
            except AttributeError:
                raise PicklingError(
                    "Can't pickle %r: attribute lookup %s on %s failed" %
                    (obj, name, module_name)) from None
            if obj2 is not obj:
                raise PicklingError(
                    "Can't pickle %r: it's not the same object as %s.%s" %
                    (obj, module_name, name))

        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if not isinstance(code, int):
                    raise PicklingError("Can't pickle %r: extension code %r "
                                        "isn't an integer" % (obj, code))
                if code <= 0 or code > 0x7fffffff:
                    raise PicklingError("Can't pickle %r: extension code %d "
                                        "is out of range" % (obj, code))
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    write(EXT4 + _s32(code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        # Non-ASCII identifiers are supported only with protocols >= 3.
        if self.proto >= 4:
            # CPython's module names and identifier names are interned
            # strings, so a repeated one is a memo hit: do the same.  (The
            # qualified name of a C type is a fresh string there, so a class
            # named like its module, e.g. datetime.datetime, is not a hit:
            # module names get their own table.)
            self.save(_interned_modules.setdefault(module_name, module_name))
            self.save(_intern(name) if name.isidentifier() else name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                import _compat_pickle
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            encoding = 'utf-8' if self.proto == 3 else 'ascii'
            try:
                m = module_name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle module identifier '%s' using "
                    "pickle protocol %i" % (module_name, self.proto)) from None
            try:
                nm = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s' using "
                    "pickle protocol %i" % (name, self.proto)) from None
            write(GLOBAL + m + b'\n' + nm + b'\n')

        self.memoize(obj)

    def save_type(self, obj):
        if obj is _NoneType:
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is _NotImplementedType:
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is _EllipsisType:
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)


_OBJECT_REDUCE = getattr(object, '__reduce__', None)


def _is_iterator(obj):
    return hasattr(type(obj), '__next__')


def _as_index(v):
    meth = getattr(type(v), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return meth(v)


_Pickler.dispatch[str] = _Pickler.save_str
_Pickler.dispatch[bytes] = _Pickler.save_bytes
_Pickler.dispatch[tuple] = _Pickler.save_tuple
_Pickler.dispatch[list] = _Pickler.save_list
_Pickler.dispatch[dict] = _Pickler.save_dict
_Pickler.dispatch[set] = _Pickler.save_set
_Pickler.dispatch[frozenset] = _Pickler.save_frozenset
try:
    _Pickler.dispatch[bytearray] = _Pickler.save_bytearray
except NameError:
    pass
_Pickler.dispatch[PickleBuffer] = _Pickler.save_picklebuffer
_ATOMIC = {_NoneType: _Pickler.save_none, bool: _Pickler.save_bool,
           int: _Pickler.save_long, float: _Pickler.save_float}


# ---------------------------------------------------------------------------
# Unpickling

def _truncated():
    return UnpicklingError("pickle data was truncated")


class _FileScanner:
    """Reads exactly one pickle from a file object, opcode by opcode, and
    returns its bytes (frames are read whole)."""

    # opcode -> argument layout: 0 none, n>0 fixed n bytes, -1 one line,
    # -2 two lines, -11/-14/-18 counted with a 1/4/8-byte little-endian size
    LAYOUT = {}

    def __init__(self, read, readline):
        self.read = read
        self.readline = readline

    def _read(self, n, parts):
        data = self.read(n)
        if len(data) < n:
            raise _truncated()
        parts.append(data)
        return data

    def _readline(self, parts):
        data = self.readline()
        if not data.endswith(b'\n'):
            raise _truncated()
        parts.append(data)

    def scan(self):
        parts = []
        layout = self.LAYOUT
        first = True
        while True:
            op = self.read(1)
            if not op:
                if first:
                    raise EOFError("Ran out of input")
                raise _truncated()
            first = False
            parts.append(op)
            code = op[0]
            if code == 0x2e:        # STOP
                return b''.join(parts)
            if code == 0x95:        # FRAME: read it whole, scan inside
                size = int.from_bytes(self._read(8, parts), 'little')
                frame = self._read(size, parts)
                if _scan_frame(frame):
                    return b''.join(parts)
                continue
            kind = layout.get(code)
            if kind is None:
                raise _invalid_key(code)
            if kind > 0:
                self._read(kind, parts)
            elif kind == -1:
                self._readline(parts)
            elif kind == -2:
                self._readline(parts)
                self._readline(parts)
            elif kind < -10:
                nb = -kind - 10
                size = int.from_bytes(self._read(nb, parts), 'little',
                                      signed=(code == 0x8b))
                if size > 0:
                    self._read(size, parts)


def _scan_frame(frame):
    """True when the frame contains the STOP opcode (scanning its opcodes)."""
    layout = _FileScanner.LAYOUT
    pos = 0
    n = len(frame)
    while pos < n:
        code = frame[pos]
        pos += 1
        if code == 0x2e:
            return True
        kind = layout.get(code)
        if kind is None:
            raise _invalid_key(code)
        if kind > 0:
            pos += kind
        elif kind == -1 or kind == -2:
            for _ in range(-kind):
                j = frame.find(b'\n', pos)
                if j < 0:
                    raise _truncated()
                pos = j + 1
        elif kind < -10:
            nb = -kind - 10
            size = int.from_bytes(frame[pos:pos + nb], 'little')
            pos += nb + size
    if pos > n:
        raise _truncated()
    return False


def _ends_at_boundary(data):
    """True when data is a sequence of whole opcodes (no STOP)."""
    layout = _FileScanner.LAYOUT
    pos = 0
    n = len(data)
    while pos < n:
        code = data[pos]
        pos += 1
        if code == 0x95:
            pos += 8
            continue
        kind = layout.get(code)
        if kind is None:
            return False
        if kind > 0:
            pos += kind
        elif kind == -1 or kind == -2:
            for _ in range(-kind):
                j = data.find(b'\n', pos)
                if j < 0:
                    return False
                pos = j + 1
        elif kind < -10:
            nb = -kind - 10
            if pos + nb > n:
                return False
            size = int.from_bytes(data[pos:pos + nb], 'little')
            pos += nb + size
    return pos == n


def _fill_layout():
    lay = _FileScanner.LAYOUT
    for op in b'(01NRabde}]ltu)s.\x81\x85\x86\x87\x88\x89\x8f\x90\x91\x92\x93\x94\x97\x98Qo':
        lay[op] = 0
    for op, n in ((b'K', 1), (b'M', 2), (b'J', 4), (b'G', 8), (b'h', 1),
                  (b'j', 4), (b'q', 1), (b'r', 4), (b'\x82', 1), (b'\x83', 2),
                  (b'\x84', 4), (b'\x80', 1)):
        lay[op[0]] = n
    for op in b'ILFSVPgp':
        lay[op] = -1
    for op in b'ci':
        lay[op] = -2
    for op in b'\x8aCU\x8c':
        lay[op] = -11
    for op in b'\x8bBTX':
        lay[op] = -14
    for op in b'\x8e\x8d\x96':
        lay[op] = -18


_fill_layout()


def _invalid_key(code):
    if 0x20 <= code <= 0x7e and code != 0x27 and code != 0x5c:
        return UnpicklingError("invalid load key, '%s'." % chr(code))
    return UnpicklingError("invalid load key, '\\x%02x'." % code)


class _Unpickler:

    def __init__(self, file, *, fix_imports=True,
                 encoding="ASCII", errors="strict", buffers=None):
        """This takes a binary file for reading a pickle data stream.

        The protocol version of the pickle is detected automatically, so
        no proto argument is needed.

        The argument *file* must have two methods, a read() method that
        takes an integer argument, and a readline() method that requires
        no arguments.  Both methods should return bytes.
        """
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' "
                            "attributes") from None
        self._setup(fix_imports, encoding, errors, buffers)

    def _setup(self, fix_imports, encoding, errors, buffers):
        self._buffers = iter(buffers) if buffers is not None else None
        self._memo = []         # index -> object, _HOLE where unset
        self._holes = 0
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read a pickled object representation from the open file.

        Return the reconstituted object hierarchy specified in the file.
        """
        # Check whether Unpickler was initialized correctly. This is
        # only needed to mimic the behavior of _pickle.Unpickler.load().
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        data = _FileScanner(self._file_read, self._file_readline).scan()
        return self._load_data(data)

    def _load_data(self, data):
        self._pers_load = getattr(self, 'persistent_load', None)
        self.proto = 0
        end = len(data)
        if end == 0:
            raise EOFError("Ran out of input")
        stack = []
        metastack = []
        append = stack.append
        memo = self._memo
        memo_append = memo.append
        holes = self._holes
        pos = 0
        try:
            while True:
                op = data[pos]
                pos += 1
                # the most frequent opcodes first
                if op == 0x8c:      # SHORT_BINUNICODE
                    n = data[pos]
                    pos += 1 + n
                    if pos > end:
                        raise _truncated()
                    try:
                        v = data[pos - n:pos].decode()
                    except UnicodeDecodeError:
                        v = str(data[pos - n:pos], 'utf-8', 'surrogatepass')
                    append(v)
                    if data[pos] == 0x94 and not holes:    # MEMOIZE
                        pos += 1
                        memo_append(v)
                elif op == 0x94:    # MEMOIZE
                    if not stack:
                        raise _underflow(metastack)
                    if holes:
                        self._memo_put(len(memo) - self._holes, stack[-1])
                        holes = self._holes
                    else:
                        memo_append(stack[-1])
                elif op == 0x4b:    # BININT1
                    append(data[pos])
                    pos += 1
                elif op == 0x68:    # BINGET
                    i = data[pos]
                    pos += 1
                    try:
                        v = memo[i]
                    except IndexError:
                        raise _memo_missing(i) from None
                    if v is _HOLE:
                        raise _memo_missing(i)
                    append(v)
                elif op == 0x71:    # BINPUT
                    i = data[pos]
                    pos += 1
                    if not stack:
                        raise _underflow(metastack)
                    if i == len(memo):
                        memo_append(stack[-1])
                    else:
                        self._memo_put(i, stack[-1])
                        holes = self._holes
                elif op == 0x4a:    # BININT
                    pos += 4
                    if pos > end:
                        raise _truncated()
                    v = (data[pos - 4] | (data[pos - 3] << 8) |
                         (data[pos - 2] << 16) | (data[pos - 1] << 24))
                    if v >= 0x80000000:
                        v -= 0x100000000
                    append(v)
                elif op == 0x28:    # MARK
                    metastack.append(stack)
                    stack = []
                    append = stack.append
                elif op == 0x75:    # SETITEMS
                    if not metastack:
                        raise UnpicklingError("could not find MARK")
                    items = stack
                    stack = metastack.pop()
                    append = stack.append
                    if not stack:
                        raise _underflow(metastack)
                    d = stack[-1]
                    if len(items) & 1:
                        raise UnpicklingError("odd number of items for "
                                              "SETITEMS")
                    if type(d) is dict:
                        for i in range(0, len(items), 2):
                            d[items[i]] = items[i + 1]
                    else:
                        for i in range(0, len(items), 2):
                            d[items[i]] = items[i + 1]
                elif op == 0x65:    # APPENDS
                    if not metastack:
                        raise UnpicklingError("could not find MARK")
                    items = stack
                    stack = metastack.pop()
                    append = stack.append
                    if not stack:
                        raise _underflow(metastack)
                    lst = stack[-1]
                    if type(lst) is list:
                        lst.extend(items)
                    else:
                        try:
                            extend = lst.extend
                        except AttributeError:
                            for item in items:
                                lst.append(item)
                        else:
                            extend(items)
                elif op == 0x58:    # BINUNICODE
                    n = int.from_bytes(data[pos:pos + 4], 'little')
                    pos += 4 + n
                    if pos > end:
                        raise _truncated()
                    try:
                        append(data[pos - n:pos].decode())
                    except UnicodeDecodeError:
                        append(str(data[pos - n:pos], 'utf-8', 'surrogatepass'))
                elif op == 0x4d:    # BININT2
                    pos += 2
                    if pos > end:
                        raise _truncated()
                    append(data[pos - 2] | (data[pos - 1] << 8))
                elif op == 0x7d:    # EMPTY_DICT
                    v = {}
                    append(v)
                    if data[pos] == 0x94 and not holes:    # MEMOIZE
                        pos += 1
                        memo_append(v)
                elif op == 0x5d:    # EMPTY_LIST
                    v = []
                    append(v)
                    if data[pos] == 0x94 and not holes:    # MEMOIZE
                        pos += 1
                        memo_append(v)
                elif op == 0x29:    # EMPTY_TUPLE
                    append(())
                elif op == 0x4e:    # NONE
                    append(None)
                elif op == 0x88:    # NEWTRUE
                    append(True)
                elif op == 0x89:    # NEWFALSE
                    append(False)
                elif op == 0x85:    # TUPLE1
                    if not stack:
                        raise _underflow(metastack)
                    stack[-1] = (stack[-1],)
                elif op == 0x86:    # TUPLE2
                    if len(stack) < 2:
                        raise _underflow(metastack)
                    b = stack.pop()
                    stack[-1] = (stack[-1], b)
                elif op == 0x87:    # TUPLE3
                    if len(stack) < 3:
                        raise _underflow(metastack)
                    c = stack.pop()
                    b = stack.pop()
                    stack[-1] = (stack[-1], b, c)
                elif op == 0x43:    # SHORT_BINBYTES
                    n = data[pos]
                    pos += 1 + n
                    if pos > end:
                        raise _truncated()
                    append(data[pos - n:pos])
                elif op == 0x47:    # BINFLOAT
                    pos += 8
                    if pos > end:
                        raise _truncated()
                    append(_unpack_double(data[pos - 8:pos])[0])
                elif op == 0x2e:    # STOP
                    if not stack:
                        raise _underflow(metastack)
                    return stack[-1]
                elif op == 0x95:    # FRAME
                    pos += 8
                    if pos > end:
                        raise _truncated()
                    size = int.from_bytes(data[pos - 8:pos], 'little')
                    if pos + size > end:
                        raise _truncated()
                else:
                    self._stack = stack
                    self._metastack = metastack
                    self._data = data
                    pos = self._slow_op(op, data, pos)
                    stack = self._stack
                    append = stack.append
                    holes = self._holes
        except IndexError:
            if pos >= end:
                if _ends_at_boundary(data):
                    raise EOFError("Ran out of input") from None
                raise _truncated() from None
            raise

    # The memo is a list (PUT/MEMOIZE indices are dense in practice).

    @property
    def memo(self):
        return {i: v for i, v in enumerate(self._memo) if v is not _HOLE}

    @memo.setter
    def memo(self, value):
        if not isinstance(value, dict):
            raise TypeError("'memo' attribute must be a dict")
        self._memo = []
        self._holes = 0
        for k, v in value.items():
            self._memo_put(k, v)

    def _memo_get(self, i):
        memo = self._memo
        if 0 <= i < len(memo):
            v = memo[i]
            if v is not _HOLE:
                return v
        raise _memo_missing(i)

    def _memo_put(self, i, value):
        memo = self._memo
        n = len(memo)
        if i < n:
            if memo[i] is _HOLE:
                self._holes -= 1
            memo[i] = value
        else:
            if i > n:
                memo.extend([_HOLE] * (i - n))
                self._holes += i - n
            memo.append(value)

    def _pop(self):
        stack = self._stack
        if not stack:
            raise _underflow(self._metastack)
        return stack.pop()

    def _pop_mark(self):
        if not self._metastack:
            raise UnpicklingError("could not find MARK")
        items = self._stack
        self._stack = self._metastack.pop()
        return items

    def _readline_at(self, data, pos):
        j = data.find(b'\n', pos)
        if j < 0:
            raise _truncated()
        return data[pos:j + 1], j + 1

    def _slow_op(self, op, data, pos):
        """Execute one of the less frequent opcodes; returns the new pos."""
        stack = self._stack
        end = len(data)
        if op == 0x80:      # PROTO
            proto = data[pos]
            pos += 1
            if not 0 <= proto <= HIGHEST_PROTOCOL:
                raise ValueError("unsupported pickle protocol: %d" % proto)
            self.proto = proto
        elif op == 0x81:    # NEWOBJ
            args = self._pop()
            cls = self._pop()
            self._check_newobj(cls, args, None, 'NEWOBJ')
            stack.append(cls.__new__(cls, *args))
        elif op == 0x92:    # NEWOBJ_EX
            kwargs = self._pop()
            args = self._pop()
            cls = self._pop()
            self._check_newobj(cls, args, kwargs, 'NEWOBJ_EX')
            stack.append(cls.__new__(cls, *args, **kwargs))
        elif op == 0x52:    # REDUCE
            args = self._pop()
            if not stack:
                raise _underflow(self._metastack)
            func = stack[-1]
            stack[-1] = func(*args)
        elif op == 0x62:    # BUILD
            state = self._pop()
            if not stack:
                raise _underflow(self._metastack)
            self._build(stack[-1], state)
        elif op == 0x93:    # STACK_GLOBAL
            name = self._pop()
            module = self._pop()
            if type(name) is not str or type(module) is not str:
                raise UnpicklingError("STACK_GLOBAL requires str")
            stack.append(self.find_class(module, name))
        elif op == 0x63:    # GLOBAL
            line, pos = self._readline_at(data, pos)
            module = line[:-1].decode("utf-8")
            line, pos = self._readline_at(data, pos)
            name = line[:-1].decode("utf-8")
            stack.append(self.find_class(module, name))
        elif op == 0x8f:    # EMPTY_SET
            stack.append(set())
        elif op == 0x90:    # ADDITEMS
            items = self._pop_mark()
            stack = self._stack
            if not stack:
                raise _underflow(self._metastack)
            set_obj = stack[-1]
            if isinstance(set_obj, set):
                set_obj.update(items)
            else:
                add = set_obj.add
                for item in items:
                    add(item)
        elif op == 0x91:    # FROZENSET
            items = self._pop_mark()
            self._stack.append(frozenset(items))
        elif op == 0x74:    # TUPLE
            items = self._pop_mark()
            self._stack.append(tuple(items))
        elif op == 0x61:    # APPEND
            value = self._pop()
            if not stack:
                raise _underflow(self._metastack)
            lst = stack[-1]
            lst.append(value)
        elif op == 0x73:    # SETITEM
            value = self._pop()
            key = self._pop()
            if not stack:
                raise _underflow(self._metastack)
            stack[-1][key] = value
        elif op == 0x6a:    # LONG_BINGET
            pos += 4
            if pos > end:
                raise _truncated()
            i = int.from_bytes(data[pos - 4:pos], 'little')
            stack.append(self._memo_get(i))
        elif op == 0x72:    # LONG_BINPUT
            pos += 4
            if pos > end:
                raise _truncated()
            i = int.from_bytes(data[pos - 4:pos], 'little')
            if not stack:
                raise _underflow(self._metastack)
            self._memo_put(i, stack[-1])
        elif op == 0x67:    # GET
            line, pos = self._readline_at(data, pos)
            i = int(line[:-1])
            stack.append(self._memo_get(i))
        elif op == 0x70:    # PUT
            line, pos = self._readline_at(data, pos)
            i = int(line[:-1])
            if i < 0:
                raise ValueError("negative PUT argument")
            if not stack:
                raise _underflow(self._metastack)
            self._memo_put(i, stack[-1])
        elif op == 0x30:    # POP
            if stack:
                stack.pop()
            elif self._metastack:
                self._pop_mark()
            else:
                raise _underflow(self._metastack)
        elif op == 0x31:    # POP_MARK
            self._pop_mark()
        elif op == 0x32:    # DUP
            if not stack:
                raise _underflow(self._metastack)
            stack.append(stack[-1])
        elif op == 0x8a:    # LONG1
            n = data[pos]
            pos += 1 + n
            if pos > end:
                raise _truncated()
            stack.append(int.from_bytes(data[pos - n:pos], 'little',
                                        signed=True))
        elif op == 0x8b:    # LONG4
            n = int.from_bytes(data[pos:pos + 4], 'little', signed=True)
            if n < 0:
                # Corrupt or hostile pickle -- we never write one like this
                raise UnpicklingError("LONG pickle has negative byte count")
            pos += 4 + n
            if pos > end:
                raise _truncated()
            stack.append(int.from_bytes(data[pos - n:pos], 'little',
                                        signed=True))
        elif op == 0x42:    # BINBYTES
            n = int.from_bytes(data[pos:pos + 4], 'little')
            pos += 4 + n
            if pos > end:
                raise _truncated()
            stack.append(data[pos - n:pos])
        elif op == 0x8e:    # BINBYTES8
            n = int.from_bytes(data[pos:pos + 8], 'little')
            if n > sys.maxsize:
                raise UnpicklingError("BINBYTES8 exceeds system's maximum "
                                      "size of %d bytes" % sys.maxsize)
            pos += 8 + n
            if pos > end:
                raise _truncated()
            stack.append(data[pos - n:pos])
        elif op == 0x8d:    # BINUNICODE8
            n = int.from_bytes(data[pos:pos + 8], 'little')
            if n > sys.maxsize:
                raise UnpicklingError("BINUNICODE8 exceeds system's maximum "
                                      "size of %d bytes" % sys.maxsize)
            pos += 8 + n
            if pos > end:
                raise _truncated()
            stack.append(str(data[pos - n:pos], 'utf-8', 'surrogatepass'))
        elif op == 0x96:    # BYTEARRAY8
            n = int.from_bytes(data[pos:pos + 8], 'little')
            if n > sys.maxsize:
                raise UnpicklingError("BYTEARRAY8 exceeds system's maximum "
                                      "size of %d bytes" % sys.maxsize)
            pos += 8 + n
            if pos > end:
                raise _truncated()
            stack.append(bytearray(data[pos - n:pos]))
        elif op == 0x97:    # NEXT_BUFFER
            if self._buffers is None:
                raise UnpicklingError("pickle stream refers to out-of-band "
                                      "data but no *buffers* argument was "
                                      "given")
            try:
                buf = next(self._buffers)
            except StopIteration:
                raise UnpicklingError("not enough out-of-band buffers") \
                    from None
            stack.append(buf)
        elif op == 0x98:    # READONLY_BUFFER
            if not stack:
                raise _underflow(self._metastack)
            buf = stack[-1]
            if not isinstance(buf, bytes):
                try:
                    stack[-1] = bytes(buf.raw() if isinstance(buf, PickleBuffer)
                                      else buf)
                except TypeError:
                    pass
        elif op == 0x55:    # SHORT_BINSTRING
            n = data[pos]
            pos += 1 + n
            if pos > end:
                raise _truncated()
            stack.append(self._decode_string(data[pos - n:pos]))
        elif op == 0x54:    # BINSTRING
            n = int.from_bytes(data[pos:pos + 4], 'little')
            pos += 4 + n
            if pos > end:
                raise _truncated()
            stack.append(self._decode_string(data[pos - n:pos]))
        elif op == 0x53:    # STRING
            line, pos = self._readline_at(data, pos)
            orig = line[:-1]
            # Strip outermost quotes
            if len(orig) >= 2 and orig[0] == orig[-1] and orig[0] in b'"\'':
                body = orig[1:-1]
            else:
                raise UnpicklingError("the STRING opcode argument must be "
                                      "quoted")
            stack.append(self._decode_string(_escape_decode(body)))
        elif op == 0x56:    # UNICODE
            line, pos = self._readline_at(data, pos)
            stack.append(_raw_unicode_unescape(line[:-1]))
        elif op == 0x49:    # INT
            line, pos = self._readline_at(data, pos)
            if line == b'00\n':
                val = False
            elif line == b'01\n':
                val = True
            else:
                val = int(line[:-1])
            stack.append(val)
        elif op == 0x4c:    # LONG
            line, pos = self._readline_at(data, pos)
            val = line[:-1]
            if val and val[-1] == 0x4c:
                val = val[:-1]
            stack.append(int(val))
        elif op == 0x46:    # FLOAT
            line, pos = self._readline_at(data, pos)
            stack.append(float(line[:-1]))
        elif op == 0x6c:    # LIST
            items = self._pop_mark()
            self._stack.append(items)
        elif op == 0x64:    # DICT
            items = self._pop_mark()
            d = {items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)}
            self._stack.append(d)
        elif op == 0x69:    # INST
            line, pos = self._readline_at(data, pos)
            module = line[:-1].decode("ascii")
            line, pos = self._readline_at(data, pos)
            name = line[:-1].decode("ascii")
            klass = self.find_class(module, name)
            args = tuple(self._pop_mark())
            self._stack.append(_instantiate(klass, args))
        elif op == 0x6f:    # OBJ
            # Stack is ... markobject classobject arg1 arg2 ...
            args = self._pop_mark()
            if not args:
                raise _underflow(self._metastack)
            cls = args.pop(0)
            self._stack.append(_instantiate(cls, tuple(args)))
        elif op == 0x50:    # PERSID
            line, pos = self._readline_at(data, pos)
            try:
                pid = line[:-1].decode("ascii")
            except UnicodeDecodeError:
                raise UnpicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings") \
                    from None
            stack.append(self._persistent_load(pid))
        elif op == 0x51:    # BINPERSID
            pid = self._pop()
            stack.append(self._persistent_load(pid))
        elif op == 0x82:    # EXT1
            code = data[pos]
            pos += 1
            stack.append(self._get_extension(code))
        elif op == 0x83:    # EXT2
            pos += 2
            if pos > end:
                raise _truncated()
            code = int.from_bytes(data[pos - 2:pos], 'little')
            stack.append(self._get_extension(code))
        elif op == 0x84:    # EXT4
            pos += 4
            if pos > end:
                raise _truncated()
            code = int.from_bytes(data[pos - 4:pos], 'little', signed=True)
            stack.append(self._get_extension(code))
        else:
            raise _invalid_key(op)
        return pos

    def _check_newobj(self, cls, args, kwargs, opname):
        if not isinstance(cls, type):
            raise UnpicklingError("%s class argument must be a type, not %s"
                                  % (opname, type(cls).__name__))
        if not isinstance(args, tuple):
            raise UnpicklingError("%s args argument must be a tuple, not %s"
                                  % (opname, type(args).__name__))
        if kwargs is not None and not isinstance(kwargs, dict):
            raise UnpicklingError("%s kwargs argument must be a dict, not %s"
                                  % (opname, type(kwargs).__name__))

    def _persistent_load(self, pid):
        if self._pers_load is None:
            raise UnpicklingError("A load persistent id instruction was "
                                  "encountered,\nbut no persistent_load "
                                  "function was specified.")
        return self._pers_load(pid)

    def _decode_string(self, value):
        # Used to allow strings from Python 2 to be decoded either as
        # bytes or Unicode strings.  This should be used only with the
        # STRING, BINSTRING and SHORT_BINSTRING opcodes.
        if self.encoding == "bytes":
            return value
        else:
            return value.decode(self.encoding, self.errors)

    def _get_extension(self, code):
        nil = []
        obj = _extension_cache.get(code, nil)
        if obj is not nil:
            return obj
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:  # note that 0 is forbidden
                # Corrupt or hostile pickle.
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        return obj

    def _build(self, inst, state):
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def find_class(self, module, name):
        # Subclasses may override this.
        if self.proto < 3 and self.fix_imports:
            import _compat_pickle
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        if module in ('_codecs', 'codecs') and name == 'encode':
            return _get_codecs_encode()
        mod = _import_module(module)
        if self.proto >= 4:
            return _getattribute(mod, name)[0]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r"
                                 % (name, mod)) from None


_HOLE = object()


def _underflow(metastack):
    if metastack:
        return UnpicklingError("unexpected MARK found")
    return UnpicklingError("unpickling stack underflow")


def _memo_missing(i):
    return UnpicklingError("Memo value not found at index %d" % i)


def _instantiate(klass, args):
    if not args and isinstance(klass, type) and \
            not hasattr(klass, "__getinitargs__"):
        return klass.__new__(klass)
    return klass(*args)


# Shorthands

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    p = _Pickler.__new__(_Pickler)
    p._setup(protocol, fix_imports, buffer_callback)
    p._start()
    p.save(obj)
    out = p._out
    out.append(STOP)
    if not p._framing:
        return b''.join(out)
    hdr = p._hdr
    if hdr == 1:
        # a single frame after PROTO: splice its header into the result
        data = b''.join(out)
        flen = len(data) - 2
        if flen < _FRAME_SIZE_MIN:
            return data
        return data[:2] + FRAME + _u64(flen) + data[2:]
    p._close_frame()
    return b''.join(out)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
           buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(data, bytes):
        data = bytes(data)
    u = _Unpickler.__new__(_Unpickler)
    u._setup(fix_imports, encoding, errors, buffers)
    u._file_read = None
    u._file_readline = None
    return u._load_data(data)


Pickler, Unpickler = _Pickler, _Unpickler
Pickler.__name__ = Pickler.__qualname__ = 'Pickler'
Unpickler.__name__ = Unpickler.__qualname__ = 'Unpickler'
_dump, _dumps, _load, _loads = dump, dumps, load, loads
