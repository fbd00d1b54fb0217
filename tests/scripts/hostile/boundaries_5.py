# Hostile inputs (tests/hostile/cases.tsv, p79, p80, p81, p82, p83, p84, p85, p86, p87, p88, p91, p92, p94, p95, p96): Boundary values in conversions, indexing, slicing and arithmetic: the
# CPython result or exception, never an internal error.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('p79')
try:
    x = [1, 2, 3]; x[::10**20] = [9]; print(x)
except Exception as e:
    show(e)

print('p80')
try:
    x = [1, 2, 3]; x[10**20:] = [4]; x[:-10**20] = [0]; print(x)
except Exception as e:
    show(e)

print('p81')
try:
    x = [1, 2, 3]; x[::-(2**63)] = [9]; print(x)
except Exception as e:
    show(e)

print('p82')
try:
    print([1, 2, 3][2**63 - 1])
except Exception as e:
    show(e)

print('p83')
try:
    print([1, 2, 3][-(2**63)])
except Exception as e:
    show(e)

print('p84')
try:
    print([1, 2, 3][-(2**63) - 1])
except Exception as e:
    show(e)

print('p85')
try:
    x = [1]; x[2**63] = 1
except Exception as e:
    show(e)

print('p86')
try:
    print(bytes(3)[10**20])
except Exception as e:
    show(e)

print('p87')
try:
    print(str(10**4300)[:5])
except Exception as e:
    show(e)

print('p88')
try:
    print(len(format(10**5000, 'x')), len(bin(10**5000)))
except Exception as e:
    show(e)

print('p91')
try:
    import math; math.factorial(-1)
except Exception as e:
    show(e)

print('p92')
try:
    import math; print(math.comb(2**64, 2) % 1000, math.perm(2**64, 2) % 1000)
except Exception as e:
    show(e)

print('p94')
try:
    import math; math.sqrt(10**400)
except Exception as e:
    show(e)

print('p95')
try:
    import math; print(math.gcd(-(2**63), 0), math.lcm(-(2**63), 1), math.isqrt(2**128 - 1))
except Exception as e:
    show(e)

print('p96')
try:
    '%c' % 0x110000
except Exception as e:
    show(e)

# expect: p79
# expect: [9, 2, 3]
# expect: p80
# expect: [0, 1, 2, 3, 4]
# expect: p81
# expect: [1, 2, 9]
# expect: p82
# expect: IndexError: list index out of range
# expect: p83
# expect: IndexError: list index out of range
# expect: p84
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: p85
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: p86
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: p87
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: p88
# expect: 4153 16612
# expect: p91
# expect: ValueError: factorial() not defined for negative values
# expect: p92
# expect: 920 840
# expect: p94
# expect: OverflowError: int too large to convert to float
# expect: p95
# expect: 9223372036854775808 9223372036854775808 18446744073709551615
# expect: p96
# expect: OverflowError: %c arg not in range(0x110000)
