import struct
print(struct.pack('<d', 1.5), struct.pack('>d', -0.0), struct.pack('<d', 0.1))  # expect: b'\x00\x00\x00\x00\x00\x00\xf8?' b'\x80\x00\x00\x00\x00\x00\x00\x00' b'\x9a\x99\x99\x99\x99\x99\xb9?'
print(struct.pack('<f', 1.5), struct.pack('>f', 0.1), struct.pack('<e', 1.5))  # expect: b'\x00\x00\xc0?' b'=\xcc\xcc\xcd' b'\x00>'
print(struct.unpack('<d', struct.pack('<d', 0.1)), struct.unpack('<f', struct.pack('<f', 0.1)))  # expect: (0.1,) (0.10000000149011612,)
print(struct.unpack('<e', struct.pack('<e', 0.1)), struct.unpack('>e', b'\x7b\xff'))  # expect: (0.0999755859375,) (65504.0,)
print(struct.pack('<d', float('inf')), struct.pack('<d', float('-inf')), struct.pack('<d', float('nan')))  # expect: b'\x00\x00\x00\x00\x00\x00\xf0\x7f' b'\x00\x00\x00\x00\x00\x00\xf0\xff' b'\x00\x00\x00\x00\x00\x00\xf8\x7f'
print(struct.pack('<f', float('inf')), struct.pack('<f', float('nan')), struct.pack('<f', -float('nan')))  # expect: b'\x00\x00\x80\x7f' b'\x00\x00\xc0\x7f' b'\x00\x00\xc0\xff'
print(struct.pack('<e', float('nan')), struct.pack('<e', -float('nan')), struct.pack('<e', float('-inf')))  # expect: b'\x00~' b'\x00\xfe' b'\x00\xfc'
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x7c'))  # expect: (inf,) (-inf,) (nan,)
print(struct.unpack('<f', b'\x00\x00\x80\x7f'), struct.unpack('<f', b'\x00\x00\xc0\xff'))  # expect: (inf,) (nan,)
print(struct.unpack('<d', b'\x01' + bytes(7)), struct.unpack('<f', b'\x01\x00\x00\x00'))  # expect: (5e-324,) (1.401298464324817e-45,)
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x03'), struct.unpack('<e', b'\x00\x04'))  # expect: (5.960464477539063e-08,) (6.097555160522461e-05,) (6.103515625e-05,)
print(struct.pack('<e', 5.960464477539063e-08), struct.pack('<e', 2.9802322387695312e-08))  # expect: b'\x01\x00' b'\x00\x00'
print(struct.pack('<e', 8.940696716308594e-08), struct.pack('<e', 65504.0), struct.pack('<e', 65519.99))  # expect: b'\x02\x00' b'\xff{' b'\xff{'
print(struct.pack('<f', 1e-46), struct.pack('<f', 1.0000001192092896), struct.pack('<f', 1.00000017881393433))  # expect: b'\x00\x00\x00\x00' b'\x01\x00\x80?' b'\x02\x00\x80?'
print(struct.pack('<f', 3.4028235677973362e+38), struct.pack('<f', 1.401298464324817e-45))  # expect: b'\xff\xff\x7f\x7f' b'\x01\x00\x00\x00'
print(struct.pack('<f', 2.1019476964872256e-45), struct.pack('<f', 7.006492321624085e-46))  # expect: b'\x02\x00\x00\x00' b'\x00\x00\x00\x00'
print(struct.pack('<d', 5e-324), struct.pack('<d', 2.2250738585072014e-308), struct.pack('<d', 1.7976931348623157e308))  # expect: b'\x01\x00\x00\x00\x00\x00\x00\x00' b'\x00\x00\x00\x00\x00\x00\x10\x00' b'\xff\xff\xff\xff\xff\xff\xef\x7f'
print(struct.pack('f', 1e300), struct.pack('f', -1e300))  # expect: b'\x00\x00\x80\x7f' b'\x00\x00\x80\xff'
print(struct.pack('<d', 3), struct.pack('<f', True), struct.pack('<e', -2))  # expect: b'\x00\x00\x00\x00\x00\x00\x08@' b'\x00\x00\x80?' b'\x00\xc0'
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(struct.pack('<d', F()), struct.pack('<f', I()))  # expect: b'\x00\x00\x00\x00\x00\x00\x04@' b'\x00\x00@@'
for v in [1.0, -2.5, 1e10, 1e-10, 123456.789, 3.141592653589793]:
    f = struct.unpack('<f', struct.pack('<f', v))[0]
    e = struct.unpack('>e', struct.pack('>e', min(v, 60000.0)))[0]
    print(v, f, e)  # expect: 1.0 1.0 1.0
# expect: -2.5 -2.5 -2.5
# expect: 10000000000.0 10000000000.0 60000.0
# expect: 1e-10 1.000000013351432e-10 0.0
# expect: 123456.789 123456.7890625 60000.0
# expect: 3.141592653589793 3.1415927410125732 3.140625
def err(fmt, v):
    try:
        struct.pack(fmt, v)
    except Exception as e:
        print(type(e).__name__, e)  # expect: OverflowError float too large to pack with f format
# expect: OverflowError float too large to pack with e format
# expect: OverflowError float too large to pack with e format
# expect: OverflowError float too large to pack with f format
# expect: error int too large to convert
# expect: error int too large to convert
# expect: error required argument is not a float
# expect: error required argument is not a float
# expect: error required argument is not a float
# expect: error required argument is not a float
err('<f', 1e300)
err('<e', 1e300)
err('<e', 65520.0)
err('>f', 3.4028235677973366e+38)
err('<e', 70000)
err('<f', 2**200)
err('<d', 2**1024)
err('<d', 'x')
err('<e', None)
err('f', b'1')
