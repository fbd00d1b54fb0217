# io base classes, Buffered* wrappers, constants and the absence of open().
import io

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)  # expect: 0 1 2 8192
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase))  # expect: True True
print(issubclass(io.TextIOWrapper, io.IOBase), issubclass(io.BufferedReader, io.BufferedIOBase))  # expect: True True
print(issubclass(io.RawIOBase, io.IOBase), issubclass(io.StringIO, io.BufferedIOBase))  # expect: True False

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

base = io.IOBase()
attempt("seek", lambda: base.seek(0))  # expect: seek -> UnsupportedOperation seek
attempt("tell", base.tell)  # expect: tell -> UnsupportedOperation seek
attempt("truncate", base.truncate)  # expect: truncate -> UnsupportedOperation truncate
attempt("fileno", base.fileno)  # expect: fileno -> UnsupportedOperation fileno
print(base.readable(), base.writable(), base.seekable(), base.isatty(), base.closed)  # expect: False False False False False
base.close()
print(base.closed)  # expect: True
attempt("flush closed", base.flush)  # expect: flush closed -> ValueError I/O operation on closed file.
attempt("text read", lambda: io.TextIOBase().read())  # expect: text read -> UnsupportedOperation read
attempt("text write", lambda: io.TextIOBase().write("x"))  # expect: text write -> UnsupportedOperation write
attempt("buffered read", lambda: io.BufferedIOBase().read())  # expect: buffered read -> UnsupportedOperation read
attempt("buffered write", lambda: io.BufferedIOBase().write(b""))  # expect: buffered write -> UnsupportedOperation write
attempt("detach", lambda: io.BufferedIOBase().detach())  # expect: detach -> UnsupportedOperation detach

# a RawIOBase subclass with readinto gets read() and readline()
class Counter(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def read(self, n=-1):
        if n < 0:
            n = len(self.data)
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

c = Counter(b"ab\ncd\n")
print(c.readline(), c.readlines())  # expect: b'ab\n' [b'cd\n']

r = io.BufferedReader(io.BytesIO(b"first\nsecond\nthird"))
print(r.read(3), r.readline(), r.peek(1)[:1], r.read1(3), r.tell())  # expect: b'fir' b'st\n' b's' b'sec' 9
print(r.read(), r.read(), r.readable(), r.seekable())  # expect: b'ond\nthird' b'' True True
print(r.seek(0), r.readline())  # expect: 0 b'first\n'

raw = io.BytesIO()
w = io.BufferedWriter(raw)
print(w.write(b"abc"), raw.getvalue(), w.tell())  # expect: 3 b'' 3
w.flush()
print(raw.getvalue(), w.writable())  # expect: b'abc' True
w.close()
print(raw.closed, w.closed)  # expect: True True

class NotReadable(io.RawIOBase):
    def readable(self):
        return False
attempt("reader", lambda: io.BufferedReader(NotReadable()))  # expect: reader -> UnsupportedOperation File or stream is not readable.
attempt("writer", lambda: io.BufferedWriter(NotReadable()))  # expect: writer -> UnsupportedOperation File or stream is not writable.

try:
    io.open("/definitely/not/here.txt")
except OSError as e:
    print("open raised OSError")  # expect: open raised OSError
print(hasattr(io, "open"), callable(io.StringIO))  # expect: True True
print(io.StringIO, type(io.BytesIO()), io.TextIOWrapper, io.UnsupportedOperation, io.IOBase)
# expect: <class '_io.StringIO'> <class '_io.BytesIO'> <class '_io.TextIOWrapper'> <class 'io.UnsupportedOperation'> <class 'io.IOBase'>
