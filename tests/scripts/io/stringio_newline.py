# io.StringIO newline modes: None translates, "" keeps, "\r" and "\r\n" replace \n.
import io

text = "a\r\nb\rc\nd"
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(text, newline=nl)
    lines = s.readlines()
    print(repr(nl), lines, repr(s.getvalue()), s.newlines)
# expect: None ['a\n', 'b\n', 'c\n', 'd'] 'a\nb\nc\nd' ('\r', '\n', '\r\n')
# expect: '' ['a\r\n', 'b\r', 'c\n', 'd'] 'a\r\nb\rc\nd' ('\r', '\n', '\r\n')
# expect: '\n' ['a\r\n', 'b\rc\n', 'd'] 'a\r\nb\rc\nd' None
# expect: '\r' ['a\r', '\r', 'b\r', 'c\r', 'd'] 'a\r\rb\rc\rd' None
# expect: '\r\n' ['a\r\r\n', 'b\rc\r\n', 'd'] 'a\r\r\nb\rc\r\nd' None

s = io.StringIO(newline=None)
s.write("x\r")
s.write("\ny")
print(repr(s.getvalue()), s.newlines)  # expect: 'x\n\ny' ('\r', '\n')

s = io.StringIO(newline="")
s.write("1\r\n2\n3\r")
print(s.newlines, repr(s.getvalue()))  # expect: ('\r', '\n', '\r\n') '1\r\n2\n3\r'
s.seek(0)
print([line for line in s])  # expect: ['1\r\n', '2\n', '3\r']

s = io.StringIO(newline="\r\n")
print(s.write("one\ntwo\n"), repr(s.getvalue()), s.tell())  # expect: 8 'one\r\ntwo\r\n' 10
s.seek(0)
print(repr(s.readline()), end="|\n")  # expect: 'one\r\n'|
print(repr(s.readline(3)))  # expect: 'two'

s = io.StringIO("no newline at all")
print(repr(s.readline()), repr(s.readline()))  # expect: 'no newline at all' ''

s = io.StringIO("a\n\nb\n")
print([s.readline() for _ in range(5)])  # expect: ['a\n', '\n', 'b\n', '', '']
print(io.StringIO("\r\r", newline="").readlines(), io.StringIO("\r\r").readlines())  # expect: ['\r', '\r'] ['\r\r']
