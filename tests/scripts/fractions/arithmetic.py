# Fraction arithmetic with Fractions, ints and floats; comparisons; hashing
from fractions import Fraction as F
from decimal import Decimal
import math
a, b = F(1, 3), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b))  # expect: -1/2 7/6 -5/18 -2/5 -1 -1/2 (-1, Fraction(-1, 2)) -1/3 -5/6 5/6
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, 7 % a, a ** 2, 2 ** F(3))  # expect: 4/3 4/3 -5/3 5/3 1 1 1/12 12 21 0 1/9 8
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 / a, a - 0.25, a // 0.1, a % 0.25)  # expect: 0.8333333333333333 0.8333333333333333 0.5 4.5 0.08333333333333331 3.0 0.08333333333333331
print(F(2, 3) ** -2, F(-2, 3) ** 3, F(-2, 3) ** -3, F(4) ** F(1, 2), F(8, 27) ** F(1, 3), 4 ** F(1, 2), 2.0 ** F(2), F(1, 2) ** 0.5)  # expect: 9/4 -8/27 -27/8 2.0 0.6666666666666666 2.0 4.0 0.7071067811865476
print(F(7, 2) // 2, F(-7, 2) // 2, F(7, 2) % 2, F(-7, 2) % 2, F(7, 2) % -2, divmod(F(7, 2), F(1, 3)))  # expect: 1 -2 3/2 1/2 -1/2 (10, Fraction(1, 6))
print(sum([F(1, n) for n in range(1, 11)]), sum(F(1, 2 ** k) for k in range(20)), math.prod([F(k, k + 1) for k in range(1, 10)]))  # expect: 7381/2520 1048575/524288 1/10
print(type(a + 1).__name__, type(a + 1.0).__name__, type(a ** 2).__name__, type(a ** 0.5).__name__, type(2 ** F(3)).__name__, type(2 ** F(1, 2)).__name__)  # expect: Fraction float Fraction float int float
for expr in [lambda: F(1, 2) / 0, lambda: F(3, 2) / F(0), lambda: F(-3, 2) / 0, lambda: F(0) ** -1, lambda: 1 / F(0), lambda: F(1) // 0, lambda: F(1) % F(0)]:
    try:
        expr()
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ZeroDivisionError Fraction(-1, 0)
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ZeroDivisionError integer division or modulo by zero
        # expect: ZeroDivisionError integer modulo by zero
for other in ['1', Decimal('1.5'), [1], None]:
    try:
        F(1) + other
    except TypeError:
        print('TypeError', type(other).__name__)
        # expect: TypeError str
        # expect: TypeError Decimal
        # expect: TypeError list
        # expect: TypeError NoneType
# comparisons
print(F(1, 2) == F(2, 4), F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2) == 2, 2 == F(2), F(1, 2) != F(1, 3), F(1, 2) == 'x')  # expect: True True False True True True False
print(F(1, 3) < F(1, 2), F(1, 2) <= 0.5, F(3, 2) > 1, F(-1, 2) >= -0.5, 1 < F(3, 2), 0.4 < F(1, 2), F(1, 3) < 0.333)  # expect: True True True True True True False
print(F(1) < float('inf'), F(1) > float('-inf'), F(1) == float('nan'), F(1) < float('nan'), F(10**400) > 1e308)  # expect: True True False False True
print(sorted([F(1, 2), 0.25, F(1, 3), 1, F(-7, 5), 0]), max(F(2, 3), 0.6), min(F(1, 100), 0.01))  # expect: [Fraction(-7, 5), 0, 0.25, Fraction(1, 3), Fraction(1, 2), 1] 2/3 1/100
print(Decimal('0.5') == F(1, 2), F(1, 2) == Decimal('0.5'), Decimal('0.4') < F(1, 2), F(1, 3) > Decimal('0.3'))  # expect: True True True True
try:
    F(1, 2) < 'a'
except TypeError:
    print('TypeError for <')  # expect: TypeError for <
# hashes match those of equal ints, floats and Decimals
for f in [F(0), F(1), F(-1), F(1, 2), F(-3, 4), F(10**30), F(1, 3), F(5, 2**70), F(1, 2305843009213693951)]:
    h = hash(f)
    checks = [h == hash(float(f))] if float(f) == f else ['-']
    print(h, checks, h == hash(int(f)) if f.denominator == 1 else '-', h == hash(Decimal(f.numerator) / Decimal(f.denominator)) if f.denominator in (1, 2, 4) else '-')
    # expect: 0 [True] True True
    # expect: 1 [True] True True
    # expect: -2 [True] True True
    # expect: 1152921504606846976 [True] - True
    # expect: -1729382256910270464 [True] - True
    # expect: 465258685558744706 ['-'] True True
    # expect: 1537228672809129301 ['-'] - -
    # expect: 22517998136852480 [True] - -
    # expect: 314159 ['-'] - -
print(len({F(1, 2), 0.5, Decimal('0.5'), F(2, 4)}), {F(1, 4): 'q'}[0.25], hash(F(-1)), hash(F(-2)))  # expect: 1 q -2 -2
print(divmod(1.0, a), divmod(-7, F(2, 3)))  # expect: (3.0, 5.551115123125783e-17) (-11, Fraction(1, 3))
