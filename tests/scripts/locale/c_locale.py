# locale under the C locale: setlocale, localeconv, number formatting helpers
import locale

print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL),
      locale.setlocale(locale.LC_NUMERIC, 'POSIX'), locale.setlocale(locale.LC_TIME, None))
# expect: C C C C
conv = locale.localeconv()
print(conv['decimal_point'], repr(conv['thousands_sep']), conv['grouping'], conv['frac_digits'])  # expect: . '' [] 127
print(sorted(conv.items()))  # expect: [('currency_symbol', ''), ('decimal_point', '.'), ('frac_digits', 127), ('grouping', []), ('int_curr_symbol', ''), ('int_frac_digits', 127), ('mon_decimal_point', ''), ('mon_grouping', []), ('mon_thousands_sep', ''), ('n_cs_precedes', 127), ('n_sep_by_space', 127), ('n_sign_posn', 127), ('negative_sign', ''), ('p_cs_precedes', 127), ('p_sep_by_space', 127), ('p_sign_posn', 127), ('positive_sign', ''), ('thousands_sep', '')]
print(locale.getlocale(), locale.getlocale(locale.LC_TIME))  # expect: (None, None) (None, None)
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
# expect: 0 1 2 3 4 5 6 127

cases = [('%d', 1234567), ('%.2f', 1234567.891), ('%s and %d', ('x', 5)), ('%(a)s', {'a': 1}),
         ('%10.3f%%', 3.14159), ('%*d|', (5, 42)), ('%(x).1f %(y)d', {'x': 2.25, 'y': 3}),
         ('%e', 12345.678), ('%-8s|', 'ab'), ('%5.1f and %i', (2.5, 7))]
for fmt, val in cases:
    print(repr(locale.format_string(fmt, val)), repr(locale.format_string(fmt, val, grouping=True)),
          repr(locale.format_string(fmt, val, monetary=True)))
# expect: '1234567' '1234567' '1234567'
# expect: '1234567.89' '1234567.89' '123456789'
# expect: 'x and 5' 'x and 5' 'x and 5'
# expect: '1' '1' '1'
# expect: '     3.142%' '     3.142%' '     3142%'
# expect: '   42|' '   42|' '   42|'
# expect: '2.2 3' '2.2 3' '22 3'
# expect: '1.234568e+04' '1.234568e+04' '1234568e+04'
# expect: 'ab      |' 'ab      |' 'ab      |'
# expect: '  2.5 and 7' '  2.5 and 7' '  25 and 7'

print(locale.str(3.14159265358979), locale.str(10.0), locale.str(1e20), locale.str(-0.5))  # expect: 3.14159265359 10 1e+20 -0.5
print(locale.atof('3.5'), locale.atof('-1e3'), locale.atoi('42'), locale.atof('7', int))  # expect: 3.5 -1000.0 42 7
print(locale.delocalize('1,234.5'), locale.localize('1234.5'), locale.localize('1234.5', grouping=True),
      locale.localize('1234.5', monetary=True))
# expect: 1,234.5 1234.5 1234.5 12345
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('a', 'a'), locale.strxfrm('abc'))  # expect: -1 1 0 abc
print(sorted(['b', 'C', 'a'], key=locale.strxfrm))  # expect: ['C', 'a', 'b']

for call in (lambda: locale.currency(5), lambda: locale.atoi('x'),
             lambda: locale.format_string('%d %d', (1,)), lambda: locale.format_string('%q', 1),
             lambda: locale.strcoll('a', 1)):
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
# expect: ValueError: Currency formatting is not possible using the 'C' locale.
# expect: ValueError: invalid literal for int() with base 10: 'x'
# expect: IndexError: tuple index out of range
# expect: TypeError: not enough arguments for format string
# expect: TypeError: strcoll() argument 2 must be str, not int
for args in ((locale.LC_ALL, 'xx_YY'), (99, 'C'), (99,)):
    try:
        locale.setlocale(*args)
    except locale.Error as e:
        print('Error:', e)
# expect: Error: unsupported locale setting
# expect: Error: unsupported locale setting
# expect: Error: locale query failed
try:
    locale.setlocale(locale.LC_ALL, ('en_US', 'UTF-8'))
except locale.Error as e:
    print('Error:', e)
# expect: Error: unsupported locale setting
print(issubclass(locale.Error, Exception))  # expect: True

print(locale.normalize('en_US'), locale.normalize('en_us.utf8'), locale.normalize('C'),
      locale.normalize('de_DE@euro'), locale.normalize('POSIX'), locale.normalize('xx'),
      locale.normalize('de_DE.UTF-8'), locale.normalize('fr.iso88591'))
# expect: en_US.ISO8859-1 en_US.UTF-8 C de_DE.ISO8859-15 C xx de_DE.UTF-8 fr_FR.ISO8859-1
print(locale.nl_langinfo(locale.RADIXCHAR), locale.nl_langinfo(locale.DAY_2),
      locale.nl_langinfo(locale.ABMON_12), locale.nl_langinfo(locale.D_T_FMT),
      locale.nl_langinfo(locale.T_FMT), locale.nl_langinfo(locale.YESEXPR))
# expect: . Monday Dec %a %b %e %H:%M:%S %Y %H:%M:%S ^[yY]
print(locale.CODESET, locale.MON_1, locale.ABDAY_7, locale.RADIXCHAR)  # expect: 14 131098 131078 65536
print(sorted(locale.__all__))  # expect: ['CHAR_MAX', 'Error', 'LC_ALL', 'LC_COLLATE', 'LC_CTYPE', 'LC_MESSAGES', 'LC_MONETARY', 'LC_NUMERIC', 'LC_TIME', 'atof', 'atoi', 'currency', 'format', 'format_string', 'getdefaultlocale', 'getencoding', 'getlocale', 'getpreferredencoding', 'localeconv', 'normalize', 'resetlocale', 'setlocale', 'str', 'strcoll', 'strxfrm']
