# datetime.strptime (C locale): directives, defaults, %z/%Z, week numbers, errors
from datetime import datetime
def p(s, f):
    try:
        r = repr(datetime.strptime(s, f))
    except ValueError as e:
        r = 'ValueError: %s' % e
    print(repr(s), repr(f), '->', r)
p('2020-01-02 03:04:05', '%Y-%m-%d %H:%M:%S')  # expect: '2020-01-02 03:04:05' '%Y-%m-%d %H:%M:%S' -> datetime.datetime(2020, 1, 2, 3, 4, 5)
p('2020-01-02T03:04:05.123', '%Y-%m-%dT%H:%M:%S.%f')  # expect: '2020-01-02T03:04:05.123' '%Y-%m-%dT%H:%M:%S.%f' -> datetime.datetime(2020, 1, 2, 3, 4, 5, 123000)
p('1.5', '%S.%f')  # expect: '1.5' '%S.%f' -> datetime.datetime(1900, 1, 1, 0, 0, 1, 500000)
p('000001', '%f')  # expect: '000001' '%f' -> datetime.datetime(1900, 1, 1, 0, 0, 0, 1)
p('Thu Mar 17 22:44:55 1999', '%c')  # expect: 'Thu Mar 17 22:44:55 1999' '%c' -> datetime.datetime(1999, 3, 17, 22, 44, 55)
p('03/17/99 22:44:55', '%x %X')  # expect: '03/17/99 22:44:55' '%x %X' -> datetime.datetime(1999, 3, 17, 22, 44, 55)
p('Tuesday, 05 May 2020', '%A, %d %B %Y')  # expect: 'Tuesday, 05 May 2020' '%A, %d %B %Y' -> datetime.datetime(2020, 5, 5, 0, 0)
p('tue 5 may 20', '%a %d %b %y')  # expect: 'tue 5 may 20' '%a %d %b %y' -> datetime.datetime(2020, 5, 5, 0, 0)
p('JANUARY 1 1970', '%B %d %Y')  # expect: 'JANUARY 1 1970' '%B %d %Y' -> datetime.datetime(1970, 1, 1, 0, 0)
p('68', '%y')  # expect: '68' '%y' -> datetime.datetime(2068, 1, 1, 0, 0)
p('69', '%y')  # expect: '69' '%y' -> datetime.datetime(1969, 1, 1, 0, 0)
p('12 AM', '%I %p')  # expect: '12 AM' '%I %p' -> datetime.datetime(1900, 1, 1, 0, 0)
p('12 PM', '%I %p')  # expect: '12 PM' '%I %p' -> datetime.datetime(1900, 1, 1, 12, 0)
p('1 pm', '%I %p')  # expect: '1 pm' '%I %p' -> datetime.datetime(1900, 1, 1, 13, 0)
p('11', '%I')  # expect: '11' '%I' -> datetime.datetime(1900, 1, 1, 11, 0)
p('12', '%I')  # expect: '12' '%I' -> datetime.datetime(1900, 1, 1, 0, 0)
p('12', '%H')  # expect: '12' '%H' -> datetime.datetime(1900, 1, 1, 12, 0)
p('  5   jan', ' %d %b')  # expect: '  5   jan' ' %d %b' -> datetime.datetime(1900, 1, 5, 0, 0)
p('5\tjan', '%d %b')  # expect: '5\tjan' '%d %b' -> datetime.datetime(1900, 1, 5, 0, 0)
p('Feb 29', '%b %d')  # expect: 'Feb 29' '%b %d' -> ValueError: day is out of range for month
p('Feb 29 2020', '%b %d %Y')  # expect: 'Feb 29 2020' '%b %d %Y' -> datetime.datetime(2020, 2, 29, 0, 0)
p('Feb 29 2021', '%b %d %Y')  # expect: 'Feb 29 2021' '%b %d %Y' -> ValueError: day is out of range for month
p('2020 100', '%Y %j')  # expect: '2020 100' '%Y %j' -> datetime.datetime(2020, 4, 9, 0, 0)
p('100', '%j')  # expect: '100' '%j' -> datetime.datetime(1900, 4, 10, 0, 0)
p('366', '%j')  # expect: '366' '%j' -> datetime.datetime(1901, 1, 1, 0, 0)
p('2020 366', '%Y %j')  # expect: '2020 366' '%Y %j' -> datetime.datetime(2020, 12, 31, 0, 0)
p('2020 0 5', '%Y %U %w')  # expect: '2020 0 5' '%Y %U %w' -> datetime.datetime(2020, 1, 3, 0, 0)
p('2020 0 0', '%Y %U %w')  # expect: '2020 0 0' '%Y %U %w' -> datetime.datetime(2019, 12, 29, 0, 0)
p('2020 53 0', '%Y %W %w')  # expect: '2020 53 0' '%Y %W %w' -> datetime.datetime(2021, 1, 10, 0, 0)
p('2020 10 Mon', '%Y %W %a')  # expect: '2020 10 Mon' '%Y %W %a' -> datetime.datetime(2020, 3, 9, 0, 0)
p('2019 52 6', '%Y %U %w')  # expect: '2019 52 6' '%Y %U %w' -> datetime.datetime(2020, 1, 4, 0, 0)
p('2020 1 1', '%G %V %u')  # expect: '2020 1 1' '%G %V %u' -> datetime.datetime(2019, 12, 30, 0, 0)
p('2020 53 7', '%G %V %u')  # expect: '2020 53 7' '%G %V %u' -> datetime.datetime(2021, 1, 3, 0, 0)
p('2015 1 Monday', '%G %V %A')  # expect: '2015 1 Monday' '%G %V %A' -> datetime.datetime(2014, 12, 29, 0, 0)
p('2020 1', '%G %V')  # expect: '2020 1' '%G %V' -> ValueError: ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').
p('1 1', '%V %u')  # expect: '1 1' '%V %u' -> ValueError: ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.
p('2020 1 1', '%Y %V %u')  # expect: '2020 1 1' '%Y %V %u' -> ValueError: ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.
p('2020 10 1', '%G %j %u')  # expect: '2020 10 1' '%G %j %u' -> ValueError: ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').
p('%', '%%')  # expect: '%' '%%' -> datetime.datetime(1900, 1, 1, 0, 0)
p('100%', '%d%%')  # expect: '100%' '%d%%' -> ValueError: time data '100%' does not match format '%d%%'
p('2020 +05:30', '%Y %z')  # expect: '2020 +05:30' '%Y %z' -> datetime.datetime(2020, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800)))
p('2020 -0530', '%Y %z')  # expect: '2020 -0530' '%Y %z' -> datetime.datetime(2020, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=66600)))
p('2020 Z', '%Y %z')  # expect: '2020 Z' '%Y %z' -> datetime.datetime(2020, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)
p('2020 +00:00', '%Y %z')  # expect: '2020 +00:00' '%Y %z' -> datetime.datetime(2020, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)
p('2020 +05:30:15.5', '%Y %z')  # expect: '2020 +05:30:15.5' '%Y %z' -> datetime.datetime(2020, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=19815, microseconds=500000)))
p('2020 +053015', '%Y %z')  # expect: '2020 +053015' '%Y %z' -> datetime.datetime(2020, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=19815)))
p('2020 +05:3015', '%Y %z')  # expect: '2020 +05:3015' '%Y %z' -> ValueError: Inconsistent use of : in +05:3015
p('2020 +05:30 UTC', '%Y %z %Z')  # expect: '2020 +05:30 UTC' '%Y %z %Z' -> datetime.datetime(2020, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800), 'UTC'))
p('2020 GMT', '%Y %Z')  # expect: '2020 GMT' '%Y %Z' -> datetime.datetime(2020, 1, 1, 0, 0)
p('2020 EST', '%Y %Z')  # expect: '2020 EST' '%Y %Z' -> ValueError: time data '2020 EST' does not match format '%Y %Z'
p('2020-01-02', '%Y-%m-%d %H')  # expect: '2020-01-02' '%Y-%m-%d %H' -> ValueError: time data '2020-01-02' does not match format '%Y-%m-%d %H'
p('2020-01-02 12', '%Y-%m-%d')  # expect: '2020-01-02 12' '%Y-%m-%d' -> ValueError: unconverted data remains:  12
p('2020', '%Y%')  # expect: '2020' '%Y%' -> ValueError: stray % in format '%Y%'
p('2020', '%Y%Q')  # expect: '2020' '%Y%Q' -> ValueError: 'Q' is a bad directive in format '%Y%Q'
p('2020', '%Y%.')  # expect: '2020' '%Y%.' -> ValueError: '%' is a bad directive in format '%Y%.'
p('2020', '%Y% d')  # expect: '2020' '%Y% d' -> ValueError: '%' is a bad directive in format '%Y% d'
p('99', '%Y')  # expect: '99' '%Y' -> ValueError: time data '99' does not match format '%Y'
p('2020-13-01', '%Y-%m-%d')  # expect: '2020-13-01' '%Y-%m-%d' -> ValueError: time data '2020-13-01' does not match format '%Y-%m-%d'
p('2020-02-30', '%Y-%m-%d')  # expect: '2020-02-30' '%Y-%m-%d' -> ValueError: day is out of range for month
p('24:00', '%H:%M')  # expect: '24:00' '%H:%M' -> ValueError: time data '24:00' does not match format '%H:%M'
p('23:59:60', '%H:%M:%S')  # expect: '23:59:60' '%H:%M:%S' -> ValueError: second must be in 0..59
p('23:59:61', '%H:%M:%S')  # expect: '23:59:61' '%H:%M:%S' -> ValueError: second must be in 0..59
p('1234567', '%f')  # expect: '1234567' '%f' -> ValueError: unconverted data remains: 7
p('a.b(c)', 'a.b(c)')  # expect: 'a.b(c)' 'a.b(c)' -> datetime.datetime(1900, 1, 1, 0, 0)
p('[2020]', '[%Y]')  # expect: '[2020]' '[%Y]' -> datetime.datetime(2020, 1, 1, 0, 0)
p('2020^$*+?{}|', '%Y^$*+?{}|')  # expect: '2020^$*+?{}|' '%Y^$*+?{}|' -> datetime.datetime(2020, 1, 1, 0, 0)
p('', '')  # expect: '' '' -> datetime.datetime(1900, 1, 1, 0, 0)
p('x', '')  # expect: 'x' '' -> ValueError: unconverted data remains: x
p('2020 1 2', '%Y %m %d')  # expect: '2020 1 2' '%Y %m %d' -> datetime.datetime(2020, 1, 2, 0, 0)
p('20200102', '%Y%m%d')  # expect: '20200102' '%Y%m%d' -> datetime.datetime(2020, 1, 2, 0, 0)
p('2020112', '%Y%m%d')  # expect: '2020112' '%Y%m%d' -> datetime.datetime(2020, 11, 2, 0, 0)
for args in [(5, '%Y'), ('2020', 5), (None, '%Y')]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print('TypeError:', e)
        # expect: TypeError: strptime() argument 1 must be str, not int
        # expect: TypeError: strptime() argument 2 must be str, not int
        # expect: TypeError: strptime() argument 1 must be str, not None
class D(datetime):
    pass
print(type(D.strptime('2020', '%Y')).__name__, repr(D.strptime('2020 +0100', '%Y %z')))  # expect: D D(2020, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
