print("%d items" % 5)  # expect: 5 items
print("%s and %r" % ("str", "str"))  # expect: str and 'str'
print("%5d|%-5d|%05d" % (42, 42, 42))  # expect:    42|42   |00042
print("%+d %+d % d" % (5, -5, 5))  # expect: +5 -5  5
print("%.2f %10.3f %-8.1f|" % (3.14159, 2.71828, 1.05))  # expect: 3.14      2.718 1.1     |
print("%e %E" % (12345.678, 0.000123))  # expect: 1.234568e+04 1.230000E-04
print("%g %g %g" % (0.0001, 1234567, 1e-10))  # expect: 0.0001 1.23457e+06 1e-10
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))  # expect: ff FF 10 0xff 0o10
print("%c%c" % (72, "i"))  # expect: Hi
print("100%%" % ())  # expect: 100%
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})  # expect: Ann is 30
print("%s" % [1, 2], "%s" % (None,))  # expect: [1, 2] None
print("%*d|%-*d|" % (4, 7, 3, 8))  # expect:    7|8  |
print("%.3s" % "abcdef")  # expect: abc
print("%d" % 3.99, "%i" % -2.5)  # expect: 3 -2
print("%s %s" % ((1, 2), 3))  # expect: (1, 2) 3
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)  # expect: not enough arguments for format string
try:
    "%d" % (1, 2)
except TypeError as e:
    print(e)  # expect: not all arguments converted during string formatting
try:
    "%d" % "x"
except TypeError as e:
    print(e)  # expect: %d format: a real number is required, not str
