# Signals: exception hierarchy, trapping, the list carried by the exception, flags
import decimal
from decimal import *
D = Decimal
for sig in [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal, Overflow, Underflow, FloatOperation,
            ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext]:
    print(sig.__name__, [b.__name__ for b in sig.__mro__[1:-3]], issubclass(sig, ArithmeticError))
    # expect: Clamped ['DecimalException', 'ArithmeticError'] True
    # expect: InvalidOperation ['DecimalException', 'ArithmeticError'] True
    # expect: DivisionByZero ['DecimalException', 'ZeroDivisionError', 'ArithmeticError'] True
    # expect: Inexact ['DecimalException', 'ArithmeticError'] True
    # expect: Rounded ['DecimalException', 'ArithmeticError'] True
    # expect: Subnormal ['DecimalException', 'ArithmeticError'] True
    # expect: Overflow ['Inexact', 'Rounded', 'DecimalException', 'ArithmeticError'] True
    # expect: Underflow ['Inexact', 'Rounded', 'Subnormal', 'DecimalException', 'ArithmeticError'] True
    # expect: FloatOperation ['DecimalException', 'ArithmeticError', 'TypeError'] True
    # expect: ConversionSyntax ['InvalidOperation', 'DecimalException', 'ArithmeticError'] True
    # expect: DivisionImpossible ['InvalidOperation', 'DecimalException', 'ArithmeticError'] True
    # expect: DivisionUndefined ['InvalidOperation', 'DecimalException', 'ZeroDivisionError', 'ArithmeticError'] True
    # expect: InvalidContext ['InvalidOperation', 'DecimalException', 'ArithmeticError'] True
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(DivisionUndefined, ZeroDivisionError), issubclass(FloatOperation, TypeError))  # expect: True True True
print(issubclass(Overflow, Inexact), issubclass(Underflow, Subnormal), issubclass(ConversionSyntax, InvalidOperation))  # expect: True True True
def attempt(f):
    try:
        r = f()
        print('ok', r)
    except DecimalException as e:
        print(type(e).__name__, e)
ctx = Context(prec=5, Emax=10, Emin=-10, traps=[])
attempt(lambda: ctx.multiply(D('9e10'), 10))  # expect: ok Infinity
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))  # expect: ['Inexact', 'Overflow', 'Rounded']
ctx.clear_flags()
attempt(lambda: ctx.divide(D('1e-10'), 1000))  # expect: ok 1E-13
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))  # expect: ['Subnormal']
ctx.clear_flags()
attempt(lambda: ctx.divide(D('1e-10'), D('1e10')))  # expect: ok 0E-14
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))  # expect: ['Clamped', 'Inexact', 'Rounded', 'Subnormal', 'Underflow']
ctx.clear_flags()
attempt(lambda: ctx.create_decimal('1.23e-12'))  # expect: ok 1.23E-12
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))  # expect: ['Subnormal']
ctx.clear_flags()
attempt(lambda: ctx.create_decimal('0e-20'))  # expect: ok 0E-14
attempt(lambda: ctx.create_decimal('0e20'))  # expect: ok 0E+10
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))  # expect: ['Clamped']
# now trap them one by one
def outcome(f):
    try:
        return 'ok ' + str(f())
    except DecimalException as e:
        return type(e).__name__
for sig in [Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped]:
    ctx = Context(prec=5, Emax=10, Emin=-10, traps=[sig])
    r = [outcome(lambda: ctx.multiply(D('9e10'), 10)), outcome(lambda: ctx.divide(D('1e-10'), 1000)),
         outcome(lambda: ctx.create_decimal('0e20'))]
    print(sig.__name__, r, sorted(k.__name__ for k, v in ctx.flags.items() if v))
    # expect: Overflow ['Overflow', 'ok 1E-13', 'ok 0E+10'] ['Clamped', 'Inexact', 'Overflow', 'Rounded', 'Subnormal']
    # expect: Underflow ['ok Infinity', 'ok 1E-13', 'ok 0E+10'] ['Clamped', 'Inexact', 'Overflow', 'Rounded', 'Subnormal']
    # expect: Subnormal ['ok Infinity', 'Subnormal', 'ok 0E+10'] ['Clamped', 'Inexact', 'Overflow', 'Rounded', 'Subnormal']
    # expect: Inexact ['Inexact', 'ok 1E-13', 'ok 0E+10'] ['Clamped', 'Inexact', 'Overflow', 'Rounded', 'Subnormal']
    # expect: Rounded ['Rounded', 'ok 1E-13', 'ok 0E+10'] ['Clamped', 'Inexact', 'Overflow', 'Rounded', 'Subnormal']
    # expect: Clamped ['ok Infinity', 'ok 1E-13', 'Clamped'] ['Clamped', 'Inexact', 'Overflow', 'Rounded', 'Subnormal']
# clamp folds exponents down
ctx = Context(prec=5, Emax=10, Emin=-10, clamp=1, traps=[])
attempt(lambda: ctx.create_decimal('1e10'))  # expect: ok 1.0000E+10
attempt(lambda: ctx.create_decimal('12e5'))  # expect: ok 1.2E+6
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))  # expect: ['Clamped']
# overflow results depend on the rounding
for r in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP]:
    ctx = Context(prec=3, Emax=5, rounding=r, traps=[])
    print(r, ctx.multiply(D('9e5'), 10), ctx.multiply(D('-9e5'), 10))
    # expect: ROUND_HALF_EVEN Infinity -Infinity
    # expect: ROUND_DOWN 9.99E+5 -9.99E+5
    # expect: ROUND_CEILING Infinity -9.99E+5
    # expect: ROUND_FLOOR 9.99E+5 -Infinity
    # expect: ROUND_UP Infinity -Infinity
# invalid operations, each with its condition
ctx = getcontext()
attempt(lambda: D('x'))  # expect: InvalidOperation [<class 'decimal.ConversionSyntax'>]
attempt(lambda: D(0) / 0)  # expect: InvalidOperation [<class 'decimal.DivisionUndefined'>]
attempt(lambda: D(1) % 0)  # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
attempt(lambda: D('1e30') // D('1e-30'))  # expect: InvalidOperation [<class 'decimal.DivisionImpossible'>]
attempt(lambda: D('sNaN') + 1)  # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
attempt(lambda: D(-1).sqrt())  # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
attempt(lambda: D(-1).ln())  # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
attempt(lambda: D('inf') * 0)  # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
attempt(lambda: D(1).quantize(D('1e-30')))  # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
attempt(lambda: D(1) < D('NaN'))  # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
attempt(lambda: D('sNaN') == 1)  # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
attempt(lambda: D('NaN') == 1)  # expect: ok False
attempt(lambda: D('1e999999') * 10)  # expect: Overflow [<class 'decimal.Overflow'>]
attempt(lambda: D(1) / 0)  # expect: DivisionByZero [<class 'decimal.DivisionByZero'>]
attempt(lambda: D(1.5) < 2.5)  # expect: ok True
# trapping several conditions: the first in signal order is raised, with them all
ctx = Context(prec=3, Emax=5, traps=[Overflow, Inexact, Rounded])
attempt(lambda: ctx.multiply(D('9e5'), 10))  # expect: Overflow [<class 'decimal.Overflow'>, <class 'decimal.Inexact'>, <class 'decimal.Rounded'>]
attempt(lambda: ctx.add(D('1.2345'), 0))  # expect: Inexact [<class 'decimal.Inexact'>, <class 'decimal.Rounded'>]
ctx = Context(traps=[FloatOperation])
attempt(lambda: ctx.create_decimal(0.5))  # expect: FloatOperation [<class 'decimal.FloatOperation'>]
with localcontext(ctx):
    attempt(lambda: D(1) == 1.0)  # expect: ok True
    attempt(lambda: D(1) < 1.0)  # expect: FloatOperation [<class 'decimal.FloatOperation'>]
    attempt(lambda: D(1.0))  # expect: FloatOperation [<class 'decimal.FloatOperation'>]
print(ctx.flags[FloatOperation])  # expect: True
try:
    D(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', type(e).__name__)  # expect: caught as ZeroDivisionError: DivisionByZero
try:
    D('nope')
except ValueError:
    print('not a ValueError')
except ArithmeticError as e:
    print('caught as ArithmeticError:', type(e).__name__, e.args)  # expect: caught as ArithmeticError: InvalidOperation ([<class 'decimal.ConversionSyntax'>],)
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(D('nope'), D(0) / 0, c.flags[InvalidOperation])  # expect: NaN NaN True
    print(c)
    # expect: Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded], traps=[DivisionByZero, Overflow])
with localcontext(Context(traps=[])) as c:
    D('sNaN') + 1
    D(1).next_plus()
    print(c)  # expect: Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[InvalidOperation], traps=[])
D('bad syntax')


# expect runtime error: decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]
