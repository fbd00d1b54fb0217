import time
t = (2023, 3, 5, 7, 8, 9, 6, 64, 0)
def show(f, tup):
    try:
        print(repr(time.strftime(f, tup)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
# zero month / day / yday mean the first one (CPython's checktm)
show('%Y-%m-%d %j %a', (2023, 0, 0, 0, 0, 0, 0, 0, 0))  # expect: '2023-01-01 001 Mon'
# range checks, in CPython's order
for tup in [(2023, 13, 1, 0, 0, 0, 0, 1, 0), (2023, -1, 1, 0, 0, 0, 0, 1, 0), (2023, 1, 32, 0, 0, 0, 0, 1, 0),
            (2023, 1, -1, 0, 0, 0, 0, 1, 0), (2023, 1, 1, 24, 0, 0, 0, 1, 0), (2023, 1, 1, -1, 0, 0, 0, 1, 0),
            (2023, 1, 1, 0, 60, 0, 0, 1, 0), (2023, 1, 1, 0, 0, 62, 0, 1, 0), (2023, 1, 1, 0, 0, -1, 0, 1, 0),
            (2023, 1, 1, 0, 0, 61, -2, 1, 0), (2023, 1, 1, 0, 0, 0, 0, 367, 0), (2023, 1, 1, 0, 0, 0, 0, -1, 0),
            (2023, 13, 32, 24, 60, 62, -2, 367, 0)]:
    show('%c', tup)
    # expect: ValueError: month out of range
    # expect: ValueError: month out of range
    # expect: ValueError: day of month out of range
    # expect: ValueError: day of month out of range
    # expect: ValueError: hour out of range
    # expect: ValueError: hour out of range
    # expect: ValueError: minute out of range
    # expect: ValueError: seconds out of range
    # expect: ValueError: seconds out of range
    # expect: ValueError: day of week out of range
    # expect: ValueError: day of year out of range
    # expect: ValueError: day of year out of range
    # expect: ValueError: month out of range
# the weekday is taken modulo 7 (C remainder: -8 is fine, -2 is not)
for wd in [-8, -1, 0, 6, 7, 13, 100]:
    show('%a %u %w', (2023, 1, 1, 0, 0, 0, wd, 1, 0))
    # expect: 'Sun 7 0'
    # expect: 'Sun 7 0'
    # expect: 'Mon 1 1'
    # expect: 'Sun 7 0'
    # expect: 'Mon 1 1'
    # expect: 'Sun 7 0'
    # expect: 'Wed 3 3'
# seconds 60 and 61 are allowed; yday 366 is allowed
show('%S %j', (2023, 1, 1, 0, 0, 61, 0, 366, 0))  # expect: '61 366'
# tm_isdst is clamped to -1..1
for dst in [-5, -1, 0, 1, 7]:
    show('[%z]', time.struct_time((2023, 1, 1, 0, 0, 0, 0, 1, dst, 'Q', 3600)))
    # expect: '[]'
    # expect: '[]'
    # expect: '[+0100]'
    # expect: '[+0100]'
    # expect: '[+0100]'
# argument types
for tup in [[2023, 1, 1, 0, 0, 0, 0, 1, 0], 'abcdefghi', 5, None, (2023, 1, 1), (2023,) * 10,
            (2023.0, 1, 1, 0, 0, 0, 0, 1, 0), (2023, '1', 1, 0, 0, 0, 0, 1, 0),
            (2**31, 1, 1, 0, 0, 0, 0, 1, 0), (2023, 1, 1, 0, 0, 0, 0, 1, -2**31 - 1),
            (-2**31 + 1899, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31, 1, 1, 0, 0, 0, 0, 1, 0),
            (True, True, True, False, False, False, False, True, False)]:
    show('%Y', tup)
    # expect: TypeError: Tuple or struct_time argument required
    # expect: TypeError: Tuple or struct_time argument required
    # expect: TypeError: Tuple or struct_time argument required
    # expect: TypeError: Tuple or struct_time argument required
    # expect: TypeError: strftime(): illegal time tuple argument
    # expect: TypeError: strftime(): illegal time tuple argument
    # expect: TypeError: 'float' object cannot be interpreted as an integer
    # expect: TypeError: 'str' object cannot be interpreted as an integer
    # expect: OverflowError: signed integer is greater than maximum
    # expect: OverflowError: signed integer is less than minimum
    # expect: OverflowError: year out of range
    # expect: OverflowError: year out of range
    # expect: '1'
show(b'%Y', t)  # expect: TypeError: strftime() argument 1 must be str, not bytes
show(5, t)  # expect: TypeError: strftime() argument 1 must be str, not int
show('%Y\0', t)  # expect: ValueError: embedded null character
try:
    time.strftime()
except TypeError:
    print('TypeError')  # expect: TypeError
# a struct_time's zone must be a str
show('%Z', time.struct_time((2023, 1, 1, 0, 0, 0, 0, 1, 0, 5, 0)))  # expect: TypeError: bad argument type for built-in operation
show('%z', time.struct_time((2023, 1, 1, 0, 0, 0, 0, 1, 0, 'A', 'x')))  # expect: TypeError: 'str' object cannot be interpreted as an integer
# results that would not fit CPython's largest buffer (256 x the format) come back empty
print(len(time.strftime('%1000d', t)), len(time.strftime('%1023d', t)), len(time.strftime('%1024d', t)))  # expect: 1000 1023 1024
print(len(time.strftime('%2000Y', t)), len(time.strftime('ab%1500Y', t)), len(time.strftime('%99999999999d', t)))  # expect: 2000 1502 0
print(repr(time.strftime('abc%99999999z', (2000, 1, 1, 0, 0, 0, 0, 1, -1))))  # expect: 'abc'
print(len(time.strftime('%c' * 50, t)), len(time.strftime('é' * 600, t)))  # expect: 1200 600
# the current local time is used without a tuple
print(time.strftime('%Y') == time.strftime('%Y', time.localtime()))  # expect: True
