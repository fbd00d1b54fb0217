import time
# fixed timestamps across the proleptic Gregorian range
for t in [0, 1, -1, 86399, 86400, 951782400, 951868800, 1700000000, 2147483647, 2147483648,
          -2147483648, 4102444800, 253402300799, 253402300800, -62135596800, -62135596801,
          -12219292800, -2208988800, 32503680000, -30610224000]:
    print(t, tuple(time.gmtime(t)))
    # expect: 0 (1970, 1, 1, 0, 0, 0, 3, 1, 0)
    # expect: 1 (1970, 1, 1, 0, 0, 1, 3, 1, 0)
    # expect: -1 (1969, 12, 31, 23, 59, 59, 2, 365, 0)
    # expect: 86399 (1970, 1, 1, 23, 59, 59, 3, 1, 0)
    # expect: 86400 (1970, 1, 2, 0, 0, 0, 4, 2, 0)
    # expect: 951782400 (2000, 2, 29, 0, 0, 0, 1, 60, 0)
    # expect: 951868800 (2000, 3, 1, 0, 0, 0, 2, 61, 0)
    # expect: 1700000000 (2023, 11, 14, 22, 13, 20, 1, 318, 0)
    # expect: 2147483647 (2038, 1, 19, 3, 14, 7, 1, 19, 0)
    # expect: 2147483648 (2038, 1, 19, 3, 14, 8, 1, 19, 0)
    # expect: -2147483648 (1901, 12, 13, 20, 45, 52, 4, 347, 0)
    # expect: 4102444800 (2100, 1, 1, 0, 0, 0, 4, 1, 0)
    # expect: 253402300799 (9999, 12, 31, 23, 59, 59, 4, 365, 0)
    # expect: 253402300800 (10000, 1, 1, 0, 0, 0, 5, 1, 0)
    # expect: -62135596800 (1, 1, 1, 0, 0, 0, 0, 1, 0)
    # expect: -62135596801 (0, 12, 31, 23, 59, 59, 6, 366, 0)
    # expect: -12219292800 (1582, 10, 15, 0, 0, 0, 4, 288, 0)
    # expect: -2208988800 (1900, 1, 1, 0, 0, 0, 0, 1, 0)
    # expect: 32503680000 (3000, 1, 1, 0, 0, 0, 2, 1, 0)
    # expect: -30610224000 (1000, 1, 1, 0, 0, 0, 2, 1, 0)
# leap years: Feb 29 and Dec 31 (yday 366)
for y, t in [(2000, 951782400), (1900, -2203891200), (2100, 4107542400), (2024, 1735603200)]:
    g = time.gmtime(t)
    print(y, g.tm_year, g.tm_mon, g.tm_mday, g.tm_yday, g.tm_wday)
    # expect: 2000 2000 2 29 60 1
    # expect: 1900 1900 3 1 60 3
    # expect: 2100 2100 3 1 60 0
    # expect: 2024 2024 12 31 366 1
# floats are floored, not truncated
for t in [1.9, -1.5, -0.5, 0.999999, 1e9 + 0.75, -1e-9]:
    print(t, tuple(time.gmtime(t))[3:6])
    # expect: 1.9 (0, 0, 1)
    # expect: -1.5 (23, 59, 58)
    # expect: -0.5 (23, 59, 59)
    # expect: 0.999999 (0, 0, 0)
    # expect: 1000000000.75 (1, 46, 40)
    # expect: -1e-09 (23, 59, 59)
print(time.gmtime(True)[:6], time.gmtime(False)[:6])  # expect: (1970, 1, 1, 0, 0, 1) (1970, 1, 1, 0, 0, 0)
g = time.gmtime(1700000000)
print(g)  # expect: time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, tm_yday=318, tm_isdst=0)
print(g.tm_zone, g.tm_gmtoff, g.tm_isdst)  # expect: GMT 0 0
# extremes: struct tm holds years up to INT_MAX + 1900
print(time.gmtime(67768036191676799))  # expect: time.struct_time(tm_year=2147485547, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=59, tm_wday=2, tm_yday=365, tm_isdst=0)
print(time.gmtime(-67768040609740800))  # expect: time.struct_time(tm_year=-2147481748, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
for t in [67768036191676800, -67768040609740801, -2**63]:
    try:
        time.gmtime(t)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
        # expect: OSError 75 [Errno 75] Value too large for defined data type
        # expect: OSError 75 [Errno 75] Value too large for defined data type
        # expect: OSError 75 [Errno 75] Value too large for defined data type
for t in [2**63, -2**63 - 1, 1e19, float('inf'), -float('inf'), 2.0**63]:
    try:
        time.gmtime(t)
    except OverflowError as e:
        print(type(e).__name__, e)
        # expect: OverflowError timestamp out of range for platform time_t
        # expect: OverflowError timestamp out of range for platform time_t
        # expect: OverflowError timestamp out of range for platform time_t
        # expect: OverflowError timestamp out of range for platform time_t
        # expect: OverflowError timestamp out of range for platform time_t
        # expect: OverflowError timestamp out of range for platform time_t
try:
    time.gmtime(float('nan'))
except ValueError as e:
    print(e)  # expect: Invalid value NaN (not a number)
for bad in ['1', [1], 1j]:
    try:
        time.gmtime(bad)
    except TypeError as e:
        print(e)
        # expect: 'str' object cannot be interpreted as an integer
        # expect: 'list' object cannot be interpreted as an integer
        # expect: 'complex' object cannot be interpreted as an integer
# localtime agrees with gmtime up to the zone offset
lt = time.localtime(1700000000)
print(type(lt).__name__, len(lt), isinstance(lt.tm_gmtoff, int), isinstance(lt.tm_zone, str))  # expect: struct_time 9 True True
print(time.mktime(lt) == 1700000000.0, time.mktime(time.localtime(0)) == 0.0)  # expect: True True
print(time.mktime(time.localtime(-86400 * 365)) == -86400 * 365)  # expect: True
print(abs(time.time() - time.mktime(time.localtime())) < 5)  # expect: True
print(time.gmtime(None)[0] >= 2024, time.localtime(None)[0] >= 2024)  # expect: True True
print(type(time.timezone), type(time.altzone), type(time.daylight), len(time.tzname))  # expect: <class 'int'> <class 'int'> <class 'int'> 2
