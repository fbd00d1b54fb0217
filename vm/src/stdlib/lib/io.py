"""In-memory streams for Spindle: StringIO, BytesIO, TextIOWrapper and
thin buffered wrappers, with the io base classes.

Spindle has no file access: open() and FileIO raise PermissionError.
"""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

try:
    PermissionError
except NameError:  # Spindle without the OSError subclasses
    PermissionError = OSError
try:
    BlockingIOError
except NameError:
    BlockingIOError = OSError


class UnsupportedOperation(OSError, ValueError):
    pass


_CLOSED = "I/O operation on closed file."
_CLOSED_NP = "I/O operation on closed file"


def _unsupported(name):
    raise UnsupportedOperation(name)


def _pos(v):
    if type(v) is int:
        return v
    try:
        m = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return m(v)


def _index(v, what="size"):
    if v is None:
        return -1
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    try:
        m = type(v).__index__
    except AttributeError:
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(v).__name__)
    return m(v)


# ---------------------------------------------------------------------------
# Base classes

class IOBase:
    """The abstract base class of all I/O classes."""

    __closed = False

    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable."
                                       if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable."
                                       if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable."
                                       if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        _unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _index(size)
        peek = getattr(self, "peek", None)
        res = []
        n = 0
        while size < 0 or n < size:
            nreadahead = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    i = ahead.find(b"\n") + 1
                    nreadahead = i if i > 0 else len(ahead)
                    if size >= 0:
                        nreadahead = min(nreadahead, size - n)
            b = self.read(nreadahead)
            if not b:
                break
            res.append(b)
            n += len(b)
            if b.endswith(b"\n"):
                break
        return b"".join(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _index(hint)
        if hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        write = self.write
        for line in lines:
            write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _index(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        res = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res.append(data)
        if res:
            return b"".join(res)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""

    def read(self, size=-1):
        _unsupported("read")

    def read1(self, size=-1):
        _unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def _readinto(self, b, read1):
        n = len(b)
        data = self.read1(n) if read1 else self.read(n)
        k = len(data)
        b[:k] = data
        return k

    def write(self, b):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        _unsupported("read")

    def write(self, s):
        _unsupported("write")

    def truncate(self, pos=None):
        _unsupported("truncate")

    def readline(self):
        _unsupported("readline")

    def detach(self):
        _unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# ---------------------------------------------------------------------------
# Newline helpers

_NL_NAMES = (None, "\r", "\n", ("\r", "\n"), "\r\n", ("\r", "\r\n"),
             ("\n", "\r\n"), ("\r", "\n", "\r\n"))


def _seen_newlines(s):
    """Bit set of the line endings in s: 1 CR, 2 LF, 4 CRLF."""
    seen = 0
    if "\r" in s:
        crlf = s.count("\r\n")
        if crlf:
            seen = 4
        if s.count("\r") > crlf:
            seen |= 1
        if s.count("\n") > crlf:
            seen |= 2
    elif "\n" in s:
        seen = 2
    return seen


def _find_universal(s, start, end):
    """End index (exclusive) of the first line in s[start:end] with any
    line ending, or -1."""
    i = s.find("\n", start, end)
    j = s.find("\r", start, end)
    if j < 0:
        return -1 if i < 0 else i + 1
    if i < 0 or j < i:
        if j + 1 < end and s[j + 1] == "\n":
            return j + 2
        return j + 1
    return i + 1


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError("newline must be str or None, not %s"
                        % type(newline).__name__)
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %r" % (newline,))


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r into \\n in decoded text (when translate is
    true) and records which line endings were seen."""

    __module__ = "_io"

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        self.seennl |= _seen_newlines(output)
        if self.translate and "\r" in output:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf = b""
            flag = 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NL_NAMES[self.seennl]


# ---------------------------------------------------------------------------
# StringIO

class StringIO(TextIOBase):
    """Text I/O in memory.

    Writes at the end of the text are kept as a list of pieces (joined when
    the text is next needed) and the size is counted lazily, so that write()
    in the common case is one check and one list append. While _append is
    true the position is the end of the text and _pos is not kept.
    """

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        _check_newline(newline)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._closed = False
        self._buf = ""
        self._chunks = []      # written after _buf, not yet joined
        self._nc = 0           # how many of _chunks _size counts
        self._size = 0
        self._pos = 0
        self._newline = newline
        self._seennl = 0
        # None turns \r and \r\n into \n on write, None and "" record the
        # newlines seen, "\r" and "\r\n" replace \n on write.
        self._wtrans = newline is None or newline == "" or newline[:1] == "\r"
        self._plain = not self._wtrans
        self._append = self._plain
        if initial_value:
            self.write(initial_value)
            self._setpos(0)

    def _cursize(self):
        chunks = self._chunks
        nc = self._nc
        n = len(chunks)
        if nc != n:
            size = self._size
            while nc < n:
                size += len(chunks[nc])
                nc += 1
            self._size = size
            self._nc = n
        return self._size

    def _value(self):
        chunks = self._chunks
        if chunks:
            if self._buf:
                chunks.insert(0, self._buf)
            self._buf = "".join(chunks)
            self._chunks = []
            self._nc = 0
            self._size = len(self._buf)
        return self._buf

    def _setpos(self, pos):
        self._pos = pos
        self._append = self._plain and pos == self._cursize()

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            self._seennl |= _seen_newlines(s)
            if "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl == "":
            self._seennl |= _seen_newlines(s)
        elif "\n" in s:
            s = s.replace("\n", nl)
        return s

    def write(self, s):
        if self._append and s.__class__ is str:
            self._chunks.append(s)
            return len(s)
        return self._write(s)

    def _write(self, s):
        if self._closed:
            raise ValueError(_CLOSED_NP)
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        s = str(s)
        n = len(s)
        if self._wtrans:
            s = self._translate(s)
        k = len(s)
        if not k:
            return n
        size = self._cursize()
        pos = size if self._append else self._pos
        if pos == size:
            self._chunks.append(s)
            self._nc += 1
            self._size = size + k
            self._setpos(pos + k)
            return n
        buf = self._value()
        if pos > size:
            buf = buf + "\0" * (pos - size)
        buf = buf[:pos] + s + buf[pos + k:]
        self._buf = buf
        self._size = len(buf)
        self._setpos(pos + k)
        return n

    def writelines(self, lines):
        if self._closed:
            raise ValueError(_CLOSED)
        write = self.write
        for line in lines:
            write(line)

    def getvalue(self):
        if self._closed:
            raise ValueError(_CLOSED_NP)
        return self._value()

    def read(self, size=-1):
        if self._closed:
            raise ValueError(_CLOSED_NP)
        size = _index(size)
        if self._append:
            return ""
        buf = self._value()
        pos = self._pos
        total = self._size
        if pos >= total:
            return ""
        end = total if size < 0 or pos + size > total else pos + size
        self._setpos(end)
        if pos == 0 and end == total:
            return buf
        return buf[pos:end]

    def readline(self, size=-1):
        if self._closed:
            raise ValueError(_CLOSED_NP)
        size = _index(size)
        if self._append:
            return ""
        buf = self._value()
        pos = self._pos
        total = self._size
        if pos >= total:
            return ""
        end = total if size < 0 or pos + size > total else pos + size
        nl = self._newline
        if nl is None or nl == "\n":
            i = buf.find("\n", pos, end)
            stop = end if i < 0 else i + 1
        elif nl == "":
            stop = _find_universal(buf, pos, end)
            if stop < 0:
                stop = end
        else:
            i = buf.find(nl, pos, end)
            stop = end if i < 0 else i + len(nl)
        self._setpos(stop)
        return buf[pos:stop]

    def __iter__(self):
        if self._closed:
            raise ValueError(_CLOSED)
        return self

    def __next__(self):
        if self._closed:
            raise ValueError(_CLOSED_NP)
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if self._closed:
            raise ValueError(_CLOSED)
        hint = _index(hint)
        lines = []
        n = 0
        readline = self.readline
        while True:
            line = readline()
            if not line:
                break
            lines.append(line)
            n += len(line)
            if 0 < hint <= n:
                break
        return lines

    def tell(self):
        if self._closed:
            raise ValueError(_CLOSED_NP)
        if self._append:
            return self._cursize()
        return self._pos

    def seek(self, pos, whence=0):
        if self._closed:
            raise ValueError(_CLOSED_NP)
        pos = _pos(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._cursize()
            self._setpos(pos)
            return pos
        if whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            size = self._cursize()
            self._setpos(size)
            return size
        raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)

    def truncate(self, pos=None):
        if self._closed:
            raise ValueError(_CLOSED_NP)
        size = self._cursize()
        cur = size if self._append else self._pos
        if pos is None:
            pos = cur
        else:
            pos = _index(pos)
            if pos < 0:
                raise ValueError("Negative size value %d" % pos)
        if pos < size:
            if pos == 0:
                self._buf = ""
                self._chunks = []
                self._nc = 0
            else:
                self._buf = self._value()[:pos]
            self._size = pos
        self._setpos(cur)
        return pos

    def close(self):
        self._closed = True
        self._plain = False
        self._append = False
        self._buf = ""
        self._chunks = []
        self._nc = 0

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED_NP)

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        pass

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is None or self._newline == "":
            return _NL_NAMES[self._seennl]
        return None

    def detach(self):
        _unsupported("detach")

    def __getstate__(self):
        self._check()
        return (self.getvalue(), self._newline, self.tell(),
                getattr(self, "__dict__", None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 4:
            raise TypeError("%s.__setstate__ argument should be 4-tuple, "
                            "got %s" % (type(self).__name__,
                                        type(state).__name__))
        value, newline, pos, d = state[:4]
        StringIO.__init__(self, None, newline)
        # the value is stored as is, without newline translation
        self._buf = value
        self._size = len(value)
        self._setpos(pos)
        if d:
            self.__dict__.update(d)


# ---------------------------------------------------------------------------
# BytesIO

def _as_bytes(b):
    if type(b) is bytes:
        return b
    if isinstance(b, bytes):
        return bytes(b)
    if isinstance(b, str) or isinstance(b, int) or b is None:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(b).__name__)
    try:
        return bytes(b)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(b).__name__)


class BytesIO(BufferedIOBase):
    """Binary I/O in memory."""

    __module__ = "_io"

    def __init__(self, initial_bytes=None):
        self._closed = False
        if initial_bytes is None:
            self._buf = b""
        else:
            self._buf = _as_bytes(initial_bytes)
        self._chunks = []
        self._size = len(self._buf)
        self._pos = 0

    def _value(self):
        chunks = self._chunks
        if chunks:
            if self._buf:
                chunks.insert(0, self._buf)
            self._buf = b"".join(chunks)
            self._chunks = []
        return self._buf

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = b""
        self._chunks = []

    def getvalue(self):
        if self._closed:
            raise ValueError(_CLOSED)
        return self._value()

    def getbuffer(self):
        self._check()
        return memoryview(self._value())

    def write(self, b):
        if self._closed:
            raise ValueError(_CLOSED)
        if type(b) is not bytes:
            b = _as_bytes(b)
        n = len(b)
        if not n:
            return 0
        pos = self._pos
        if pos == self._size:
            self._chunks.append(b)
            self._size = self._pos = pos + n
            return n
        buf = self._value()
        size = self._size
        if pos > size:
            buf = buf + b"\0" * (pos - size)
            size = pos
        self._buf = buf[:pos] + b + buf[pos + n:]
        self._pos = pos + n
        if self._pos > size:
            self._size = self._pos
        return n

    def writelines(self, lines):
        self._check()
        write = self.write
        for line in lines:
            write(line)

    def read(self, size=-1):
        if self._closed:
            raise ValueError(_CLOSED)
        size = _index(size)
        pos = self._pos
        if pos >= self._size:
            return b""
        buf = self._value()
        if size < 0 or pos + size > self._size:
            end = self._size
        else:
            end = pos + size
        self._pos = end
        if pos == 0 and end == self._size:
            return buf
        return buf[pos:end]

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def readline(self, size=-1):
        if self._closed:
            raise ValueError(_CLOSED)
        size = _index(size)
        pos = self._pos
        total = self._size
        if pos >= total:
            return b""
        buf = self._value()
        end = total if size < 0 or pos + size > total else pos + size
        i = buf.find(b"\n", pos, end)
        stop = end if i < 0 else i + 1
        self._pos = stop
        return buf[pos:stop]

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        self._check()
        hint = _index(hint)
        lines = []
        n = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            n += len(line)
            if 0 < hint <= n:
                break
        return lines

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _pos(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._size + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)"
                             % whence)
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        else:
            pos = _index(pos)
            if pos < 0:
                raise ValueError("negative size value %d" % pos)
        if pos < self._size:
            self._buf = self._value()[:pos]
            self._size = pos
        return pos

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __getstate__(self):
        self._check()
        return (self.getvalue(), self._pos, getattr(self, "__dict__", None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 3:
            raise TypeError("%s.__setstate__ argument should be 3-tuple, "
                            "got %s" % (type(self).__name__,
                                        type(state).__name__))
        value, pos, d = state[:3]
        BytesIO.__init__(self, value)
        self._pos = pos
        if d:
            self.__dict__.update(d)


# ---------------------------------------------------------------------------
# Buffered wrappers (thin: they keep their own read-ahead / pending writes)

class _BufferedBase(BufferedIOBase):

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        buffer_size = _index(buffer_size)
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._raw.closed

    @property
    def name(self):
        return self._raw.name

    @property
    def mode(self):
        return self._raw.mode

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return self._raw.isatty()

    def seekable(self):
        return self._raw.seekable()

    def readable(self):
        return self._raw.readable()

    def writable(self):
        return self._raw.writable()

    def close(self):
        if self._raw is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._raw.close()

    def detach(self):
        if self._raw is None:
            raise ValueError("raw stream already detached")
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    def __repr__(self):
        name = type(self).__name__
        try:
            n = self.name
        except AttributeError:
            return "<_io.%s>" % name
        return "<_io.%s name=%r>" % (name, n)


class BufferedReader(_BufferedBase):
    """Buffered reading over a readable raw stream."""

    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        _BufferedBase.__init__(self, raw, buffer_size)
        self._rbuf = b""

    def _fill(self):
        data = self._raw.read(self.buffer_size)
        if data:
            self._rbuf = self._rbuf + data
        return data

    def peek(self, size=0):
        self._checkClosed()
        if not self._rbuf:
            self._fill()
        return self._rbuf

    def read(self, size=-1):
        self._checkClosed()
        size = _index(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        if size < 0:
            rest = self._raw.read()
            data = self._rbuf + (rest or b"")
            self._rbuf = b""
            return data
        buf = self._rbuf
        while len(buf) < size:
            data = self._raw.read(max(size - len(buf), self.buffer_size))
            if not data:
                break
            buf = buf + data
        self._rbuf = buf[size:]
        return buf[:size]

    def read1(self, size=-1):
        self._checkClosed()
        size = _index(size)
        if not self._rbuf:
            self._fill()
        buf = self._rbuf
        if size < 0 or size >= len(buf):
            self._rbuf = b""
            return buf
        self._rbuf = buf[size:]
        return buf[:size]

    def readline(self, size=-1):
        self._checkClosed()
        size = _index(size)
        parts = []
        n = 0
        while True:
            buf = self._rbuf
            if not buf:
                if not self._fill():
                    break
                buf = self._rbuf
            i = buf.find(b"\n") + 1
            take = i if i > 0 else len(buf)
            if size >= 0 and n + take > size:
                take = size - n
            parts.append(buf[:take])
            self._rbuf = buf[take:]
            n += take
            if (i > 0 and take == i) or (size >= 0 and n >= size):
                break
        return b"".join(parts)

    def tell(self):
        return self._raw.tell() - len(self._rbuf)

    def seek(self, pos, whence=0):
        pos = _index(pos)
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return self._raw.seek(pos, whence)

    def flush(self):
        self._checkClosed()

    def __iter__(self):
        self._checkClosed()
        return self


class BufferedWriter(_BufferedBase):
    """Buffered writing over a writable raw stream: writes reach the raw
    stream on flush(), close() or when buffer_size bytes are pending."""

    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        _BufferedBase.__init__(self, raw, buffer_size)
        self._wbuf = []
        self._wlen = 0

    def write(self, b):
        if self.closed:
            raise ValueError("write to closed file")
        b = _as_bytes(b)
        n = len(b)
        self._wbuf.append(b)
        self._wlen += n
        if self._wlen > self.buffer_size:
            self._flush_unlocked()
        return n

    def _flush_unlocked(self):
        if self._wbuf:
            data = b"".join(self._wbuf)
            self._wbuf = []
            self._wlen = 0
            self._raw.write(data)

    def flush(self):
        if self.closed:
            raise ValueError("flush on closed file")
        self._flush_unlocked()
        f = getattr(self._raw, "flush", None)
        if f is not None:
            f()

    def tell(self):
        return self._raw.tell() + self._wlen

    def seek(self, pos, whence=0):
        self._flush_unlocked()
        return self._raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._flush_unlocked()
        if pos is None:
            pos = self._raw.tell()
        return self._raw.truncate(pos)


class BufferedRandom(BufferedWriter, BufferedReader):
    """Buffered reading and writing over a seekable raw stream."""

    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable()
        BufferedReader.__init__(self, raw, buffer_size)
        BufferedWriter.__init__(self, raw, buffer_size)

    def _sync(self):
        if self._rbuf:
            self._raw.seek(-len(self._rbuf), 1)
            self._rbuf = b""

    def write(self, b):
        self._sync()
        return BufferedWriter.write(self, b)

    def read(self, size=-1):
        self._flush_unlocked()
        return BufferedReader.read(self, size)

    def read1(self, size=-1):
        self._flush_unlocked()
        return BufferedReader.read1(self, size)

    def readline(self, size=-1):
        self._flush_unlocked()
        return BufferedReader.readline(self, size)

    def peek(self, size=0):
        self._flush_unlocked()
        return BufferedReader.peek(self, size)

    def tell(self):
        if self._wbuf:
            return BufferedWriter.tell(self)
        return BufferedReader.tell(self)

    def seek(self, pos, whence=0):
        self._flush_unlocked()
        return BufferedReader.seek(self, pos, whence)

    def truncate(self, pos=None):
        self._sync()
        return BufferedWriter.truncate(self, pos)


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one object."""

    __module__ = "_io"

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


# ---------------------------------------------------------------------------
# TextIOWrapper

_CHUNK_SIZE = 8192


def _utf8_incomplete(b):
    """How many bytes at the end of b start an unfinished UTF-8 sequence."""
    n = len(b)
    k = 1
    while k <= 3 and k <= n:
        c = b[n - k]
        if c < 0x80:
            return 0
        if c >= 0xC0:
            if c < 0xC2 or c > 0xF4:
                return 0        # never valid: let the decoder report it
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            return k if need > k else 0
        k += 1
    return 0


def _enc_kind(encoding):
    e = encoding.lower().replace("_", "-")
    if e in ("utf-8", "utf8", "u8", "utf", "cp65001"):
        return 1
    if e in ("latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "ascii",
             "us-ascii", "646", "iso-ir-100", "8859"):
        return 2
    return 0


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


class TextIOWrapper(TextIOBase):
    """Text over a binary buffer: encodes writes, decodes reads."""

    __module__ = "_io"

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        _check_newline(newline)
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be "
                            "str or None, not %s" % type(encoding).__name__)
        "".encode(encoding)  # LookupError for an unknown encoding
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be "
                            "str or None, not %s" % type(errors).__name__)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._kind = _enc_kind(encoding)
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or "\n"
        self._pending = []
        self._pending_len = 0
        self._seennl = 0
        self._reset_read()

    def _reset_read(self):
        self._seennl = 0
        self._pendcr = False
        self._raw = ""       # decoded, untranslated text
        self._rpos = 0
        self._start = 0      # byte position of _raw[0]
        self._carry = b""    # undecoded bytes (split sequence)
        self._eof = False

    # -- attributes --
    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    @property
    def newlines(self):
        if self._readuniversal:
            return _NL_NAMES[self._seennl]
        return None

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(" name=%r" % (self.name,))
        except AttributeError:
            pass
        try:
            parts.append(" mode=%r" % (self.mode,))
        except AttributeError:
            pass
        parts.append(" encoding=%r>" % (self._encoding,))
        return "".join(parts)

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def seekable(self):
        self._checkClosed()
        return self._buffer.seekable()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        self.flush()
        if encoding is not None:
            "".encode(encoding)
            self._encoding = encoding
            self._kind = _enc_kind(encoding)
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            _check_newline(newline)
            self._newline = newline
            self._readuniversal = not newline
            self._readtranslate = newline is None
            self._readnl = newline
            self._writetranslate = newline != ""
            self._writenl = newline or "\n"
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    # -- writing --
    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        n = len(s)
        haslf = (self._writetranslate or self._line_buffering) and "\n" in s
        if haslf and self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        b = s.encode(self._encoding, self._errors)
        if self._raw or self._eof or self._carry:
            self._reset_read()
        self._seennl = 0
        self._pending.append(b)
        self._pending_len += len(b)
        if (self._write_through or self._pending_len > _CHUNK_SIZE
                or (self._line_buffering and (haslf or "\r" in s))):
            self._flush_pending()
            if self._line_buffering:
                self._buffer.flush()
        return n

    def _flush_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_len = 0
            self._buffer.write(data)

    def flush(self):
        self._checkClosed()
        self._flush_pending()
        self._buffer.flush()

    def close(self):
        if self._buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        b = self._buffer
        self._buffer = None
        return b

    # -- reading --
    def _decode(self, data, final):
        if self._carry:
            data = self._carry + data
            self._carry = b""
        if not final and self._kind == 1:
            k = _utf8_incomplete(data)
            if k:
                self._carry = data[-k:]
                data = data[:-k]
        return data.decode(self._encoding, self._errors)

    def _more(self):
        """Decodes another chunk into _raw; False at end of input."""
        if self._eof:
            return False
        if self._kind == 0:
            data = self._buffer.read()
            final = True
        else:
            reader = getattr(self._buffer, "read1", None) or self._buffer.read
            data = reader(_CHUNK_SIZE)
            final = not data
        if final:
            self._eof = True
        text = self._decode(data or b"", final)
        if self._readuniversal:
            seen = text
            if self._pendcr:
                seen = "\r" + seen
                self._pendcr = False
            if not final and seen.endswith("\r"):
                seen = seen[:-1]
                self._pendcr = True
            self._seennl |= _seen_newlines(seen)
        if self._rpos:
            consumed = self._raw[:self._rpos]
            self._start += len(consumed.encode(self._encoding, self._errors))
            self._raw = self._raw[self._rpos:] + text
            self._rpos = 0
        else:
            self._raw = self._raw + text
        return bool(text) or not self._eof

    def _prepare_read(self):
        self._checkClosed()
        if self._pending:
            self._flush_pending()
        if not self._raw and not self._eof:
            self._start = self._buffer.tell() if self._buffer.seekable() else 0

    def _out(self, s):
        if self._readtranslate and "\r" in s:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        return s

    def read(self, size=-1):
        self._prepare_read()
        if not self.readable():
            raise UnsupportedOperation("not readable")
        size = _index(size)
        if size < 0:
            while self._more():
                pass
            s = self._raw[self._rpos:]
            self._rpos = len(self._raw)
            return self._out(s)
        parts = []
        need = size
        while need > 0:
            avail = len(self._raw) - self._rpos
            if avail <= need and not self._eof:
                self._more()
                continue
            if avail <= 0:
                break
            end = self._rpos + min(need, avail)
            raw = self._raw
            if self._readtranslate and raw[end - 1] == "\r":
                if end == len(raw) and not self._eof:
                    self._more()
                    continue
                if end < len(raw) and raw[end] == "\n":
                    end += 1
            s = self._out(raw[self._rpos:end])
            self._rpos = end
            parts.append(s)
            need -= len(s)
        return "".join(parts)

    def readline(self, size=-1):
        self._prepare_read()
        size = _index(size)
        while True:
            raw = self._raw
            pos = self._rpos
            end = len(raw)
            if pos == end and not self._eof:
                self._more()
                continue
            if self._readuniversal:
                stop = _find_universal(raw, pos, end)
                if stop == end and raw[end - 1] == "\r" and not self._eof:
                    stop = -1   # a \n may follow in the next chunk
            else:
                i = raw.find(self._readnl, pos)
                stop = -1 if i < 0 else i + len(self._readnl)
            if stop < 0 and not self._eof:
                if size >= 0 and end - pos >= size:
                    stop = pos + size
                else:
                    self._more()
                    continue
            if stop < 0:
                stop = end
            if size >= 0 and stop - pos > size:
                stop = pos + size
            self._rpos = stop
            return self._out(raw[pos:stop])

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self.flush()
        if not self._raw and not self._carry:
            return self._buffer.tell()
        consumed = self._raw[:self._rpos]
        return self._start + len(consumed.encode(self._encoding,
                                                 self._errors))

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        cookie = _pos(cookie)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_read()
            return self._buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)"
                             % whence)
        if cookie < 0:
            raise ValueError("negative seek position %d" % cookie)
        self.flush()
        self._reset_read()
        self._buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        self._reset_read()
        return self._buffer.truncate(pos)


# ---------------------------------------------------------------------------
# No file access in Spindle

class FileIO(RawIOBase):
    """Raw file I/O: not available in Spindle (no file access)."""

    __module__ = "_io"

    def __init__(self, file, mode="r", closefd=True, opener=None):
        raise PermissionError(13, "Permission denied", file)


def open(file, mode="r", buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    """Opening files is not available in Spindle: raises PermissionError."""
    raise PermissionError(13, "Permission denied", file)


def open_code(path):
    """Opening files is not available in Spindle: raises PermissionError."""
    raise PermissionError(13, "Permission denied", path)
