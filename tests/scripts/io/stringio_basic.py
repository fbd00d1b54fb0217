# io.StringIO: writing, reading, seeking, lines, iteration and closing.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world"), s.write(""))  # expect: 6 5 0
print(repr(s.getvalue()), s.tell())  # expect: 'hello world' 11
print(s.read(), repr(s.read()))  # expect:  ''
s.seek(0)
print(repr(s.read(5)), s.tell(), repr(s.read(100)), s.tell())  # expect: 'hello' 5 ' world' 11
print(s.seek(6), s.write("W"), repr(s.getvalue()), s.tell())  # expect: 6 1 'hello World' 7
print(s.seek(0, io.SEEK_END), s.seek(0, io.SEEK_CUR), s.seek(0, io.SEEK_SET))  # expect: 11 11 0

s = io.StringIO("line one\nline two\n\nlast")
print(repr(s.readline()), repr(s.readline(4)), repr(s.readline()))  # expect: 'line one\n' 'line' ' two\n'
print(s.readlines())  # expect: ['\n', 'last']
print(repr(s.readline()), repr(s.read()))  # expect: '' ''
s.seek(0)
print([line for line in s])  # expect: ['line one\n', 'line two\n', '\n', 'last']
s.seek(0)
print(s.readlines(10))  # expect: ['line one\n', 'line two\n']
s.seek(0)
print(s.readlines(0), s.tell())  # expect: ['line one\n', 'line two\n', '\n', 'last'] 23
print(list(io.StringIO("a\nb")), list(io.StringIO("")))  # expect: ['a\n', 'b'] []

# the initial value is read from position 0 and overwritten by writes
s = io.StringIO("abcdef")
print(s.tell(), s.write("XY"), repr(s.getvalue()), repr(s.read()))  # expect: 0 2 'XYcdef' 'cdef'

# writing past the end pads with NULs
s = io.StringIO("ab")
s.seek(5)
s.write("z")
print(repr(s.getvalue()), s.tell())  # expect: 'ab\x00\x00\x00z' 6

# truncate keeps the position
s = io.StringIO("0123456789")
s.seek(4)
print(s.truncate(), repr(s.getvalue()), s.tell())  # expect: 4 '0123' 4
print(s.truncate(2), repr(s.getvalue()), s.tell())  # expect: 2 '01' 4
print(s.truncate(8), repr(s.getvalue()))  # expect: 8 '01'
s.write("!")
print(repr(s.getvalue()))  # expect: '01\x00\x00!'
s.seek(0)
print(s.truncate(0), repr(s.getvalue()), s.tell())  # expect: 0 '' 0

# writelines and print(file=)
s = io.StringIO()
s.writelines(["a", "b\n", "c"])
print("x", 1, 2.5, file=s)
print(file=s)
print("p", "q", sep="-", end="!", file=s)
print(repr(s.getvalue()))  # expect: 'ab\ncx 1 2.5\n\np-q!'

# many small writes, then a read in the middle, then more writes
s = io.StringIO()
for i in range(1000):
    s.write(str(i % 10))
print(len(s.getvalue()), s.tell(), s.getvalue()[:12])  # expect: 1000 1000 012345678901
s.seek(995)
print(repr(s.read(3)), s.tell())  # expect: '567' 998
s.write("END")
print(repr(s.getvalue()[-6:]), len(s.getvalue()), s.tell())  # expect: '567END' 1001 1001
s.seek(0, 2)
s.write("+")
print(repr(s.getvalue()[-3:]), s.tell())  # expect: 'ND+' 1002

# context manager and closing
with io.StringIO("data") as f:
    print(f.closed, f.read())  # expect: False data
print(f.closed)  # expect: True
f.close()
print(f.readable() if not f.closed else "closed")  # expect: closed
s = io.StringIO()
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)  # expect: True True True False False
print(s.encoding, s.errors, s.line_buffering, s.newlines)  # expect: None None False None
s.flush()

# subclasses can override write
class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
print("shout", file=u)
u.write("more")
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))  # expect: 'SHOUT\nMORE' True True

# str subclasses are written as plain text
class MyStr(str):
    pass

s = io.StringIO()
s.write(MyStr("sub"))
print(repr(s.getvalue()), type(s.getvalue()).__name__)  # expect: 'sub' str
print(io.StringIO(None).getvalue() == "", io.StringIO().read(None) == "")  # expect: True True
