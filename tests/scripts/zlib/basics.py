import zlib
data = b'hello world ' * 50 + bytes(range(256))
c = zlib.compress(data)
print(len(c), c[:12], zlib.decompress(c) == data, zlib.crc32(data), zlib.adler32(data), zlib.crc32(b'abc', 5))
for lvl in (0, 1, 9):
    print(lvl, len(zlib.compress(data, lvl)), zlib.compress(b'abc', lvl))
raw = zlib.compress(data, wbits=-15); gz = zlib.compress(data, wbits=31)
print(raw[:6], gz[:4], zlib.decompress(raw, -15) == data, zlib.decompress(gz, 31) == data, zlib.decompress(gz, 47) == data)
co = zlib.compressobj()
parts = [co.compress(data[:100]), co.compress(data[100:]), co.flush()]
print([len(p) for p in parts], b''.join(parts) == c)
do = zlib.decompressobj()
out = do.decompress(c[:20]) + do.decompress(c[20:] + b'extra')
print(out == data, do.eof, do.unused_data)
try:
    zlib.decompress(b'garbage')
except zlib.error as e:
    print('error', e)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)

# The output, in order:
# expect: 297 b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xca' True 2006746262 2037276616 871334697
# expect: 0 867 b"x\x01\x01\x03\x00\xfc\xffabc\x02M\x01'"
# expect: 1 298 b"x\x01KLJ\x06\x00\x02M\x01'"
# expect: 9 297 b"x\xdaKLJ\x06\x00\x02M\x01'"
# expect: b'\xcbH\xcd\xc9\xc9W' b'\x1f\x8b\x08\x00' True True True
# expect: [2, 0, 295] True
# expect: True True b'extra'
# expect: error Error -3 while decompressing data: incorrect header check
# expect: 15 9
