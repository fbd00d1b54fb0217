# isoformat / fromisoformat (3.11 forms) for date, time, datetime
from datetime import date, time, datetime, timedelta, timezone
dt = datetime(2020, 1, 2, 3, 4, 5, 6007)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(dt.isoformat(timespec=spec), dt.replace(microsecond=0).isoformat(' ', spec))
    # expect: 2020-01-02T03:04:05.006007 2020-01-02 03:04:05
    # expect: 2020-01-02T03 2020-01-02 03
    # expect: 2020-01-02T03:04 2020-01-02 03:04
    # expect: 2020-01-02T03:04:05 2020-01-02 03:04:05
    # expect: 2020-01-02T03:04:05.006 2020-01-02 03:04:05.000
    # expect: 2020-01-02T03:04:05.006007 2020-01-02 03:04:05.000000
print(dt.isoformat('x'), dt.isoformat(sep='\u00e9'), datetime(1, 1, 1).isoformat(), datetime(9999, 12, 31, 23, 59, 59, 999999).isoformat())  # expect: 2020-01-02x03:04:05.006007 2020-01-02é03:04:05.006007 0001-01-01T00:00:00 9999-12-31T23:59:59.999999
aware = datetime(2020, 6, 1, 12, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(aware.isoformat(), aware.isoformat(timespec='hours'), str(aware), datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=5, microseconds=7))).isoformat())  # expect: 2020-06-01T12:00:00-03:30 2020-06-01T12-03:30 2020-06-01 12:00:00-03:30 2020-01-01T00:00:00+00:00:05.000007
for bad in [('ab',), (5,), ('T', 'days'), ('T', None)]:
    try:
        dt.isoformat(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
        # expect: TypeError: isoformat() argument 1 must be a unicode character, not str
        # expect: TypeError: isoformat() argument 1 must be a unicode character, not int
        # expect: ValueError: Unknown timespec value
        # expect: TypeError: isoformat() argument 2 must be str, not None
print(date(5, 1, 2).isoformat(), str(date(2020, 12, 31)))  # expect: 0005-01-02 2020-12-31
for s in ['2020-01-02', '20200102', '2020-W01', '2020W01', '2020-W01-3', '2020W013', '2020-W53-7', '2020-12-31', '0001-01-01', '9999-12-31', '20200102xx']:
    print(s, repr(date.fromisoformat(s)))
    # expect: 2020-01-02 datetime.date(2020, 1, 2)
    # expect: 20200102 datetime.date(2020, 1, 2)
    # expect: 2020-W01 datetime.date(2019, 12, 30)
    # expect: 2020W01 datetime.date(2019, 12, 30)
    # expect: 2020-W01-3 datetime.date(2020, 1, 1)
    # expect: 2020W013 datetime.date(2020, 1, 1)
    # expect: 2020-W53-7 datetime.date(2021, 1, 3)
    # expect: 2020-12-31 datetime.date(2020, 12, 31)
    # expect: 0001-01-01 datetime.date(1, 1, 1)
    # expect: 9999-12-31 datetime.date(9999, 12, 31)
    # expect: 20200102xx datetime.date(2020, 1, 2)
for s in ['2020-1-02', '2020-01-2', '2020/01/02', '2020-0102', '202001-02', '2020-W1', '2021-W53', '2020-W00', '2020-W01-0', '2020-W01-8', '', '2020-01-02T00:00', ' 2020-01-02', '2020-13-01', '2020-02-30', '0000-01-01', '2020\u200b0102']:
    try:
        r = repr(date.fromisoformat(s))
    except ValueError as e:
        r = 'ValueError: %s' % e
    print(s, '->', r)
    # expect: 2020-1-02 -> ValueError: Invalid isoformat string: '2020-1-02'
    # expect: 2020-01-2 -> ValueError: Invalid isoformat string: '2020-01-2'
    # expect: 2020/01/02 -> ValueError: Invalid isoformat string: '2020/01/02'
    # expect: 2020-0102 -> ValueError: Invalid isoformat string: '2020-0102'
    # expect: 202001-02 -> ValueError: Invalid isoformat string: '202001-02'
    # expect: 2020-W1 -> ValueError: Invalid isoformat string: '2020-W1'
    # expect: 2021-W53 -> ValueError: Invalid isoformat string: '2021-W53'
    # expect: 2020-W00 -> ValueError: Invalid isoformat string: '2020-W00'
    # expect: 2020-W01-0 -> ValueError: Invalid isoformat string: '2020-W01-0'
    # expect: 2020-W01-8 -> ValueError: Invalid isoformat string: '2020-W01-8'
    # expect:  -> ValueError: Invalid isoformat string: ''
    # expect: 2020-01-02T00:00 -> ValueError: Invalid isoformat string: '2020-01-02T00:00'
    # expect:  2020-01-02 -> ValueError: Invalid isoformat string: ' 2020-01-02'
    # expect: 2020-13-01 -> ValueError: month must be in 1..12
    # expect: 2020-02-30 -> ValueError: day is out of range for month
    # expect: 0000-01-01 -> ValueError: year 0 is out of range
    # expect: 2020​0102 -> ValueError: Invalid isoformat string: '2020\u200b0102'
for s in ['2020-01-02T03:04:05', '2020-01-02 03:04', '2020-01-02T03', '2020-01-02T030405', '2020-01-02T0304', '2020-01-02T03:04:05.1',
          '2020-01-02T03:04:05.123456789', '2020-01-02T03:04:05,5', '2020-01-02T03:04:05Z', '2020-01-02T03:04:05+05:30',
          '2020-01-02T03:04:05-0530', '2020-01-02T03:04+05', '2020-01-02T03:04:05.5+05:30:15.25', '20200102T030405Z',
          '2020W013T12', '2020-W01-3T12:00', '2020-W01T12:00', '2020-01-02x03:04', '2020-01-02', '20200102', '2020-01-02T12:30+00:00']:
    print(s, repr(datetime.fromisoformat(s)))
    # expect: 2020-01-02T03:04:05 datetime.datetime(2020, 1, 2, 3, 4, 5)
    # expect: 2020-01-02 03:04 datetime.datetime(2020, 1, 2, 3, 4)
    # expect: 2020-01-02T03 datetime.datetime(2020, 1, 2, 3, 0)
    # expect: 2020-01-02T030405 datetime.datetime(2020, 1, 2, 3, 4, 5)
    # expect: 2020-01-02T0304 datetime.datetime(2020, 1, 2, 3, 4)
    # expect: 2020-01-02T03:04:05.1 datetime.datetime(2020, 1, 2, 3, 4, 5, 100000)
    # expect: 2020-01-02T03:04:05.123456789 datetime.datetime(2020, 1, 2, 3, 4, 5, 123456)
    # expect: 2020-01-02T03:04:05,5 datetime.datetime(2020, 1, 2, 3, 4, 5, 500000)
    # expect: 2020-01-02T03:04:05Z datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    # expect: 2020-01-02T03:04:05+05:30 datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800)))
    # expect: 2020-01-02T03:04:05-0530 datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=66600)))
    # expect: 2020-01-02T03:04+05 datetime.datetime(2020, 1, 2, 3, 4, tzinfo=datetime.timezone(datetime.timedelta(seconds=18000)))
    # expect: 2020-01-02T03:04:05.5+05:30:15.25 datetime.datetime(2020, 1, 2, 3, 4, 5, 500000, tzinfo=datetime.timezone(datetime.timedelta(seconds=19815, microseconds=250000)))
    # expect: 20200102T030405Z datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    # expect: 2020W013T12 datetime.datetime(2020, 1, 1, 12, 0)
    # expect: 2020-W01-3T12:00 datetime.datetime(2020, 1, 1, 12, 0)
    # expect: 2020-W01T12:00 datetime.datetime(2019, 12, 30, 12, 0)
    # expect: 2020-01-02x03:04 datetime.datetime(2020, 1, 2, 3, 4)
    # expect: 2020-01-02 datetime.datetime(2020, 1, 2, 0, 0)
    # expect: 20200102 datetime.datetime(2020, 1, 2, 0, 0)
    # expect: 2020-01-02T12:30+00:00 datetime.datetime(2020, 1, 2, 12, 30, tzinfo=datetime.timezone.utc)
for s in ['2020-01-02T', '2020-01-02T3', '2020-01-02T03:4', '2020-01-02T03:04:05.', '2020-01-02T03:04:05Zx', '2020-01-02T24:00',
          '2020-01-02T03:04:05+24:00', '2020-01-02T03:04:05+1', '2020-01-02T03:0405', '2020-01-02T03:04:05 ', '2020-01-0203:04', '2020-W01-312:00', 'now']:
    try:
        r = repr(datetime.fromisoformat(s))
    except ValueError as e:
        r = 'ValueError: %s' % e
    print(s, '->', r)
    # expect: 2020-01-02T -> ValueError: Invalid isoformat string: '2020-01-02T'
    # expect: 2020-01-02T3 -> ValueError: Invalid isoformat string: '2020-01-02T3'
    # expect: 2020-01-02T03:4 -> ValueError: Invalid isoformat string: '2020-01-02T03:4'
    # expect: 2020-01-02T03:04:05. -> ValueError: Invalid isoformat string: '2020-01-02T03:04:05.'
    # expect: 2020-01-02T03:04:05Zx -> ValueError: Invalid isoformat string: '2020-01-02T03:04:05Zx'
    # expect: 2020-01-02T24:00 -> ValueError: hour must be in 0..23
    # expect: 2020-01-02T03:04:05+24:00 -> ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
    # expect: 2020-01-02T03:04:05+1 -> ValueError: Invalid isoformat string: '2020-01-02T03:04:05+1'
    # expect: 2020-01-02T03:0405 -> ValueError: Invalid isoformat string: '2020-01-02T03:0405'
    # expect: 2020-01-02T03:04:05  -> ValueError: Invalid isoformat string: '2020-01-02T03:04:05 '
    # expect: 2020-01-0203:04 -> ValueError: Invalid isoformat string: '2020-01-0203:04'
    # expect: 2020-W01-312:00 -> ValueError: Invalid isoformat string: '2020-W01-312:00'
    # expect: now -> ValueError: Invalid isoformat string: 'now'
for s in ['03:04:05', 'T03:04', '03', '0304', '030405.123', '03:04:05.5Z', '03:04:05-01:00', '12:00:00+00:00', '23:59:59.9999999']:
    print(s, repr(time.fromisoformat(s)))
    # expect: 03:04:05 datetime.time(3, 4, 5)
    # expect: T03:04 datetime.time(3, 4)
    # expect: 03 datetime.time(3, 0)
    # expect: 0304 datetime.time(3, 4)
    # expect: 030405.123 datetime.time(3, 4, 5, 123000)
    # expect: 03:04:05.5Z datetime.time(3, 4, 5, 500000, tzinfo=datetime.timezone.utc)
    # expect: 03:04:05-01:00 datetime.time(3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=82800)))
    # expect: 12:00:00+00:00 datetime.time(12, 0, tzinfo=datetime.timezone.utc)
    # expect: 23:59:59.9999999 datetime.time(23, 59, 59, 999999)
for s in ['', 'T', '3:04', '03:04:5', '24:00', '03:04:05.', '03-04', 'TT03']:
    try:
        r = repr(time.fromisoformat(s))
    except ValueError as e:
        r = 'ValueError: %s' % e
    print(s, '->', r)
    # expect:  -> ValueError: Invalid isoformat string: ''
    # expect: T -> ValueError: Invalid isoformat string: 'T'
    # expect: 3:04 -> ValueError: Invalid isoformat string: '3:04'
    # expect: 03:04:5 -> ValueError: Invalid isoformat string: '03:04:5'
    # expect: 24:00 -> ValueError: hour must be in 0..23
    # expect: 03:04:05. -> ValueError: Invalid isoformat string: '03:04:05.'
    # expect: 03-04 -> datetime.time(3, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=72000)))
    # expect: TT03 -> ValueError: Invalid isoformat string: 'TT03'
for cls in (date, time, datetime):
    try:
        cls.fromisoformat(20200102)
    except TypeError as e:
        print('TypeError:', e)
        # expect: TypeError: fromisoformat: argument must be str
        # expect: TypeError: fromisoformat: argument must be str
        # expect: TypeError: fromisoformat: argument must be str
for x in [datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc), datetime(1, 1, 1), datetime(2020, 1, 2, tzinfo=timezone(-timedelta(hours=23, minutes=59)))]:
    print(datetime.fromisoformat(x.isoformat()) == x, datetime.fromisoformat(str(x)) == x)
    # expect: True True
    # expect: True True
    # expect: True True
print(time.fromisoformat(time(1, 2, 3, 4, tzinfo=timezone.utc).isoformat()) == time(1, 2, 3, 4, tzinfo=timezone.utc))  # expect: True
