# POSIX timestamps: fromtimestamp/utcfromtimestamp/timestamp, rounding, now/today
import time
from datetime import datetime, date, timedelta, timezone
utc = timezone.utc
for t in [0, 1, -1, 86399.5, 1e9, 1234567890.123456, 1.5e-6, 2.5e-6, -1.5e-6, 0.9999995, -0.0000005, 1e9 + 0.1234565]:
    print(repr(t), repr(datetime.fromtimestamp(t, utc)), repr(datetime.utcfromtimestamp(t)))
    # expect: 0 datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) datetime.datetime(1970, 1, 1, 0, 0)
    # expect: 1 datetime.datetime(1970, 1, 1, 0, 0, 1, tzinfo=datetime.timezone.utc) datetime.datetime(1970, 1, 1, 0, 0, 1)
    # expect: -1 datetime.datetime(1969, 12, 31, 23, 59, 59, tzinfo=datetime.timezone.utc) datetime.datetime(1969, 12, 31, 23, 59, 59)
    # expect: 86399.5 datetime.datetime(1970, 1, 1, 23, 59, 59, 500000, tzinfo=datetime.timezone.utc) datetime.datetime(1970, 1, 1, 23, 59, 59, 500000)
    # expect: 1000000000.0 datetime.datetime(2001, 9, 9, 1, 46, 40, tzinfo=datetime.timezone.utc) datetime.datetime(2001, 9, 9, 1, 46, 40)
    # expect: 1234567890.123456 datetime.datetime(2009, 2, 13, 23, 31, 30, 123456, tzinfo=datetime.timezone.utc) datetime.datetime(2009, 2, 13, 23, 31, 30, 123456)
    # expect: 1.5e-06 datetime.datetime(1970, 1, 1, 0, 0, 0, 2, tzinfo=datetime.timezone.utc) datetime.datetime(1970, 1, 1, 0, 0, 0, 2)
    # expect: 2.5e-06 datetime.datetime(1970, 1, 1, 0, 0, 0, 2, tzinfo=datetime.timezone.utc) datetime.datetime(1970, 1, 1, 0, 0, 0, 2)
    # expect: -1.5e-06 datetime.datetime(1969, 12, 31, 23, 59, 59, 999998, tzinfo=datetime.timezone.utc) datetime.datetime(1969, 12, 31, 23, 59, 59, 999998)
    # expect: 0.9999995 datetime.datetime(1970, 1, 1, 0, 0, 1, tzinfo=datetime.timezone.utc) datetime.datetime(1970, 1, 1, 0, 0, 1)
    # expect: -5e-07 datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) datetime.datetime(1970, 1, 1, 0, 0)
    # expect: 1000000000.1234565 datetime.datetime(2001, 9, 9, 1, 46, 40, 123456, tzinfo=datetime.timezone.utc) datetime.datetime(2001, 9, 9, 1, 46, 40, 123456)
print(repr(datetime.fromtimestamp(1.5e9, tz=timezone(timedelta(hours=9)))), repr(datetime.fromtimestamp(0, timezone(timedelta(hours=-5), 'EST'))))  # expect: datetime.datetime(2017, 7, 14, 11, 40, tzinfo=datetime.timezone(datetime.timedelta(seconds=32400))) datetime.datetime(1969, 12, 31, 19, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=68400), 'EST'))
print(repr(datetime.fromtimestamp(-62135596800, utc)), repr(datetime.fromtimestamp(253402300799.25, utc)))  # expect: datetime.datetime(1, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) datetime.datetime(9999, 12, 31, 23, 59, 59, 250000, tzinfo=datetime.timezone.utc)
print(repr(datetime.utcfromtimestamp(253402300799)), repr(datetime.utcfromtimestamp(-62135596800)))  # expect: datetime.datetime(9999, 12, 31, 23, 59, 59) datetime.datetime(1, 1, 1, 0, 0)
for t in [253402300800, -62135596801, 1e20, float('inf')]:
    try:
        datetime.utcfromtimestamp(t)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
        # expect: ValueError: year 10000 is out of range
        # expect: ValueError: year 0 is out of range
        # expect: OverflowError: timestamp out of range for platform time_t
        # expect: OverflowError: timestamp out of range for platform time_t
for t in [float('nan'), '0', None]:
    try:
        datetime.fromtimestamp(t, utc)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
        # expect: ValueError: Invalid value NaN (not a number)
        # expect: TypeError: 'str' object cannot be interpreted as an integer
        # expect: TypeError: 'NoneType' object cannot be interpreted as an integer
try:
    datetime.fromtimestamp(0, 5)
except TypeError as e:
    print('TypeError:', e)  # expect: TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'int'
print(datetime(1970, 1, 1, tzinfo=utc).timestamp(), datetime(2020, 1, 1, tzinfo=utc).timestamp(), datetime(1, 1, 1, tzinfo=utc).timestamp())  # expect: 0.0 1577836800.0 -62135596800.0
print(datetime(2020, 1, 1, 0, 0, 0, 1, tzinfo=utc).timestamp(), datetime(2020, 1, 1, 5, 30, tzinfo=timezone(timedelta(hours=5, minutes=30))).timestamp())  # expect: 1577836800.000001 1577836800.0
print(datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=utc).timestamp())  # expect: 253402300800.0 -0.5
# naive values are local time: only relations that hold in any time zone
for t in [0, 1e9, 1234567890, 1600000000.25]:
    n = datetime.fromtimestamp(t)
    print(n.tzinfo, n.timestamp() == t, datetime.fromtimestamp(t, utc).timestamp() == t, date.fromtimestamp(t) == n.date())
    # expect: None True True True
    # expect: None True True True
    # expect: None True True True
    # expect: None True True True
print(repr(date.fromtimestamp(86400 * 365 + 43200)) in ("datetime.date(1971, 1, 1)", "datetime.date(1971, 1, 2)", "datetime.date(1970, 12, 31)"))  # expect: True
a = datetime(2021, 6, 1, 12, tzinfo=utc)
print(a.astimezone().astimezone(utc) == a, a.astimezone().utcoffset() is not None, a.astimezone().tzinfo.utcoffset(None) == a.astimezone().utcoffset())  # expect: True True True
n = datetime(2021, 6, 1, 12)
print(n.astimezone().replace(tzinfo=None) == n, n.astimezone(utc).astimezone().replace(tzinfo=None) == n)  # expect: True True
t0 = time.time()
now = datetime.now()
unow = datetime.utcnow()
anow = datetime.now(utc)
t1 = time.time()
print(type(now).__name__, now.tzinfo, unow.tzinfo, anow.tzinfo, repr(datetime.now(tz=utc).tzinfo))  # expect: datetime None None UTC datetime.timezone.utc
print(t0 - 1 <= anow.timestamp() <= t1 + 1, abs((anow.replace(tzinfo=None) - unow).total_seconds()) < 5, abs(now.timestamp() - anow.timestamp()) < 5)  # expect: True True True
print(date.today() in (now.date(), (now + timedelta(seconds=5)).date()), type(date.today()).__name__, type(datetime.today()).__name__)  # expect: True date datetime
print(abs(datetime.today().timestamp() - time.time()) < 5)  # expect: True
try:
    datetime.now(5)
except TypeError as e:
    print('TypeError:', e)  # expect: TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'int'
class D(datetime):
    pass
print(type(D.now()).__name__, type(D.fromtimestamp(0, utc)).__name__, type(D.utcfromtimestamp(0)).__name__, type(D.utcnow()).__name__)  # expect: D D D D
print(datetime.fromtimestamp(0, utc).timetuple())  # expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=-1)
print(datetime.fromtimestamp(0, utc).utctimetuple()[:], datetime(2020, 1, 1, 3, tzinfo=timezone(timedelta(hours=5))).utctimetuple()[:6])  # expect: (1970, 1, 1, 0, 0, 0, 3, 1, 0) (2019, 12, 31, 22, 0, 0)
