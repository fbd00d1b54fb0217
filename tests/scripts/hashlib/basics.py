import hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    h = hashlib.new(name, b'abc')
    h2 = h.copy(); h2.update(b'def')
    print(name, h.hexdigest(), h2.hexdigest()[:16], h.digest_size, h.block_size, h.name)
print(hashlib.md5(b'').hexdigest(), hashlib.sha256(b'x' * 1000).hexdigest())
print(hashlib.shake_128(b'abc').hexdigest(10), hashlib.shake_256(b'abc').digest(5))
print(hashlib.blake2b(b'abc', digest_size=16).hexdigest(), hashlib.blake2s(digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 3, dklen=40).hex())
print(hashlib.sha1(bytearray(b'abc')).hexdigest(), sorted(hashlib.algorithms_guaranteed))
try:
    hashlib.md5('text')
except TypeError as e:
    print(e)
try:
    hashlib.new('nope')
except ValueError as e:
    print(e)

# The output, in order:
# expect: md5 900150983cd24fb0d6963f7d28e17f72 e80b5017098950fc 16 64 md5
# expect: sha1 a9993e364706816aba3e25717850c26c9cd0d89d 1f8ac10f23c5b5bc 20 64 sha1
# expect: sha224 23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7 7043631cb415556a 28 64 sha224
# expect: sha256 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad bef57ec7f53a6d40 32 64 sha256
# expect: sha384 cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7 c6a4c65b227e7387 48 128 sha384
# expect: sha512 ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f e32ef19623e8ed9d 64 128 sha512
# expect: sha3_224 e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf ceb3f4cd85af0811 28 144 sha3_224
# expect: sha3_256 3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532 59890c1d183aa279 32 136 sha3_256
# expect: sha3_384 ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25 d77460b0ce610916 48 104 sha3_384
# expect: sha3_512 b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0 01309a45c57cd7fa 64 72 sha3_512
# expect: blake2b ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923 dde410524e3569b3 64 128 blake2b
# expect: blake2s 508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982 267e4443fc1a3887 32 64 blake2s
# expect: d41d8cd98f00b204e9800998ecf8427e 44f8354494a5ba03ba1792a8d3e9c534c47a9181980fde7a3f44b06ef2ae7c7f
# expect: 5881092dd818bf5cf8a3 b'H3f`\x13'
# expect: cf4ab791c62b8d2b2109c90275287816 ef2a8b78dd80da9c
# expect: 07e6997180cf7f12904f04100d405d34888fdf62af6d506a0ecc23b196fe99d8
# expect: b095208e7496b1a485a5dbe9532b318591fa266c167912590f36eb387421a28bb53021a2461e3018
# expect: a9993e364706816aba3e25717850c26c9cd0d89d ['blake2b', 'blake2s', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'sha512', 'shake_128', 'shake_256']
# expect: Strings must be encoded before hashing
# expect: unsupported hash type nope
