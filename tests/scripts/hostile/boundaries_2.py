# Hostile inputs (tests/hostile/cases.tsv, p24, p25, p26, p27, p28, p29, p30, p31, p32, p34, p35, p36, p37, p38, p39): Boundary values in conversions, indexing, slicing and arithmetic: the
# CPython result or exception, never an internal error.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('p24')
try:
    print((2**32) * (2**32), (2**62) * 2, (2**62) + (2**62))
except Exception as e:
    show(e)

print('p25')
try:
    print(divmod(1.0, 0.0))
except Exception as e:
    print(type(e).__name__)

print('p26')
try:
    print(divmod(float('inf'), 1), divmod(-7, 2**64), divmod(7, -(2**64)))
except Exception as e:
    show(e)

print('p27')
try:
    print(pow(2, -1, 7), pow(2, -1, 1), pow(2, 3, -7), pow(-2, -1, 7))
except Exception as e:
    show(e)

print('p28')
try:
    pow(0, -1, 7)
except Exception as e:
    show(e)

print('p29')
try:
    pow(2, -1, 0)
except Exception as e:
    show(e)

print('p30')
try:
    print(pow(-(2**63), 2), pow(2, 63), pow(-2, 63))
except Exception as e:
    show(e)

print('p31')
try:
    1 << 10**20
except Exception as e:
    show(e)

print('p32')
try:
    print(1 >> 10**20, -1 >> 10**20, 0 << 10**20)
except Exception as e:
    show(e)

print('p34')
try:
    print(2 ** -(10**20))
except Exception as e:
    show(e)

print('p35')
try:
    float(2**1024)
except Exception as e:
    show(e)

print('p36')
try:
    int(float('inf'))
except Exception as e:
    show(e)

print('p37')
try:
    int(float('nan'))
except Exception as e:
    show(e)

print('p38')
try:
    print(int(9.223372036854775807e18), int(-9.3e18), int(1.8446744073709552e19))
except Exception as e:
    show(e)

print('p39')
try:
    print(int(1e308) % 1000)
except Exception as e:
    show(e)

# expect: p24
# expect: 18446744073709551616 9223372036854775808 9223372036854775808
# expect: p25
# expect: ZeroDivisionError
# expect: p26
# expect: (nan, nan) (-1, 18446744073709551609) (-1, -18446744073709551609)
# expect: p27
# expect: 4 0 -6 3
# expect: p28
# expect: ValueError: base is not invertible for the given modulus
# expect: p29
# expect: ValueError: pow() 3rd argument cannot be 0
# expect: p30
# expect: 85070591730234615865843651857942052864 9223372036854775808 -9223372036854775808
# expect: p31
# expect: OverflowError: too many digits in integer
# expect: p32
# expect: 0 -1 0
# expect: p34
# expect: 0.0
# expect: p35
# expect: OverflowError: int too large to convert to float
# expect: p36
# expect: OverflowError: cannot convert float infinity to integer
# expect: p37
# expect: ValueError: cannot convert float NaN to integer
# expect: p38
# expect: 9223372036854775808 -9300000000000000000 18446744073709551616
# expect: p39
# expect: 336
