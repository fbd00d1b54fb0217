# time: construction, reprs, isoformat, comparisons, replace, tz methods
from datetime import time, timezone, timedelta, tzinfo
print(repr(time()), repr(time(1)), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time(1, 0, 0, 5)))  # expect: datetime.time(0, 0) datetime.time(1, 0) datetime.time(1, 2) datetime.time(1, 2, 3) datetime.time(1, 2, 3, 4) datetime.time(1, 0, 0, 5)
print(repr(time(23, 59, 59, 999999, fold=1)), repr(time(12, tzinfo=timezone.utc)), repr(time(12, 30, 1, tzinfo=timezone.utc, fold=1)))  # expect: datetime.time(23, 59, 59, 999999, fold=1) datetime.time(12, 0, tzinfo=datetime.timezone.utc) datetime.time(12, 30, 1, tzinfo=datetime.timezone.utc, fold=1)
print(repr(time.min), repr(time.max), time.resolution)  # expect: datetime.time(0, 0) datetime.time(23, 59, 59, 999999) 0:00:00.000001
t = time(13, 5, 9, 120)
print(str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)  # expect: 13:05:09.000120 13 5 9 120 None 0
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec))
    # expect: auto 13:05:09.000120 01:02:00
    # expect: hours 13 01
    # expect: minutes 13:05 01:02
    # expect: seconds 13:05:09 01:02:00
    # expect: milliseconds 13:05:09.000 01:02:00.000
    # expect: microseconds 13:05:09.000120 01:02:00.000000
try:
    t.isoformat('days')
except ValueError as e:
    print('ValueError:', e)  # expect: ValueError: Unknown timespec value
try:
    t.isoformat(timespec=3)
except TypeError as e:
    print('TypeError:', e)  # expect: TypeError: isoformat() argument 1 must be str, not int
for args, kw in [((24,), {}), ((-1,), {}), ((0, 60), {}), ((0, 0, 60), {}), ((0, 0, 0, 1000000), {}), ((0, 0, 0, -1), {}), ((), {'fold': 2}), ((25,), {'fold': 2})]:
    try:
        time(*args, **kw)
    except ValueError as e:
        print('ValueError:', e)
        # expect: ValueError: hour must be in 0..23
        # expect: ValueError: hour must be in 0..23
        # expect: ValueError: minute must be in 0..59
        # expect: ValueError: second must be in 0..59
        # expect: ValueError: microsecond must be in 0..999999
        # expect: ValueError: microsecond must be in 0..999999
        # expect: ValueError: fold must be either 0 or 1
        # expect: ValueError: hour must be in 0..23
for args in [(1.0,), ('1',), (1, 2, 3, 4, 5)]:
    try:
        time(*args)
    except TypeError as e:
        print('TypeError:', e)
        # expect: TypeError: 'float' object cannot be interpreted as an integer
        # expect: TypeError: 'str' object cannot be interpreted as an integer
        # expect: TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'int'
print(time(1, 2) < time(1, 3), time(1, 2) == time(1, 2, 0, 0), time(1, 2) != time(1, 2, fold=1), time(0) <= time(0), bool(time(0)))  # expect: True True False True True
print(hash(time(1, 2)) == hash(time(1, 2, fold=1)), len({time(1), time(1, 0), time(2)}))  # expect: True 2
u = time(12, tzinfo=timezone.utc)
p1 = time(13, tzinfo=timezone(timedelta(hours=1)))
print(u == p1, hash(u) == hash(p1), u < time(12, 1, tzinfo=timezone.utc), u > time(11, tzinfo=timezone(timedelta(hours=-2))))  # expect: True True True False
print(u == time(12), u != time(12))  # expect: False True
try:
    u < time(12)
except TypeError as e:
    print('TypeError:', e)  # expect: TypeError: can't compare offset-naive and offset-aware times
try:
    time(1) < 5
except TypeError:
    print('TypeError')  # expect: TypeError
print(u.isoformat(), p1.isoformat(), str(time(1, tzinfo=timezone(timedelta(hours=-5, minutes=-30)))))  # expect: 12:00:00+00:00 13:00:00+01:00 01:00:00-05:30
print(str(time(1, tzinfo=timezone(timedelta(seconds=1, microseconds=5)))), str(time(1, tzinfo=timezone(-timedelta(seconds=1)))))  # expect: 01:00:00+00:00:01.000005 01:00:00-00:00:01
print(u.utcoffset(), u.tzname(), u.dst(), time(1).utcoffset(), time(1).tzname(), time(1).dst())  # expect: 0:00:00 UTC None None None None
print(repr(t.replace(hour=1)), repr(t.replace(minute=0, second=0, microsecond=0)), repr(t.replace(tzinfo=timezone.utc)), repr(u.replace(tzinfo=None)))  # expect: datetime.time(1, 5, 9, 120) datetime.time(13, 0) datetime.time(13, 5, 9, 120, tzinfo=datetime.timezone.utc) datetime.time(12, 0)
print(repr(t.replace(fold=1)), repr(t.replace(fold=1).replace(hour=2)))  # expect: datetime.time(13, 5, 9, 120, fold=1) datetime.time(2, 5, 9, 120, fold=1)
for kw in [{'hour': 24}, {'fold': 5}, {'tzinfo': 1}]:
    try:
        t.replace(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
        # expect: ValueError: hour must be in 0..23
        # expect: ValueError: fold must be either 0 or 1
        # expect: TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'int'
class Fixed(tzinfo):
    def __init__(self, minutes):
        self.minutes = minutes
    def utcoffset(self, dt):
        return timedelta(minutes=self.minutes)
    def tzname(self, dt):
        return 'F%+d' % self.minutes
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return 'Fixed(%d)' % self.minutes
f = time(8, 30, tzinfo=Fixed(90))
print(repr(f), f.isoformat(), f.utcoffset(), f.tzname(), f.dst(), f == time(7, tzinfo=timezone.utc))  # expect: datetime.time(8, 30, tzinfo=Fixed(90)) 08:30:00+01:30 1:30:00 F+90 0:00:00 True
print(f.strftime('%H:%M:%S.%f %z %Z'), time(1, 2, 3).strftime('%Y-%m-%d %H %p %j|%z|%Z|'))  # expect: 08:30:00.000000 +0130 F+90 1900-01-01 01 AM 001|||
class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
    def tzname(self, dt):
        return 7
try:
    time(1, tzinfo=Bad()).utcoffset()
except TypeError as e:
    print('TypeError:', e)  # expect: TypeError: tzinfo.utcoffset() must return None or timedelta, not 'int'
try:
    time(1, tzinfo=Bad()).tzname()
except TypeError as e:
    print('TypeError:', e)  # expect: TypeError: tzinfo.tzname() must return None or a string, not 'int'
try:
    time(1, tzinfo=Fixed(24 * 60)).isoformat()
except ValueError as e:
    print('ValueError:', e)  # expect: ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
print(format(t, ''), format(t, '%I:%M %p'), '{:%H}'.format(t), f'{t:%M}')  # expect: 13:05:09.000120 01:05 PM 13 05
class MyTime(time):
    pass
print(repr(MyTime(1, 2)), type(MyTime(1).replace(hour=3)).__name__)  # expect: MyTime(1, 2) MyTime
