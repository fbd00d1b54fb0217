# timezone and tzinfo subclasses: reprs, names, astimezone, fromutc, errors
from datetime import datetime, timedelta, timezone, tzinfo, time, UTC
print(repr(timezone.utc), str(timezone.utc), UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc)  # expect: datetime.timezone.utc UTC True True
print(repr(timezone(timedelta(hours=1))), repr(timezone(timedelta(hours=-5), 'EST')), repr(timezone(timedelta(0), 'UTC')))  # expect: datetime.timezone(datetime.timedelta(seconds=3600)) datetime.timezone(datetime.timedelta(days=-1, seconds=68400), 'EST') datetime.timezone(datetime.timedelta(0), 'UTC')
print(repr(timezone.min), repr(timezone.max), str(timezone.min), str(timezone.max))  # expect: datetime.timezone(datetime.timedelta(days=-1, seconds=60)) datetime.timezone(datetime.timedelta(seconds=86340)) UTC-23:59 UTC+23:59
for off in [timedelta(hours=5, minutes=30), timedelta(hours=-1, minutes=-30), timedelta(seconds=1), timedelta(seconds=-3601, microseconds=5), timedelta(microseconds=1)]:
    tz = timezone(off)
    print(str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), repr(tz.utcoffset(datetime(2020, 1, 1))))
    # expect: UTC+05:30 UTC+05:30 5:30:00 None datetime.timedelta(seconds=19800)
    # expect: UTC-01:30 UTC-01:30 -1 day, 22:30:00 None datetime.timedelta(days=-1, seconds=81000)
    # expect: UTC+00:00:01 UTC+00:00:01 0:00:01 None datetime.timedelta(seconds=1)
    # expect: UTC-01:00:00.999995 UTC-01:00:00.999995 -1 day, 22:59:59.000005 None datetime.timedelta(days=-1, seconds=82799, microseconds=5)
    # expect: UTC+00:00:00.000001 UTC+00:00:00.000001 0:00:00.000001 None datetime.timedelta(microseconds=1)
print(timezone(timedelta(hours=3), 'Moscow').tzname(None), str(timezone(timedelta(hours=3), 'Moscow')))  # expect: Moscow Moscow
for args in [(timedelta(hours=24),), (timedelta(hours=-24),), (timedelta(days=2),)]:
    try:
        timezone(*args)
    except ValueError as e:
        print('ValueError:', e)
        # expect: ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
        # expect: ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=-1).
        # expect: ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=2).
for args in [(1,), (timedelta(0), 5), ()]:
    try:
        timezone(*args)
    except TypeError as e:
        print('TypeError:', e)
        # expect: TypeError: timezone() argument 1 must be datetime.timedelta, not int
        # expect: TypeError: timezone() argument 2 must be str, not int
        # expect: TypeError: timezone() missing required argument 'offset' (pos 1)
for meth in ['utcoffset', 'tzname', 'dst']:
    try:
        getattr(timezone.utc, meth)(5)
    except TypeError as e:
        print('TypeError:', e)
        # expect: TypeError: utcoffset(dt) argument must be a datetime instance or None, not int
        # expect: TypeError: tzname(dt) argument must be a datetime instance or None, not int
        # expect: TypeError: dst(dt) argument must be a datetime instance or None, not int
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'x'), timezone.utc == timezone(timedelta(0), 'UTC'), timezone.utc != 5)  # expect: True True True
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'y')))  # expect: True
print(timezone.utc.__getinitargs__(), timezone(timedelta(hours=2), 'x').__getinitargs__())  # expect: (datetime.timedelta(0),) (datetime.timedelta(seconds=7200), 'x')
# fromutc
tz2 = timezone(timedelta(hours=2))
print(repr(tz2.fromutc(datetime(2020, 1, 1, 23, tzinfo=tz2))))  # expect: datetime.datetime(2020, 1, 2, 1, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))
for arg in [datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=timezone.utc), 5]:
    try:
        tz2.fromutc(arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
        # expect: ValueError: fromutc: dt.tzinfo is not self
        # expect: ValueError: fromutc: dt.tzinfo is not self
        # expect: TypeError: fromutc: argument must be a datetime
# astimezone between fixed offsets
a = datetime(2020, 3, 1, 1, 30, tzinfo=timezone.utc)
print(repr(a.astimezone(timezone(timedelta(hours=-8), 'PST'))), repr(a.astimezone(tz2)), a.astimezone(tz2) == a)  # expect: datetime.datetime(2020, 2, 29, 17, 30, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=57600), 'PST')) datetime.datetime(2020, 3, 1, 3, 30, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))) True
print(a.astimezone(timezone.utc) is a, repr(datetime(2020, 1, 1, tzinfo=tz2).astimezone(timezone.utc)))  # expect: True datetime.datetime(2019, 12, 31, 22, 0, tzinfo=datetime.timezone.utc)
try:
    a.astimezone(5)
except TypeError as e:
    print('TypeError:', e)  # expect: TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# a tzinfo subclass with DST rules (US-style, simplified)
class Eastern(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8, 2)
        end = datetime(dt.year, 11, 1, 1)
        naive = dt.replace(tzinfo=None)
        if start <= naive < end:
            return timedelta(hours=1)
        return timedelta(0)
    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'
    def __repr__(self):
        return 'Eastern()'
E = Eastern()
w = datetime(2020, 1, 15, 12, tzinfo=E)
s = datetime(2020, 7, 15, 12, tzinfo=E)
print(w.utcoffset(), w.dst(), w.tzname(), s.utcoffset(), s.dst(), s.tzname())  # expect: -1 day, 19:00:00 0:00:00 EST -1 day, 20:00:00 1:00:00 EDT
print(w.isoformat(), s.isoformat(), str(s), s.strftime('%Y-%m-%d %H:%M %Z%z'))  # expect: 2020-01-15T12:00:00-05:00 2020-07-15T12:00:00-04:00 2020-07-15 12:00:00-04:00 2020-07-15 12:00 EDT-0400
print(repr(s.astimezone(timezone.utc)), repr(s.astimezone(timezone.utc).astimezone(E)), s.astimezone(timezone.utc) == s)  # expect: datetime.datetime(2020, 7, 15, 16, 0, tzinfo=datetime.timezone.utc) datetime.datetime(2020, 7, 15, 12, 0, tzinfo=Eastern()) True
print(s.timetuple().tm_isdst, w.timetuple().tm_isdst, s.utctimetuple()[:6], s - w)  # expect: 1 0 (2020, 7, 15, 16, 0, 0) 182 days, 0:00:00
print(repr(datetime(2020, 7, 1, 4, tzinfo=timezone.utc).astimezone(E)), repr(datetime(2020, 1, 1, 5, tzinfo=timezone.utc).astimezone(E)))  # expect: datetime.datetime(2020, 7, 1, 0, 0, tzinfo=Eastern()) datetime.datetime(2020, 1, 1, 0, 0, tzinfo=Eastern())
print(w < s, w == datetime(2020, 1, 15, 17, tzinfo=timezone.utc), hash(w) == hash(datetime(2020, 1, 15, 17, tzinfo=timezone.utc)))  # expect: True True True
# the abstract base
for meth in ['tzname', 'utcoffset', 'dst']:
    try:
        getattr(tzinfo(), meth)(None)
    except NotImplementedError as e:
        print('NotImplementedError:', e)
        # expect: NotImplementedError: a tzinfo subclass must implement tzname()
        # expect: NotImplementedError: a tzinfo subclass must implement utcoffset()
        # expect: NotImplementedError: a tzinfo subclass must implement dst()
class OnlyOffset(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)
o = datetime(2020, 1, 1, tzinfo=OnlyOffset())
print(o.isoformat(), o.utcoffset())  # expect: 2020-01-01T00:00:00+01:00 1:00:00
for f in [o.tzname, o.dst, o.timetuple, lambda: o.astimezone(timezone.utc)]:
    try:
        f()
    except NotImplementedError as e:
        print('NotImplementedError:', e)
        # expect: NotImplementedError: a tzinfo subclass must implement tzname()
        # expect: NotImplementedError: a tzinfo subclass must implement dst()
        # expect: NotImplementedError: a tzinfo subclass must implement dst()
class NoneOffset(tzinfo):
    def utcoffset(self, dt):
        return None
    def tzname(self, dt):
        return None
    def dst(self, dt):
        return None
n = datetime(2020, 1, 1, tzinfo=NoneOffset())
print(n.isoformat(), n.utcoffset(), n.tzname(), n.strftime('[%z][%Z]'), n == datetime(2020, 1, 1), n - datetime(2019, 12, 31))  # expect: 2020-01-01T00:00:00 None None [][] True 1 day, 0:00:00
class Bad(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=30)
for f in [lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset(), lambda: time(1, tzinfo=Bad()).isoformat()]:
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
        # expect: ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
        # expect: ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
print(tzinfo().__reduce__(), timezone.utc.__reduce__(), timezone(timedelta(hours=1), 'A').__reduce__())  # expect: (<class 'datetime.tzinfo'>, (), None) (<class 'datetime.timezone'>, (datetime.timedelta(0),), None) (<class 'datetime.timezone'>, (datetime.timedelta(seconds=3600), 'A'), None)
