"""Random numbers and tokens for secrets (Spindle).

Same API as CPython 3.11's secrets module.  The randomness comes from
random.SystemRandom when the interpreter provides it; otherwise from a
private random.Random() seeded from system entropy (not a CSPRNG: a known
Spindle gap, see vm_gaps.md).
"""

import random as _random

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

try:
    SystemRandom = _random.SystemRandom
except AttributeError:
    class SystemRandom:
        """A generator with no reproducible state (Spindle stand-in).

        Draws from a private random.Random() instance seeded from system
        entropy; seed() is ignored and getstate()/setstate() raise, as
        with CPython's SystemRandom.
        """

        def __init__(self, x=None):
            self._gen = _random.Random()

        def seed(self, *args, **kwds):
            return None

        def _notimplemented(self, *args, **kwds):
            raise NotImplementedError('System entropy source does not have state.')

        getstate = setstate = _notimplemented

        def random(self):
            return self._gen.random()

        def getrandbits(self, k):
            if k < 0:
                raise ValueError('number of bits must be non-negative')
            return self._gen.getrandbits(k)

        def randbytes(self, n):
            return self._gen.randbytes(n)

        def _randbelow(self, n):
            k = n.bit_length()
            getrandbits = self._gen.getrandbits
            r = getrandbits(k)
            while r >= n:
                r = getrandbits(k)
            return r

        def choice(self, seq):
            if not len(seq):
                raise IndexError('Cannot choose from an empty sequence')
            return seq[self._randbelow(len(seq))]

        def randrange(self, start, stop=None, step=1):
            return self._gen.randrange(start, stop, step)

        def randint(self, a, b):
            return self._gen.randint(a, b)

        def shuffle(self, x):
            self._gen.shuffle(x)

        def sample(self, population, k, *, counts=None):
            return self._gen.sample(population, k, counts=counts)

        def choices(self, population, weights=None, *, cum_weights=None, k=1):
            return self._gen.choices(population, weights,
                                     cum_weights=cum_weights, k=k)

        def uniform(self, a, b):
            return self._gen.uniform(a, b)

        def __getattr__(self, name):
            # the other distributions (gauss, betavariate, ...)
            if name.startswith('_'):
                raise AttributeError(name)
            return getattr(self._gen, name)

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in the range [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    below = getattr(_sysrand, '_randbelow', None)
    if below is not None:
        return below(exclusive_upper_bound)
    k = exclusive_upper_bound.bit_length()
    r = randbits(k)
    while r >= exclusive_upper_bound:
        r = randbits(k)
    return r


DEFAULT_ENTROPY = 32  # number of bytes to return by default


def token_bytes(nbytes=None):
    """A random byte string of `nbytes` bytes (default DEFAULT_ENTROPY)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    if nbytes < 0:
        raise ValueError("negative argument not allowed")
    randbytes = getattr(_sysrand, 'randbytes', None)
    if randbytes is not None:
        return randbytes(nbytes)
    return randbits(nbytes * 8).to_bytes(nbytes, 'little')


def token_hex(nbytes=None):
    """A random text string of 2*nbytes hexadecimal digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe text string (Base64, no padding)."""
    import base64
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')


def compare_digest(a, b):
    """a == b, in time that depends on the length only (like hmac.compare_digest).

    Both arguments are str (ASCII only) or both bytes-like.
    """
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError("comparing strings with non-ASCII characters is "
                            "not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        a_ok = _bytes_like(a)
        b_ok = _bytes_like(b)
        if not a_ok and not b_ok:
            raise TypeError("unsupported operand types(s) or combination of "
                            "types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        if not a_ok or not b_ok:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(b if a_ok else a).__name__)
        a = bytes(a)
        b = bytes(b)
    result = len(a) ^ len(b)
    if result:
        # still walk the input of the caller's length
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0


def _bytes_like(x):
    if isinstance(x, bytes):
        return True
    for name in ('bytearray', 'memoryview'):
        t = getattr(_builtins(), name, None)
        if t is not None and isinstance(x, t):
            return True
    return False


def _builtins():
    import builtins
    return builtins
