import binascii

print(binascii.hexlify(b'\x00\xabZ'), binascii.b2a_hex(b''), binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'))  # expect: b'00ab5a' b'' b'01-02-03-04-05'
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', -2))  # expect: b'01:0203:0405' b'0102 0304 05'
print(binascii.unhexlify(b'00abCD'), binascii.a2b_hex('ff00'), binascii.unhexlify(''))  # expect: b'\x00\xab\xcd' b'\xff\x00' b''
print(binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'hello', newline=False), binascii.b2a_base64(b''))  # expect: b'aGVsbG8=\n' b'aGVsbG8=' b'\n'
print(binascii.a2b_base64(b'aGVsbG8=\n'), binascii.a2b_base64('aGVs bG8='), binascii.a2b_base64(b''))  # expect: b'hello' b'hello' b''
print(binascii.a2b_base64(b'aGVsbG8=trailing'), binascii.a2b_base64(b'aG=V=sbG8='))  # expect: b'hello' b'he'
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')))  # expect: 0 222957957 222957957
print(binascii.crc32(b'abc', 0xffffffff), binascii.crc32(b'abc', -1), binascii.crc32(bytes(range(256))))  # expect: 899311407 899311407 688229491
print(binascii.crc_hqx(b'', 0), binascii.crc_hqx(b'123456789', 0), binascii.crc_hqx(b'123456789', 0xffff))  # expect: 0 12739 10673
print(binascii.crc_hqx(b'abc', 0x1ffff), binascii.crc_hqx(b'c', binascii.crc_hqx(b'ab', 0)))  # expect: 20810 40406
print(binascii.b2a_uu(b'Cat'), binascii.b2a_uu(b''), binascii.b2a_uu(b'\x00\x00', backtick=True))  # expect: b'#0V%T\n' b' \n' b'"````\n'
print(binascii.a2b_uu(b'#0V%T\n'), binascii.a2b_uu(b''), binascii.a2b_uu(b'$0V%T'))
# expect: b'Cat' b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' b'Cat\x00'
print(binascii.Error.__name__, binascii.Error.__mro__[1].__name__, binascii.Incomplete.__mro__[1].__name__)  # expect: Error ValueError Exception

for bad in [lambda: binascii.unhexlify(b'abc'), lambda: binascii.unhexlify(b'zz'),
            lambda: binascii.unhexlify('é1'), lambda: binascii.hexlify('str'),
            lambda: binascii.hexlify(b'ab', '::'), lambda: binascii.a2b_base64(b'abc'),
            lambda: binascii.a2b_base64(b'abcde'), lambda: binascii.a2b_base64(b'ab!=', strict_mode=True),
            lambda: binascii.a2b_base64(b'YQ==x', strict_mode=True), lambda: binascii.a2b_base64(b'=YQ==', strict_mode=True),
            lambda: binascii.a2b_base64(b'Y=Q=', strict_mode=True), lambda: binascii.b2a_base64([1]),
            lambda: binascii.crc32('text'), lambda: binascii.b2a_uu(b'x' * 46),
            lambda: binascii.a2b_uu(b'#0V%T!!'), lambda: binascii.a2b_uu(b'#\x7f')]:
    try:
        print(bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
        # expect: Error Odd-length string
        # expect: Error Non-hexadecimal digit found
        # expect: ValueError string argument should contain only ASCII characters
        # expect: TypeError a bytes-like object is required, not 'str'
        # expect: ValueError sep must be length 1.
        # expect: Error Incorrect padding
        # expect: Error Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4
        # expect: Error Only base64 data is allowed
        # expect: Error Excess data after padding
        # expect: Error Leading padding not allowed
        # expect: Error Discontinuous padding not allowed
        # expect: TypeError a bytes-like object is required, not 'list'
        # expect: TypeError a bytes-like object is required, not 'str'
        # expect: Error At most 45 bytes at once
        # expect: Error Trailing garbage
        # expect: Error Illegal char
