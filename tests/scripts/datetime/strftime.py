# strftime / __format__: C-locale directives, %f %z %Z, glibc flags, odd formats
from datetime import datetime, date, time, timedelta, timezone
dt = datetime(2020, 1, 2, 3, 4, 5, 60)
for d in 'aAbBcCdDeFgGhHIjklmMnpPrRSTuUVwWxXyYzZf%':
    print(d, '[%s]' % dt.strftime('%' + d), '[%s]' % datetime(2021, 12, 26, 15, 59, 9).strftime('%' + d))
    # expect: a [Thu] [Sun]
    # expect: A [Thursday] [Sunday]
    # expect: b [Jan] [Dec]
    # expect: B [January] [December]
    # expect: c [Thu Jan  2 03:04:05 2020] [Sun Dec 26 15:59:09 2021]
    # expect: C [20] [20]
    # expect: d [02] [26]
    # expect: D [01/02/20] [12/26/21]
    # expect: e [ 2] [26]
    # expect: F [2020-01-02] [2021-12-26]
    # expect: g [20] [21]
    # expect: G [2020] [2021]
    # expect: h [Jan] [Dec]
    # expect: H [03] [15]
    # expect: I [03] [03]
    # expect: j [002] [360]
    # expect: k [ 3] [15]
    # expect: l [ 3] [ 3]
    # expect: m [01] [12]
    # expect: M [04] [59]
    # expect: n [
    # expect: ] [
    # expect: ]
    # expect: p [AM] [PM]
    # expect: P [am] [pm]
    # expect: r [03:04:05 AM] [03:59:09 PM]
    # expect: R [03:04] [15:59]
    # expect: S [05] [09]
    # expect: T [03:04:05] [15:59:09]
    # expect: u [4] [7]
    # expect: U [00] [52]
    # expect: V [01] [51]
    # expect: w [4] [0]
    # expect: W [00] [51]
    # expect: x [01/02/20] [12/26/21]
    # expect: X [03:04:05] [15:59:09]
    # expect: y [20] [21]
    # expect: Y [2020] [2021]
    # expect: z [] []
    # expect: Z [] []
    # expect: f [000060] [000000]
    # expect: % [%] [%]
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f'), dt.strftime('%A, %d. %B %Y %I:%M%p'), dt.strftime('%%Y %%'), dt.strftime('no directives'))  # expect: 2020-01-02 03:04:05.000060 Thursday, 02. January 2020 03:04AM %Y % no directives
print(datetime(1, 1, 1).strftime('%Y|%y|%C|%G|%g|%F|%c|%x'), datetime(999, 8, 7).strftime('%Y %G %C'), datetime(9999, 12, 31).strftime('%Y %j %U %W %V'))  # expect: 1|01|0|1|01|1-01-01|Mon Jan  1 00:00:00 1|01/01/01 999 999 9 9999 365 52 52 52
print(datetime(2016, 1, 1).strftime('%G-W%V-%u %U %W %j'), datetime(2018, 12, 31).strftime('%G-W%V-%u'), datetime(2021, 1, 3).strftime('%G %V %u %w'))  # expect: 2015-W53-5 00 00 001 2019-W01-1 2020 53 7 0
for h in [0, 1, 11, 12, 13, 23]:
    print(h, time(h).strftime('%I %l %p %P %H %k'))
    # expect: 0 12 12 AM am 00  0
    # expect: 1 01  1 AM am 01  1
    # expect: 11 11 11 AM am 11 11
    # expect: 12 12 12 PM pm 12 12
    # expect: 13 01  1 PM pm 13 13
    # expect: 23 11 11 PM pm 23 23
print(dt.strftime('%-d/%-m/%Y %-H:%M'), dt.strftime('%_d|%_m|%_H'), dt.strftime('%5Y|%3d|%-3d|%03e|%_5j'))  # expect: 2/1/2020 3:04  2| 1| 3 02020|002|  2|002|    2
print(dt.strftime('%^a %^B %#b %#p %^p %10A| %-10a|'))
# expect: THU JANUARY JAN am AM   Thursday|        Thu|
print(dt.strftime('%Ey %Oy %EY %Od %OH %Ex %Ec'), dt.strftime('%Q %q %E %O %v|'), dt.strftime('trailing %'))  # expect: 20 20 2020 02 03 01/02/20 Thu Jan  2 03:04:05 2020 %Q %q %E %O %v| trailing %
print(dt.strftime('%s'), datetime(1970, 1, 1).strftime('%s'), datetime(1969, 12, 31, 23, 59, 59).strftime('%s'))  # expect: 1577934245 0 -1
utc = datetime(2020, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
print(utc.strftime('%z %Z'), utc.strftime('%%z %%Z'), dt.strftime('[%z][%Z]'), date(2020, 1, 1).strftime('[%z][%Z][%f][%H]'))  # expect: +0000 UTC %z %Z [][] [][][000000][00]
for off in [timedelta(hours=5, minutes=30), -timedelta(hours=3), timedelta(hours=1, seconds=7), -timedelta(seconds=1, microseconds=5)]:
    x = datetime(2020, 1, 1, tzinfo=timezone(off, 'N%Y'))
    print(x.strftime('%z|%Z|%H'), time(1, tzinfo=timezone(off)).strftime('%z %Z'))
    # expect: +0530|N%Y|00 +0530 UTC+05:30
    # expect: -0300|N%Y|00 -0300 UTC-03:00
    # expect: +010007|N%Y|00 +010007 UTC+01:00:07
    # expect: -000001.000005|N%Y|00 -000001.000005 UTC-00:00:01.000005
print(time(1, 2, 3, 4).strftime('%H:%M:%S.%f %Y-%m-%d %a %j'), time(23, 59).strftime('%c|%x|%X'))  # expect: 01:02:03.000004 1900-01-01 Mon 001 Mon Jan  1 23:59:00 1900|01/01/00|23:59:00
print(format(dt, '%d.%m.%Y'), format(dt, ''), '{:%H:%M}'.format(dt), f'{dt:%j}', f'{date(2020, 5, 17):%A}', f'{time(4, 5):%M}')  # expect: 02.01.2020 2020-01-02 03:04:05.000060 03:04 002 Sunday 05
print('{0:%Y}{0:%m}'.format(date(2021, 3, 4)), format(date(2020, 1, 1), 'x'))  # expect: 202103 x
for bad in [5, None, b'%Y']:
    try:
        dt.strftime(bad)
    except TypeError as e:
        print('TypeError:', e)
        # expect: TypeError: strftime() argument 1 must be str, not int
        # expect: TypeError: strftime() argument 1 must be str, not None
        # expect: TypeError: strftime() argument 1 must be str, not bytes
try:
    format(dt, 5)
except TypeError as e:
    print('TypeError:', e)  # expect: TypeError: format() argument 2 must be str, not int
print(dt.strftime('\u00e9 %Y \u2603'), repr(dt.strftime('')), dt.strftime('%Y%m%d%H%M%S'))  # expect: é 2020 ☃ '' 20200102030405
print(date(2020, 5, 17).strftime('%A %d %B %Y %j %U %W %c'))  # expect: Sunday 17 May 2020 138 20 19 Sun May 17 00:00:00 2020
for y in [2019, 2020, 2021, 2022, 2023, 2024]:
    d = date(y, 1, 1)
    print(y, d.strftime('%a %U %W %V %G'), date(y, 12, 31).strftime('%a %U %W %V %G %j'))
    # expect: 2019 Tue 00 00 01 2019 Tue 52 52 01 2020 365
    # expect: 2020 Wed 00 00 01 2020 Thu 52 52 53 2020 366
    # expect: 2021 Fri 00 00 53 2020 Fri 52 52 52 2021 365
    # expect: 2022 Sat 00 00 52 2021 Sat 52 52 52 2022 365
    # expect: 2023 Sun 01 00 52 2022 Sun 53 52 52 2023 365
    # expect: 2024 Mon 00 01 01 2024 Tue 52 53 01 2025 366
