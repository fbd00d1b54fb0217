import time
ALL = 'aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyYzZ%'
def st(*a, zone='UTC', off=0):
    return time.struct_time(a + (zone, off))
samples = [
    st(2023, 11, 14, 22, 13, 20, 1, 318, 0),
    st(2000, 1, 1, 0, 0, 0, 5, 1, 0, zone='CET', off=3600),
    st(1999, 12, 31, 12, 59, 59, 4, 365, 1, zone='EDT', off=-14400),
    st(2024, 2, 29, 11, 5, 9, 3, 60, 0, zone='IST', off=19800),
    st(2021, 1, 3, 13, 0, 60, 6, 3, 0),
    st(1, 1, 1, 23, 30, 61, 0, 1, 0),
    st(9999, 12, 31, 1, 2, 3, 4, 365, 0, zone='X', off=-59),
]
for s in samples:
    print(repr(time.strftime(' '.join('%' + c for c in ALL), s)))
    # expect: 'Tue Tuesday Nov November Tue Nov 14 22:13:20 2023 20 14 11/14/23 14 2023-11-14 23 2023 Nov 22 10 318 22 10 11 13 \n PM pm 10:13:20 PM 22:13 20 \t 22:13:20 2 46 46 2 46 11/14/23 22:13:20 23 2023 +0000 UTC %'
    # expect: 'Sat Saturday Jan January Sat Jan  1 00:00:00 2000 20 01 01/01/00  1 2000-01-01 99 1999 Jan 00 12 001  0 12 01 00 \n AM am 12:00:00 AM 00:00 00 \t 00:00:00 6 00 52 6 00 01/01/00 00:00:00 00 2000 +0100 CET %'
    # expect: 'Fri Friday Dec December Fri Dec 31 12:59:59 1999 19 31 12/31/99 31 1999-12-31 99 1999 Dec 12 12 365 12 12 12 59 \n PM pm 12:59:59 PM 12:59 59 \t 12:59:59 5 52 52 5 52 12/31/99 12:59:59 99 1999 -0400 EDT %'
    # expect: 'Thu Thursday Feb February Thu Feb 29 11:05:09 2024 20 29 02/29/24 29 2024-02-29 24 2024 Feb 11 11 060 11 11 02 05 \n AM am 11:05:09 AM 11:05 09 \t 11:05:09 4 08 09 4 09 02/29/24 11:05:09 24 2024 +0530 IST %'
    # expect: 'Sun Sunday Jan January Sun Jan  3 13:00:60 2021 20 03 01/03/21  3 2021-01-03 20 2020 Jan 13 01 003 13  1 01 00 \n PM pm 01:00:60 PM 13:00 60 \t 13:00:60 7 01 53 0 00 01/03/21 13:00:60 21 2021 +0000 UTC %'
    # expect: 'Mon Monday Jan January Mon Jan  1 23:30:61 1 0 01 01/01/01  1 1-01-01 01 1 Jan 23 11 001 23 11 01 30 \n PM pm 11:30:61 PM 23:30 61 \t 23:30:61 1 00 01 1 01 01/01/01 23:30:61 01 1 +0000 UTC %'
    # expect: 'Fri Friday Dec December Fri Dec 31 01:02:03 9999 99 31 12/31/99 31 9999-12-31 99 9999 Dec 01 01 365  1  1 12 02 \n AM am 01:02:03 AM 01:02 03 \t 01:02:03 5 52 52 5 52 12/31/99 01:02:03 99 9999 -0000 X %'
# one directive per line for one date
s = samples[0]
for c in ALL:
    print(c, repr(time.strftime('%' + c, s)))
    # expect: a 'Tue'
    # expect: A 'Tuesday'
    # expect: b 'Nov'
    # expect: B 'November'
    # expect: c 'Tue Nov 14 22:13:20 2023'
    # expect: C '20'
    # expect: d '14'
    # expect: D '11/14/23'
    # expect: e '14'
    # expect: F '2023-11-14'
    # expect: g '23'
    # expect: G '2023'
    # expect: h 'Nov'
    # expect: H '22'
    # expect: I '10'
    # expect: j '318'
    # expect: k '22'
    # expect: l '10'
    # expect: m '11'
    # expect: M '13'
    # expect: n '\n'
    # expect: p 'PM'
    # expect: P 'pm'
    # expect: r '10:13:20 PM'
    # expect: R '22:13'
    # expect: S '20'
    # expect: t '\t'
    # expect: T '22:13:20'
    # expect: u '2'
    # expect: U '46'
    # expect: V '46'
    # expect: w '2'
    # expect: W '46'
    # expect: x '11/14/23'
    # expect: X '22:13:20'
    # expect: y '23'
    # expect: Y '2023'
    # expect: z '+0000'
    # expect: Z 'UTC'
    # expect: % '%'
# composite directives expand to their C-locale formats
for f in ['%c', '%D', '%F', '%r', '%R', '%T', '%x', '%X']:
    print(f, repr(time.strftime(f, samples[2])))
    # expect: %c 'Fri Dec 31 12:59:59 1999'
    # expect: %D '12/31/99'
    # expect: %F '1999-12-31'
    # expect: %r '12:59:59 PM'
    # expect: %R '12:59'
    # expect: %T '12:59:59'
    # expect: %x '12/31/99'
    # expect: %X '12:59:59'
# years outside 1..9999: glibc prints them unpadded, with a sign
for y in [0, -1, -99, -100, -101, -2000, 5, 99, 999, 10000, 123456, 2147483647, -2147481748]:
    print(y, repr(time.strftime('%Y|%C|%y|%G|%g|%F|%c', (y, 6, 15, 12, 0, 0, 2, 166, 0))))
    # expect: 0 '0|0|00|0|00|0-06-15|Wed Jun 15 12:00:00 0'
    # expect: -1 '-1|-1|99|-1|99|-1-06-15|Wed Jun 15 12:00:00 -1'
    # expect: -99 '-99|-1|01|-99|01|-99-06-15|Wed Jun 15 12:00:00 -99'
    # expect: -100 '-100|-1|00|-100|00|-100-06-15|Wed Jun 15 12:00:00 -100'
    # expect: -101 '-101|-2|99|-101|99|-101-06-15|Wed Jun 15 12:00:00 -101'
    # expect: -2000 '-2000|-20|00|-2000|00|-2000-06-15|Wed Jun 15 12:00:00 -2000'
    # expect: 5 '5|0|05|5|05|5-06-15|Wed Jun 15 12:00:00 5'
    # expect: 99 '99|0|99|99|99|99-06-15|Wed Jun 15 12:00:00 99'
    # expect: 999 '999|9|99|999|99|999-06-15|Wed Jun 15 12:00:00 999'
    # expect: 10000 '10000|100|00|10000|00|10000-06-15|Wed Jun 15 12:00:00 10000'
    # expect: 123456 '123456|1234|56|123456|56|123456-06-15|Wed Jun 15 12:00:00 123456'
    # expect: 2147483647 '2147483647|21474836|47|2147483647|47|2147483647-06-15|Wed Jun 15 12:00:00 2147483647'
    # expect: -2147481748 '-2147481748|-21474818|52|-2147481748|52|-2147481748-06-15|Wed Jun 15 12:00:00 -2147481748'
# the numeric padding of each field
t = (2005, 3, 7, 8, 4, 5, 0, 66, 0)
print(repr(time.strftime('%d %e %H %I %k %l %m %M %S %j %u %w %U %W %V', t)))  # expect: '07  7 08 08  8  8 03 04 05 066 1 1 10 10 10'
print(repr(time.strftime('%I %l %p %P', (2005, 3, 7, 0, 4, 5, 0, 66, 0))))  # expect: '12 12 AM am'
print(repr(time.strftime('%I %l %p %P', (2005, 3, 7, 12, 4, 5, 0, 66, 0))))  # expect: '12 12 PM pm'
print(repr(time.strftime('%I %l %p %P', (2005, 3, 7, 23, 4, 5, 0, 66, 0))))  # expect: '11 11 PM pm'
# literal text, %%, %n, %t and non-ASCII survive
print(repr(time.strftime('100%% at %H:%M%n\tdone%t€ é 日本', t)))  # expect: '100% at 08:04\n\tdone\t€ é 日本'
print(repr(time.strftime('', t)), repr(time.strftime('no directives', t)))  # expect: '' 'no directives'
# %z / %Z follow the struct_time's tm_gmtoff / tm_zone
for zone, off in [('EST', -18000), ('NPT', 20700), ('LMT', -17762), ('+14', 50400), ('W', 59), ('E', -61)]:
    print(zone, off, repr(time.strftime('%z %Z', st(2020, 1, 1, 0, 0, 0, 2, 1, 0, zone=zone, off=off))))
    # expect: EST -18000 '-0500 EST'
    # expect: NPT 20700 '+0545 NPT'
    # expect: LMT -17762 '-0456 LMT'
    # expect: +14 50400 '+1400 +14'
    # expect: W 59 '+0000 W'
    # expect: E -61 '-0001 E'
# tm_isdst < 0 suppresses %z
print(repr(time.strftime('[%z]', st(2020, 1, 1, 0, 0, 0, 2, 1, -1, zone='EST', off=-18000))))  # expect: '[]'
# the names come from tm_wday / tm_mon as given, not from the date
print(repr(time.strftime('%a %A %b %B', (2020, 12, 1, 0, 0, 0, 6, 1, 0))))  # expect: 'Sun Sunday Dec December'
for wd in range(7):
    print(wd, time.strftime('%a %A %u %w', (2020, wd + 1, 1, 0, 0, 0, wd, 1, 0)), time.strftime('%b %B %h', (2020, wd + 6, 1, 0, 0, 0, wd, 1, 0)))
    # expect: 0 Mon Monday 1 1 Jun June Jun
    # expect: 1 Tue Tuesday 2 2 Jul July Jul
    # expect: 2 Wed Wednesday 3 3 Aug August Aug
    # expect: 3 Thu Thursday 4 4 Sep September Sep
    # expect: 4 Fri Friday 5 5 Oct October Oct
    # expect: 5 Sat Saturday 6 6 Nov November Nov
    # expect: 6 Sun Sunday 7 0 Dec December Dec
