# csv.DictReader / csv.DictWriter
import csv
import io

data = 'name,age,city\r\nAnn,31,Oslo\r\n\r\nBob,27\r\nCy,40,Rome,extra,more\r\n'
rd = csv.DictReader(io.StringIO(data), restval='?', restkey='rest')
print(rd.fieldnames, rd.line_num)  # expect: ['name', 'age', 'city'] 1
for row in rd:
    print(rd.line_num, row)
# expect: 2 {'name': 'Ann', 'age': '31', 'city': 'Oslo'}
# expect: 4 {'name': 'Bob', 'age': '27', 'city': '?'}
# expect: 5 {'name': 'Cy', 'age': '40', 'city': 'Rome', 'rest': ['extra', 'more']}

# explicit field names: the first row is data
rd = csv.DictReader(['1,2', '3,4'], fieldnames=['x', 'y'])
print(list(rd))  # expect: [{'x': '1', 'y': '2'}, {'x': '3', 'y': '4'}]

# defaults: restkey None, restval None
print(list(csv.DictReader(['a,b', '1', '1,2,3'])))  # expect: [{'a': '1', 'b': None}, {'a': '1', 'b': '2', None: ['3']}]

# empty input: no field names
rd = csv.DictReader([])
print(rd.fieldnames, list(rd))  # expect: None []

# fieldnames can be set; dialect keywords pass through
rd = csv.DictReader(['a;b', '1;2'], delimiter=';')
rd.fieldnames = ['p', 'q']
print(list(rd))  # expect: [{'p': 'a', 'q': 'b'}, {'p': '1', 'q': '2'}]

s = io.StringIO()
w = csv.DictWriter(s, ['id', 'text', 'score'], restval='NA', lineterminator='\n')
print(w.writeheader())  # expect: 14
print(w.writerow({'id': 1, 'text': 'hello, world', 'score': 2.5}))  # expect: 21
w.writerows([{'id': 2}, {'text': 'a "quote"', 'score': None}])
print(repr(s.getvalue()))  # expect: 'id,text,score\n1,"hello, world",2.5\n2,NA,NA\nNA,"a ""quote""",\n'

try:
    w.writerow({'id': 3, 'bogus': 1})
except ValueError as e:
    print('ValueError:', e)
# expect: ValueError: dict contains fields not in fieldnames: 'bogus'

w = csv.DictWriter(s, ['id'], extrasaction='ignore')
w.writerow({'id': 9, 'other': 0})
print(repr(s.getvalue()[-3:]))  # expect: '9\r\n'

try:
    csv.DictWriter(s, ['id'], extrasaction='skip')
except ValueError as e:
    print('ValueError:', e)
# expect: ValueError: extrasaction (skip) must be 'raise' or 'ignore'

# round trip
s = io.StringIO()
rows = [{'k': 'a,b', 'v': '1'}, {'k': 'line\nbreak', 'v': ''}]
w = csv.DictWriter(s, ['k', 'v'])
w.writeheader()
w.writerows(rows)
back = list(csv.DictReader(io.StringIO(s.getvalue())))
print(back == rows, back)  # expect: True [{'k': 'a,b', 'v': '1'}, {'k': 'line\nbreak', 'v': ''}]
print(w.writer.dialect.delimiter, rd.reader.dialect.delimiter)  # expect: , ;
