"""Keyed-hashing for message authentication (RFC 2104) over hashlib."""

import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC: an object with the hash API (update, digest, copy)."""

    blocksize = 64

    __slots__ = ('_digest_cons', '_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digest_cons = _constructor(digestmod)
        self._inner = self._digest_cons()
        self._outer = self._digest_cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', self.blocksize)
        if blocksize < 16:
            blocksize = self.blocksize
        self.block_size = blocksize
        key = bytes(key)
        if len(key) > blocksize:
            key = self._digest_cons(key).digest()
        key = key.ljust(blocksize, b'\0')
        self._outer.update(bytes([trans_5C[b] for b in key]))
        self._inner.update(bytes([trans_36[b] for b in key]))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC: the digest of msg under key."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """Return 'a == b', taking time independent of where the inputs differ."""
    if isinstance(a, str) and isinstance(b, str):
        try:
            a = a.encode('ascii')
            b = b.encode('ascii')
        except UnicodeEncodeError:
            raise TypeError("comparing strings with non-ASCII characters is not supported")
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError(f"unsupported operand types(s) or combination of types: "
                        f"'{type(a).__name__}' and '{type(b).__name__}'")
    a = bytes(a)
    b = bytes(b)
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
