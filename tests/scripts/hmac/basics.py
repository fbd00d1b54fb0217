import hmac, hashlib
h = hmac.new(b'key', b'The quick brown fox', 'sha256')
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h2 = h.copy(); h2.update(b'!')
print(h2.hexdigest()[:20], hmac.new(b'k' * 200, b'm', hashlib.sha1).hexdigest())
print(hmac.digest(b'key', b'msg', 'md5').hex(), hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('a', 'b'))
try:
    hmac.new(b'key')
except TypeError as e:
    print(e)

# The output, in order:
# expect: 203d1e5cedd2d18f8c5a3beff0bd9c1ebcb97097dfcb288c46b00c9227fde2c0 hmac-sha256 32 64
# expect: 5de193cc776e3bac9286 d09c412bc41477a83d3fefc21d7d0af74b2e1627
# expect: 18e3548c59ad40dd03907b7aeee71d67 True False
# expect: Missing required parameter 'digestmod'.
