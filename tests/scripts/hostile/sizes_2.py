# Hostile inputs (tests/hostile/cases.tsv, a39, a40, a51, a52, a57, a62, a65, a66, a70, a71, a73, a74, a75): Sizes taken from arguments (widths, repeat counts, lengths): a clean
# MemoryError/OverflowError/ValueError or the right result, never an abort.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('a39')
try:
    [*range(10**15)]
except Exception as e:
    show(e)

print('a40')
try:
    sorted(range(10**15))
except Exception as e:
    show(e)

print('a51')
try:
    import array; array.array('i', [0]) * 10**15
except Exception as e:
    show(e)

print('a52')
try:
    import struct; struct.pack('1000000000000x')
except Exception as e:
    show(e)

print('a57')
try:
    [0] * (2**63 - 1)
except Exception as e:
    show(e)

print('a62')
try:
    import math; math.factorial(2**64)
except Exception as e:
    show(e)

print('a65')
try:
    print(format('xyz', '.1000000000000'))
except Exception as e:
    show(e)

print('a66')
try:
    print(f'{"ab":.{10**12}}')
except Exception as e:
    show(e)

print('a70')
try:
    '{:.10000000000g}'.format(1.0)
except Exception as e:
    show(e)

print('a71')
try:
    '{:.2147483648f}'.format(1.0)
except Exception as e:
    show(e)

print('a73')
try:
    import decimal; format(decimal.Decimal(1), '.1000000000000f')
except Exception as e:
    show(e)

print('a74')
try:
    import decimal; decimal.Decimal(10) ** 10**20
except Exception as e:
    show(e)

print('a75')
try:
    print(len(hex(1 << 10**8)))
except Exception as e:
    show(e)

# expect: a39
# expect: MemoryError
# expect: a40
# expect: MemoryError
# expect: a51
# expect: MemoryError
# expect: a52
# expect: MemoryError
# expect: a57
# expect: MemoryError
# expect: a62
# expect: OverflowError: factorial() argument should not exceed 9223372036854775807
# expect: a65
# expect: xyz
# expect: a66
# expect: ab
# expect: a70
# expect: ValueError: precision too big
# expect: a71
# expect: ValueError: precision too big
# expect: a73
# expect: MemoryError
# expect: a74
# expect: Overflow: [<class 'decimal.Overflow'>]
# expect: a75
# expect: 25000003
