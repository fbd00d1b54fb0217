# Hostile inputs (tests/hostile/cases.tsv, p01, p02, p06, p08, p09, p10, p11, p12, p13, p14, p16, p20, p21, p22, p23): Boundary values in conversions, indexing, slicing and arithmetic: the
# CPython result or exception, never an internal error.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('p01')
try:
    print(round(1.5, 10**18))
except Exception as e:
    show(e)

print('p02')
try:
    print(round(1.5, -10**18))
except Exception as e:
    show(e)

print('p06')
try:
    print(round(2**63, -19))
except Exception as e:
    show(e)

print('p08')
try:
    int('9' * 5000)
except Exception as e:
    show(e)

print('p09')
try:
    print(float('1e400'), float('-1e400'), float('1e-400'))
except Exception as e:
    show(e)

print('p10')
try:
    print(range(10**20)[10**19])
except Exception as e:
    show(e)

print('p11')
try:
    len(range(10**20))
except Exception as e:
    show(e)

print('p12')
try:
    print([1, 2, 3][::-(2**63)])
except Exception as e:
    show(e)

print('p13')
try:
    print([1, 2, 3][::2**63], [1, 2, 3][::10**20])
except Exception as e:
    show(e)

print('p14')
try:
    print([1, 2, 3][-10**20:10**20:10**20])
except Exception as e:
    show(e)

print('p16')
try:
    print(repr('abc'[::-(10**20)]), repr('abc'[10**20:10**30:10**25]))
except Exception as e:
    show(e)

print('p20')
try:
    print(divmod(-(2**63), -1))
except Exception as e:
    show(e)

print('p21')
try:
    print((-(2**63)) // -1, (-(2**63)) % -1)
except Exception as e:
    show(e)

print('p22')
try:
    print(abs(-(2**63)), -(-(2**63)))
except Exception as e:
    show(e)

print('p23')
try:
    print((-(2**63)) * -1, (2**63 - 1) + 1, (-(2**63)) - 1)
except Exception as e:
    show(e)

# expect: p01
# expect: 1.5
# expect: p02
# expect: 0.0
# expect: p06
# expect: 10000000000000000000
# expect: p08
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: p09
# expect: inf -inf 0.0
# expect: p10
# expect: 10000000000000000000
# expect: p11
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: p12
# expect: [3]
# expect: p13
# expect: [1] [1]
# expect: p14
# expect: [1]
# expect: p16
# expect: 'c' ''
# expect: p20
# expect: (9223372036854775808, 0)
# expect: p21
# expect: 9223372036854775808 0
# expect: p22
# expect: 9223372036854775808 9223372036854775808
# expect: p23
# expect: 9223372036854775808 9223372036854775808 -9223372036854775809
