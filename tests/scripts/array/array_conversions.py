from array import array

def t(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__ + ':', e)

# ints are stored as floats in 'd' and 'f'; 'f' rounds to float32
d = array('d', [0])
d[0] = 3
print(d, type(d[0]).__name__)  # expect: array('d', [3.0]) float
d.append(True)
d.extend([10 ** 20])
print(d)  # expect: array('d', [3.0, 1.0, 1e+20])
f = array('f', [0.1, 1 / 3, 1e-50, -1e-50, 3.4e38, 1e39, -1e39, 16777217])
print(f)  # expect: array('f', [0.10000000149011612, 0.3333333432674408, 0.0, -0.0, 3.3999999521443642e+38, inf, -inf, 16777216.0])
f[0] = 2.5
f.append(0.2)
print(f[0], f[-1])  # expect: 2.5 0.20000000298023224
print(array('f', [1.401298464324817e-45, 1e-45, 7e-46, 1.1754943508222875e-38]))  # expect: array('f', [1.401298464324817e-45, 1.401298464324817e-45, 0.0, 1.1754943508222875e-38])

# range checks (same messages as CPython)
t(lambda: array('b', [127, -128]))  # expect: array('b', [127, -128])
t(lambda: array('b', [128]))  # expect: OverflowError: signed char is greater than maximum
t(lambda: array('b', [-129]))  # expect: OverflowError: signed char is less than minimum
t(lambda: array('b', [40000]))  # expect: OverflowError: signed short integer is greater than maximum
t(lambda: array('B', [256]))  # expect: OverflowError: unsigned byte integer is greater than maximum
t(lambda: array('B', [-1]))  # expect: OverflowError: unsigned byte integer is less than minimum
t(lambda: array('h', [32768]))  # expect: OverflowError: signed short integer is greater than maximum
t(lambda: array('H', [65536]))  # expect: OverflowError: unsigned short is greater than maximum
t(lambda: array('H', [-1]))  # expect: OverflowError: unsigned short is less than minimum
t(lambda: array('H', [2 ** 31]))  # expect: OverflowError: signed integer is greater than maximum
t(lambda: array('i', [2 ** 31]))  # expect: OverflowError: signed integer is greater than maximum
t(lambda: array('i', [-2 ** 31 - 1]))  # expect: OverflowError: signed integer is less than minimum
t(lambda: array('I', [2 ** 32]))  # expect: OverflowError: unsigned int is greater than maximum
t(lambda: array('I', [-1]))  # expect: OverflowError: can't convert negative value to unsigned int
t(lambda: array('l', [2 ** 63]))  # expect: OverflowError: Python int too large to convert to C long
t(lambda: array('L', [-1]))  # expect: OverflowError: can't convert negative value to unsigned int
t(lambda: array('L', [2 ** 64]))  # expect: OverflowError: Python int too large to convert to C unsigned long
t(lambda: array('q', [2 ** 63]))  # expect: OverflowError: int too big to convert
t(lambda: array('Q', [-1]))  # expect: OverflowError: can't convert negative int to unsigned
t(lambda: array('Q', [2 ** 64 - 1]))  # expect: array('Q', [18446744073709551615])
t(lambda: array('b', [10 ** 30]))  # expect: OverflowError: Python int too large to convert to C long
t(lambda: array('d', [2 ** 2000]))  # expect: OverflowError: int too large to convert to float

# type errors
t(lambda: array('i', [1.5]))  # expect: TypeError: 'float' object cannot be interpreted as an integer
t(lambda: array('i', ['1']))  # expect: TypeError: 'str' object cannot be interpreted as an integer
t(lambda: array('d', ['1']))  # expect: TypeError: must be real number, not str
t(lambda: array('d', [None]))  # expect: TypeError: must be real number, not NoneType
t(lambda: array('u', [1]))  # expect: TypeError: array item must be unicode character
t(lambda: array('u', ['ab']))  # expect: TypeError: array item must be unicode character
t(lambda: array('d', 'abc'))  # expect: TypeError: cannot use a str to initialize an array with typecode 'd'
t(lambda: array('i', array('u', 'x')))  # expect: TypeError: cannot use a unicode array to initialize an array with typecode 'i'
t(lambda: array('z'))  # expect: ValueError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
t(lambda: array(5))  # expect: TypeError: array() argument 1 must be a unicode character, not int
t(lambda: array('dd'))  # expect: TypeError: array() argument 1 must be a unicode character, not str
t(lambda: array('d', 5))  # expect: TypeError: 'int' object is not iterable

# indexing errors
a = array('i', [1, 2, 3])
t(lambda: a[3])  # expect: IndexError: array index out of range
t(lambda: a['x'])  # expect: TypeError: array indices must be integers
def setbad():
    a[5] = 1
t(setbad)  # expect: IndexError: array assignment index out of range
def setslice_list():
    a[0:1] = [9]
t(setslice_list)  # expect: TypeError: can only assign array (not "list") to array slice
def setslice_kind():
    a[0:1] = array('d', [9])
t(setslice_kind)  # expect: TypeError: bad argument type for built-in operation
def setslice_ext():
    a[::2] = array('i', [1])
t(setslice_ext)  # expect: ValueError: attempt to assign array of size 1 to extended slice of size 2
def delbad():
    del a[10]
t(delbad)  # expect: IndexError: array assignment index out of range
def setval():
    a[0] = 2 ** 40
t(setval)  # expect: OverflowError: signed integer is greater than maximum
t(lambda: a.pop(5))  # expect: IndexError: pop index out of range
t(lambda: array('b').pop())  # expect: IndexError: pop from empty array
t(lambda: a.remove(42))  # expect: ValueError: array.remove(x): x not in array
t(lambda: a.index(42))  # expect: ValueError: array.index(x): x not in array
t(lambda: a + [1])  # expect: TypeError: can only append array (not "list") to array
t(lambda: a + array('d'))  # expect: TypeError: bad argument type for built-in operation
t(lambda: a.extend(array('h')))  # expect: TypeError: can only extend with array of same kind
t(lambda: a.fromlist((1, 2)))  # expect: TypeError: arg must be list
for op in (lambda: a < [1], lambda: hash(a)):
    try:
        op()
    except TypeError:
        print('TypeError')
        # expect: TypeError
        # expect: TypeError
t(lambda: array('d', [1]).tounicode())  # expect: ValueError: tounicode() may only be called on unicode type arrays
a.fromlist([4, 'x']) if False else None
t(lambda: a.fromlist([4, 'x']))  # expect: TypeError: 'str' object cannot be interpreted as an integer
print(a)  # expect: array('i', [1, 2, 3])
t(lambda: a.extend([5, 6.5]))  # expect: TypeError: 'float' object cannot be interpreted as an integer
print(a)  # expect: array('i', [1, 2, 3, 5])
