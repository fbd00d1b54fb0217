# Decimal ** : integer and fractional exponents, exactness, specials, three-argument pow
from decimal import Decimal as D, localcontext, Context, InvalidOperation, Inexact, Rounded
import decimal
print(D(2) ** 10, D(2) ** 100, D('1.0') ** 2, D('2.0') ** -1, D(2) ** -2, D(10) ** -2, D(3) ** -1)  # expect: 1024 1.267650600228229401496703205E+30 1.00 0.5 0.25 0.01 0.3333333333333333333333333333
print(D(-2) ** 3, D(-2) ** 2, D('-0') ** 3, D('-0') ** 2, D('0.5') ** 10, 2 ** D(3), D(7) ** 0, D(0) ** 5)  # expect: -8 4 -0 0 0.0009765625 8 1 0
print(D(4) ** D('0.5'), D(2) ** D('0.5'), D(8) ** D('0.3333333333'), D('0.25') ** D('0.5'), D(10) ** D('1.5'))
# expect: 2.000000000000000000000000000 1.414213562373095048801688724 1.999999999861370563892815468 0.5000000000000000000000000000 31.62277660168379331998893544
print(D('1.00') ** 3, D('-1') ** -3, D('1.0') ** 40, D(1) ** D('0.5'), D(1) ** D('inf'))  # expect: 1.000000 -1 1.000000000000000000000000000 1.000000000000000000000000000 1.000000000000000000000000000
print(D(2) ** D('inf'), D('0.5') ** D('inf'), D('0.5') ** D('-inf'), D('inf') ** 0, D('inf') ** -2, D('-inf') ** 3, D('-inf') ** 2, D('-inf') ** -3)  # expect: Infinity 0 Infinity 1 0 -Infinity Infinity -0
print(D(0) ** -1, D('-0') ** -1, D(0) ** D('0.5'), D('-0') ** D('-0.5'), D('NaN') ** 2)  # expect: Infinity -Infinity 0 Infinity NaN
with localcontext(Context(traps=[])) as ctx:
    print(D(0) ** 0, D(-2) ** D('0.5'), D(-2) ** D('inf'), D('sNaN') ** 1, D(7) ** D('1e100'), D('0.1') ** D('1e100'))  # expect: NaN NaN NaN NaN Infinity 0E-1000026
    print(sorted(k.__name__ for k, v in ctx.flags.items() if v))  # expect: ['Clamped', 'Inexact', 'InvalidOperation', 'Overflow', 'Rounded', 'Subnormal', 'Underflow']
with localcontext(prec=5) as ctx:
    ctx.clear_flags()
    print(D(2) ** 16, ctx.flags[Inexact], ctx.flags[Rounded])  # expect: 65536 False False
    ctx.clear_flags()
    print(D(2) ** 17, ctx.flags[Inexact], ctx.flags[Rounded])  # expect: 1.3107E+5 True True
    print(D('1.1') ** 50, D(3) ** D('2.5'), D('1.000001') ** 1000000)  # expect: 117.39 15.588 2.7183
with localcontext(prec=40):
    print(D(2) ** D('0.5'), D('1.5') ** D('-2.25'))  # expect: 1.414213562373095048801688724209698078570 0.4016008904932643697609858012850863067653
for args in [(D(10), D('1e100')), (D(-1), D('0.5')), (D(0), D(0))]:
    try:
        print(args[0] ** args[1])
    except decimal.DecimalException as e:
        print(type(e).__name__, e)
        # expect: Overflow [<class 'decimal.Overflow'>]
        # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
        # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# three-argument pow is exact integer modular exponentiation
print(pow(D(3), D(4), D(5)), pow(D(-3), 3, 7), pow(D(2), 100, D(97)), pow(D(10), 0, 3), pow(D('3.0'), 2, 7))  # expect: 1 -6 16 1 2
with localcontext(Context(traps=[])) as ctx:
    print(pow(D('1.5'), 2, 3), pow(D(2), -1, 5), pow(D(2), 2, 0), pow(D(0), 0, 5), pow(D(2), 3, D('1e30')))  # expect: NaN NaN NaN NaN NaN
