# csv.reader: quoting, doubled quotes, embedded newlines, empty lines, line_num
import csv

rows = csv.reader(['a,b,c\r\n', '1,"two, 2",3\r\n', '\r\n', '"x ""quoted"" y",,z\n'])
for row in rows:
    print(rows.line_num, row)
# expect: 1 ['a', 'b', 'c']
# expect: 2 ['1', 'two, 2', '3']
# expect: 3 []
# expect: 4 ['x "quoted" y', '', 'z']

# a quoted field spanning lines
r = csv.reader(['id,text\n', '7,"first line\n', 'second line",end\n'])
print(list(r), r.line_num)  # expect: [['id', 'text'], ['7', 'first line\nsecond line', 'end']] 3

# the last line without a newline, an unterminated quote at the end of data
print(list(csv.reader(['a,b', 'c,"d'])))  # expect: [['a', 'b'], ['c', 'd']]

# spaces are kept unless skipinitialspace
print(list(csv.reader(['  a, "b" ,c'])))  # expect: [['  a', ' "b" ', 'c']]
print(list(csv.reader(['  a, "b" ,c'], skipinitialspace=True)))  # expect: [['a', 'b ', 'c']]

# empty fields, a lone comma, trailing delimiter
print(list(csv.reader([',', 'a,', ',a', '""', '"",""'])))  # expect: [['', ''], ['a', ''], ['', 'a'], [''], ['', '']]

# quotes inside an unquoted field are data
print(list(csv.reader(['ab"c"d,e'])))  # expect: [['ab"c"d', 'e']]
# text after a closing quote is kept (non-strict)
print(list(csv.reader(['"ab"cd,e'])))  # expect: [['abcd', 'e']]

# other delimiters and quote characters
print(list(csv.reader(["a;'b;c';d"], delimiter=';', quotechar="'")))  # expect: [['a', 'b;c', 'd']]
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')))  # expect: [['a', 'b', 'c']]

# escapechar
print(list(csv.reader(['a\\,b,c\\\\d'], escapechar='\\')))  # expect: [['a,b', 'c\\d']]
print(list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))  # expect: [['a"b', 'c']]
print(list(csv.reader(['x\\', 'y'], escapechar='\\')))  # expect: [['x\ny']]

# QUOTE_NONE: quote characters are ordinary
print(list(csv.reader(['"a","b"'], quoting=csv.QUOTE_NONE)))  # expect: [['"a"', '"b"']]

# QUOTE_NONNUMERIC turns unquoted fields into floats
print(list(csv.reader(['1,"2",3.5,,-4e2'], quoting=csv.QUOTE_NONNUMERIC)))  # expect: [[1.0, '2', 3.5, '', -400.0]]

# readers take any iterable of strings and are their own iterators
def gen():
    yield 'p,q'
    yield 'r,s'
r = csv.reader(gen())
print(iter(r) is r, next(r), next(r))  # expect: True ['p', 'q'] ['r', 's']
try:
    next(r)
except StopIteration:
    print('StopIteration', r.line_num)
# expect: StopIteration 2

# a reader over a file-like object
import io
f = io.StringIO('h1,h2\r\n"multi\r\nline",2\r\n')
print(list(csv.reader(f)))  # expect: [['h1', 'h2'], ['multi\r\nline', '2']]
print(list(csv.reader(['a,b\r', 'c'])))  # expect: [['a', 'b'], ['c']]
