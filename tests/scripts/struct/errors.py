import struct
def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(r)  # expect: error: argument out of range
# expect: error: byte format requires -128 <= number <= 127
# expect: error: byte format requires -128 <= number <= 127
# expect: b'\xff'
# expect: error: argument out of range
# expect: error: ubyte format requires 0 <= number <= 255
# expect: error: ubyte format requires 0 <= number <= 255
# expect: error: ubyte format requires 0 <= number <= 255
# expect: error: argument out of range
# expect: error: short format requires -32768 <= number <= 32767
# expect: error: short format requires -32768 <= number <= 32767
# expect: b'\xff\xff'
# expect: error: argument out of range
# expect: error: ushort format requires 0 <= number <= 65535
# expect: error: ushort format requires 0 <= number <= 65535
# expect: error: ushort format requires 0 <= number <= 65535
# expect: error: argument out of range
# expect: error: 'h' format requires -32768 <= number <= 32767
# expect: error: 'h' format requires -32768 <= number <= 32767
# expect: b'\xff\xff'
# expect: error: argument out of range
# expect: error: 'H' format requires 0 <= number <= 65535
# expect: error: argument out of range
# expect: error: argument out of range
# expect: error: argument out of range
# expect: error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: b'\xff\xff\xff\xff'
# expect: error: argument out of range
# expect: error: 'I' format requires 0 <= number <= 4294967295
# expect: error: argument out of range
# expect: error: argument out of range
# expect: error: argument out of range
# expect: error: 'l' format requires -2147483648 <= number <= 2147483647
# expect: error: 'l' format requires -2147483648 <= number <= 2147483647
# expect: b'\xff\xff\xff\xff'
# expect: error: argument out of range
# expect: error: 'L' format requires 0 <= number <= 4294967295
# expect: error: argument out of range
# expect: error: argument out of range
# expect: error: int too large to convert
# expect: b'\x00\x00\x01\x00\x00\x00\x00\x00'
# expect: b'\xff\xff\xff\x00\x00\x00\x00\x00'
# expect: b'\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: error: int too large to convert
# expect: b'\x00\x00\x01\x00\x00\x00\x00\x00'
# expect: error: int too large to convert
# expect: error: int too large to convert
# expect: error: argument out of range
# expect: b'\x00\x00\x00\x00\x00\x01\x00\x00'
# expect: b'\x00\x00\x00\x00\x00\xff\xff\xff'
# expect: b'\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: error: argument out of range
# expect: b'\x00\x00\x00\x00\x00\x01\x00\x00'
# expect: error: argument out of range
# expect: error: argument out of range
# expect: error: argument out of range
# expect: b'\x00\x00\x00\x00\x00\x01\x00\x00'
# expect: b'\x00\x00\x00\x00\x00\xff\xff\xff'
# expect: b'\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: error: argument out of range
# expect: b'\x00\x00\x00\x00\x00\x01\x00\x00'
# expect: error: argument out of range
# expect: error: argument out of range
# expect: error: int too large to convert
# expect: error: required argument is not an integer
# expect: error: required argument is not an integer
# expect: error: required argument is not an integer
# expect: error: char format requires a bytes object of length 1
# expect: error: char format requires a bytes object of length 1
# expect: error: char format requires a bytes object of length 1
# expect: error: argument for 's' must be a bytes object
# expect: error: argument for 'p' must be a bytes object
# expect: error: pack expected 2 items for packing (got 1)
# expect: error: pack expected 1 items for packing (got 2)
# expect: error: pack expected 1 items for packing (got 0)
# expect: error: pack expected 0 items for packing (got 1)
# expect: error: bad char in struct format
# expect: error: repeat count given without format specifier
# expect: error: repeat count given without format specifier
# expect: error: bad char in struct format
# expect: error: bad char in struct format
# expect: error: bad char in struct format
# expect: error: bad char in struct format
# expect: error: total struct size too long
# expect: TypeError: Struct() argument 1 must be a str or bytes object, not int
# expect: TypeError: Struct() argument 1 must be a str or bytes object, not int
# expect: error: unpack requires a buffer of 4 bytes
# expect: error: unpack requires a buffer of 4 bytes
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: error: unpack requires a buffer of 8 bytes
# expect: error: unpack_from requires a buffer of at least 12 bytes for unpacking 4 bytes at offset 8 (actual buffer size is 10)
# expect: error: offset -11 out of range for 10-byte buffer
# expect: error: not enough data to unpack 4 bytes at offset -2
# expect: (1785292903,)
# expect: error: unpack_from requires a buffer of at least 4 bytes for unpacking 4 bytes at offset 0 (actual buffer size is 3)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: error: iterative unpacking requires a buffer of a multiple of 4 bytes
# expect: error: cannot iteratively unpack with a struct of length 0
# expect: error: cannot iteratively unpack with a struct of length 0
for fmt in ['b', 'B', '<h', '<H', '>h', '>H', 'i', 'I', '<l', '<L', '>q', '>Q', 'q', 'Q', 'l', 'L']:
    t(struct.pack, fmt, 2**70)
    t(struct.pack, fmt, 2**40)
    t(struct.pack, fmt, -2**40)
    t(struct.pack, fmt, -1)
t(struct.pack, 'P', 2**64)
t(struct.pack, 'i', 1.5)
t(struct.pack, 'i', '1')
t(struct.pack, 'B', None)
t(struct.pack, 'c', b'ab')
t(struct.pack, 'c', 'a')
t(struct.pack, 'c', 97)
t(struct.pack, 's', 'abc')
t(struct.pack, 'p', 1)
t(struct.pack, 'ii', 1)
t(struct.pack, 'i', 1, 2)
t(struct.pack, 'i')
t(struct.pack, 'x', 1)
t(struct.pack, 'z', 1)
t(struct.pack, '3', 1)
t(struct.pack, '<3', 1)
t(struct.pack, '3 i', 1, 2, 3)
t(struct.pack, 'i<', 1)
t(struct.pack, '<n', 1)
t(struct.pack, '>P', 1)
t(struct.calcsize, '99999999999999999999i')
t(struct.calcsize, 5)
t(struct.Struct, 1)
t(struct.unpack, 'i', b'abc')
t(struct.unpack, 'i', b'abcde')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'xi', b'12345')
t(struct.unpack_from, 'i', b'abcdefghij', 8)
t(struct.unpack_from, 'i', b'abcdefghij', -11)
t(struct.unpack_from, 'i', b'abcdefghij', -2)
t(struct.unpack_from, '<i', b'abcdefghij', -4)
t(struct.unpack_from, 'i', b'abc')
t(struct.unpack_from, 'i', b'abcd', 'x')
t(struct.iter_unpack, 'i', b'12345')
t(struct.iter_unpack, '', b'12345')
t(struct.iter_unpack, '0s', b'')
try:
    struct.pack('<h', 40000)
except struct.error as e:
    print('caught', type(e).__name__, e.args)  # expect: caught error ('short format requires -32768 <= number <= 32767',)
print(struct.pack('<I', 4294967295), struct.pack('>h', -32768))  # expect: b'\xff\xff\xff\xff' b'\x80\x00'
struct.unpack('<H', b'\x01')
# expect runtime error: struct.error: unpack requires a buffer of 2 bytes
