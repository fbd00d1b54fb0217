import struct
print(struct.pack('<i', 1), struct.pack('>i', 1), struct.pack('!h', -2))  # expect: b'\x01\x00\x00\x00' b'\x00\x00\x00\x01' b'\xff\xfe'
print(struct.pack('<hHbB', -1, 65535, -128, 255))  # expect: b'\xff\xff\xff\xff\x80\xff'
print(struct.pack('<qQ', -2**63, 2**64 - 1))  # expect: b'\x00\x00\x00\x00\x00\x00\x00\x80\xff\xff\xff\xff\xff\xff\xff\xff'
print(struct.unpack('<qQ', struct.pack('<qQ', -2**63, 2**64 - 1)))  # expect: (-9223372036854775808, 18446744073709551615)
print(struct.pack('>lL', -5, 7), struct.unpack('>lL', b'\xff\xff\xff\xfb\x00\x00\x00\x07'))  # expect: b'\xff\xff\xff\xfb\x00\x00\x00\x07' (-5, 7)
print(struct.pack('@i', 258), struct.pack('=i', 258))  # expect: b'\x02\x01\x00\x00' b'\x02\x01\x00\x00'
print(struct.pack('?', 0), struct.pack('?', 'x'), struct.pack('?', []), struct.unpack('??', b'\x00\x05'))  # expect: b'\x00' b'\x01' b'\x00' (False, True)
print(struct.pack('c', b'z'), struct.unpack('3c', b'abc'))  # expect: b'z' (b'a', b'b', b'c')
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('0s', b'x'))  # expect: b'ab\x00\x00\x00' b'ab' b''
print(struct.unpack('3s2x', b'abcde'), struct.unpack('<3sH', b'xyz\x01\x02'))  # expect: (b'abc',) (b'xyz', 513)
print(struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'), struct.pack('1p', b'q'))  # expect: b'\x03abc\x00' b'\x02ab' b'\x00'
print(struct.unpack('5p', b'\x03abcd'), struct.unpack('4p', b'\x09abc'))  # expect: (b'abc',) (b'abc',)
print(struct.pack('<3i', 1, 2, 3), struct.pack('<2x'), struct.pack('<x?x', True))  # expect: b'\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00' b'\x00\x00' b'\x00\x01\x00'
print(struct.pack('<i h', 1, 2), struct.pack('< i', 5))  # expect: b'\x01\x00\x00\x00\x02\x00' b'\x05\x00\x00\x00'
print(struct.unpack('<IHB', b'\x01\x00\x00\x00\x02\x00\x03'))  # expect: (1, 2, 3)
print(struct.unpack('>ihb', b'\xff\xff\xff\xff\xff\xfe\x80'))  # expect: (-1, -2, -128)
print(struct.pack('n', -1) == struct.pack('q', -1), struct.pack('N', 3) == struct.pack('Q', 3))  # expect: True True
print(struct.pack('P', 5), struct.unpack('P', b'\x05' + bytes(7)))  # expect: b'\x05\x00\x00\x00\x00\x00\x00\x00' (5,)
print(struct.pack('<i', True), struct.pack('<B', False))  # expect: b'\x01\x00\x00\x00' b'\x00'
class Idx:
    def __index__(self):
        return 42
print(struct.pack('<i', Idx()), struct.pack('<Q', Idx()))  # expect: b'*\x00\x00\x00' b'*\x00\x00\x00\x00\x00\x00\x00'
print(struct.calcsize('i'), struct.calcsize('<q'), struct.calcsize('@ci'), struct.calcsize('@ic'))  # expect: 4 8 8 5
print(struct.calcsize('c0l'), struct.calcsize('<ci'), struct.calcsize('@?e'), struct.calcsize('@bd'))  # expect: 8 5 4 16
print(struct.calcsize('10s'), struct.calcsize('0s'), struct.calcsize('3x'), struct.calcsize(''))  # expect: 10 0 3 0
print(struct.calcsize('<lL'), struct.calcsize('@lL'), struct.calcsize('@hq'), struct.calcsize('=hq'))  # expect: 8 16 16 10
print(struct.pack('@bxhxi3xq0l', 1, 2, 3, 4))  # expect: b'\x01\x00\x02\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00'
print(struct.unpack('@bxhxi3xq0l', struct.pack('@bxhxi3xq0l', 1, 2, 3, 4)))  # expect: (1, 2, 3, 4)
print(struct.pack('@ci', b'a', 1), struct.pack('@hb', 1, 2))  # expect: b'a\x00\x00\x00\x01\x00\x00\x00' b'\x01\x00\x02'
print(struct.calcsize(b'<ii'), struct.pack(b'<h', 3))  # expect: 8 b'\x03\x00'
s = struct.Struct('<ih')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'))  # expect: <ih 6 b'\x01\x00\x00\x00\x02\x00' (1, 2)
s = struct.Struct(b'>Q')
print(s.format, s.size, s.pack(1), s.unpack(s.pack(2**64 - 1)))  # expect: >Q 8 b'\x00\x00\x00\x00\x00\x00\x00\x01' (18446744073709551615,)
print(type(s).__name__, struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))  # expect: Struct error struct True
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))  # expect: [(1,), (2,), (3,)]
it = struct.iter_unpack('<h', b'123456')
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)  # expect: 3 (12849,) 2 unpack_iterator
print(list(it), it.__length_hint__())  # expect: [(13363,), (13877,)] 0
print(struct.unpack_from('<h', b'\x00\x01\x02\x03', 1), struct.unpack_from('<h', b'\x00\x01\x02\x03', offset=2))  # expect: (513,) (770,)
print(struct.unpack_from('<h', b'\x00\x01\x02\x03', -2), struct.unpack_from('<h', buffer=b'\x07\x00'))  # expect: (770,) (7,)
print(s.unpack_from(bytes(10), 2), struct.Struct('<b').iter_unpack(b'\x01\xff').__next__())  # expect: (0,) (1,)
print(struct.pack('<h', 0x7fff), struct.pack('>H', 0x8000), struct.pack('<b', -1))  # expect: b'\xff\x7f' b'\x80\x00' b'\xff'
print(struct.unpack('<q', b'\xff' * 8), struct.unpack('<Q', b'\xff' * 8))  # expect: (-1,) (18446744073709551615,)
