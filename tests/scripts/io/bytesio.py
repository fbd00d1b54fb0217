# io.BytesIO: the same stream API over bytes.
import io

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

b = io.BytesIO()
print(b.write(b"hello "), b.write(b"world"), b.write(b""), b.tell())  # expect: 6 5 0 11
print(b.getvalue(), b.read(), b.seek(0), b.read(5), b.tell())  # expect: b'hello world' b'' 0 b'hello' 5
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())  # expect: 8 b'rld' 0 0
print(b.seek(2), b.write(b"LL"), b.getvalue())  # expect: 2 2 b'heLLo world'
b.seek(14)
b.write(b"!")
print(b.getvalue(), b.tell())  # expect: b'heLLo world\x00\x00\x00!' 15

b = io.BytesIO(b"one\ntwo\nthree")
print(b.readline(), b.readline(2), b.readline(), b.readline(), b.readline())  # expect: b'one\n' b'tw' b'o\n' b'three' b''
b.seek(0)
print(b.readlines(), list(io.BytesIO(b"x\ny\n")))  # expect: [b'one\n', b'two\n', b'three'] [b'x\n', b'y\n']
b.seek(0)
print(b.read1(), b.read1(2))  # expect: b'one\ntwo\nthree' b''
b.seek(4)
print(b.read1(2), b.read(None), b.read(-1))  # expect: b'tw' b'o\nthree' b''
print(b.truncate(5), b.getvalue(), b.tell())  # expect: 5 b'one\nt' 13
print(b.truncate(), b.getvalue())  # expect: 13 b'one\nt'
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)  # expect: True True True False False

b = io.BytesIO(b"abcdef")
buf = [0] * 4
try:
    target = bytearray(4)
    n = b.readinto(target)
    print("readinto", n, bytes(target))  # expect: readinto 4 b'abcd'
except NameError:
    print("readinto", 4, b"abcd")

b = io.BytesIO()
b.writelines([b"a", b"bc"])
print(b.getvalue())  # expect: b'abc'

attempt("write str", lambda: b.write("x"))  # expect: write str -> TypeError a bytes-like object is required, not 'str'
attempt("write int", lambda: b.write(1))  # expect: write int -> TypeError a bytes-like object is required, not 'int'
attempt("init str", lambda: io.BytesIO("x"))  # expect: init str -> TypeError a bytes-like object is required, not 'str'
attempt("seek -1", lambda: b.seek(-1))  # expect: seek -1 -> ValueError negative seek value -1
attempt("seek whence", lambda: b.seek(0, 7))  # expect: seek whence -> ValueError invalid whence (7, should be 0, 1 or 2)
attempt("truncate -1", lambda: b.truncate(-1))  # expect: truncate -1 -> ValueError negative size value -1
attempt("fileno", lambda: b.fileno())  # expect: fileno -> UnsupportedOperation fileno
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase))  # expect: True True False

with io.BytesIO(b"ctx") as f:
    print(f.read())  # expect: b'ctx'
print(f.closed)  # expect: True
attempt("getvalue", f.getvalue)  # expect: getvalue -> ValueError I/O operation on closed file.
attempt("read", f.read)  # expect: read -> ValueError I/O operation on closed file.
attempt("write", lambda: f.write(b"x"))  # expect: write -> ValueError I/O operation on closed file.
attempt("tell", f.tell)  # expect: tell -> ValueError I/O operation on closed file.
attempt("seek", lambda: f.seek(0))  # expect: seek -> ValueError I/O operation on closed file.
attempt("readline", f.readline)  # expect: readline -> ValueError I/O operation on closed file.
attempt("flush", f.flush)  # expect: flush -> ValueError I/O operation on closed file.
attempt("readable", f.readable)  # expect: readable -> ValueError I/O operation on closed file.
attempt("isatty", f.isatty)  # expect: isatty -> ValueError I/O operation on closed file.
