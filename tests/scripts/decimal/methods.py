# Decimal methods of the specification: math functions, predicates, copies, comparisons, logical ops
import decimal
from decimal import Decimal as D, Context, localcontext, getcontext
print(D(2).sqrt(), D('0.0001').sqrt(), D(100).sqrt(), D('1.00').sqrt(), D('-0').sqrt(), D('1e-5').sqrt(), D('inf').sqrt())
# expect: 1.414213562373095048801688724 0.01 10 1.0 -0 0.003162277660168379331998893544 Infinity
print(D(1).exp(), D(-1).exp(), D('0').exp(), D(10).exp(), D('-inf').exp(), D('1e-30').exp(), D(1000).exp())
# expect: 2.718281828459045235360287471 0.3678794411714423215955237702 1 22026.46579480671651695790065 0 1.000000000000000000000000000 1.970071114017046993888879352E+434
print(D(10).ln(), D('0.5').ln(), D(1).ln(), D(0).ln(), D('inf').ln(), D('1.000000001').ln())
# expect: 2.302585092994045684017991455 -0.6931471805599453094172321215 0 -Infinity Infinity 9.999999995000000003333333331E-10
print(D(2).log10(), D(1000).log10(), D('0.001').log10(), D('1e-10').log10(), D(7).log10(), D(0).log10())  # expect: 0.3010299956639811952137388947 3 -3 -10 0.8450980400142568307122162586 -Infinity
print(D(250).logb(), D('0.03').logb(), D('1').logb(), D('inf').logb())  # expect: 2 -2 0 Infinity
with localcontext(prec=50):
    print(D(2).sqrt(), D(1).exp())  # expect: 1.4142135623730950488016887242096980785696718753769 2.7182818284590452353602874713526624977572470937000
    print(D(2).ln(), D(3).log10())  # expect: 0.69314718055994530941723212145817656807550013436026 0.47712125471966243729502790325511530920012886419070
print(D('1.20').normalize(), D('-0.00').normalize(), D('120E+3').normalize(), D('1e5').normalize(), D('0.012300').normalize())  # expect: 1.2 -0 1.2E+5 1E+5 0.0123
print(D('123.45').as_tuple(), D('-0').as_tuple(), D('inf').as_tuple(), D('NaN').as_tuple(), D('-sNaN12').as_tuple())
# expect: DecimalTuple(sign=0, digits=(1, 2, 3, 4, 5), exponent=-2) DecimalTuple(sign=1, digits=(0,), exponent=0) DecimalTuple(sign=0, digits=(0,), exponent='F') DecimalTuple(sign=0, digits=(), exponent='n') DecimalTuple(sign=1, digits=(1, 2), exponent='N')
t = D('1.5').as_tuple()
print(t.sign, t.digits, t.exponent, type(t).__name__)  # expect: 0 (1, 5) -1 DecimalTuple
print(D('123.45').adjusted(), D('0.001').adjusted(), D('1e10').adjusted(), D('0').adjusted(), D('inf').adjusted())  # expect: 2 -3 10 0 0
vals = [D('1'), D('-0'), D('1e-1000000'), D('inf'), D('NaN'), D('-sNaN')]
print([v.is_finite() for v in vals], [v.is_infinite() for v in vals])  # expect: [True, True, True, False, False, False] [False, False, False, True, False, False]
print([v.is_nan() for v in vals], [v.is_qnan() for v in vals], [v.is_snan() for v in vals])
# expect: [False, False, False, False, True, True] [False, False, False, False, True, False] [False, False, False, False, False, True]
print([v.is_signed() for v in vals], [v.is_zero() for v in vals], [v.is_normal() for v in vals], [v.is_subnormal() for v in vals])
# expect: [False, True, False, False, False, True] [False, True, False, False, False, False] [True, False, False, False, False, False] [False, False, True, False, False, False]
print([v.number_class() for v in vals + [D('-1'), D('-1e-1000000'), D('-inf')]])  # expect: ['+Normal', '-Zero', '+Subnormal', '+Infinity', 'NaN', 'sNaN', '-Normal', '-Subnormal', '-Infinity']
print(D('1.5').is_canonical(), D('1.5').canonical(), D(3).radix(), D('1.5').conjugate(), D('1.5').real, D('1.5').imag)  # expect: True 1.5 10 1.5 1.5 0
print(D('-1.5').copy_abs(), D('1.5').copy_negate(), D('1.5').copy_sign(D('-0')), D('-NaN3').copy_abs(), D(2).copy_sign(-7))  # expect: 1.5 -1.5 -1.5 NaN3 -2
print(D(1).compare(2), D(2).compare(D('2.0')), D(3).compare(1), D('NaN').compare(1), D(-0).compare(0))  # expect: -1 0 1 NaN 0
print(D('1.0').compare_total(D(1)), D(1).compare_total(D('1.0')), D('-inf').compare_total(D('NaN')), D('NaN1').compare_total(D('NaN2')), D('-NaN').compare_total(D('-sNaN')))  # expect: -1 1 -1 -1 -1
print(D('-5').compare_total_mag(D(3)), D(12).compare_total(D('sNaN')), D('inf').compare_total(D('inf')))  # expect: 1 -1 0
print(D(1).max(2), D(1).min(2), D('-3').max_mag(2), D('-3').min_mag(2), D(1).max(D('NaN')), D('NaN').min(5), D('1.0').max(D(1)), D(0).min(D('-0')))  # expect: 2 1 -3 2 1 5 1 -0
print(D(2).fma(3, 4), D('1e20').fma(D('1e20'), -1), D('1.5').fma(2, D('-0.5')))  # expect: 10 1.000000000000000000000000000E+40 2.5
print(D(1).next_plus(), D(1).next_minus(), D('-inf').next_plus(), D('inf').next_minus(), D(0).next_plus(), D(1).next_toward(0), D(1).next_toward(1), D(1).next_toward(D('-1.0')))
# expect: 1.000000000000000000000000001 0.9999999999999999999999999999 -9.999999999999999999999999999E+999999 9.999999999999999999999999999E+999999 1E-1000026 0.9999999999999999999999999999 1 0.9999999999999999999999999999
print(D('1').same_quantum(D('2')), D('1.0').same_quantum(D('1')), D('inf').same_quantum(D('inf')), D('NaN').same_quantum(D('sNaN')), D(1).same_quantum(D('NaN')))  # expect: True False True True False
print(D('123456789').rotate(2), D('123456789').rotate(-2), D('12345').shift(3), D('12345').shift(-2), D('7.5').scaleb(3), D('7.5').scaleb(-3))
# expect: 12345678900 8900000000000000000001234567 12345000 123 7.5E+3 0.0075
with localcontext(prec=9):
    print(D('123456789').rotate(3), D('12').rotate(-1), D('123456789').shift(1), D('-12').shift(2))  # expect: 456789123 200000001 234567890 -1200
print(D('1100').logical_and(D('1010')), D('1100').logical_or(D('1010')), D('1100').logical_xor(D('1010')), D('101').logical_invert())  # expect: 1000 1110 110 1111111111111111111111111010
with localcontext(prec=5, traps=[]) as ctx:
    print(D('12').logical_and(D('10')), D('-1').logical_invert(), D('1.0').logical_or(1), D(1).rotate(D('1.5')), D(1).shift(9), D(1).scaleb(D('0.5')))  # expect: NaN NaN NaN NaN NaN NaN
    print(ctx.flags[decimal.InvalidOperation])  # expect: True
print(D('1e3').remainder_near(D(7)), D(10).remainder_near(D(6)), D(10).remainder_near(D(4)), D(-10).remainder_near(D(4)), D(3).remainder_near(D(2)))  # expect: -1 -2 2 -2 -1
print(D('7.5').compare_signal(D(2)))  # expect: 1
try:
    D(1).compare_signal(D('NaN'))
except decimal.InvalidOperation as e:
    print('InvalidOperation', e)  # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
print(D(2).exp(Context(prec=5)), D(2).sqrt(context=Context(prec=3)), D(10).ln(Context(prec=6)), D('1.23456').__round__(2))  # expect: 7.3891 1.41 2.30259 1.23
