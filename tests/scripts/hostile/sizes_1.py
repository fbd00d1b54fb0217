# Hostile inputs (tests/hostile/cases.tsv, a16, a17, a21, a22, a23, a24, a25, a26, a27, a33, a34, a37, a38): Sizes taken from arguments (widths, repeat counts, lengths): a clean
# MemoryError/OverflowError/ValueError or the right result, never an abort.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('a16')
try:
    '{:.{}f}'.format(1.0, 10**10)
except Exception as e:
    show(e)

print('a17')
try:
    f'{1.0:.{10**10}f}'
except Exception as e:
    show(e)

print('a21')
try:
    'a' * 10**15
except Exception as e:
    show(e)

print('a22')
try:
    [0] * 10**15
except Exception as e:
    show(e)

print('a23')
try:
    b'x' * 2**62
except Exception as e:
    show(e)

print('a24')
try:
    (1,) * 10**15
except Exception as e:
    show(e)

print('a25')
try:
    bytearray(b'x') * 10**15
except Exception as e:
    show(e)

print('a26')
try:
    x = [0]; x *= 10**15
except Exception as e:
    show(e)

print('a27')
try:
    x = 'ab'; x *= 10**15
except Exception as e:
    show(e)

print('a33')
try:
    bytes(10**15)
except Exception as e:
    show(e)

print('a34')
try:
    bytearray(10**15)
except Exception as e:
    show(e)

print('a37')
try:
    list(range(10**15))
except Exception as e:
    show(e)

print('a38')
try:
    tuple(range(10**15))
except Exception as e:
    show(e)

# expect: a16
# expect: ValueError: precision too big
# expect: a17
# expect: ValueError: precision too big
# expect: a21
# expect: MemoryError
# expect: a22
# expect: MemoryError
# expect: a23
# expect: MemoryError
# expect: a24
# expect: MemoryError
# expect: a25
# expect: MemoryError
# expect: a26
# expect: MemoryError
# expect: a27
# expect: MemoryError
# expect: a33
# expect: MemoryError
# expect: a34
# expect: MemoryError
# expect: a37
# expect: MemoryError
# expect: a38
# expect: MemoryError
