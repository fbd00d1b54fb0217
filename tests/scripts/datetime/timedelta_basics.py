# timedelta: construction, normalisation, reprs, str, attributes, limits
from datetime import timedelta
print(repr(timedelta()), repr(timedelta(1)), repr(timedelta(days=1, seconds=5)))  # expect: datetime.timedelta(0) datetime.timedelta(days=1) datetime.timedelta(days=1, seconds=5)
print(repr(timedelta(microseconds=5)), repr(timedelta(hours=-1)), repr(timedelta(weeks=2, minutes=3)))  # expect: datetime.timedelta(microseconds=5) datetime.timedelta(days=-1, seconds=82800) datetime.timedelta(days=14, seconds=180)
print(repr(timedelta(1, 2, 3, 4, 5, 6, 7)))  # expect: datetime.timedelta(days=50, seconds=21902, microseconds=4003)
print(repr(timedelta(seconds=86401, microseconds=-1)))  # expect: datetime.timedelta(days=1, microseconds=999999)
print(repr(timedelta(milliseconds=-1)), str(timedelta(milliseconds=-1)))  # expect: datetime.timedelta(days=-1, seconds=86399, microseconds=999000) -1 day, 23:59:59.999000
print(str(timedelta()), str(timedelta(2)), str(timedelta(days=-1)), str(timedelta(days=-2, seconds=3600)))  # expect: 0:00:00 2 days, 0:00:00 -1 day, 0:00:00 -2 days, 1:00:00
print(str(timedelta(hours=25, microseconds=7)), str(timedelta(seconds=59, microseconds=999999)))  # expect: 1 day, 1:00:00.000007 0:00:59.999999
d = timedelta(days=-3, hours=5, microseconds=11)
print(d.days, d.seconds, d.microseconds, d.total_seconds())  # expect: -3 18000 11 -241199.999989
# floats: exact accumulation, round-half-even on microseconds
print(repr(timedelta(days=1.5, seconds=-0.25)))  # expect: datetime.timedelta(days=1, seconds=43199, microseconds=750000)
print(repr(timedelta(seconds=0.5e-6)), repr(timedelta(seconds=1.5e-6)), repr(timedelta(microseconds=2.5)))  # expect: datetime.timedelta(0) datetime.timedelta(microseconds=2) datetime.timedelta(microseconds=2)
print(repr(timedelta(microseconds=-2.5)), repr(timedelta(microseconds=-0.5)), repr(timedelta(hours=1.1)))  # expect: datetime.timedelta(days=-1, seconds=86399, microseconds=999998) datetime.timedelta(0) datetime.timedelta(seconds=3960)
print(repr(timedelta(days=0.1, hours=0.3, milliseconds=1.2345)))  # expect: datetime.timedelta(seconds=9720, microseconds=1234)
print(repr(timedelta(weeks=1e-6)), repr(timedelta(minutes=-1e-9)))  # expect: datetime.timedelta(microseconds=604800) datetime.timedelta(0)
# limits
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))  # expect: datetime.timedelta(days=-999999999) datetime.timedelta(days=999999999, seconds=86399, microseconds=999999) datetime.timedelta(microseconds=1)
print(timedelta.max.total_seconds(), str(timedelta.min))  # expect: 86400000000000.0 -999999999 days, 0:00:00
for args in [(999999999, 86399, 999999), (-999999999,)]:
    print(repr(timedelta(*args)))
    # expect: datetime.timedelta(days=999999999, seconds=86399, microseconds=999999)
    # expect: datetime.timedelta(days=-999999999)
for kw in [{'days': 10**9}, {'days': -999999999, 'seconds': -1}, {'weeks': 142857143}]:
    try:
        timedelta(**kw)
    except OverflowError as e:
        print('OverflowError:', e)
        # expect: OverflowError: days=1000000000; must have magnitude <= 999999999
        # expect: OverflowError: days=-1000000000; must have magnitude <= 999999999
        # expect: OverflowError: days=1000000001; must have magnitude <= 999999999
try:
    timedelta(days=10**12)
except OverflowError as e:
    print('OverflowError:', e)  # expect: OverflowError: Python int too large to convert to C int
try:
    timedelta.max + timedelta(microseconds=1)
except OverflowError as e:
    print('OverflowError:', e)  # expect: OverflowError: days=1000000000; must have magnitude <= 999999999
# type errors
for bad in ['1', None, [1]]:
    try:
        timedelta(days=bad)
    except TypeError as e:
        print('TypeError:', e)
        # expect: TypeError: unsupported type for timedelta days component: str
        # expect: TypeError: unsupported type for timedelta days component: NoneType
        # expect: TypeError: unsupported type for timedelta days component: list
try:
    timedelta(seconds=b'1')
except TypeError as e:
    print('TypeError:', e)  # expect: TypeError: unsupported type for timedelta seconds component: bytes
print(timedelta(True), timedelta(days=False, hours=True))  # expect: 1 day, 0:00:00 1:00:00
# equality, hashing, bool
print(timedelta(hours=24) == timedelta(1), timedelta(0) == 0, timedelta(1) != timedelta(1, 1))  # expect: True False True
print(hash(timedelta(hours=24)) == hash(timedelta(days=1)), len({timedelta(1), timedelta(hours=24), timedelta(0)}))  # expect: True 2
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(timedelta(days=-1)))  # expect: False True True
print(timedelta(seconds=90061.5).total_seconds(), timedelta(microseconds=1).total_seconds())  # expect: 90061.5 1e-06
print(timedelta(days=106751991, seconds=14454, microseconds=775807).total_seconds())  # expect: 9223372036854.775
class Sub(timedelta):
    pass
s = Sub(hours=5)
print(repr(s), type(s).__name__, isinstance(s, timedelta), repr(s + s), type(s + s).__name__)  # expect: Sub(seconds=18000) Sub True datetime.timedelta(seconds=36000) timedelta
print(s.__reduce__() == (Sub, (0, 18000, 0)), timedelta(1, 2, 3).__reduce__())  # expect: True (<class 'datetime.timedelta'>, (1, 2, 3))
