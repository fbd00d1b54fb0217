# calendar module functions: leap years, weekdays, monthrange, timegm, names, errors
import calendar
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY, calendar.FRIDAY, calendar.SATURDAY, calendar.SUNDAY)  # expect: 0 1 2 3 4 5 6
print(calendar.January, calendar.February, calendar.EPOCH, calendar.mdays, calendar.error is ValueError)  # expect: 1 2 1970 [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] True
print([y for y in (1, 4, 100, 200, 400, 1900, 2000, 2020, 2021, 2100, 2400) if calendar.isleap(y)], calendar.isleap(0), calendar.isleap(-4))  # expect: [4, 400, 2000, 2020, 2400] True True
print(calendar.leapdays(2000, 2024), calendar.leapdays(2001, 2024), calendar.leapdays(1, 10000), calendar.leapdays(2024, 2000), calendar.leapdays(-400, 1))  # expect: 6 5 2424 -6 98
print([calendar.weekday(2024, 1, d) for d in range(1, 8)], calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31))  # expect: [0, 1, 2, 3, 4, 5, 6] 0 4
print(calendar.weekday(0, 1, 1), calendar.weekday(-1, 3, 1), calendar.weekday(10000, 2, 29), calendar.weekday(12000, 1, 1))  # expect: 5 0 1 5
for args in [(2019, 2, 29), (2020, 13, 1), (2020, 1, 32)]:
    try:
        calendar.weekday(*args)
    except ValueError as e:
        print('ValueError:', e)
        # expect: ValueError: day is out of range for month
        # expect: ValueError: month must be in 1..12
        # expect: ValueError: day is out of range for month
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 1), (2024, 4), (1, 1), (9999, 12)]:
    print(y, m, calendar.monthrange(y, m))
    # expect: 2024 2 (3, 29)
    # expect: 2023 2 (2, 28)
    # expect: 1900 2 (3, 28)
    # expect: 2000 2 (1, 29)
    # expect: 2024 1 (0, 31)
    # expect: 2024 4 (0, 30)
    # expect: 1 1 (0, 31)
    # expect: 9999 12 (2, 31)
for m in [0, 13, -1]:
    try:
        calendar.monthrange(2024, m)
    except calendar.IllegalMonthError as e:
        print('IllegalMonthError:', e, e.month, e.args, isinstance(e, ValueError))
        # expect: IllegalMonthError: bad month number 0; must be 1-12 0 (0,) True
        # expect: IllegalMonthError: bad month number 13; must be 1-12 13 (13,) True
        # expect: IllegalMonthError: bad month number -1; must be 1-12 -1 (-1,) True
print(str(calendar.IllegalWeekdayError(7)), calendar.IllegalWeekdayError(7).weekday, issubclass(calendar.IllegalWeekdayError, ValueError))  # expect: bad weekday number 7; must be 0 (Monday) to 6 (Sunday) 7 True
print(calendar.monthcalendar(2024, 2))  # expect: [[0, 0, 0, 1, 2, 3, 4], [5, 6, 7, 8, 9, 10, 11], [12, 13, 14, 15, 16, 17, 18], [19, 20, 21, 22, 23, 24, 25], [26, 27, 28, 29, 0, 0, 0]]
print(calendar.monthcalendar(2021, 2))  # expect: [[1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14], [15, 16, 17, 18, 19, 20, 21], [22, 23, 24, 25, 26, 27, 28]]
print(calendar.timegm((2020, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0, 3, 1, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))  # expect: 1577836800 0 -1
print(calendar.timegm((2020, 1, 40, 25, 61, 61)), calendar.timegm((1, 1, 1, 0, 0, 0)), calendar.timegm((9999, 12, 31, 23, 59, 59)))  # expect: 1581300121 -62135596800 253402300799
import datetime
print(calendar.timegm(datetime.datetime(2009, 2, 13, 23, 31, 30).utctimetuple()) == 1234567890)  # expect: True
print(list(calendar.month_name), len(calendar.month_name))  # expect: ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] 13
print(list(calendar.month_abbr), len(calendar.month_abbr))  # expect: ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] 13
print(list(calendar.day_name), list(calendar.day_abbr), len(calendar.day_name))  # expect: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] 7
print(calendar.month_name[1], calendar.month_name[-1], calendar.month_abbr[2:5], calendar.day_name[::2], calendar.day_abbr[-1])  # expect: January December ['Feb', 'Mar', 'Apr'] ['Monday', 'Wednesday', 'Friday', 'Sunday'] Sun
try:
    calendar.month_name[13]
except IndexError as e:
    print('IndexError:', e)  # expect: IndexError: list index out of range
print(calendar.firstweekday())  # expect: 0
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))  # expect: 6 Su Mo Tu We Th Fr Sa
print(calendar.monthcalendar(2024, 2))  # expect: [[0, 0, 0, 0, 1, 2, 3], [4, 5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15, 16, 17], [18, 19, 20, 21, 22, 23, 24], [25, 26, 27, 28, 29, 0, 0]]
calendar.setfirstweekday(0)
for bad in [7, -1]:
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print('IllegalWeekdayError:', e)
        # expect: IllegalWeekdayError: bad weekday number 7; must be 0 (Monday) to 6 (Sunday)
        # expect: IllegalWeekdayError: bad weekday number -1; must be 0 (Monday) to 6 (Sunday)
print(calendar.firstweekday())  # expect: 0
print(repr(calendar.weekheader(1)), repr(calendar.weekheader(3)), repr(calendar.weekheader(9)), repr(calendar.weekheader(12)))  # expect: 'M T W T F S S' 'Mon Tue Wed Thu Fri Sat Sun' '  Monday   Tuesday  Wednesday  Thursday   Friday   Saturday   Sunday ' '   Monday      Tuesday     Wednesday     Thursday      Friday      Saturday      Sunday   '
print(repr(calendar.week([(0, 0), (1, 1), (2, 2), (30, 3), (31, 4), (0, 5), (0, 6)], 3)))  # expect: '      1   2  30  31        '
print(repr(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2)), repr(calendar.formatstring(['x', 'y'])))  # expect: '  a      bb    ccc ' '         x                         y          '
calendar.format(['ab', 'cd'], 2, 1)  # expect: ab cd
print(sorted(calendar.__all__))  # expect: ['Calendar', 'FRIDAY', 'HTMLCalendar', 'IllegalMonthError', 'IllegalWeekdayError', 'LocaleHTMLCalendar', 'LocaleTextCalendar', 'MONDAY', 'SATURDAY', 'SUNDAY', 'THURSDAY', 'TUESDAY', 'TextCalendar', 'WEDNESDAY', 'calendar', 'day_abbr', 'day_name', 'firstweekday', 'isleap', 'leapdays', 'month', 'month_abbr', 'month_name', 'monthcalendar', 'monthrange', 'prcal', 'prmonth', 'setfirstweekday', 'timegm', 'weekday', 'weekheader']
