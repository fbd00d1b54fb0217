# io.TextIOWrapper over a BytesIO: encoding, newline translation, buffering.
import io

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.buffer is raw)  # expect: utf-8 strict False True
print(t.write("héllo\n"), t.write("wörld"))  # expect: 6 5
print(raw.getvalue())  # expect: b''
t.flush()
print(raw.getvalue(), t.tell())  # expect: b'h\xc3\xa9llo\nw\xc3\xb6rld' 13
t.seek(0)
print(repr(t.readline()), t.tell(), repr(t.read(2)), repr(t.read()))  # expect: 'héllo\n' 7 'wö' 'rld'
print(t.seek(0), repr(t.read()))  # expect: 0 'héllo\nwörld'

t = io.TextIOWrapper(io.BytesIO("naïve ☃ text\nline 2\r\nline 3\rend".encode("utf-8")), encoding="utf-8")
print(t.readlines())  # expect: ['naïve ☃ text\n', 'line 2\n', 'line 3\n', 'end']
print(t.newlines)  # expect: ('\r', '\n', '\r\n')

t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii", newline="")
print(t.readlines())  # expect: ['a\r\n', 'b\r', 'c\n', 'd']
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii", newline="\r")
print(t.readlines())  # expect: ['a\r', '\nb\r', 'c\nd']
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii", newline="\n")
print([line for line in t])  # expect: ['a\r\n', 'b\rc\n', 'd']

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="latin-1", newline="\r\n")
t.write("x\ny\n")
t.write("é")
t.flush()
print(raw.getvalue())  # expect: b'x\r\ny\r\n\xe9'

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8", line_buffering=True)
t.write("no newline")
print(raw.getvalue())  # expect: b''
t.write(" then\n")
print(raw.getvalue())  # expect: b'no newline then\n'

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)
t.write("through")
print(raw.getvalue())  # expect: b'through'
print("text", file=t)
print(raw.getvalue())  # expect: b'throughtext\n'

t = io.TextIOWrapper(io.BytesIO(b"\xff\xfe"), encoding="utf-8", errors="replace")
print(repr(t.read()))  # expect: '��'
t = io.TextIOWrapper(io.BytesIO(b"ok\xff"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)  # expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
try:
    t.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)  # expect: UnicodeEncodeError 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)  # expect: LookupError unknown encoding: no-such-codec
try:
    t.write(b"bytes")
except TypeError as e:
    print("TypeError", e)  # expect: TypeError write() argument must be str, not bytes

# a long text decoded in chunks keeps multi-byte characters whole
data = ("é☃x" * 5000).encode("utf-8")
t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
first = t.read(7)
rest = t.read()
print(first, len(rest), (first + rest) == "é☃x" * 5000)  # expect: é☃xé☃xé 14993 True

t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
t.close()
print(t.closed)  # expect: True
try:
    t.read()
except ValueError as e:
    print("ValueError", e)  # expect: ValueError I/O operation on closed file.
print(isinstance(t, io.TextIOBase), isinstance(t, io.IOBase))  # expect: True True
