# codecs: lookup and aliases, encode/decode, getencoder/getdecoder, errors
import codecs

for name in ('utf-8', 'UTF8', 'u8', 'Latin-1', 'latin1', 'ISO-8859-1', 'ascii', 'US-ASCII',
             '646', 'utf-16', 'UTF-16LE', 'utf_16_be', 'utf-32', 'utf-32-le', 'rot13', 'hex',
             'base64'):
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding, isinstance(info, tuple), len(info),
          info[0] is info.encode, info[1] is info.decode)
# expect: utf-8 utf-8 True True 4 True True
# expect: UTF8 utf-8 True True 4 True True
# expect: u8 utf-8 True True 4 True True
# expect: Latin-1 iso8859-1 True True 4 True True
# expect: latin1 iso8859-1 True True 4 True True
# expect: ISO-8859-1 iso8859-1 True True 4 True True
# expect: ascii ascii True True 4 True True
# expect: US-ASCII ascii True True 4 True True
# expect: 646 ascii True True 4 True True
# expect: utf-16 utf-16 True True 4 True True
# expect: UTF-16LE utf-16-le True True 4 True True
# expect: utf_16_be utf-16-be True True 4 True True
# expect: utf-32 utf-32 True True 4 True True
# expect: utf-32-le utf-32-le True True 4 True True
# expect: rot13 rot-13 False True 4 True True
# expect: hex hex False True 4 True True
# expect: base64 base64 False True 4 True True
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError:', e)
# expect: LookupError: unknown encoding: no-such-codec

print(codecs.encode('héllo'), codecs.encode('héllo', 'latin-1'), codecs.encode('abc', 'ascii'))  # expect: b'h\xc3\xa9llo' b'h\xe9llo' b'abc'
print(codecs.decode(b'h\xc3\xa9'), codecs.decode(b'h\xe9', 'latin-1'))  # expect: hé hé
print(codecs.encode('h€', 'latin-1', 'replace'), codecs.encode('h€', 'ascii', 'xmlcharrefreplace'),
      codecs.encode('h€', 'ascii', 'ignore'), codecs.encode('h€', 'ascii', 'backslashreplace'))
# expect: b'h?' b'h&#8364;' b'h' b'h\\u20ac'
print(codecs.decode(b'h\xe9', 'utf-8', 'replace'), codecs.decode(b'h\xe9', 'ascii', 'ignore'),
      codecs.decode(b'h\xe9!', 'utf-8', 'backslashreplace'))
# expect: h� h h\xe9!
for call in (lambda: codecs.encode('h€', 'latin-1'), lambda: codecs.decode(b'\xff', 'utf-8'),
             lambda: codecs.encode(b'x', 'utf-8'), lambda: codecs.decode('x', 'utf-8')):
    try:
        call()
    except (UnicodeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
# expect: UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 1: ordinal not in range(256)
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: TypeError: encoding with 'utf-8' codec failed (TypeError: utf_8_encode() argument 1 must be str, not bytes)
# expect: TypeError: decoding with 'utf-8' codec failed (TypeError: a bytes-like object is required, not 'str')

print(codecs.getencoder('utf-8')('é'), codecs.getdecoder('latin-1')(b'\xe9'))  # expect: (b'\xc3\xa9', 1) ('é', 1)
print(codecs.utf_8_encode('é'), codecs.utf_8_decode(b'a\xe2\x82'), codecs.utf_8_decode(b'a\xe2\x82\xac'))  # expect: (b'\xc3\xa9', 1) ('a', 1) ('a€', 4)
print(codecs.latin_1_encode('é'), codecs.latin_1_decode(b'\xe9'), codecs.ascii_encode('ab'),
      codecs.ascii_decode(b'ab'))
# expect: (b'\xe9', 1) ('é', 1) (b'ab', 2) ('ab', 2)

# non-text codecs
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))  # expect: Uryyb, Jbeyq! Hello
print(codecs.encode(b'\x01\xab', 'hex'), codecs.decode(b'01ab', 'hex'))  # expect: b'01ab' b'\x01\xab'
print(codecs.encode(b'hello', 'base64'), codecs.decode(b'aGVsbG8=\n', 'base64'))  # expect: b'aGVsbG8=\n' b'hello'

# BOMs
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)  # expect: b'\xef\xbb\xbf' b'\xff\xfe' b'\xfe\xff' b'\xff\xfe\x00\x00' b'\x00\x00\xfe\xff'
print(codecs.BOM_LE == codecs.BOM_UTF16_LE, codecs.BOM_BE == codecs.BOM_UTF16_BE,
      codecs.BOM in (codecs.BOM_LE, codecs.BOM_BE), codecs.BOM_UTF32 in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))
# expect: True True True True

# error handler registry
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.lookup_error('ignore') is codecs.ignore_errors,
      codecs.lookup_error('replace') is codecs.replace_errors)
# expect: True True True
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print('LookupError:', e)
# expect: LookupError: unknown error handler name 'nope'
try:
    codecs.register_error('x', 5)
except TypeError as e:
    print('TypeError:', e)
# expect: TypeError: handler must be callable


# search functions
def search(name):
    if name == 'shout':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)),
                                name='shout')
    return None


codecs.register(search)
print(codecs.encode('abc', 'shout'), codecs.decode(b'XYZ', 'SHOUT'), codecs.lookup('shout').name)  # expect: b'ABC' xyz shout
codecs.unregister(search)
try:
    codecs.lookup('shout')
except LookupError as e:
    print('LookupError:', e)
# expect: LookupError: unknown encoding: shout
ci = codecs.CodecInfo(1, 2, name='z')
print(tuple(ci), ci.name, ci.incrementalencoder, ci._is_text_encoding)  # expect: (1, 2, None, None) z None True
