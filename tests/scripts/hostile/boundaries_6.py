# Hostile inputs (tests/hostile/cases.tsv, p97, p99, p100, p102, p103, p104, p105, p106, p107, p112, p113, p114, p117, p118, p119): Boundary values in conversions, indexing, slicing and arithmetic: the
# CPython result or exception, never an internal error.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('p97')
try:
    '%d' % float('inf')
except Exception as e:
    show(e)

print('p99')
try:
    format(2**100, 'c')
except Exception as e:
    show(e)

print('p100')
try:
    format(-1, 'c')
except Exception as e:
    show(e)

print('p102')
try:
    print(complex('1e400j'), complex(1e400, -1e400))
except Exception as e:
    show(e)

print('p103')
try:
    10**400 / 1
except Exception as e:
    show(e)

print('p104')
try:
    print(10**400 / 10**399, (2**1100 + 1) / 2**1099, 1 / 10**400)
except Exception as e:
    show(e)

print('p105')
try:
    10**400 * 1.0
except Exception as e:
    show(e)

print('p106')
try:
    print(10**400 < 1e308, 10**400 > float('inf'), 10**400 == 1e400, 2**53 + 1 == 2.0**53, 2**63 - 1 < 2.0**63)
except Exception as e:
    show(e)

print('p107')
try:
    print(hash(2**63) == hash(2.0**63), {2**63: 1}[2.0**63], 2**64 == 2.0**64)
except Exception as e:
    show(e)

print('p112')
try:
    import itertools; itertools.product('ab', repeat=10**20)
except Exception as e:
    print(type(e).__name__)

print('p113')
try:
    import itertools; c = itertools.count(2**63 - 1); print(next(c), next(c))
except Exception as e:
    show(e)

print('p114')
try:
    print(list(enumerate('ab', 2**63 - 1)))
except Exception as e:
    show(e)

print('p117')
try:
    import time; time.localtime(1e300)
except Exception as e:
    show(e)

print('p118')
try:
    import time; time.gmtime(float('nan'))
except Exception as e:
    show(e)

print('p119')
try:
    import time; time.strftime('%Y', (10**20, 1, 1, 0, 0, 0, 0, 1, 0))
except Exception as e:
    print(type(e).__name__)

# expect: p97
# expect: OverflowError: cannot convert float infinity to integer
# expect: p99
# expect: OverflowError: Python int too large to convert to C long
# expect: p100
# expect: OverflowError: %c arg not in range(0x110000)
# expect: p102
# expect: infj (inf-infj)
# expect: p103
# expect: OverflowError: integer division result too large for a float
# expect: p104
# expect: 10.0 2.0 0.0
# expect: p105
# expect: OverflowError: int too large to convert to float
# expect: p106
# expect: False False False False True
# expect: p107
# expect: True 1 True
# expect: p112
# expect: OverflowError
# expect: p113
# expect: 9223372036854775807 9223372036854775808
# expect: p114
# expect: [(9223372036854775807, 'a'), (9223372036854775808, 'b')]
# expect: p117
# expect: OverflowError: timestamp out of range for platform time_t
# expect: p118
# expect: ValueError: Invalid value NaN (not a number)
# expect: p119
# expect: OverflowError
