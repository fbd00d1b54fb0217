# codecs: utf-16 / utf-32 and incremental encoders/decoders
import codecs

text = 'a€😀'
for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    data = codecs.encode(text, enc)
    print(enc, codecs.encode(text, enc + '-le' if enc in ('utf-16', 'utf-32') else enc),
          codecs.decode(codecs.encode(text, enc), enc) == text)
# expect: utf-16 b'a\x00\xac =\xd8\x00\xde' True
# expect: utf-16-le b'a\x00\xac =\xd8\x00\xde' True
# expect: utf-16-be b'\x00a \xac\xd8=\xde\x00' True
# expect: utf-32 b'a\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00' True
# expect: utf-32-le b'a\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00' True
# expect: utf-32-be b'\x00\x00\x00a\x00\x00 \xac\x00\x01\xf6\x00' True
print(codecs.decode(b'\xfe\xff\x00a\x00b', 'utf-16'), codecs.decode(b'\xff\xfea\x00b\x00', 'utf-16'))  # expect: ab ab
print(codecs.decode(b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'))  # expect: a
for data, enc in ((b'a\x00\x00', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdca\x00', 'utf-16-le'),
                  (b'\x00\x00\x11\x00', 'utf-32-le'), (b'a\x00\x00\x00\xe9', 'utf-32-le')):
    print(repr(codecs.decode(data, enc, 'replace')), repr(codecs.decode(data, enc, 'ignore')))
# expect: 'a�' 'a'
# expect: '�a' 'a'
# expect: '�a' 'a'
# expect: '�' ''
# expect: 'a�' 'a'
print(codecs.utf_16_le_decode(b'A\x00\x00\xd8', 'strict', False), codecs.utf_16_le_decode(b'A\x00B', 'strict', False))  # expect: ('A', 2) ('A', 2)
print(codecs.utf_16_le_encode('é'), codecs.utf_16_be_encode('é'), codecs.utf_32_be_encode('é'))  # expect: (b'\xe9\x00', 1) (b'\x00\xe9', 1) (b'\x00\x00\x00\xe9', 1)

d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'a\xe2')), repr(d.decode(b'\x82')), repr(d.decode(b'\xac', final=True)), d.getstate())  # expect: 'a' '' '€' (b'', 0)
d = codecs.getincrementaldecoder('utf-8')(errors='replace')
print(repr(d.decode(b'x\xe2\x82')), repr(d.decode(b'', final=True)))  # expect: 'x' '�'
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xff')), repr(d.decode(b'\xfea')), repr(d.decode(b'\x00b\x00')), repr(d.decode(b'', True)))  # expect: '' '' 'ab' ''
d.reset()
print(repr(d.decode(b'\xfe\xff\x00z', final=True)))  # expect: 'z'
e = codecs.getincrementalencoder('utf-16')()
first, second = e.encode('a'), e.encode('b')
print(first[2:], second, len(first))  # expect: b'a\x00' b'b\x00' 4
e = codecs.getincrementalencoder('latin-1')()
print(e.encode('é'), e.encode('a', final=True))  # expect: b'\xe9' b'a'
print(list(codecs.iterdecode([b'h\xc3', b'\xa9', b'llo'], 'utf-8')),
      list(codecs.iterencode(['a', 'é', ''], 'latin-1')))
# expect: ['h', 'é', 'llo'] [b'a', b'\xe9']
try:
    list(codecs.iterdecode([b'h\xc3'], 'utf-8'))
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data
