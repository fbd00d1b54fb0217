# Hostile inputs (tests/hostile/cases.tsv, e20, e22, e25, e26, e27, e33, e34, e35, e36, e37, e38, e39): Exception types at size and index limits match CPython's.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('e20')
try:
    x = [1]; x *= 10**20
except Exception as e:
    show(e)

print('e22')
try:
    (1, 2)[10**20]
except Exception as e:
    show(e)

print('e25')
try:
    import random; random.choices([1], k=10**20)
except Exception as e:
    show(e)

print('e26')
try:
    import random; random.randbytes(10**20)
except Exception as e:
    print(type(e).__name__)

print('e27')
try:
    import random; random.getrandbits(10**20)
except Exception as e:
    print(type(e).__name__)

print('e33')
try:
    hash([])
except Exception as e:
    show(e)

print('e34')
try:
    '%c' % -1
except Exception as e:
    show(e)

print('e35')
try:
    format(float('inf'), 'd')
except Exception as e:
    show(e)

print('e36')
try:
    import time; time.sleep('1')
except Exception as e:
    print(type(e).__name__)

print('e37')
try:
    import struct; struct.pack('b', 200)
except Exception as e:
    show(e)

print('e38')
try:
    memoryview(b'abc')[10**20]
except Exception as e:
    print(type(e).__name__)

print('e39')
try:
    print([1][0:1:1], [1][True], 'ab'[False])
except Exception as e:
    show(e)

# expect: e20
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: e22
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: e25
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: e26
# expect: OverflowError
# expect: e27
# expect: OverflowError
# expect: e33
# expect: TypeError: unhashable type: 'list'
# expect: e34
# expect: OverflowError: %c arg not in range(0x110000)
# expect: e35
# expect: ValueError: Unknown format code 'd' for object of type 'float'
# expect: e36
# expect: TypeError
# expect: e37
# expect: error: byte format requires -128 <= number <= 127
# expect: e38
# expect: IndexError
# expect: e39
# expect: IndexError: list index out of range
