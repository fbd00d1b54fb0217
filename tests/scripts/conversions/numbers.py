print(int("42"), int("  -17  "), int("+5"), int("1_000"), int(3.99), int(-3.99))  # expect: 42 -17 5 1000 3 -3
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0b101", 0), int("z", 36))  # expect: 255 255 255 511 5 35
print(int("10", 2), int(True), int("0"), int("-0"))  # expect: 2 1 0 0
print(int("123456789012345678901234567890"), int(1e20))  # expect: 123456789012345678901234567890 100000000000000000000
print(float("3.5"), float("-1e-3"), float(" 7 "), float(2), float("1_0.5"))  # expect: 3.5 -0.001 7.0 2.0 10.5
print(float("nan") != float("nan"), float("-inf"), float("infinity"), float("-NaN"))  # expect: True -inf inf nan
print(str(42), str(-0.5), str(True), str(1e100), str(10**25))  # expect: 42 -0.5 True 1e+100 10000000000000000000000000
print(bool("False"), bool(0.0), bool("0"), bool(None))  # expect: True False True False
print(list("abc"), tuple([1]), set([1, 1]), dict([("a", 1)]), list({"x": 1}.items()))  # expect: ['a', 'b', 'c'] (1,) {1} {'a': 1} [('x', 1)]
print(int(2.5e9), round(1e20) == 10**20, int(-0.5))  # expect: 2500000000 True 0
cases = ["x", "", "1.5", "1 2", "0x10", "12a", "٣"]
for c in cases:
    try:
        print(repr(c), "->", int(c))
    except ValueError as e:
        print(repr(c), "->", e)
# expect: 'x' -> invalid literal for int() with base 10: 'x'
# expect: '' -> invalid literal for int() with base 10: ''
# expect: '1.5' -> invalid literal for int() with base 10: '1.5'
# expect: '1 2' -> invalid literal for int() with base 10: '1 2'
# expect: '0x10' -> invalid literal for int() with base 10: '0x10'
# expect: '12a' -> invalid literal for int() with base 10: '12a'
# expect: '٣' -> 3
try:
    int("9", 8)
except ValueError as e:
    print(e)  # expect: invalid literal for int() with base 8: '9'
try:
    float("abc")
except ValueError as e:
    print(e)  # expect: could not convert string to float: 'abc'
try:
    float("")
except ValueError as e:
    print(e)  # expect: could not convert string to float: ''
try:
    int(None)
except TypeError as e:
    print(e)  # expect: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
try:
    int(float("inf"))
except OverflowError as e:
    print(e)  # expect: cannot convert float infinity to integer
try:
    int(float("nan"))
except ValueError as e:
    print(e)  # expect: cannot convert float NaN to integer
try:
    float([1])
except TypeError as e:
    print(e)  # expect: float() argument must be a string or a real number, not 'list'
try:
    chr(-1)
except ValueError as e:
    print(e)  # expect: chr() arg not in range(0x110000)
try:
    ord("ab")
except TypeError as e:
    print(e)  # expect: ord() expected a character, but string of length 2 found
try:
    dict([1, 2])
except TypeError as e:
    print(e)  # expect: cannot convert dictionary update sequence element #0 to a sequence
try:
    float(10**400)
except OverflowError as e:
    print(e)  # expect: int too large to convert to float
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)  # expect: (34, 'Numerical result out of range')
