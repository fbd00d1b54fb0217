# quantize, round(), to_integral*, int/float/floor/ceil and the rounding modes
import math
import decimal
from decimal import Decimal as D, Context, localcontext, InvalidOperation, Inexact, Rounded
print(D('1.2345').quantize(D('0.01')), D('1.235').quantize(D('0.01')), D('1.245').quantize(D('0.01')), D('7').quantize(D('0.001')))  # expect: 1.23 1.24 1.24 7.000
print(D('1.2345').quantize(D('1e-2'), rounding=decimal.ROUND_UP), D('-1.2345').quantize(D('0.01'), decimal.ROUND_FLOOR), D('123.456').quantize(D('1E+1')))  # expect: 1.24 -1.24 1.2E+2
print(D('0').quantize(D('1e-5')), D('-0.0').quantize(D('1e3')), D('inf').quantize(D('inf')), D('1e-3').quantize(D('1')))  # expect: 0.00000 -0E+3 Infinity 0
with localcontext(Context(prec=5, traps=[])) as ctx:
    print(D('123456').quantize(D('1')), D('1.5').quantize(D('1e-10')), D('inf').quantize(D('1')), D(1).quantize(D('inf')))  # expect: NaN NaN NaN NaN
    print(D('1').quantize(D('1e1000000')), sorted(k.__name__ for k, v in ctx.flags.items() if v))  # expect: NaN ['InvalidOperation']
    ctx.clear_flags()
    print(D('1.25').quantize(D('0.1')), ctx.flags[Inexact], ctx.flags[Rounded])  # expect: 1.2 True True
    ctx.clear_flags()
    print(D('1.20').quantize(D('0.1')), ctx.flags[Inexact], ctx.flags[Rounded])  # expect: 1.2 False True
try:
    D(1).quantize(D('1e-40'))
except InvalidOperation as e:
    print('InvalidOperation', e)  # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
try:
    D(1).quantize(D(1), rounding='ROUND_RANDOM')
except TypeError:
    print('TypeError for bad rounding')  # expect: TypeError for bad rounding
# round() follows half-even to an int, or quantizes with the context rounding
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('2.675'), 2), round(D('1234.5'), -2), round(D('0.5')))  # expect: 2 4 -2 2.68 1.2E+3 0
print(round(D('1.23456'), 3), round(D('-0.0001'), 2), repr(round(D('15'), -1)), type(round(D('2.2'))).__name__)  # expect: 1.235 -0.00 Decimal('2E+1') int
with localcontext(rounding=decimal.ROUND_UP):
    print(round(D('1.21'), 1), round(D('1.21')))  # expect: 1.3 1
for bad in ['NaN', 'Infinity', '-Infinity']:
    try:
        round(D(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
        # expect: ValueError cannot convert NaN to integer
        # expect: OverflowError cannot convert Infinity to integer
        # expect: OverflowError cannot convert Infinity to integer
try:
    round(D('1e30'), 40)
except InvalidOperation:
    print('InvalidOperation')  # expect: InvalidOperation
# to_integral_value / to_integral_exact
print(D('2.5').to_integral_value(), D('3.5').to_integral(), D('-2.7').to_integral_value(decimal.ROUND_DOWN), D('1e3').to_integral_value(), D('-0.4').to_integral_value())  # expect: 2 4 -2 1E+3 -0
with localcontext() as ctx:
    ctx.clear_flags()
    print(D('2.5').to_integral_exact(), ctx.flags[Inexact], ctx.flags[Rounded])  # expect: 2 True True
    ctx.clear_flags()
    print(D('2.0').to_integral_exact(), ctx.flags[Inexact], ctx.flags[Rounded])  # expect: 2 False True
    ctx.clear_flags()
    print(D('2.5').to_integral_value(), ctx.flags[Inexact], ctx.flags[Rounded])  # expect: 2 False False
print(D('NaN').to_integral_value(), D('-Inf').to_integral_exact())  # expect: NaN -Infinity
# conversions to int and float
print(int(D('-3.9')), int(D('1e5')), int(D('123456789012345678901234567890.5')), math.trunc(D('-0.5')))  # expect: -3 100000 123456789012345678901234567890 0
print(math.floor(D('-3.1')), math.ceil(D('-3.1')), math.floor(D('3.9')), math.ceil(D('3.000001')), math.floor(D('-0')))  # expect: -4 -3 3 4 0
print(float(D('1.1')), float(D('-0')), float(D('1e400')), float(D('-1e-400')), float(D('NaN')), float(D('-Infinity')))  # expect: 1.1 -0.0 inf -0.0 nan -inf
print(float(D('0.1000000000000000055511151231257827021181583404541015625')), float(D('123456789012345678901234567890')))  # expect: 0.1 1.2345678901234568e+29
def conv(f, d):
    try:
        return repr(f(d))
    except (ValueError, OverflowError) as e:
        return '%s %s: %s' % (f.__name__, type(e).__name__, e)
for bad in ['NaN', 'sNaN', 'Infinity']:
    print(conv(int, D(bad)), '|', conv(float, D(bad)))
    # expect: int ValueError: cannot convert NaN to integer | nan
    # expect: int ValueError: cannot convert NaN to integer | float ValueError: cannot convert signaling NaN to float
    # expect: int OverflowError: cannot convert Infinity to integer | inf
print(D('1.5').as_integer_ratio(), D('-0.125').as_integer_ratio(), D('1e3').as_integer_ratio(), D('0.000').as_integer_ratio())  # expect: (3, 2) (-1, 8) (1000, 1) (0, 1)
# each rounding mode on a table of values at 1 digit after the point
vals = ['1.45', '1.55', '-1.45', '-1.55', '1.44', '1.46', '1.40', '1.01', '-1.09', '1.50', '1.05']
for m in ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']:
    print(m.ljust(16), ' '.join(str(D(v).quantize(D('0.1'), rounding=getattr(decimal, m))) for v in vals))
    # expect: ROUND_DOWN       1.4 1.5 -1.4 -1.5 1.4 1.4 1.4 1.0 -1.0 1.5 1.0
    # expect: ROUND_HALF_UP    1.5 1.6 -1.5 -1.6 1.4 1.5 1.4 1.0 -1.1 1.5 1.1
    # expect: ROUND_HALF_EVEN  1.4 1.6 -1.4 -1.6 1.4 1.5 1.4 1.0 -1.1 1.5 1.0
    # expect: ROUND_CEILING    1.5 1.6 -1.4 -1.5 1.5 1.5 1.4 1.1 -1.0 1.5 1.1
    # expect: ROUND_FLOOR      1.4 1.5 -1.5 -1.6 1.4 1.4 1.4 1.0 -1.1 1.5 1.0
    # expect: ROUND_UP         1.5 1.6 -1.5 -1.6 1.5 1.5 1.4 1.1 -1.1 1.5 1.1
    # expect: ROUND_HALF_DOWN  1.4 1.5 -1.4 -1.5 1.4 1.5 1.4 1.0 -1.1 1.5 1.0
    # expect: ROUND_05UP       1.4 1.6 -1.4 -1.6 1.4 1.4 1.4 1.1 -1.1 1.5 1.1
