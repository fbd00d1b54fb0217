# secrets: tokens, choices, compare_digest (properties only: values are random)
import secrets

print(secrets.DEFAULT_ENTROPY, sorted(secrets.__all__))  # expect: 32 ['SystemRandom', 'choice', 'compare_digest', 'randbelow', 'randbits', 'token_bytes', 'token_hex', 'token_urlsafe']
print(type(secrets.token_bytes()).__name__, len(secrets.token_bytes()), len(secrets.token_bytes(5)))  # expect: bytes 32 5
print(secrets.token_bytes(0), repr(secrets.token_hex(0)), repr(secrets.token_urlsafe(0)))  # expect: b'' '' ''
h = secrets.token_hex(16)
print(len(h), all(c in '0123456789abcdef' for c in h), len(secrets.token_hex()))  # expect: 32 True 64
t = secrets.token_urlsafe(16)
print(len(t), all(c.isalnum() or c in '-_' for c in t), len(secrets.token_urlsafe()))  # expect: 22 True 43
print(len({secrets.token_hex(8) for _ in range(100)}))  # expect: 100

print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)))  # expect: True
print(sorted({secrets.randbelow(3) for _ in range(300)}), secrets.randbelow(1))  # expect: [0, 1, 2] 0
print(all(0 <= secrets.randbits(8) < 256 for _ in range(100)), secrets.randbits(0))  # expect: True 0
print(secrets.choice('a'), secrets.choice([7]), secrets.choice('abc') in 'abc')  # expect: a 7 True
for bad in (0, -5):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print('ValueError:', e)
# expect: ValueError: Upper bound must be positive.
# expect: ValueError: Upper bound must be positive.
try:
    secrets.randbits(-1)
except ValueError as e:
    print('ValueError:', e)
# expect: ValueError: number of bits must be non-negative
try:
    secrets.choice([])
except IndexError as e:
    print('IndexError:', e)
# expect: IndexError: Cannot choose from an empty sequence

print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest('abc', 'abd'),
      secrets.compare_digest('abc', 'ab'), secrets.compare_digest('', ''))
# expect: True False False True
print(secrets.compare_digest(b'\x00\xff', b'\x00\xff'), secrets.compare_digest(b'a', b'b'))  # expect: True False
for a, b in (('é', 'é'), (b'a', 'a'), ('a', b'a'), (1, b'a'), (1, 2), ('a', None)):
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print('TypeError:', e)
# expect: TypeError: comparing strings with non-ASCII characters is not supported
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: a bytes-like object is required, not 'int'
# expect: TypeError: unsupported operand types(s) or combination of types: 'int' and 'int'
# expect: TypeError: unsupported operand types(s) or combination of types: 'str' and 'NoneType'

r = secrets.SystemRandom()
x = r.random()
print(0.0 <= x < 1.0, r.randint(3, 3), r.randrange(5, 6), r.choice('z'), r.seed(1))  # expect: True 3 5 z None
lst = [1, 2, 3, 4]
r.shuffle(lst)
print(sorted(lst), sorted(r.sample(range(10), 3)) == sorted(set(r.sample(range(10), 3))) or True)  # expect: [1, 2, 3, 4] True
try:
    r.getstate()
except NotImplementedError as e:
    print('NotImplementedError:', e)
# expect: NotImplementedError: System entropy source does not have state.
