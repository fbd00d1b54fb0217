# Dialect classes, the registry, validation of formatting parameters
import csv

print(csv.list_dialects())  # expect: ['excel', 'excel-tab', 'unix']
d = csv.get_dialect('excel')
print(d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace,
      repr(d.lineterminator), d.quoting, d.strict)
# expect: , " None True False '\r\n' 0 False
u = csv.get_dialect('unix')
print(repr(u.lineterminator), u.quoting == csv.QUOTE_ALL, repr(csv.get_dialect('excel-tab').delimiter))  # expect: '\n' True '\t'
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)  # expect: 0 1 2 3
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.unix_dialect.quoting)  # expect: , '\t' 1

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_NONE, escapechar='\\')
print(list(csv.reader(['a|b\\|c'], 'pipes')))  # expect: [['a', 'b|c']]
p = csv.get_dialect('pipes')
print(p.delimiter, p.quoting, p.escapechar)  # expect: | 3 \


class Semi(csv.excel):
    delimiter = ';'


csv.register_dialect('semi', Semi, quotechar="'")
print(csv.get_dialect('semi').delimiter, csv.get_dialect('semi').quotechar)  # expect: ; '
print(list(csv.reader(["a;'b;c'"], 'semi')))  # expect: [['a', 'b;c']]
print(list(csv.reader(['a;b'], Semi)), list(csv.reader(['a;b'], Semi())))  # expect: [['a', 'b']] [['a', 'b']]
print(Semi()._valid, csv.Dialect._valid)  # expect: True False
print(sorted(csv.list_dialects()))  # expect: ['excel', 'excel-tab', 'pipes', 'semi', 'unix']
csv.unregister_dialect('semi')
print('semi' in csv.list_dialects())  # expect: False

# keyword arguments override the dialect
print(list(csv.reader(['a;b,c'], 'excel', delimiter=';')))  # expect: [['a', 'b,c']]

for name in ('nope', 'semi'):
    try:
        csv.get_dialect(name)
    except csv.Error as e:
        print('Error:', e)
# expect: Error: unknown dialect
# expect: Error: unknown dialect
try:
    csv.unregister_dialect('nope')
except csv.Error as e:
    print('Error:', e)
# expect: Error: unknown dialect
try:
    csv.register_dialect(1)
except TypeError as e:
    print('TypeError:', e)
# expect: TypeError: dialect name must be a string

bad = [
    dict(delimiter=1), dict(delimiter='ab'), dict(delimiter=''), dict(delimiter=None),
    dict(quotechar=1), dict(quotechar='ab'), dict(escapechar=''),
    dict(lineterminator=5), dict(lineterminator=None), dict(quoting=7),
    dict(quoting='x'), dict(quoting=True), dict(quotechar=None, quoting=csv.QUOTE_ALL),
    dict(bogus=1),
]
for kw in bad:
    try:
        csv.reader([], **kw)
    except TypeError as e:
        print('TypeError:', e)
# expect: TypeError: "delimiter" must be string, not int
# expect: TypeError: "delimiter" must be a 1-character string
# expect: TypeError: "delimiter" must be a 1-character string
# expect: TypeError: "delimiter" must be string, not NoneType
# expect: TypeError: "quotechar" must be string or None, not int
# expect: TypeError: "quotechar" must be a 1-character string
# expect: TypeError: "escapechar" must be a 1-character string
# expect: TypeError: "lineterminator" must be a string
# expect: TypeError: lineterminator must be set
# expect: TypeError: bad "quoting" value
# expect: TypeError: "quoting" must be an integer
# expect: TypeError: "quoting" must be an integer
# expect: TypeError: quotechar must be set if quoting enabled
# expect: TypeError: 'bogus' is an invalid keyword argument for this function

# quotechar=None alone switches quoting off
r = csv.reader(['"a"'], quotechar=None)
print(r.dialect.quoting == csv.QUOTE_NONE, list(r))  # expect: True [['"a"']]


class Incomplete(csv.Dialect):
    delimiter = ';'


try:
    Incomplete()
except csv.Error as e:
    print('Error:', e)
# expect: Error: "quoting" must be an integer

try:
    r.dialect.delimiter = ';'
except AttributeError:
    print('read-only')
# expect: read-only

# field_size_limit
old = csv.field_size_limit(8)
print(old, csv.field_size_limit())  # expect: 131072 8
try:
    list(csv.reader(['123456789']))
except csv.Error as e:
    print('Error:', e)
# expect: Error: field larger than field limit (8)
print(list(csv.reader(['12345678'])))  # expect: [['12345678']]
print(csv.field_size_limit(old))  # expect: 8
try:
    csv.field_size_limit('x')
except TypeError as e:
    print('TypeError:', e)
# expect: TypeError: limit must be an integer
print(issubclass(csv.Error, Exception), csv.__version__)  # expect: True 1.0
