import time
def show(fn, *a):
    try:
        print(repr(fn(*a)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
# asctime: 'Www Mmm dd hh:mm:ss yyyy' with a space-padded day
for t in [0, 1700000000, -1, 951782400, 253402300799, -62135596800, 1e9]:
    print(time.asctime(time.gmtime(t)))
    # expect: Thu Jan  1 00:00:00 1970
    # expect: Tue Nov 14 22:13:20 2023
    # expect: Wed Dec 31 23:59:59 1969
    # expect: Tue Feb 29 00:00:00 2000
    # expect: Fri Dec 31 23:59:59 9999
    # expect: Mon Jan  1 00:00:00 1
    # expect: Sun Sep  9 01:46:40 2001
show(time.asctime, (2023, 11, 4, 2, 3, 2, 1, 318, 0))  # expect: 'Tue Nov  4 02:03:02 2023'
show(time.asctime, (-5, 1, 1, 0, 0, 0, 0, 1, 0))  # expect: 'Mon Jan  1 00:00:00 -5'
show(time.asctime, (12345, 0, 0, 0, 0, 0, 0, 0, 0))  # expect: 'Mon Jan  1 00:00:00 12345'
show(time.asctime, (2023, 1, 1, 0, 0, 61, -8, 1, 0))  # expect: 'Sun Jan  1 00:00:61 2023'
show(time.asctime, time.struct_time((2023, 1, 1, 0, 0, 0, 6, 1, 0, 'X', 1)))  # expect: 'Sun Jan  1 00:00:00 2023'
for bad in [(2023, 13, 1, 0, 0, 0, 0, 1, 0), (2023, 1, 32, 0, 0, 0, 0, 1, 0), (2023, 1, 1, 24, 0, 0, 0, 1, 0),
            (2023, 1, 1, 0, 60, 0, 0, 1, 0), (2023, 1, 1, 0, 0, 62, 0, 1, 0), (2023, 1, 1, 0, 0, 0, -2, 1, 0),
            (2023, 1, 1, 0, 0, 0, 0, 367, 0), (2023, 1, 1), [2023, 1, 1, 0, 0, 0, 0, 1, 0], None, 'abcdefghi',
            (2023.5, 1, 1, 0, 0, 0, 0, 1, 0), (2**31, 1, 1, 0, 0, 0, 0, 1, 0)]:
    show(time.asctime, bad)
    # expect: ValueError: month out of range
    # expect: ValueError: day of month out of range
    # expect: ValueError: hour out of range
    # expect: ValueError: minute out of range
    # expect: ValueError: seconds out of range
    # expect: ValueError: day of week out of range
    # expect: ValueError: day of year out of range
    # expect: TypeError: asctime(): illegal time tuple argument
    # expect: TypeError: Tuple or struct_time argument required
    # expect: TypeError: Tuple or struct_time argument required
    # expect: TypeError: Tuple or struct_time argument required
    # expect: TypeError: 'float' object cannot be interpreted as an integer
    # expect: OverflowError: signed integer is greater than maximum
print(type(time.asctime()), len(time.asctime()), len(time.ctime()))  # expect: <class 'str'> 24 24
print(time.ctime(1700000000) == time.asctime(time.localtime(1700000000)))  # expect: True
print(time.ctime(None)[-4:].isdigit(), time.ctime(1.9) == time.ctime(1))  # expect: True True
for bad in [float('nan'), float('inf'), 1e20, '1', 2**63]:
    show(time.ctime, bad)
    # expect: ValueError: Invalid value NaN (not a number)
    # expect: OverflowError: timestamp out of range for platform time_t
    # expect: OverflowError: timestamp out of range for platform time_t
    # expect: TypeError: 'str' object cannot be interpreted as an integer
    # expect: OverflowError: timestamp out of range for platform time_t
# mktime is the inverse of localtime, whatever the local zone
for t in [0, 1, 1700000000, 951782400, -86400 * 3650, 4102444800, 86400 * 365 * 3000]:
    print(t, time.mktime(time.localtime(t)) == t)
    # expect: 0 True
    # expect: 1 True
    # expect: 1700000000 True
    # expect: 951782400 True
    # expect: -315360000 True
    # expect: 4102444800 True
    # expect: 94608000000 True
lt = time.localtime(1700000000)
print(type(time.mktime(lt)).__name__)  # expect: float
# out-of-range fields are normalised like C mktime (wday / yday ignored)
base = time.mktime((2023, 1, 1, 0, 0, 0, 0, 1, -1))
for tup in [(2023, 1, 1, 0, 0, 0, 5, 200, -1), (2023, 1, 32, 0, 0, 0, 0, 0, -1), (2023, 13, 1, 0, 0, 0, 0, 0, -1),
            (2023, 0, 1, 0, 0, 0, 0, 0, -1), (2023, 1, 0, 0, 0, 0, 0, 0, -1), (2023, 1, 1, 25, 0, 0, 0, 0, -1),
            (2023, 1, 1, 0, -1, 0, 0, 0, -1), (2023, 1, 1, 0, 0, 86400, 0, 0, -1), (2023, 25, 1, 0, 0, 0, 0, 0, -1),
            (2023, -11, 1, 0, 0, 0, 0, 0, -1), (2022, 12, 31, 24, 0, 0, 0, 0, -1)]:
    print(tup[:6], (time.mktime(tup) - base) / 86400)
    # expect: (2023, 1, 1, 0, 0, 0) 0.0
    # expect: (2023, 1, 32, 0, 0, 0) 31.0
    # expect: (2023, 13, 1, 0, 0, 0) 365.0
    # expect: (2023, 0, 1, 0, 0, 0) -31.0
    # expect: (2023, 1, 0, 0, 0, 0) -1.0
    # expect: (2023, 1, 1, 25, 0, 0) 1.0416666666666667
    # expect: (2023, 1, 1, 0, -1, 0) -0.0006944444444444445
    # expect: (2023, 1, 1, 0, 0, 86400) 1.0
    # expect: (2023, 25, 1, 0, 0, 0) 731.0
    # expect: (2023, -11, 1, 0, 0, 0) -365.0
    # expect: (2022, 12, 31, 24, 0, 0) 0.0
for bad in [(2023, 1, 1), 5, None, [2023, 1, 1, 0, 0, 0, 0, 1, 0], (2023, 1, 1, 0, 0, 0.5, 0, 1, 0),
            (2**31, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31, 1, 1, 0, 0, 0, 0, 1, 0), (2023, 1, 1, 0, 0, 0, 0, 1, 2**31)]:
    show(time.mktime, bad)
    # expect: TypeError: mktime(): illegal time tuple argument
    # expect: TypeError: Tuple or struct_time argument required
    # expect: TypeError: Tuple or struct_time argument required
    # expect: TypeError: Tuple or struct_time argument required
    # expect: TypeError: 'float' object cannot be interpreted as an integer
    # expect: OverflowError: signed integer is greater than maximum
    # expect: OverflowError: year out of range
    # expect: OverflowError: signed integer is greater than maximum
