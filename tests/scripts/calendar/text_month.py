# TextCalendar month output: month(), prmonth(), widths, line spacing, first weekday
import calendar
print(calendar.month(2024, 2))
# expect:    February 2024
# expect: Mo Tu We Th Fr Sa Su
# expect:           1  2  3  4
# expect:  5  6  7  8  9 10 11
# expect: 12 13 14 15 16 17 18
# expect: 19 20 21 22 23 24 25
# expect: 26 27 28 29
# expect:
print(calendar.month(2023, 12, 3, 1), end='')
# expect:        December 2023
# expect: Mon Tue Wed Thu Fri Sat Sun
# expect:                   1   2   3
# expect:   4   5   6   7   8   9  10
# expect:  11  12  13  14  15  16  17
# expect:  18  19  20  21  22  23  24
# expect:  25  26  27  28  29  30  31
print(calendar.month(2021, 2, 1, 2), end='')
# expect:    February 2021
# expect:
# expect: Mo Tu We Th Fr Sa Su
# expect:
# expect:  1  2  3  4  5  6  7
# expect:
# expect:  8  9 10 11 12 13 14
# expect:
# expect: 15 16 17 18 19 20 21
# expect:
# expect: 22 23 24 25 26 27 28
# expect:
calendar.prmonth(1, 1)
# expect:      January 1
# expect: Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7
# expect:  8  9 10 11 12 13 14
# expect: 15 16 17 18 19 20 21
# expect: 22 23 24 25 26 27 28
# expect: 29 30 31
calendar.prmonth(9999, 12, w=4)
# expect:           December 9999
# expect: Mon  Tue  Wed  Thu  Fri  Sat  Sun
# expect:             1    2    3    4    5
# expect:   6    7    8    9   10   11   12
# expect:  13   14   15   16   17   18   19
# expect:  20   21   22   23   24   25   26
# expect:  27   28   29   30   31
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9), end='')
# expect:    September 2024
# expect: Su Mo Tu We Th Fr Sa
# expect:  1  2  3  4  5  6  7
# expect:  8  9 10 11 12 13 14
# expect: 15 16 17 18 19 20 21
# expect: 22 23 24 25 26 27 28
# expect: 29 30
tc6 = calendar.TextCalendar(calendar.SATURDAY)
print(tc6.formatmonth(2015, 8, 10), end='')
# expect:                                 August 2015
# expect:  Saturday    Sunday     Monday    Tuesday   Wednesday   Thursday    Friday
# expect:      1          2          3          4          5          6          7
# expect:      8          9         10         11         12         13         14
# expect:     15         16         17         18         19         20         21
# expect:     22         23         24         25         26         27         28
# expect:     29         30         31
print(repr(tc.formatweek([(0, 6), (1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5)], 2)))  # expect: '    1  2  3  4  5  6'
print(repr(tc.formatday(5, 0, 4)), repr(tc.formatday(0, 0, 4)), repr(tc.formatday(17, 1, 1)))  # expect: '  5 ' '    ' '17'
print(repr(tc.formatweekday(2, 10)), repr(tc.formatweekday(2, 2)), repr(tc.formatweekheader(4)))  # expect: 'Wednesday ' 'We' 'Sun  Mon  Tue  Wed  Thu  Fri  Sat '
print(repr(tc.formatmonthname(2020, 5, 20)), repr(tc.formatmonthname(2020, 5, 20, False)), repr(tc.formatmonthname(-5, 5, 4)))  # expect: '      May 2020      ' '        May         ' 'May -5'
tc.prweek([(1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 3)
print()  # expect:   1   2   3   4   5   6   7
try:
    calendar.month(2024, 13)
except IndexError as e:
    print('IndexError:', e)  # expect: IndexError: list index out of range
try:
    calendar.monthcalendar(2024, 0)
except calendar.IllegalMonthError as e:
    print('IllegalMonthError:', e)  # expect: IllegalMonthError: bad month number 0; must be 1-12
