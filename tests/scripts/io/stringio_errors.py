# io.StringIO error messages, and operations on a closed StringIO.
import io

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

s = io.StringIO("abc")
attempt("write int", lambda: s.write(3))  # expect: write int -> TypeError string argument expected, got 'int'
attempt("write bytes", lambda: s.write(b"x"))  # expect: write bytes -> TypeError string argument expected, got 'bytes'
attempt("seek -1", lambda: s.seek(-1))  # expect: seek -1 -> ValueError Negative seek position -1
attempt("seek cur", lambda: s.seek(1, 1))  # expect: seek cur -> OSError Can't do nonzero cur-relative seeks
attempt("seek end", lambda: s.seek(-1, 2))  # expect: seek end -> OSError Can't do nonzero cur-relative seeks
attempt("seek whence", lambda: s.seek(0, 3))  # expect: seek whence -> ValueError Invalid whence (3, should be 0, 1 or 2)
attempt("seek str", lambda: s.seek("1"))  # expect: seek str -> TypeError 'str' object cannot be interpreted as an integer
attempt("truncate -1", lambda: s.truncate(-1))  # expect: truncate -1 -> ValueError Negative size value -1
attempt("fileno", lambda: s.fileno())  # expect: fileno -> UnsupportedOperation fileno
attempt("detach", lambda: s.detach())  # expect: detach -> UnsupportedOperation detach
attempt("init int", lambda: io.StringIO(5))  # expect: init int -> TypeError initial_value must be str or None, not int
attempt("init bytes", lambda: io.StringIO(b"x"))  # expect: init bytes -> TypeError initial_value must be str or None, not bytes
attempt("newline x", lambda: io.StringIO(newline="x"))  # expect: newline x -> ValueError illegal newline value: 'x'
attempt("newline int", lambda: io.StringIO(newline=1))  # expect: newline int -> TypeError newline must be str or None, not int
attempt("read str", lambda: s.read("2"))  # expect: read str -> TypeError argument should be integer or None, not 'str'
attempt("readline float", lambda: s.readline(1.5))  # expect: readline float -> TypeError argument should be integer or None, not 'float'
attempt("truncate str", lambda: s.truncate("1"))  # expect: truncate str -> TypeError argument should be integer or None, not 'str'
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))  # expect: True True

s.close()
s.close()
print(s.closed)  # expect: True
attempt("getvalue", s.getvalue)  # expect: getvalue -> ValueError I/O operation on closed file
attempt("read", s.read)  # expect: read -> ValueError I/O operation on closed file
attempt("write", lambda: s.write("x"))  # expect: write -> ValueError I/O operation on closed file
attempt("tell", s.tell)  # expect: tell -> ValueError I/O operation on closed file
attempt("seek", lambda: s.seek(0))  # expect: seek -> ValueError I/O operation on closed file
attempt("readline", s.readline)  # expect: readline -> ValueError I/O operation on closed file
attempt("readlines", s.readlines)  # expect: readlines -> ValueError I/O operation on closed file.
attempt("truncate", s.truncate)  # expect: truncate -> ValueError I/O operation on closed file
attempt("readable", s.readable)  # expect: readable -> ValueError I/O operation on closed file
attempt("writable", s.writable)  # expect: writable -> ValueError I/O operation on closed file
attempt("seekable", s.seekable)  # expect: seekable -> ValueError I/O operation on closed file
attempt("iter", lambda: iter(s))  # expect: iter -> ValueError I/O operation on closed file.
attempt("next", lambda: next(s))  # expect: next -> ValueError I/O operation on closed file
attempt("writelines", lambda: s.writelines(["a"]))  # expect: writelines -> ValueError I/O operation on closed file.
attempt("isatty", s.isatty)  # expect: isatty -> ValueError I/O operation on closed file.
attempt("flush", s.flush)  # expect: flush -> None
attempt("newlines", lambda: s.newlines)  # expect: newlines -> ValueError I/O operation on closed file
attempt("enter", lambda: s.__enter__())  # expect: enter -> ValueError I/O operation on closed file.
