import pprint

s = 'The quick brown fox jumps over the lazy dog. ' * 4
print(pprint.pformat(s))
# expect: ('The quick brown fox jumps over the lazy dog. The quick brown fox jumps over '
# expect:  'the lazy dog. The quick brown fox jumps over the lazy dog. The quick brown '
# expect:  'fox jumps over the lazy dog. ')
print(pprint.pformat(s, width=30))
# expect: ('The quick brown fox jumps '
# expect:  'over the lazy dog. The '
# expect:  'quick brown fox jumps over '
# expect:  'the lazy dog. The quick '
# expect:  'brown fox jumps over the '
# expect:  'lazy dog. The quick brown '
# expect:  'fox jumps over the lazy '
# expect:  'dog. ')
print(pprint.pformat([s], width=50))
# expect: ['The quick brown fox jumps over the lazy dog. '
# expect:  'The quick brown fox jumps over the lazy dog. '
# expect:  'The quick brown fox jumps over the lazy dog. '
# expect:  'The quick brown fox jumps over the lazy dog. ']
print(pprint.pformat({'text': s}, width=50))
# expect: {'text': 'The quick brown fox jumps over the '
# expect:          'lazy dog. The quick brown fox jumps '
# expect:          'over the lazy dog. The quick brown fox '
# expect:          'jumps over the lazy dog. The quick '
# expect:          'brown fox jumps over the lazy dog. '}
print(pprint.pformat('line one\nline two\nline three\n' * 2, width=20))
# expect: ('line one\n'
# expect:  'line two\n'
# expect:  'line three\n'
# expect:  'line one\n'
# expect:  'line two\n'
# expect:  'line three\n')
print(pprint.pformat('nospaceatallinthisverylongstringthatgoesonandon' * 2, width=30))  # expect: 'nospaceatallinthisverylongstringthatgoesonandonnospaceatallinthisverylongstringthatgoesonandon'
print(pprint.pformat(('tuple', 'x' * 90)))
# expect: ('tuple',
# expect:  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')
print(pprint.pformat('', width=1), pprint.pformat('ab', width=1))  # expect: '' 'ab'
print(pprint.pformat("it's \"quoted\" " * 8, width=40))
# expect: ('it\'s "quoted" it\'s "quoted" it\'s '
# expect:  '"quoted" it\'s "quoted" it\'s '
# expect:  '"quoted" it\'s "quoted" it\'s '
# expect:  '"quoted" it\'s "quoted" ')
b = bytes(range(40))
print(pprint.pformat(b))
# expect: (b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13'
# expect:  b'\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !"#$%&\'')
print(pprint.pformat(b, width=30))
# expect: (b'\x00\x01\x02\x03'
# expect:  b'\x04\x05\x06\x07'
# expect:  b'\x08\t\n\x0b\x0c\r\x0e\x0f'
# expect:  b'\x10\x11\x12\x13'
# expect:  b'\x14\x15\x16\x17'
# expect:  b'\x18\x19\x1a\x1b'
# expect:  b'\x1c\x1d\x1e\x1f !"#$%&\'')
print(pprint.pformat([b'abcd' * 10], width=30))
# expect: [b'abcdabcdabcdabcdabcdabcd'
# expect:  b'abcdabcdabcdabcd']
print(pprint.pformat(b'abcd', width=1), pprint.pformat(b'', width=1))  # expect: b'abcd' b''
print(pprint.pformat({'k': b'\x00\xff' * 20}, width=40))
# expect: {'k': b'\x00\xff\x00\xff'
# expect:       b'\x00\xff\x00\xff'
# expect:       b'\x00\xff\x00\xff'
# expect:       b'\x00\xff\x00\xff'
# expect:       b'\x00\xff\x00\xff'
# expect:       b'\x00\xff\x00\xff'
# expect:       b'\x00\xff\x00\xff'
# expect:       b'\x00\xff\x00\xff'
# expect:       b'\x00\xff\x00\xff'
# expect:       b'\x00\xff\x00\xff'}
