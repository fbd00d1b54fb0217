import struct
def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    return r
b = bytearray(10)
struct.pack_into('<i', b, 2, 0x01020304)
print(b)  # expect: bytearray(b'\x00\x00\x04\x03\x02\x01\x00\x00\x00\x00')
struct.pack_into('>hh', b, -4, 1, -1)
print(b)  # expect: bytearray(b'\x00\x00\x04\x03\x02\x01\x00\x01\xff\xff')
s = struct.Struct('<H')
s.pack_into(b, 0, 0xabcd)
print(b, s.unpack_from(b), s.unpack_from(b, 8))  # expect: bytearray(b'\xcd\xab\x04\x03\x02\x01\x00\x01\xff\xff') (43981,) (65535,)
print(t(struct.pack_into, 'i', b, 8, 1))  # expect: error: pack_into requires a buffer of at least 12 bytes for packing 4 bytes at offset 8 (actual buffer size is 10)
print(t(struct.pack_into, 'i', b, -11, 1))  # expect: error: offset -11 out of range for 10-byte buffer
print(t(struct.pack_into, 'i', b, -2, 1))  # expect: error: no space to pack 4 bytes at offset -2
print(t(struct.pack_into, 'i', b'abcdefgh', 0, 1))  # expect: TypeError: argument must be read-write bytes-like object, not bytes
print(t(struct.pack_into, 'i', b, 0))  # expect: error: pack_into expected 1 items for packing (got 0)
print(t(struct.pack_into, 'i', b))  # expect: error: pack_into expected offset argument
print(t(struct.pack_into, 'i', b, 0, 2**40))  # expect: error: 'i' format requires -2147483648 <= number <= 2147483647
print(b)  # expect: bytearray(b'\x00\x00\x00\x00\x02\x01\x00\x01\xff\xff')
print(struct.unpack('<ih', bytearray(b'\x01\x00\x00\x00\x02\x00')))  # expect: (1, 2)
print(struct.pack('3s', bytearray(b'ab')), struct.pack('2p', bytearray(b'xyz')))  # expect: b'ab\x00' b'\x01x'
print(list(struct.iter_unpack('B', bytearray(b'\x01\x02'))))  # expect: [(1,), (2,)]
print(t(struct.pack, 'c', bytearray(b'x')))  # expect: error: char format requires a bytes object of length 1
