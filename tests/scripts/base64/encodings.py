import base64
import binascii

data = b'Spindle \x00\xff\xfe base64!'
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.standard_b64encode, base64.standard_b64decode),
                 (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                 (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data, dec(e.decode('ascii')) == data)
    # expect: b64encode b'U3BpbmRsZSAA//4gYmFzZTY0IQ==' True True
    # expect: standard_b64encode b'U3BpbmRsZSAA//4gYmFzZTY0IQ==' True True
    # expect: urlsafe_b64encode b'U3BpbmRsZSAA__4gYmFzZTY0IQ==' True True
    # expect: b32encode b'KNYGS3TENRSSAAH77YQGEYLTMU3DIII=' True True
    # expect: b32hexencode b'ADO6IRJ4DHII007VVOG64OBJCKR3888=' True True
    # expect: b16encode b'5370696E646C652000FFFE2062617365363421' True True
    # expect: a85encode b';fHGgA8Gg"!<<$@@UX=h2DcQ' True True
    # expect: b85encode b'Q*dc+WNc+10RR3VVqtS-HZ&m' True True
print([base64.b64encode(b'x' * n) for n in range(5)])  # expect: [b'', b'eA==', b'eHg=', b'eHh4', b'eHh4eA==']
print([base64.b32encode(b'x' * n) for n in range(7)])  # expect: [b'', b'PA======', b'PB4A====', b'PB4HQ===', b'PB4HQ6A=', b'PB4HQ6DY', b'PB4HQ6DYPA======']
print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64decode('-__-', altchars='-_'))  # expect: b'-__-' b'\xfb\xff\xfe'
print(base64.b64decode('YW Jj\nZA=='), base64.b64decode(b'YWJjZA==garbage'), base64.urlsafe_b64decode('-_8='))  # expect: b'abcd' b'abcd' b'\xfb\xff'
print(base64.b32decode('mfrggzdfmzqa====', casefold=True), base64.b32decode('MFRGGZDFMZQA===='))  # expect: b'abcdef`' b'abcdef`'
print(base64.b32decode('0FRGGZDF', map01='L'), base64.b32decode('1ERGGZDF', map01=b'I'))  # expect: b'qbcde' b'A"cde'
print(base64.b16decode('0aff', casefold=True), base64.b16encode(b''), base64.b16decode(''))  # expect: b'\n\xff' b'' b''
print(base64.a85encode(b'\x00' * 8 + b'    ', foldspaces=True), base64.a85encode(b'\x00\x00'), base64.a85encode(b'hello world', adobe=True, wrapcol=6))  # expect: b'zzy' b'!!!' b'<~BOu!\nrD]j7B\nEbo7~>'
print(base64.a85encode(b'abc', pad=True), base64.a85decode(b'<~BOu!r~>', adobe=True), base64.a85decode(b'z y', foldspaces=True))  # expect: b'@:E^H' b'hell' b'\x00\x00\x00\x00    '
print(base64.b85encode(b'abc', pad=True), base64.b85encode(b'\xff' * 4), base64.b85decode(b'VPa'))  # expect: b'VPazd' b'|NsC0' b'ab'
print(base64.encodebytes(b'x' * 70), base64.decodebytes(b'eHh4\neHh4\n'), base64.encodebytes(b''))
# expect: b'eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4\neHh4eHh4eHh4eHh4eA==\n' b'xxxxxx' b''

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__module__ if type(e).__module__ != 'builtins' else '', type(e).__name__, e)
t(lambda: base64.b64decode('abc'))  # expect: binascii Error Incorrect padding
t(lambda: base64.b64decode('a'))  # expect: binascii Error Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
t(lambda: base64.b64decode('abcde'))  # expect: binascii Error Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4
t(lambda: base64.b64decode('ab!c', validate=True))  # expect: binascii Error Only base64 data is allowed
t(lambda: base64.b64decode('YWJj', validate=True))  # expect: b'abc'
t(lambda: base64.b64decode('YQ==YQ==', validate=True))  # expect: binascii Error Excess data after padding
t(lambda: base64.b64decode('=YQ==', validate=True))  # expect: binascii Error Leading padding not allowed
t(lambda: base64.b64decode('Y=Q=', validate=True))  # expect: binascii Error Discontinuous padding not allowed
t(lambda: base64.b64decode('é'))  # expect:  ValueError string argument should contain only ASCII characters
t(lambda: base64.b64decode(3))  # expect:  TypeError argument should be a bytes-like object or ASCII string, not 'int'
t(lambda: base64.b64encode('text'))  # expect:  TypeError a bytes-like object is required, not 'str'
t(lambda: base64.b64encode(b'x', altchars=b'-'))  # expect:  AssertionError b'-'
t(lambda: base64.b32decode('MFRGGZD'))  # expect: binascii Error Incorrect padding
t(lambda: base64.b32decode('MFRGGZD1'))  # expect: binascii Error Non-base32 digit found
t(lambda: base64.b32decode('MFRGGZ=='))  # expect: binascii Error Incorrect padding
t(lambda: base64.b16decode('0g'))  # expect: binascii Error Non-base16 digit found
t(lambda: base64.b16decode('0af'))  # expect: binascii Error Non-base16 digit found
t(lambda: base64.a85decode(b'z!'))  # expect: b'\x00\x00\x00\x00'
t(lambda: base64.a85decode(b'!z'))  # expect:  ValueError z inside Ascii85 5-tuple
t(lambda: base64.a85decode(b'uuuuu'))  # expect:  ValueError Ascii85 overflow
t(lambda: base64.a85decode(b'ab{'))  # expect:  ValueError Non-Ascii85 digit found: {
t(lambda: base64.a85decode(b'abc', adobe=True))  # expect:  ValueError Ascii85 encoded byte sequences must end with b'~>'
t(lambda: base64.b85decode(b'|NsC0~'))  # expect:  ValueError base85 overflow in hunk starting at byte 5
t(lambda: base64.b85decode(b'ab"c'))  # expect:  ValueError bad base85 character at position 2
t(lambda: base64.encodebytes('s'))  # expect:  TypeError expected bytes-like object, not str
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))  # expect: True True
