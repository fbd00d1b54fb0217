b = bytearray(b'hello')
b.append(33); b[0] = 72; b.extend([1, 2]); del b[-2:]
print(b, len(b), bytes(b), b.upper(), b.split(b'l'), b.find(b'l'), b[1:3], list(b[:2]))
print(bytearray(3), bytearray('hé', 'utf-8'), bytearray.fromhex('4142'), b == b'Hello!', b'x' + bytearray(b'y'), bytearray(b'a') + b'b')
m = memoryview(b'abc')
print(m[0], m[1:].tobytes(), len(m), m.tolist(), bytes(m), m.readonly)
print(type(b).__name__, isinstance(b, bytearray), repr(bytearray), b.decode(), b.hex())
try:
    b.append(300)
except ValueError as e:
    print(e)
try:
    hash(b)
except TypeError as e:
    print(e)

# The output, in order:
# expect: bytearray(b'Hello!') 6 b'Hello!' bytearray(b'HELLO!') [bytearray(b'He'), bytearray(b''), bytearray(b'o!')] 2 bytearray(b'el') [72, 101]
# expect: bytearray(b'\x00\x00\x00') bytearray(b'h\xc3\xa9') bytearray(b'AB') True b'xy' bytearray(b'ab')
# expect: 97 b'bc' 3 [97, 98, 99] b'abc' True
# expect: bytearray True <class 'bytearray'> Hello! 48656c6c6f21
# expect: byte must be in range(0, 256)
# expect: unhashable type: 'bytearray'
