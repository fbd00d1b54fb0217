# datetime: construction, reprs, arithmetic, comparisons (naive/aware), combine
from datetime import datetime, date, time, timedelta, timezone
print(repr(datetime(2020, 1, 2, 3, 4, 5)), repr(datetime(2020, 1, 2)), repr(datetime(2020, 1, 2, 3, 4, 0, 6)))  # expect: datetime.datetime(2020, 1, 2, 3, 4, 5) datetime.datetime(2020, 1, 2, 0, 0) datetime.datetime(2020, 1, 2, 3, 4, 0, 6)
print(repr(datetime(1, 1, 1, fold=1)), repr(datetime(2020, 1, 2, tzinfo=timezone.utc)), repr(datetime(2020, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1)))  # expect: datetime.datetime(1, 1, 1, 0, 0, fold=1) datetime.datetime(2020, 1, 2, 0, 0, tzinfo=datetime.timezone.utc) datetime.datetime(2020, 1, 2, 3, 4, 5, 6, fold=1, tzinfo=datetime.timezone.utc)
print(repr(datetime.min), repr(datetime.max), datetime.resolution)  # expect: datetime.datetime(1, 1, 1, 0, 0) datetime.datetime(9999, 12, 31, 23, 59, 59, 999999) 0:00:00.000001
x = datetime(2020, 2, 29, 23, 59, 58, 999999)
print(str(x), x.year, x.month, x.day, x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold)  # expect: 2020-02-29 23:59:58.999999 2020 2 29 23 59 58 999999 None 0
print(repr(x.date()), repr(x.time()), repr(x.timetz()), repr(x.replace(tzinfo=timezone.utc).timetz()))  # expect: datetime.date(2020, 2, 29) datetime.time(23, 59, 58, 999999) datetime.time(23, 59, 58, 999999) datetime.time(23, 59, 58, 999999, tzinfo=datetime.timezone.utc)
print(x.ctime(), x.weekday(), x.isoweekday(), x.toordinal(), repr(x.isocalendar()))  # expect: Sat Feb 29 23:59:58 2020 5 6 737484 datetime.IsoCalendarDate(year=2020, week=9, weekday=6)
for args in [(2020, 2, 30), (2020, 1, 1, 24), (2020, 1, 1, 0, 60), (2020, 1, 1, 0, 0, 60), (2020, 1, 1, 0, 0, 0, 10**6), (0, 1, 1)]:
    try:
        datetime(*args)
    except ValueError as e:
        print('ValueError:', e)
        # expect: ValueError: day is out of range for month
        # expect: ValueError: hour must be in 0..23
        # expect: ValueError: minute must be in 0..59
        # expect: ValueError: second must be in 0..59
        # expect: ValueError: microsecond must be in 0..999999
        # expect: ValueError: year 0 is out of range
for args, kw in [((2020, 1, 1), {'fold': 2}), ((2020, 1, 1, 24), {'fold': 2}), ((2020, 1, 1), {'tzinfo': 5}), ((2020,), {}), ((), {})]:
    try:
        datetime(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
        # expect: ValueError: fold must be either 0 or 1
        # expect: ValueError: hour must be in 0..23
        # expect: TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'int'
        # expect: TypeError: function missing required argument 'month' (pos 2)
        # expect: TypeError: function missing required argument 'year' (pos 1)
print(repr(datetime.fromordinal(737000)), repr(datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=timezone.utc))))  # expect: datetime.datetime(2018, 11, 2, 0, 0) datetime.datetime(2020, 1, 1, 1, 2, tzinfo=datetime.timezone.utc)
print(repr(datetime.combine(date(2020, 1, 1), time(1, 2, fold=1), tzinfo=None)), repr(datetime.combine(datetime(2020, 5, 5, 5), time(1))))  # expect: datetime.datetime(2020, 1, 1, 1, 2, fold=1) datetime.datetime(2020, 5, 5, 1, 0)
for a in [(5, time(1)), (date(2020, 1, 1), 5)]:
    try:
        datetime.combine(*a)
    except TypeError as e:
        print('TypeError:', e)
        # expect: TypeError: combine() argument 1 must be datetime.date, not int
        # expect: TypeError: combine() argument 2 must be datetime.time, not int
# arithmetic
one = timedelta(microseconds=1)
print(repr(x + one), repr(x + timedelta(days=-60, hours=1)), repr(x - timedelta(weeks=52)), repr(timedelta(seconds=2) + x))  # expect: datetime.datetime(2020, 2, 29, 23, 59, 59) datetime.datetime(2020, 1, 1, 0, 59, 58, 999999) datetime.datetime(2019, 3, 2, 23, 59, 58, 999999) datetime.datetime(2020, 3, 1, 0, 0, 0, 999999)
print(repr(x - datetime(2020, 1, 1)), repr(datetime(2020, 1, 1) - x), repr(datetime.max - datetime.min))  # expect: datetime.timedelta(days=59, seconds=86398, microseconds=999999) datetime.timedelta(days=-60, seconds=1, microseconds=1) datetime.timedelta(days=3652058, seconds=86399, microseconds=999999)
print(repr(datetime(2020, 1, 1, fold=1) + timedelta(0)), repr(datetime(2020, 1, 1, tzinfo=timezone.utc) + timedelta(hours=5)))  # expect: datetime.datetime(2020, 1, 1, 0, 0) datetime.datetime(2020, 1, 1, 5, 0, tzinfo=datetime.timezone.utc)
for expr in [lambda: datetime.max + one, lambda: datetime.min - one, lambda: datetime(9999, 12, 31) + timedelta(1)]:
    try:
        expr()
    except OverflowError as e:
        print('OverflowError:', e)
        # expect: OverflowError: date value out of range
        # expect: OverflowError: date value out of range
        # expect: OverflowError: date value out of range
for expr in [lambda: x + x, lambda: x - date(2020, 1, 1), lambda: x + 1, lambda: 1 - x]:
    try:
        expr()
        print('no error')
    except TypeError:
        print('TypeError')
        # expect: TypeError
        # expect: TypeError
        # expect: TypeError
        # expect: TypeError
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
a = datetime(2020, 1, 1, 12, tzinfo=utc)
b = datetime(2020, 1, 1, 14, tzinfo=plus2)
print(a == b, a != b, a < b, a <= b, hash(a) == hash(b), repr(a - b), repr(b - datetime(2020, 1, 1, tzinfo=utc)))  # expect: True False False True True datetime.timedelta(0) datetime.timedelta(seconds=43200)
print(a == datetime(2020, 1, 1, 12), a != datetime(2020, 1, 1, 12))  # expect: False True
try:
    a < datetime(2020, 1, 1, 12)
except TypeError as e:
    print('TypeError:', e)  # expect: TypeError: can't compare offset-naive and offset-aware datetimes
try:
    a - datetime(2020, 1, 1, 12)
except TypeError as e:
    print('TypeError:', e)  # expect: TypeError: can't subtract offset-naive and offset-aware datetimes
print(datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) != date(2020, 1, 1))  # expect: False False True
for expr in [lambda: datetime(2020, 1, 1) < date(2020, 1, 1), lambda: date(2020, 1, 1) < datetime(2020, 1, 1)]:
    try:
        expr()
    except TypeError as e:
        print('TypeError:', e)
        # expect: TypeError: can't compare datetime.datetime to datetime.date
        # expect: TypeError: can't compare datetime.datetime to datetime.date
print(datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1), hash(datetime(2020, 1, 1, fold=1)) == hash(datetime(2020, 1, 1)))  # expect: True True
print(sorted([datetime(2020, 1, 1, 5), datetime(2019, 12, 31, 23), datetime(2020, 1, 1)]))  # expect: [datetime.datetime(2019, 12, 31, 23, 0), datetime.datetime(2020, 1, 1, 0, 0), datetime.datetime(2020, 1, 1, 5, 0)]
print(max(a, b, datetime(2020, 1, 1, 13, tzinfo=plus2)), len({a, b, datetime(2020, 1, 1, 12, tzinfo=utc)}))  # expect: 2020-01-01 12:00:00+00:00 1
# replace
print(repr(x.replace(year=2021, day=28)), repr(x.replace(tzinfo=utc)), repr(a.replace(tzinfo=None)), repr(x.replace(fold=1)))  # expect: datetime.datetime(2021, 2, 28, 23, 59, 58, 999999) datetime.datetime(2020, 2, 29, 23, 59, 58, 999999, tzinfo=datetime.timezone.utc) datetime.datetime(2020, 1, 1, 12, 0) datetime.datetime(2020, 2, 29, 23, 59, 58, 999999, fold=1)
for kw in [{'year': 2021}, {'hour': 24}, {'fold': -1}, {'tzinfo': 'x'}]:
    try:
        x.replace(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
        # expect: ValueError: day is out of range for month
        # expect: ValueError: hour must be in 0..23
        # expect: ValueError: fold must be either 0 or 1
        # expect: TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'str'
print(x.timetuple())  # expect: time.struct_time(tm_year=2020, tm_mon=2, tm_mday=29, tm_hour=23, tm_min=59, tm_sec=58, tm_wday=5, tm_yday=60, tm_isdst=-1)
print(a.utctimetuple())  # expect: time.struct_time(tm_year=2020, tm_mon=1, tm_mday=1, tm_hour=12, tm_min=0, tm_sec=0, tm_wday=2, tm_yday=1, tm_isdst=0)
print(b.utctimetuple()[:6], b.timetuple()[8], datetime(2020, 1, 1).timetuple()[8])  # expect: (2020, 1, 1, 12, 0, 0) -1 -1
class MyDT(datetime):
    def tag(self):
        return 'my' + str(self.year)
m = MyDT(2020, 5, 6, 7)
print(repr(m), m.tag(), type(m + one).__name__, type(m - one).__name__, type(m.replace(hour=1)).__name__, type(MyDT.combine(date(2020, 1, 1), time())).__name__)  # expect: MyDT(2020, 5, 6, 7, 0) my2020 MyDT MyDT MyDT MyDT
print(type(MyDT.fromordinal(1)).__name__, type(MyDT.fromisoformat('2020-01-01')).__name__, repr(m.date()), repr(m - datetime(2020, 5, 6)))  # expect: MyDT MyDT datetime.date(2020, 5, 6) datetime.timedelta(seconds=25200)
