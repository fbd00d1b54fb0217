# Hostile inputs (tests/hostile/cases.tsv, e01, e02, e03, e05, e06, e07, e08, e10, e12, e14, e15, e17, e19): Exception types at size and index limits match CPython's.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('e01')
try:
    'x' * 2**63
except Exception as e:
    show(e)

print('e02')
try:
    [0] * 2**64
except Exception as e:
    show(e)

print('e03')
try:
    b'x' * 2**64
except Exception as e:
    show(e)

print('e05')
try:
    bytearray(2**64)
except Exception as e:
    show(e)

print('e06')
try:
    bytes(-1)
except Exception as e:
    show(e)

print('e07')
try:
    range(10**20)[10**20]
except Exception as e:
    show(e)

print('e08')
try:
    import math; math.factorial(10**20)
except Exception as e:
    show(e)

print('e10')
try:
    '{:{}}'.format(1, 2**64)
except Exception as e:
    show(e)

print('e12')
try:
    print('abc'.ljust(-5), 'abc'.center(-(2**63)))
except Exception as e:
    show(e)

print('e14')
try:
    chr(10**20)
except Exception as e:
    show(e)

print('e15')
try:
    print([1, 2, 3][1:2:2**64])
except Exception as e:
    show(e)

print('e17')
try:
    x = bytearray(3); x[0] = 256
except Exception as e:
    show(e)

print('e19')
try:
    (1,) * 2**63
except Exception as e:
    show(e)

# expect: e01
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: e02
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: e03
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: e05
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: e06
# expect: ValueError: negative count
# expect: e07
# expect: IndexError: range object index out of range
# expect: e08
# expect: OverflowError: factorial() argument should not exceed 9223372036854775807
# expect: e10
# expect: ValueError: Too many decimal digits in format string
# expect: e12
# expect: abc abc
# expect: e14
# expect: OverflowError: Python int too large to convert to C int
# expect: e15
# expect: [2]
# expect: e17
# expect: ValueError: byte must be in range(0, 256)
# expect: e19
# expect: OverflowError: cannot fit 'int' into an index-sized integer
