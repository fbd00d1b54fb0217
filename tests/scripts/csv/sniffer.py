# csv.Sniffer: delimiter / quote detection and header guessing
import csv

samples = [
    'name,age,city\r\nAnn,31,Oslo\r\nBob,27,Rome\r\n',
    'a;b;c\n1;2;3\n4;5;6\n',
    '"x","y"\n"1","2"\n',
    "'a'; 'b'\n'c'; 'd'\n",
    'id\tvalue\n1\t2.5\n2\t3.5\n',
    'h1 h2\nv1 v2\nv3 v4\n',
    '"a ""q"" b",c\n"d",e\n',
    'k|v\n1|2\n3|4\n5|6\n',
    'title,price\n"Widget, large",9.99\n"Gadget",4.50\n',
]
sniffer = csv.Sniffer()
for sample in samples:
    d = sniffer.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, bool(d.skipinitialspace),
          sniffer.has_header(sample))
# expect: ',' '"' False False True
# expect: ';' '"' False False True
# expect: ',' '"' False False True
# expect: ';' "'" False True False
# expect: '\t' '"' False False True
# expect: ' ' '"' False False False
# expect: ' ' '"' True False True
# expect: '|' '"' False False True
# expect: ',' '"' False False True

d = sniffer.sniff('a,b;c\n1,2;3\n', delimiters=';')
print(repr(d.delimiter), d._name, d.quoting == csv.QUOTE_MINIMAL, repr(d.lineterminator))  # expect: ';' sniffed True '\r\n'
print(issubclass(d, csv.Dialect), list(csv.reader(['x;y'], d)))  # expect: True [['x', 'y']]
try:
    sniffer.sniff('abc')
except csv.Error as e:
    print('Error:', e)
print(sniffer.preferred)  # expect: [',', '\t', ';', ' ', ':']
print(sniffer.has_header('name,value\nx,1\ny,2\nz,3\n'))  # expect: True
print(sniffer.has_header('1,2\n3,4\n5,6\n'))  # expect: False
print(sniffer.has_header('abc,def\nabc,def\nabc,def\n'))  # expect: False
