# Hostile inputs (tests/hostile/cases.tsv, p136, p137, p139, p142, p143, p144, p145, p146, p147, p148, p149, p150, p151, p152, p153): Boundary values in conversions, indexing, slicing and arithmetic: the
# CPython result or exception, never an internal error.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('p136')
try:
    import random; print(random.choices([1], k=-1), random.choices([1], k=0))
except Exception as e:
    show(e)

print('p137')
try:
    import random; random.sample([1, 2], 3)
except Exception as e:
    show(e)

print('p139')
try:
    import random; random.randrange(0)
except Exception as e:
    show(e)

print('p142')
try:
    import struct; struct.pack('q', 2**63)
except Exception as e:
    show(e)

print('p143')
try:
    import struct; struct.pack('Q', -1)
except Exception as e:
    show(e)

print('p144')
try:
    import struct; struct.pack('e', 1e300)
except Exception as e:
    show(e)

print('p145')
try:
    import struct; struct.pack('f', 1e300)
except Exception as e:
    show(e)

print('p146')
try:
    import struct; struct.unpack('q', b'\x00' * 7)
except Exception as e:
    show(e)

print('p147')
try:
    import struct; struct.pack('99999999999999999999x')
except Exception as e:
    show(e)

print('p148')
try:
    import array; array.array('b', [200])
except Exception as e:
    show(e)

print('p149')
try:
    import array; array.array('q', [2**63])
except Exception as e:
    show(e)

print('p150')
try:
    import array; print(array.array('d', [1e308]) * 0, len(array.array('i', [1]) * -5))
except Exception as e:
    show(e)

print('p151')
try:
    import decimal; print(decimal.Decimal('1e999999999999999999'))
except Exception as e:
    show(e)

print('p152')
try:
    import decimal; print(decimal.Decimal(2) ** 1000000000)
except Exception as e:
    show(e)

print('p153')
try:
    import decimal; int(decimal.Decimal('Infinity'))
except Exception as e:
    show(e)

# expect: p136
# expect: [] []
# expect: p137
# expect: ValueError: Sample larger than population or is negative
# expect: p139
# expect: ValueError: empty range for randrange()
# expect: p142
# expect: error: argument out of range
# expect: p143
# expect: error: argument out of range
# expect: p144
# expect: OverflowError: float too large to pack with e format
# expect: p145
# expect: p146
# expect: error: unpack requires a buffer of 8 bytes
# expect: p147
# expect: error: total struct size too long
# expect: p148
# expect: OverflowError: signed char is greater than maximum
# expect: p149
# expect: OverflowError: int too big to convert
# expect: p150
# expect: array('d') 0
# expect: p151
# expect: 1E+999999999999999999
# expect: p152
# expect: Overflow: [<class 'decimal.Overflow'>]
# expect: p153
# expect: OverflowError: cannot convert Infinity to integer
