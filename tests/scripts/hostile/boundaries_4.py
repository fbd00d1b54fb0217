# Hostile inputs (tests/hostile/cases.tsv, p56, p57, p58, p59, p60, p62, p63, p68, p69, p70, p71, p72, p74, p77, p78): Boundary values in conversions, indexing, slicing and arithmetic: the
# CPython result or exception, never an internal error.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('p56')
try:
    (1).to_bytes(-1, 'big')
except Exception as e:
    show(e)

print('p57')
try:
    chr(0x110000)
except Exception as e:
    show(e)

print('p58')
try:
    chr(2**63)
except Exception as e:
    show(e)

print('p59')
try:
    bytes([2**64])
except Exception as e:
    show(e)

print('p60')
try:
    x = bytearray(3); x[0] = 2**64
except Exception as e:
    show(e)

print('p62')
try:
    print('abc'.find('b', 10**20), 'abc'.find('b', -10**20), 'abc'.rfind('c', 0, 10**30))
except Exception as e:
    show(e)

print('p63')
try:
    print('abc'.count('', 10**20), 'abc'.startswith('a', -10**20), 'abc'.index('c', -10**20, 10**20))
except Exception as e:
    show(e)

print('p68')
try:
    print(hash(2**64), hash(-(2**63)), hash(10**30), hash(1e300), hash(-1.0), hash(2**61 - 1))
except Exception as e:
    show(e)

print('p69')
try:
    print(list(range(2**63 - 2, 2**63 + 2)))
except Exception as e:
    show(e)

print('p70')
try:
    print(range(-(2**63), -(2**63) + 1)[0], range(0, 2**64, 2**62)[3])
except Exception as e:
    show(e)

print('p71')
try:
    len(range(-(2**63), 2**63 - 1))
except Exception as e:
    show(e)

print('p72')
try:
    print(len(range(0, 2**63 - 1)))
except Exception as e:
    show(e)

print('p74')
try:
    print(list(range(10**20, 10**20 + 3)), list(reversed(range(2**63 - 1, 2**63 + 1))))
except Exception as e:
    show(e)

print('p77')
try:
    print([1, 2, 3][slice(2**64, None, -1)], [1, 2, 3][slice(None, -(2**64), -1)])
except Exception as e:
    show(e)

print('p78')
try:
    x = [1, 2, 3]; del x[::10**20]; print(x)
except Exception as e:
    show(e)

# expect: p56
# expect: ValueError: length argument must be non-negative
# expect: p57
# expect: ValueError: chr() arg not in range(0x110000)
# expect: p58
# expect: OverflowError: Python int too large to convert to C int
# expect: p59
# expect: ValueError: bytes must be in range(0, 256)
# expect: p60
# expect: ValueError: byte must be in range(0, 256)
# expect: p62
# expect: -1 1 2
# expect: p63
# expect: 0 True 2
# expect: p68
# expect: 8 -4 465258685558744706 1224995262755759164 -2 0
# expect: p69
# expect: [9223372036854775806, 9223372036854775807, 9223372036854775808, 9223372036854775809]
# expect: p70
# expect: -9223372036854775808 13835058055282163712
# expect: p71
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: p72
# expect: 9223372036854775807
# expect: p74
# expect: [100000000000000000000, 100000000000000000001, 100000000000000000002] [9223372036854775808, 9223372036854775807]
# expect: p77
# expect: [3, 2, 1] [3, 2, 1]
# expect: p78
# expect: [2, 3]
