from array import array

a = array('h', [1, -2, 300])
print(a.tobytes())  # expect: b'\x01\x00\xfe\xff,\x01'
b = array('h')
b.frombytes(a.tobytes())
print(b, b == a)  # expect: array('h', [1, -2, 300]) True
print(array('d', [1.5, -0.0, float('inf')]).tobytes().hex())  # expect: 000000000000f83f0000000000000080000000000000f07f
print(array('f', [1.5, -2.25]).tobytes().hex())  # expect: 0000c03f000010c0
print(array('I', [1, 2 ** 32 - 1]).tobytes(), array('Q', [2 ** 64 - 1]).tobytes().hex())  # expect: b'\x01\x00\x00\x00\xff\xff\xff\xff' ffffffffffffffff
print(array('u', 'hé').tobytes())  # expect: b'h\x00\x00\x00\xe9\x00\x00\x00'
c = array('d')
c.frombytes(bytes.fromhex('000000000000f83f000000000000f0bf'))
print(c)  # expect: array('d', [1.5, -1.0])
e = array('f')
e.frombytes(bytes.fromhex('0000c03f0000803f'))
print(e)  # expect: array('f', [1.5, 1.0])
print(array('b', b'\x80\x7f'), array('B', b'\x80\x7f'), array('i', b'\x01\x00\x00\x00'))  # expect: array('b', [-128, 127]) array('B', [128, 127]) array('i', [1])
try:
    array('i').frombytes(b'123')
except ValueError as e:
    print('ValueError', e)  # expect: ValueError bytes length not a multiple of item size
try:
    array('i').frombytes('1234')
except TypeError as e:
    print('TypeError', e)  # expect: TypeError a bytes-like object is required, not 'str'

# byteswap
s = array('H', [1, 0x1234])
s.byteswap()
print(s)  # expect: array('H', [256, 13330])
s.byteswap()
print(s)  # expect: array('H', [1, 4660])
dd = array('d', [1.0])
dd.byteswap()
print(dd.tobytes().hex())  # expect: 3ff0000000000000
bb = array('b', [1, 2])
bb.byteswap()
print(bb)  # expect: array('b', [1, 2])
x = array('i', [5, 6])
info = x.buffer_info()
print(type(info).__name__, len(info), info[1])  # expect: tuple 2 2
print(array('l', [7]).tobytes() == (7).to_bytes(8, 'little'))  # expect: True

# subclasses keep their name in repr; slicing and arithmetic give plain arrays
class Samples(array):
    pass
s = Samples('d', [1, 2])
print(s, Samples('i'), type(s[0:1]).__name__, type(s + s).__name__, type(s * 2).__name__)  # expect: Samples('d', [1.0, 2.0]) Samples('i') array array array
print(isinstance(s, array), s == array('d', [1.0, 2.0]), s.__reduce_ex__(2)[1])  # expect: True True ('d', [1.0, 2.0])
print(array('u', 'ab').__reduce_ex__(2))  # expect: (<class 'array.array'>, ('u', ['a', 'b']), None)
