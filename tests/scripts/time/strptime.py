import time
def show(*a):
    try:
        r = time.strptime(*a)
        print(tuple(r), r.tm_zone, r.tm_gmtoff)
    except Exception as e:
        print(type(e).__name__ + ':', e)
show('Tue Nov 14 22:13:20 2023')  # expect: (2023, 11, 14, 22, 13, 20, 1, 318, -1) None None
show('tue  nov 14 22:13:20   2023')  # expect: (2023, 11, 14, 22, 13, 20, 1, 318, -1) None None
show('2023-11-14 22:13:20', '%Y-%m-%d %H:%M:%S')  # expect: (2023, 11, 14, 22, 13, 20, 1, 318, -1) None None
show('14/11/23', '%d/%m/%y')  # expect: (2023, 11, 14, 0, 0, 0, 1, 318, -1) None None
show('1/2/68', '%d/%m/%y')  # expect: (2068, 2, 1, 0, 0, 0, 2, 32, -1) None None
show('1/2/69', '%d/%m/%y')  # expect: (1969, 2, 1, 0, 0, 0, 5, 32, -1) None None
show('  7', '%d')  # expect: ValueError: time data '  7' does not match format '%d'
show('7', '%m')  # expect: (1900, 7, 1, 0, 0, 0, 6, 182, -1) None None
show('March 5 1999', '%B %d %Y')  # expect: (1999, 3, 5, 0, 0, 0, 4, 64, -1) None None
show('SEPTEMBER', '%B')  # expect: (1900, 9, 1, 0, 0, 0, 5, 244, -1) None None
show('sep', '%b')  # expect: (1900, 9, 1, 0, 0, 0, 5, 244, -1) None None
show('Thursday', '%A')  # expect: (1900, 1, 1, 0, 0, 0, 3, 1, -1) None None
show('thu 2023 46', '%a %Y %W')  # expect: (2023, 11, 16, 0, 0, 0, 3, 320, -1) None None
show('5 2023 0', '%w %Y %U')  # expect: (2023, 1, 6, 0, 0, 0, 4, 6, -1) None None
show('0 2023 0', '%w %Y %U')  # expect: (2023, 1, 1, 0, 0, 0, 6, 1, -1) None None
show('1 2023 52', '%w %Y %W')  # expect: (2023, 12, 25, 0, 0, 0, 0, 359, -1) None None
show('2023 100', '%Y %j')  # expect: (2023, 4, 10, 0, 0, 0, 0, 100, -1) None None
show('2024 366', '%Y %j')  # expect: (2024, 12, 31, 0, 0, 0, 1, 366, -1) None None
show('2023 366', '%Y %j')  # expect: (2024, 1, 1, 0, 0, 0, 0, 366, -1) None None
show('12 am', '%I %p')  # expect: (1900, 1, 1, 0, 0, 0, 0, 1, -1) None None
show('12 PM', '%I %p')  # expect: (1900, 1, 1, 12, 0, 0, 0, 1, -1) None None
show('1 pm', '%I %p')  # expect: (1900, 1, 1, 13, 0, 0, 0, 1, -1) None None
show('11', '%I')  # expect: (1900, 1, 1, 11, 0, 0, 0, 1, -1) None None
show('23:59:61', '%H:%M:%S')  # expect: (1900, 1, 1, 23, 59, 61, 0, 1, -1) None None
show('123456', '%f')  # expect: (1900, 1, 1, 0, 0, 0, 0, 1, -1) None None
show('2023 05 4', '%G %V %u')  # expect: (2023, 2, 2, 0, 0, 0, 3, 33, -1) None None
show('2020 53 7', '%G %V %u')  # expect: (2021, 1, 3, 0, 0, 0, 6, 369, -1) None None
show('2021 1 Mon', '%G %V %a')  # expect: (2021, 1, 4, 0, 0, 0, 0, 4, -1) None None
show('2023-W01-1', '%G-W%V-%u')  # expect: (2023, 1, 2, 0, 0, 0, 0, 2, -1) None None
show('%2023', '%%%Y')  # expect: (2023, 1, 1, 0, 0, 0, 6, 1, -1) None None
show('Feb 29', '%b %d')  # expect: (1900, 2, 29, 0, 0, 0, 0, 60, -1) None None
show('c: Tue Nov 14 22:13:20 2023', 'c: %c')  # expect: (2023, 11, 14, 22, 13, 20, 1, 318, -1) None None
show('x: 11/14/23 X: 22:13:20', 'x: %x X: %X')  # expect: (2023, 11, 14, 22, 13, 20, 1, 318, -1) None None
show('a\tb  c', 'a b c')  # expect: (1900, 1, 1, 0, 0, 0, 0, 1, -1) None None
show('(1.5)[2]', '(%d.%m)[%H]')  # expect: (1900, 5, 1, 2, 0, 0, 1, 121, -1) None None
# time zones: UTC/GMT names and numeric offsets
show('UTC', '%Z')  # expect: (1900, 1, 1, 0, 0, 0, 0, 1, 0) UTC None
show('gmt', '%Z')  # expect: (1900, 1, 1, 0, 0, 0, 0, 1, 0) gmt None
for z in ['+0130', '-01:30', '+01:30:15', '-013015', '+01:30:15.250', 'Z', '+0000']:
    show(z, '%z')
    # expect: (1900, 1, 1, 0, 0, 0, 0, 1, -1) None 5400
    # expect: (1900, 1, 1, 0, 0, 0, 0, 1, -1) None -5400
    # expect: (1900, 1, 1, 0, 0, 0, 0, 1, -1) None 5415
    # expect: (1900, 1, 1, 0, 0, 0, 0, 1, -1) None -5415
    # expect: (1900, 1, 1, 0, 0, 0, 0, 1, -1) None 5415
    # expect: (1900, 1, 1, 0, 0, 0, 0, 1, -1) None 0
    # expect: (1900, 1, 1, 0, 0, 0, 0, 1, -1) None 0
show('+01:3015', '%z')  # expect: ValueError: Inconsistent use of : in +01:3015
show('+0130:15', '%z')  # expect: ValueError: invalid literal for int() with base 10: ':1'
# mismatches and leftovers
show('2023-11-14', '%Y/%m/%d')  # expect: ValueError: time data '2023-11-14' does not match format '%Y/%m/%d'
show('2023-11-14 extra', '%Y-%m-%d')  # expect: ValueError: unconverted data remains:  extra
show('Feb 30', '%b %d')  # expect: ValueError: day is out of range for month
show('Apr 31 2023', '%b %d %Y')  # expect: ValueError: day is out of range for month
show('0000', '%Y')  # expect: ValueError: year 0 is out of range
show('9999 366', '%Y %j')  # expect: ValueError: year 10000 is out of range
show('0001 0 0', '%Y %U %w')  # expect: ValueError: year 0 is out of range
show('XYZ', '%Z')  # expect: ValueError: time data 'XYZ' does not match format '%Z'
show('z', '%z')  # expect: ValueError: time data 'z' does not match format '%z'
show('24', '%H')  # expect: ValueError: unconverted data remains: 4
show('13', '%m')  # expect: ValueError: unconverted data remains: 3
show('99999', '%Y')  # expect: ValueError: unconverted data remains: 9
# bad formats
show('1', '%')  # expect: ValueError: stray % in format '%'
show('1', '%q')  # expect: ValueError: 'q' is a bad directive in format '%q'
show('1', '% d')  # expect: ValueError: '%' is a bad directive in format '% d'
show('1', '%.')  # expect: ValueError: '%' is a bad directive in format '%.'
show('1', '%d %')  # expect: ValueError: stray % in format '%d %'
show('1', '%E')  # expect: ValueError: 'E' is a bad directive in format '%E'
# ISO directives must come together
show('2023 1', '%G %V')  # expect: ValueError: ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').
show('2023 1', '%G %u')  # expect: ValueError: ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').
show('2023 10 1', '%G %j %u')  # expect: ValueError: ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').
show('2023 10 1 1', '%G %j %V %u')  # expect: ValueError: Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.
show('10 1', '%V %u')  # expect: ValueError: ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.
show('10', '%V')  # expect: ValueError: ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').
show('2023 10 1', '%Y %V %u')  # expect: ValueError: ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.
show('2023 10 1 3', '%Y %V %u %U')  # expect: (2023, 1, 16, 0, 0, 0, 0, 16, -1) None None
# argument types
show(2023, '%Y')  # expect: TypeError: strptime() argument 0 must be str, not <class 'int'>
show('2023', 2023)  # expect: TypeError: strptime() argument 1 must be str, not <class 'int'>
show(b'2023', '%Y')  # expect: TypeError: strptime() argument 0 must be str, not <class 'bytes'>
try:
    time.strptime()
except TypeError:
    print('TypeError')  # expect: TypeError
st = time.strptime('2000', '%Y')
print(type(st).__name__, len(st), st.tm_isdst, st.tm_yday)  # expect: struct_time 9 -1 1
print(time.strftime('%Y-%m-%d %H:%M:%S', time.strptime('1999-12-31 23:59:58', '%Y-%m-%d %H:%M:%S')))  # expect: 1999-12-31 23:59:58
