# csv.Error cases: strict mode, newlines in unquoted fields, bytes input
import csv


def rows(lines, **kw):
    r = csv.reader(lines, **kw)
    out = []
    try:
        for row in r:
            out.append(row)
    except csv.Error as e:
        out.append('Error at line %d: %s' % (r.line_num, e))
    return out


print(rows(['a,"b"c'], strict=True))  # expect: ['Error at line 1: \',\' expected after \'"\'']
print(rows(['a,"b"c']))  # expect: [['a', 'bc']]
print(rows(['"open'], strict=True))  # expect: ['Error at line 1: unexpected end of data']
print(rows(['"open']))  # expect: [['open']]
print(rows(['ok', 'a\rb']))  # expect: [['ok'], 'Error at line 2: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?']
print(rows(['a,b\r\n', 'c\n\n']))  # expect: [['a', 'b'], ['c']]
print(rows([b'a,b']))  # expect: ['Error at line 0: iterator should return strings, not bytes (the file should be opened in text mode)']
print(rows(['a', 3]))  # expect: [['a'], 'Error at line 1: iterator should return strings, not int (the file should be opened in text mode)']
try:
    list(csv.reader(['x,1', 'y,z'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print('ValueError:', e)
# expect: ValueError: could not convert string to float: 'x'
try:
    csv.reader(5)
except TypeError as e:
    print('TypeError:', e)
# expect: TypeError: 'int' object is not iterable
print(rows(['1,"2"\n', '3'], strict=True, quoting=csv.QUOTE_NONNUMERIC))  # expect: [[1.0, '2'], [3.0]]
print(rows(['a,"b""c",d'], strict=True))  # expect: [['a', 'b"c', 'd']]
print(rows(['"a" ,b'], strict=True))  # expect: ['Error at line 1: \',\' expected after \'"\'']
print(rows(['"a" ,b']))  # expect: [['a ', 'b']]
list(csv.reader(['fine', 'bad\rline']))
# expect runtime error: _csv.Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?
