# csv.writer: quoting rules, line terminators, escapes, return values
import csv
import io


def show(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    results = [w.writerow(r) for r in rows]
    print(results, repr(s.getvalue()))


show([['a', 'b c', 'd,e', 'f"g', 'h\ni', 'j\rk', '']])  # expect: [33] 'a,b c,"d,e","f""g","h\ni","j\rk",\r\n'
show([[1, 2.5, True, None, -3]])  # expect: [16] '1,2.5,True,,-3\r\n'
show([['x']], lineterminator='\n')  # expect: [2] 'x\n'
show([['a', 'b']], delimiter=';')  # expect: [5] 'a;b\r\n'
show([["it's", 'a"b']], quotechar="'")  # expect: [13] '\'it\'\'s\',a"b\r\n'

# QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE
show([['a', 1, 2.5, None, '']], quoting=csv.QUOTE_ALL)  # expect: [21] '"a","1","2.5","",""\r\n'
show([['a', 1, 2.5, None, '', True]], quoting=csv.QUOTE_NONNUMERIC)  # expect: [22] '"a",1,2.5,"","",True\r\n'
show([['a', 'b,c', 'd"e', 'f\\g']], quoting=csv.QUOTE_NONE, escapechar='\\')  # expect: [18] 'a,b\\,c,d\\"e,f\\\\g\r\n'

# doublequote=False needs an escapechar
show([['a"b', 'c,d']], doublequote=False, escapechar='\\')  # expect: [12] 'a\\"b,"c,d"\r\n'
try:
    show([['a"b']], doublequote=False)
except csv.Error as e:
    print('Error:', e)
# expect: Error: need to escape, but no escapechar set
try:
    show([['a,b']], quoting=csv.QUOTE_NONE)
except csv.Error as e:
    print('Error:', e)
# expect: Error: need to escape, but no escapechar set

# a record with a single empty field is quoted
show([[''], [None], ['', ''], []])  # expect: [4, 4, 3, 2] '""\r\n""\r\n,\r\n\r\n'
try:
    show([['']], quoting=csv.QUOTE_NONE)
except csv.Error as e:
    print('Error:', e)
# expect: Error: single empty field record must be quoted

# the lineterminator's characters force quoting
show([['aXb', 'c\nd']], lineterminator='X')  # expect: [10] '"aXb",c\ndX'

# rows may be any iterable; writerows takes an iterable of rows
s = io.StringIO()
w = csv.writer(s)
print(w.writerows([(x, x * x) for x in range(3)]), repr(s.getvalue()))  # expect: None '0,0\r\n1,1\r\n2,4\r\n'
w.writerow(c for c in 'abc')
w.writerow('xyz')
print(repr(s.getvalue()[-14:]))  # expect: 'a,b,c\r\nx,y,z\r\n'

try:
    w.writerow(5)
except csv.Error as e:
    print('Error:', e)
# expect: Error: iterable expected, not int
try:
    w.writerows(5)
except TypeError as e:
    print('TypeError:', e)
# expect: TypeError: 'int' object is not iterable

# any object with a write() method
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return 'written'


sink = Sink()
print(csv.writer(sink).writerow(['a', 'b']), sink.parts)  # expect: written ['a,b\r\n']
try:
    csv.writer(object())
except TypeError as e:
    print('TypeError:', e)
# expect: TypeError: argument 1 must have a "write" method

# round trip of awkward values
s = io.StringIO()
data = [['plain', 'with,comma', 'with "quote"', 'multi\nline', ' lead', 'trail ', '']]
csv.writer(s).writerows(data)
print(list(csv.reader(io.StringIO(s.getvalue()))) == data)  # expect: True
print(w.dialect.delimiter, w.dialect.quoting, repr(w.dialect.lineterminator))  # expect: , 0 '\r\n'
