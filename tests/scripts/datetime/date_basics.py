# date: construction errors, reprs, ordinals, weekdays, ISO calendar, replace
from datetime import date, MINYEAR, MAXYEAR
print(MINYEAR, MAXYEAR, repr(date.min), repr(date.max), date.resolution)  # expect: 1 9999 datetime.date(1, 1, 1) datetime.date(9999, 12, 31) 1 day, 0:00:00
d = date(2020, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.isoformat(), d.ctime())  # expect: datetime.date(2020, 2, 29) 2020-02-29 2020 2 29 2020-02-29 Sat Feb 29 00:00:00 2020
print(repr(date(year=1, month=1, day=1)), repr(date(9999, 12, 31)), repr(date(True, 1, 1)))  # expect: datetime.date(1, 1, 1) datetime.date(9999, 12, 31) datetime.date(1, 1, 1)
for args in [(2019, 2, 29), (2020, 2, 30), (2020, 4, 31), (2020, 13, 1), (2020, 0, 1), (0, 1, 1), (10000, 1, 1), (2020, 1, 0), (-1, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print('ValueError:', e)
        # expect: ValueError: day is out of range for month
        # expect: ValueError: day is out of range for month
        # expect: ValueError: day is out of range for month
        # expect: ValueError: month must be in 1..12
        # expect: ValueError: month must be in 1..12
        # expect: ValueError: year 0 is out of range
        # expect: ValueError: year 10000 is out of range
        # expect: ValueError: day is out of range for month
        # expect: ValueError: year -1 is out of range
for args in [(2020.0, 1, 1), ('2020', 1, 1), (2020, None, 1), (2020,), (), (2**40, 1, 1)]:
    try:
        date(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
        # expect: TypeError: 'float' object cannot be interpreted as an integer
        # expect: TypeError: 'str' object cannot be interpreted as an integer
        # expect: TypeError: 'NoneType' object cannot be interpreted as an integer
        # expect: TypeError: function missing required argument 'month' (pos 2)
        # expect: TypeError: function missing required argument 'year' (pos 1)
        # expect: OverflowError: signed integer is greater than maximum
print(date(1900, 2, 28) + date.resolution, date(2000, 2, 28) + date.resolution, date(2100, 3, 1) - date.resolution)  # expect: 1900-03-01 2000-02-29 2100-02-28
# ordinals
print(date.min.toordinal(), date.max.toordinal(), date(1970, 1, 1).toordinal(), date(2020, 1, 1).toordinal())  # expect: 1 3652059 719163 737425
print(repr(date.fromordinal(1)), repr(date.fromordinal(3652059)), repr(date.fromordinal(730120)), repr(date.fromordinal(146097)))  # expect: datetime.date(1, 1, 1) datetime.date(9999, 12, 31) datetime.date(2000, 1, 1) datetime.date(400, 12, 31)
for n in [0, -5, 3652060]:
    try:
        date.fromordinal(n)
    except ValueError as e:
        print('ValueError:', e)
        # expect: ValueError: ordinal must be >= 1
        # expect: ValueError: ordinal must be >= 1
        # expect: ValueError: year 10000 is out of range
for y in [1, 4, 100, 400, 1600, 1700, 2000, 2001, 9999]:
    o = date(y, 12, 31).toordinal()
    print(y, o, repr(date.fromordinal(o)), repr(date.fromordinal(o + 1)) if y < 9999 else '-', date(y, 3, 1).toordinal() - date(y, 2, 28).toordinal())
    # expect: 1 365 datetime.date(1, 12, 31) datetime.date(2, 1, 1) 1
    # expect: 4 1461 datetime.date(4, 12, 31) datetime.date(5, 1, 1) 2
    # expect: 100 36524 datetime.date(100, 12, 31) datetime.date(101, 1, 1) 1
    # expect: 400 146097 datetime.date(400, 12, 31) datetime.date(401, 1, 1) 2
    # expect: 1600 584388 datetime.date(1600, 12, 31) datetime.date(1601, 1, 1) 2
    # expect: 1700 620912 datetime.date(1700, 12, 31) datetime.date(1701, 1, 1) 1
    # expect: 2000 730485 datetime.date(2000, 12, 31) datetime.date(2001, 1, 1) 2
    # expect: 2001 730850 datetime.date(2001, 12, 31) datetime.date(2002, 1, 1) 1
    # expect: 9999 3652059 datetime.date(9999, 12, 31) - 1
# weekdays and ISO calendar
for dd in [date(1, 1, 1), date(1970, 1, 1), date(2000, 1, 1), date(2020, 12, 31), date(2021, 1, 3), date(2024, 12, 30), date(9999, 12, 31)]:
    ic = dd.isocalendar()
    print(dd, dd.weekday(), dd.isoweekday(), repr(ic), ic.year, ic.week, ic.weekday, tuple(ic) == ic, ic[1])
    # expect: 0001-01-01 0 1 datetime.IsoCalendarDate(year=1, week=1, weekday=1) 1 1 1 True 1
    # expect: 1970-01-01 3 4 datetime.IsoCalendarDate(year=1970, week=1, weekday=4) 1970 1 4 True 1
    # expect: 2000-01-01 5 6 datetime.IsoCalendarDate(year=1999, week=52, weekday=6) 1999 52 6 True 52
    # expect: 2020-12-31 3 4 datetime.IsoCalendarDate(year=2020, week=53, weekday=4) 2020 53 4 True 53
    # expect: 2021-01-03 6 7 datetime.IsoCalendarDate(year=2020, week=53, weekday=7) 2020 53 7 True 53
    # expect: 2024-12-30 0 1 datetime.IsoCalendarDate(year=2025, week=1, weekday=1) 2025 1 1 True 1
    # expect: 9999-12-31 4 5 datetime.IsoCalendarDate(year=9999, week=52, weekday=5) 9999 52 5 True 52
print(repr(date.fromisocalendar(2020, 53, 7)), repr(date.fromisocalendar(2015, 1, 1)), repr(date.fromisocalendar(1, 1, 1)))  # expect: datetime.date(2021, 1, 3) datetime.date(2014, 12, 29) datetime.date(1, 1, 1)
for args in [(2021, 53, 1), (2020, 0, 1), (2020, 1, 0), (2020, 1, 8), (0, 1, 1), (10000, 1, 1), (9999, 52, 7)]:
    try:
        date.fromisocalendar(*args)
    except ValueError as e:
        print('ValueError:', e)
        # expect: ValueError: Invalid week: 53
        # expect: ValueError: Invalid week: 0
        # expect: ValueError: Invalid day: 0 (range is [1, 7])
        # expect: ValueError: Invalid day: 8 (range is [1, 7])
        # expect: ValueError: Year is out of range: 0
        # expect: ValueError: Year is out of range: 10000
        # expect: ValueError: year 10000 is out of range
# replace
print(repr(d.replace(year=2021, day=28)), repr(d.replace(month=3)), repr(d.replace()))  # expect: datetime.date(2021, 2, 28) datetime.date(2020, 3, 29) datetime.date(2020, 2, 29)
try:
    d.replace(year=2021)
except ValueError as e:
    print('ValueError:', e)  # expect: ValueError: day is out of range for month
# arithmetic
from datetime import timedelta
print(repr(d + timedelta(1)), repr(timedelta(days=366) + d), repr(d - timedelta(days=60)), repr(d - timedelta(hours=1)), repr(d + timedelta(hours=23)))  # expect: datetime.date(2020, 3, 1) datetime.date(2021, 3, 1) datetime.date(2019, 12, 31) datetime.date(2020, 2, 29) datetime.date(2020, 2, 29)
print(repr(d - date(2019, 2, 28)), repr(date(2019, 2, 28) - d), repr(date.max - date.min))  # expect: datetime.timedelta(days=366) datetime.timedelta(days=-366) datetime.timedelta(days=3652058)
for expr in [lambda: date.max + timedelta(1), lambda: date.min - timedelta(1), lambda: date.min + timedelta(-1)]:
    try:
        expr()
    except OverflowError as e:
        print('OverflowError:', e)
        # expect: OverflowError: date value out of range
        # expect: OverflowError: date value out of range
        # expect: OverflowError: date value out of range
for expr in [lambda: d + 1, lambda: d + d, lambda: d - 1, lambda: d < 1, lambda: 1 - d]:
    try:
        expr()
        print('no error')
    except TypeError:
        print('TypeError')
        # expect: TypeError
        # expect: TypeError
        # expect: TypeError
        # expect: TypeError
        # expect: TypeError
# comparisons and hashing
print(d == date(2020, 2, 29), d != date(2020, 2, 29), d < date(2020, 3, 1), d >= date(2021, 1, 1), d == '2020-02-29')  # expect: True False True False False
print(sorted([date(2020, 3, 1), date(2019, 12, 31), date(2020, 1, 1)]))  # expect: [datetime.date(2019, 12, 31), datetime.date(2020, 1, 1), datetime.date(2020, 3, 1)]
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}), hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)))  # expect: 2 True
print(date(2020, 1, 1).timetuple())  # expect: time.struct_time(tm_year=2020, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=2, tm_yday=1, tm_isdst=-1)
print(date(2020, 1, 1).timetuple()[:3], date(2020, 12, 31).timetuple().tm_yday, date(2019, 12, 31).timetuple().tm_yday)  # expect: (2020, 1, 1) 366 365
class MyDate(date):
    def double_year(self):
        return self.year * 2
m = MyDate(2020, 5, 17)
print(repr(m), m.double_year(), type(m + timedelta(1)).__name__, type(m.replace(day=1)).__name__, type(MyDate.fromordinal(5)).__name__)  # expect: MyDate(2020, 5, 17) 4040 MyDate MyDate MyDate
print(m == date(2020, 5, 17), type(m - timedelta(3)).__name__, repr(m - date(2020, 1, 1)))  # expect: True MyDate datetime.timedelta(days=137)
