# Fraction construction, normalisation, str/repr, conversions and errors
from fractions import Fraction as F
from decimal import Decimal
import math
print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F(-6, -4), F(0, -5), repr(F(10, 5)))  # expect: 0 3 3/2 -3/2 -3/2 3/2 0 Fraction(2, 1)
print(F('3/4'), F(' -27/18 '), F('1.5'), F('-1.5e-3'), F('.5'), F('5.'), F('1e3'), F('1_000/3'), F('+7'), F('0.000'))  # expect: 3/4 -3/2 3/2 -3/2000 1/2 5 1000 1000/3 7 0
print(F(0.5), F(-0.1), F(1e20), F(Decimal('1.25')), F(Decimal('-3')), F(F(3, 7)), F(True), F(F(1, 2), F(1, 3)), F(3, F(1, 2)))
# expect: 1/2 -3602879701896397/36028797018963968 100000000000000000000 5/4 -3 3/7 1 3/2 6
print(F.from_float(0.25), F.from_float(3), F.from_decimal(Decimal('0.125')), F.from_decimal(7), F(1, 3).as_integer_ratio())  # expect: 1/4 3 1/8 7 (1, 3)
print(F(3, 4).numerator, F(3, 4).denominator, F(-3, 4).numerator, F(5).denominator, str(F(5)), str(F(-1, 3)), repr(F(-1, 3)))  # expect: 3 4 -3 1 5 -1/3 Fraction(-1, 3)
for bad in ['3 / 4', 'inf', 'nan', '1e', '', ' ', '+3/-4', '1__0', '1/2/3', 'a', '0x10', '_1', '1_', '.', '1.5/2']:
    try:
        F(bad)
        print('accepted', repr(bad))
    except ValueError as e:
        print('ValueError', e)
        # expect: ValueError Invalid literal for Fraction: '3 / 4'
        # expect: ValueError Invalid literal for Fraction: 'inf'
        # expect: ValueError Invalid literal for Fraction: 'nan'
        # expect: ValueError Invalid literal for Fraction: '1e'
        # expect: ValueError Invalid literal for Fraction: ''
        # expect: ValueError Invalid literal for Fraction: ' '
        # expect: ValueError Invalid literal for Fraction: '+3/-4'
        # expect: ValueError Invalid literal for Fraction: '1__0'
        # expect: ValueError Invalid literal for Fraction: '1/2/3'
        # expect: ValueError Invalid literal for Fraction: 'a'
        # expect: ValueError Invalid literal for Fraction: '0x10'
        # expect: ValueError Invalid literal for Fraction: '_1'
        # expect: ValueError Invalid literal for Fraction: '1_'
        # expect: ValueError Invalid literal for Fraction: '.'
        # expect: ValueError Invalid literal for Fraction: '1.5/2'
for args in [(1, 0), ('1/0',), (0, 0)]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ZeroDivisionError Fraction(0, 0)
for args in [(1.5, 2), (1, 2.0), ([1],), (None,), (Decimal('1.5'), 1), ('1', 2)]:
    try:
        F(*args)
    except TypeError as e:
        print('TypeError', e)
        # expect: TypeError both arguments should be Rational instances
        # expect: TypeError both arguments should be Rational instances
        # expect: TypeError argument should be a string or a Rational instance
        # expect: TypeError argument should be a string or a Rational instance
        # expect: TypeError both arguments should be Rational instances
        # expect: TypeError both arguments should be Rational instances
for v in [float('inf'), float('nan'), Decimal('Infinity'), Decimal('NaN')]:
    try:
        F(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
        # expect: OverflowError cannot convert Infinity to integer ratio
        # expect: ValueError cannot convert NaN to integer ratio
        # expect: OverflowError cannot convert Infinity to integer ratio
        # expect: ValueError cannot convert NaN to integer ratio
for bad in ['1.5', Decimal('1')]:
    try:
        F.from_float(bad)
    except TypeError as e:
        print(e)
        # expect: Fraction.from_float() only takes floats, not '1.5' (str)
        # expect: Fraction.from_float() only takes floats, not Decimal('1') (Decimal)
try:
    F.from_decimal(1.5)
except TypeError as e:
    print(e)  # expect: Fraction.from_decimal() only takes Decimals, not 1.5 (float)
# limit_denominator
pi = F('3.141592653589793')
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(1000), pi.limit_denominator(1), F(1, 3).limit_denominator(5))  # expect: 22/7 311/99 355/113 3 1/3
print(F(0.1).limit_denominator(), F(-13, 7).limit_denominator(3), F(3, 8).limit_denominator(4), F(5, 8).limit_denominator(4), F(7).limit_denominator(1))  # expect: 1/10 -2 1/3 2/3 7
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)  # expect: max_denominator should be at least 1
# conversions
x = F(-7, 2)
print(int(x), float(x), math.trunc(x), math.floor(x), math.ceil(x), round(x), round(F(5, 2)), round(F(7, 2)), bool(x), bool(F(0)))  # expect: -3 -3.5 -3 -4 -3 -4 2 4 True False
print(round(F(1, 3), 2), round(F(12345, 7), -2), round(F(-25, 10), 0), repr(round(F(1, 8), 1)), type(round(F(1, 3))).__name__)  # expect: 33/100 1800 -2 Fraction(1, 10) int
print(float(F(10**400, 10**399)), float(F(1, 3)), float(F(-1, 10**400)))  # expect: 10.0 0.3333333333333333 -0.0
class MyF(F):
    pass
m = MyF(3, 6)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__, repr(MyF.from_float(0.5)))  # expect: MyF(1, 2) MyF Fraction Fraction MyF(1, 2)
print(format(F(1, 3)), '{}'.format(F(-2, 6)), f'{F(5, 10)!r}')  # expect: 1/3 -1/3 Fraction(1, 2)
try:
    format(F(1, 3), '.2f')
except TypeError as e:
    print('TypeError')  # expect: TypeError
print(F(1, 2).__copy__(), F(1, 2).__reduce__(), m.__copy__() is not m)  # expect: 1/2 (<class 'fractions.Fraction'>, (1, 2)) True
