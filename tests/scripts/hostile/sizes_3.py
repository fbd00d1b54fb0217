# Hostile inputs (tests/hostile/cases.tsv, a76, a77, a78, a82, a83, a84, a85, a86, a88, a89, a90): Sizes taken from arguments (widths, repeat counts, lengths): a clean
# MemoryError/OverflowError/ValueError or the right result, never an abort.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('a76')
try:
    import textwrap; textwrap.indent('a\nb', ' ' * 10**12)
except Exception as e:
    show(e)

print('a77')
try:
    len(type('L', (), {'__len__': lambda s: 2**100})())
except Exception as e:
    show(e)

print('a78')
try:
    len(type('L', (), {'__len__': lambda s: -1})())
except Exception as e:
    show(e)

print('a82')
try:
    print(hash(type('H', (), {'__hash__': lambda s: 2**100})()))
except Exception as e:
    show(e)

print('a83')
try:
    [1, 2][type('I', (), {'__index__': lambda s: 2**100})()]
except Exception as e:
    print(type(e).__name__)

print('a84')
try:
    bool(type('B', (), {'__len__': lambda s: 2**100})())
except Exception as e:
    show(e)

print('a85')
try:
    print(int('1' * 10**6, 2).bit_length())
except Exception as e:
    show(e)

print('a86')
try:
    print((7**200000 * 11**150000).bit_length())
except Exception as e:
    show(e)

print('a88')
try:
    print(float('9' * 5000), complex('1e400+1e400j'))
except Exception as e:
    show(e)

print('a89')
try:
    float.fromhex('0x' + 'f' * 100000)
except Exception as e:
    show(e)

print('a90')
try:
    print(len('%.1000f' % 1e300), len(format(1e300, '.1000e')))
except Exception as e:
    show(e)

# expect: a76
# expect: MemoryError
# expect: a77
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: a78
# expect: ValueError: __len__() should return >= 0
# expect: a82
# expect: 549755813888
# expect: a83
# expect: IndexError
# expect: a84
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: a85
# expect: 1000000
# expect: a86
# expect: 1080386
# expect: a88
# expect: inf (inf+infj)
# expect: a89
# expect: OverflowError: hexadecimal value too large to represent as a float
# expect: a90
# expect: 1302 1007
