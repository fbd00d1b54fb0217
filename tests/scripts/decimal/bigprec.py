# Huge precision: exact products of big coefficients, long strings, MAX_PREC contexts
import decimal
from decimal import Decimal as D, localcontext, Context
def factorial(n, m):
    if n > m:
        return factorial(m, n)
    elif m == 0:
        return 1
    elif n == m:
        return n
    else:
        return factorial(n, (n + m) // 2) * factorial((n + m) // 2 + 1, m)
with localcontext() as c:
    c.prec = decimal.MAX_PREC
    c.Emax = decimal.MAX_EMAX
    c.Emin = decimal.MIN_EMIN
    f = factorial(D(2000), 0)
    s = str(f)
    print(len(s), s[:30], s[-10:], f.adjusted(), type(f).__name__)  # expect: 5736 331627509245063324117539338057 0000000000 5735 Decimal
    print(str(D(2) ** 20000)[:20], len(str(D(3) ** 10000)))  # expect: 39802768403379665923 4772
    x = D('1' * 5000)
    y = x + 1
    print(len(str(y)), str(y)[-3:], (x * x).adjusted(), str(x * 9 + 9)[:5])  # expect: 5000 112 9998 10000
    print(D(10) / D(4), D(1) / D(8), D(7) / D(7), D('1e-1000') * D('1e1000'))  # expect: 2.5 0.125 1 1
    print(c.flags[decimal.Inexact], c.flags[decimal.Rounded])  # expect: False False
f = factorial(D(2000), 0)
print(f, f.adjusted())  # expect: 3.316275092450633241175393389E+5735 5735
long = '9' * 6000 + '.' + '5' * 10
d = D(long)
print(len(str(d)), d.adjusted(), +d, d.to_integral_value().adjusted())  # expect: 6011 5999 1.000000000000000000000000000E+6000 6000
print(D('1' * 4500).as_tuple().digits[:5], len(D('7' * 4400).as_tuple().digits), int(D('3' * 4350 + 'e-4340')))  # expect: (1, 1, 1, 1, 1) 4400 3333333333
with localcontext(prec=300):
    third = D(1) / D(3)
    print(str(third)[:12], len(str(third)), D(2).sqrt().adjusted(), str(D(2).sqrt())[-5:])  # expect: 0.3333333333 302 0 40799
    print(str(D(1).exp())[-12:], str(D(10).ln())[-12:])  # expect: 907774499207 940440022211
print(hash(D(10) ** 50) == hash(10 ** 50), hash(D('1' * 5000)) == hash(D('1' * 5000 + '.000')))  # expect: True True
