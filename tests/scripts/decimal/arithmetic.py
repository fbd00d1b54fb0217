# Decimal arithmetic: + - * / // % divmod, rounding to the context, zeros, specials
from decimal import Decimal as D, localcontext, getcontext, Inexact, Rounded, InvalidOperation, DivisionByZero
print(D('1.1') + D('2.2'), D('1.30') + D('1.20'), D('1e3') + D('1'), D('-5') + 5, D('0.1') + 0.0 if False else D('0.1') + 0)  # expect: 3.3 2.50 1001 0 0.1
print(D('10') - D('0.001'), 3 - D('1.5'), D('1.5') - D('1.50'), D('-0') - D('0'), D('0') - D('0'))  # expect: 9.999 1.5 0.00 -0 0
print(D('1.5') * D('-2'), D('1.20') * 3, 2 * D('0.25'), D('-0') * 5, D('1e10') * D('1e-10'))  # expect: -3.0 3.60 0.50 -0 1
print(D(1) / D(3), D(2) / D(3), D(-1) / D(8), D(1) / D(4), D('1.00') / D('0.5'), D(100) / D(4))  # expect: 0.3333333333333333333333333333 0.6666666666666666666666666667 -0.125 0.25 2.0 25
print(D('12') / D('1e3'), D(10) / D('0.1'), D('0') / D(7), D('0.00') / D('1E+3'), 7 / D(2))  # expect: 0.012 1.0E+2 0 0.00000 3.5
print(D(7) // D(2), D(-7) // D(2), D(7) // D(-2), D('7.5') // D('0.5'), 1 // D('0.3'))  # expect: 3 -3 -3 15 3
print(D(7) % D(2), D(-7) % D(2), D(7) % D(-2), D('7.5') % D('2'), D(-4) % 2, 10 % D(3))  # expect: 1 -1 1 1.5 -0 1
print(divmod(D(7), D(2)), divmod(D(-7), D(2)), divmod(D('1.5'), D('0.4')))  # expect: (Decimal('3'), Decimal('1')) (Decimal('-3'), Decimal('-1')) (Decimal('3'), Decimal('0.3'))
print(-D('1.5'), +D('-0'), -D('0'), abs(D('-2.50')), abs(D('-0')), +D('1.23456789012345678901234567890'))  # expect: -1.5 0 0 2.50 0 1.234567890123456789012345679
# precision and rounding of results
with localcontext() as ctx:
    ctx.prec = 5
    print(D('1.23456') + 0, D(1) / D(7), D('99999.5') + 0, D('123456789') * 1, D(2).sqrt())  # expect: 1.2346 0.14286 1.0000E+5 1.2346E+8 1.4142
    print(D('1.00000') + D('0.000001'), D(100000) + D(1), D('-99999.9') - D('0.1'))  # expect: 1.0000 1.0000E+5 -1.0000E+5
    ctx.clear_flags()
    x = D('1.234') + D('1')
    print(x, ctx.flags[Inexact], ctx.flags[Rounded])  # expect: 2.234 False False
    x = D('123456') + D('0')
    print(x, ctx.flags[Inexact], ctx.flags[Rounded])  # expect: 1.2346E+5 True True
    ctx.clear_flags()
    x = D('123450') + D('0')
    print(x, ctx.flags[Inexact], ctx.flags[Rounded])  # expect: 1.2345E+5 False True
# rounding modes on the same sums
modes = ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']
import decimal
for m in modes:
    with localcontext(prec=2, rounding=getattr(decimal, m)) as ctx:
        print(m, [str(+D(v)) for v in ['1.25', '1.35', '-1.25', '1.01', '-1.09', '1.05', '0.995', '2.5E+3']])
        # expect: ROUND_DOWN ['1.2', '1.3', '-1.2', '1.0', '-1.0', '1.0', '0.99', '2.5E+3']
        # expect: ROUND_HALF_UP ['1.3', '1.4', '-1.3', '1.0', '-1.1', '1.1', '1.0', '2.5E+3']
        # expect: ROUND_HALF_EVEN ['1.2', '1.4', '-1.2', '1.0', '-1.1', '1.0', '1.0', '2.5E+3']
        # expect: ROUND_CEILING ['1.3', '1.4', '-1.2', '1.1', '-1.0', '1.1', '1.0', '2.5E+3']
        # expect: ROUND_FLOOR ['1.2', '1.3', '-1.3', '1.0', '-1.1', '1.0', '0.99', '2.5E+3']
        # expect: ROUND_UP ['1.3', '1.4', '-1.3', '1.1', '-1.1', '1.1', '1.0', '2.5E+3']
        # expect: ROUND_HALF_DOWN ['1.2', '1.3', '-1.2', '1.0', '-1.1', '1.0', '0.99', '2.5E+3']
        # expect: ROUND_05UP ['1.2', '1.3', '-1.2', '1.1', '-1.1', '1.1', '0.99', '2.5E+3']
# zero results and their signs
with localcontext() as ctx:
    print(D('1') - D('1'), D('-1') + D('1'), D('-0') + D('-0'), D('-0') + D('0'), D('0E-3') + D('0E+2'))  # expect: 0 0 -0 0 0.000
    ctx.rounding = decimal.ROUND_FLOOR
    print(D('1') - D('1'), D('-0') + D('0'), D('-0') + D('-0'))  # expect: -0 -0 -0
# large exponent gaps are handled without huge intermediates
print(D('1e999999') + D('1e-999999'), D('1e-999999') - D('1e999998'), D('1E+100000') * D('1E-100000'))  # expect: 1.000000000000000000000000000E+999999 -1.000000000000000000000000000E+999998 1
print(D('1e999999') + D('0e-999999'))  # expect: 1.000000000000000000000000000E+999999
# special values
inf, nan = D('Infinity'), D('NaN')
print(inf + 1, -inf - 5, inf * -2, inf / 3, 5 / inf, inf // 2, 7 % inf, nan + 1, D('-NaN7') * 2)  # expect: Infinity -Infinity -Infinity Infinity 0E-1000026 Infinity 7 NaN -NaN7
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    ctx.traps[DivisionByZero] = False
    print(inf - inf, inf * 0, 0 * inf, inf / inf, D(0) / 0, D(1) / 0, D(-1) / 0, D(5) % 0, D(5) // 0, D(0) // 0)  # expect: NaN NaN NaN NaN NaN Infinity -Infinity NaN Infinity NaN
    print(divmod(D(1), D(0)), divmod(inf, D(2)), divmod(D(2), inf), D('sNaN3') + 1, D(2) + D('sNaN4'))
    # expect: (Decimal('Infinity'), Decimal('NaN')) (Decimal('Infinity'), Decimal('NaN')) (Decimal('0'), Decimal('2')) NaN3 NaN4
    print(inf % 2, D('1e30') // D('1e-3'), D('1e30') % D('1e-3'), sorted(k.__name__ for k, v in ctx.flags.items() if v))
    # expect: NaN NaN NaN ['Clamped', 'DivisionByZero', 'Inexact', 'InvalidOperation', 'Rounded']
try:
    D(1) / 0
except DivisionByZero as e:
    print(type(e).__name__, e, isinstance(e, ZeroDivisionError))  # expect: DivisionByZero [<class 'decimal.DivisionByZero'>] True
try:
    D(0) / 0
except InvalidOperation as e:
    print(type(e).__name__, e)  # expect: InvalidOperation [<class 'decimal.DivisionUndefined'>]
try:
    D(5) % 0
except InvalidOperation as e:
    print(type(e).__name__, e)  # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
try:
    D('inf') - D('inf')
except InvalidOperation as e:
    print(type(e).__name__, e)  # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# mixing with unsupported types
for other in [1.5, '1', [1]]:
    try:
        D(1) + other
    except TypeError:
        print('TypeError for', type(other).__name__)
        # expect: TypeError for float
        # expect: TypeError for str
        # expect: TypeError for list
print(sum([D('0.1')] * 10), sum([D('0.1'), 1, 2]), D('0.1') * 3 == D('0.3'))  # expect: 1.0 3.1 True
x = D('1.5')
x += 1
x *= D(2)
x -= D('0.5')
x /= 2
print(x)  # expect: 2.25
print(bool(D(0)), bool(D('0.0')), bool(D('-0')), bool(D('0.1')), bool(D('NaN')), bool(D('-inf')))  # expect: False False False True True True
print(divmod(8, D(3)), divmod(-8, D('2.5')))  # expect: (Decimal('2'), Decimal('2')) (Decimal('-3'), Decimal('-0.5'))
