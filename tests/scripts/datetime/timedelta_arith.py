# timedelta arithmetic and comparisons
from datetime import timedelta as td
a = td(days=1, hours=2)
b = td(hours=-3, microseconds=7)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+b), repr(abs(b)), repr(abs(a)))  # expect: datetime.timedelta(seconds=82800, microseconds=7) datetime.timedelta(days=1, seconds=17999, microseconds=999993) datetime.timedelta(days=-2, seconds=68400, microseconds=7) datetime.timedelta(days=-2, seconds=79200) datetime.timedelta(days=-1, seconds=75600, microseconds=7) datetime.timedelta(seconds=10799, microseconds=999993) datetime.timedelta(days=1, seconds=7200)
print(repr(a * 2), repr(3 * b), repr(a * -1), repr(a * 0), repr(a * True))  # expect: datetime.timedelta(days=2, seconds=14400) datetime.timedelta(days=-1, seconds=54000, microseconds=21) datetime.timedelta(days=-2, seconds=79200) datetime.timedelta(0) datetime.timedelta(days=1, seconds=7200)
print(repr(td(1) * 0.5), repr(td(seconds=1) * 1.5e-6), repr(td(microseconds=1) * 0.5), repr(td(microseconds=3) * 0.5))  # expect: datetime.timedelta(seconds=43200) datetime.timedelta(microseconds=2) datetime.timedelta(0) datetime.timedelta(microseconds=2)
print(repr(td(hours=1) * 0.1), repr(0.1 * td(hours=1)), repr(td(days=-1) * 2.5))  # expect: datetime.timedelta(seconds=360) datetime.timedelta(seconds=360) datetime.timedelta(days=-3, seconds=43200)
print(a / b, a / td(hours=1), td(0) / a)  # expect: -8.66666667228395 26.0 0.0
print(repr(a / 2), repr(a / 7), repr(td(microseconds=5) / 2), repr(td(microseconds=7) / 2), repr(td(microseconds=-5) / 2))  # expect: datetime.timedelta(seconds=46800) datetime.timedelta(seconds=13371, microseconds=428571) datetime.timedelta(microseconds=2) datetime.timedelta(microseconds=4) datetime.timedelta(days=-1, seconds=86399, microseconds=999998)
print(repr(td(seconds=1) / 3), repr(td(seconds=1) / 3.0), repr(td(hours=1) / 0.25), repr(td(1) / -7.5))  # expect: datetime.timedelta(microseconds=333333) datetime.timedelta(microseconds=333333) datetime.timedelta(seconds=14400) datetime.timedelta(days=-1, seconds=74880)
print(a // td(hours=5), b // td(hours=1), a // 7, repr(td(seconds=1) // 3), repr(td(seconds=-1) // 3))  # expect: 5 -3 3:42:51.428571 datetime.timedelta(microseconds=333333) datetime.timedelta(days=-1, seconds=86399, microseconds=666666)
print(repr(a % td(hours=5)), repr(b % td(hours=1)), repr(td(seconds=-7) % td(seconds=2)))  # expect: datetime.timedelta(seconds=3600) datetime.timedelta(microseconds=7) datetime.timedelta(seconds=1)
q, r = divmod(td(seconds=-7), td(seconds=2))
print(q, repr(r))  # expect: -4 datetime.timedelta(seconds=1)
q, r = divmod(a, td(minutes=7))
print(q, repr(r))  # expect: 222 datetime.timedelta(seconds=360)
for expr in [lambda: td(1) / 0, lambda: td(1) / 0.0, lambda: td(1) // 0, lambda: td(1) / td(0),
             lambda: td(1) // td(0), lambda: td(1) % td(0), lambda: divmod(td(1), td(0))]:
    try:
        expr()
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
        # expect: ZeroDivisionError: integer division or modulo by zero
        # expect: ZeroDivisionError: integer division or modulo by zero
        # expect: ZeroDivisionError: integer division or modulo by zero
        # expect: ZeroDivisionError: division by zero
        # expect: ZeroDivisionError: integer division or modulo by zero
        # expect: ZeroDivisionError: integer modulo by zero
        # expect: ZeroDivisionError: integer division or modulo by zero
for expr in [lambda: td(1) + 1, lambda: td(1) * 'a', lambda: td(1) // 0.5, lambda: td(1) % 2, lambda: 1 - td(1), lambda: td(1) * td(1), lambda: td(1) < 1]:
    try:
        expr()
        print('no error')
    except TypeError:
        print('TypeError')
        # expect: TypeError
        # expect: TypeError
        # expect: TypeError
        # expect: TypeError
        # expect: TypeError
        # expect: TypeError
        # expect: TypeError
print(a > b, a >= a, b < a, b <= b, a == td(0, 93600), a != b)  # expect: True True True True True True
print(td(0) == 0, td(0) != 'x', td(1) == None)  # expect: False True False
print(sorted([td(1), td(-1), td(0, 5), td(0, 0, 5)]))  # expect: [datetime.timedelta(days=-1), datetime.timedelta(microseconds=5), datetime.timedelta(seconds=5), datetime.timedelta(days=1)]
print(max(td(1), td(hours=25)), min(td(-1), td(seconds=-86401)))  # expect: 1 day, 1:00:00 -2 days, 23:59:59
print(sum([td(1), td(hours=1), td(minutes=1)], td()))  # expect: 1 day, 1:01:00
t = td(0)
for i in range(10):
    t += td(hours=2.4)
print(t, t == td(1))  # expect: 1 day, 0:00:00 True
print(td(hours=1) * 1e-6, td(days=365) / 365.2425)  # expect: 0:00:00.003600 23:59:02.635372
print(repr(td(days=999999999) * 0.5), repr(td.max / 2), repr(td.min // 3))  # expect: datetime.timedelta(days=499999999, seconds=43200) datetime.timedelta(days=500000000) datetime.timedelta(days=-333333333)
try:
    td.max * 2
except OverflowError as e:
    print('OverflowError:', e)  # expect: OverflowError: days=1999999999; must have magnitude <= 999999999
print(repr(td(seconds=1) * (1 / 3)), repr(td(seconds=10) / (1 / 3)))  # expect: datetime.timedelta(microseconds=333333) datetime.timedelta(seconds=30)
print(repr(td(days=1, seconds=1) / td(seconds=1)), td(microseconds=1) / td(days=1))  # expect: 86401.0 1.1574074074074074e-11
