from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)

print(quote('/a b/c?d=é&f'), quote('/a b', safe=''), quote('a~b_c.d-e'), repr(quote('')))  # expect: /a%20b/c%3Fd%3D%C3%A9%26f %2Fa%20b a~b_c.d-e ''
print(quote('ÿ', encoding='latin-1'), quote(b'\x00\xff /'), quote('snow☃', safe='☃'))  # expect: %FF %00%FF%20/ snow%E2%98%83
print(quote_plus('a b+c/d'), quote_plus('a b', safe='/'), quote_plus(b'x y'), quote_plus('nospace'))  # expect: a+b%2Bc%2Fd a+b x+y nospace
print(quote_from_bytes(b'a&b'), quote_from_bytes(b''), quote_from_bytes(b'/x y', safe=b'/ '))  # expect: a%26b  /x y
print(unquote('a%20b%2Fc'), unquote('%C3%A9%e2%98%83'), unquote('%zz%4'), unquote('%FF', errors='strict') if False else unquote('%FF'))  # expect: a b/c é☃ %zz%4 �
print(unquote('%E9', encoding='latin-1'), unquote('é%20x'), unquote(b'%41%42'), repr(unquote('')))  # expect: é é x AB ''
print(unquote_plus('a+b%2Bc'), unquote_to_bytes('%41%c3%a9'), unquote_to_bytes(b'a%2'), unquote_to_bytes(''))  # expect: a b+c b'A\xc3\xa9' b'a%2' b''

print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}))  # expect: a=1&b=x+y&c=%C3%A9%26%3D
print(urlencode([('k', 'v1'), ('k', 'v2'), ('e', '')]))  # expect: k=v1&k=v2&e=
print(urlencode({'k': ['a', 'b'], 't': ('x',), 'n': 5, 'b': b'by tes'}, doseq=True))  # expect: k=a&k=b&t=x&n=5&b=by+tes
print(urlencode({'k': ['a', 'b']}), urlencode({'p': '/x y'}, safe='/', quote_via=quote))  # expect: k=%5B%27a%27%2C+%27b%27%5D p=/x%20y
print(urlencode({b'key': b'val ue'}), repr(urlencode([])), repr(urlencode({})))  # expect: key=val+ue '' ''
for bad in ['abc', 5, [1, 2]]:
    try:
        print(urlencode(bad))
    except TypeError as e:
        print('TypeError', e)
        # expect: TypeError not a valid non-string sequence or mapping object
        # expect: TypeError not a valid non-string sequence or mapping object
        # expect: TypeError not a valid non-string sequence or mapping object

qs = 'a=1&b=2&a=3&c=&d&e=x+y%20z&%3D=%26'
print(parse_qsl(qs))  # expect: [('a', '1'), ('b', '2'), ('a', '3'), ('e', 'x y z'), ('=', '&')]
print(parse_qsl(qs, keep_blank_values=True))  # expect: [('a', '1'), ('b', '2'), ('a', '3'), ('c', ''), ('d', ''), ('e', 'x y z'), ('=', '&')]
print(parse_qs(qs), parse_qs(qs, True))  # expect: {'a': ['1', '3'], 'b': ['2'], 'e': ['x y z'], '=': ['&']} {'a': ['1', '3'], 'b': ['2'], 'c': [''], 'd': [''], 'e': ['x y z'], '=': ['&']}
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl('a=1;b=2'), parse_qsl(''), parse_qs(''))  # expect: [('a', '1'), ('b', '2')] [('a', '1;b=2')] [] {}
print(parse_qsl(b'a=1&b=%41+'), parse_qsl('x=%E9', encoding='latin-1'), parse_qsl('&&a=1&&'))  # expect: [(b'a', b'1'), (b'b', b'A ')] [('x', 'é')] [('a', '1')]
for args, kw in [(('a=1&b',), {'strict_parsing': True}), (('a=1&&b=2',), {'strict_parsing': True}),
                 (('a=1&b=2&c=3',), {'max_num_fields': 2}), (('a=1',), {'separator': ''}),
                 (('a=1',), {'separator': 5})]:
    try:
        print(parse_qsl(*args, **kw))
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
        # expect: ValueError bad query field: 'b'
        # expect: ValueError bad query field: ''
        # expect: ValueError Max number of fields exceeded
        # expect: ValueError Separator must be of type string or bytes.
        # expect: AttributeError 'int' object has no attribute 'decode'
print(parse_qsl('a=1&b=2', max_num_fields=2))  # expect: [('a', '1'), ('b', '2')]
