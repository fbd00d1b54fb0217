# Context: attributes, validation, flags/traps views, templates, localcontext
import decimal
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, Inexact, Rounded, InvalidOperation, DivisionByZero,
                     Overflow, Underflow, Clamped, Subnormal, FloatOperation)
print(getcontext())  # expect: Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
print(BasicContext)  # expect: Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
print(ExtendedContext)  # expect: Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[])
c = Context(prec=12, rounding=decimal.ROUND_DOWN, Emin=-99, Emax=99, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow, DivisionByZero])
print(c)  # expect: Context(prec=12, rounding=ROUND_DOWN, Emin=-99, Emax=99, capitals=0, clamp=1, flags=[Inexact], traps=[DivisionByZero, Overflow])
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())  # expect: 12 ROUND_DOWN -99 99 0 1 -110 88
print(Context())  # expect: Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
print(Context(traps={InvalidOperation: True, Overflow: False, DivisionByZero: False, FloatOperation: False, Underflow: False, Subnormal: False, Inexact: False, Rounded: False, Clamped: False}))
# expect: Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation])
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)  # expect: 999999999999999999 999999999999999999 -999999999999999999 -1999999999999999997
print(decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP, decimal.HAVE_THREADS)  # expect: ROUND_HALF_EVEN ROUND_05UP True
# validation of attribute values
for name, value in [('prec', 0), ('prec', decimal.MAX_PREC + 1), ('Emax', -1), ('Emin', 1), ('clamp', 2), ('capitals', -1), ('prec', 'a'), ('Emax', 1.5)]:
    try:
        setattr(c, name, value)
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
        # expect: prec ValueError valid range for prec is [1, MAX_PREC]
        # expect: prec ValueError valid range for prec is [1, MAX_PREC]
        # expect: Emax ValueError valid range for Emax is [0, MAX_EMAX]
        # expect: Emin ValueError valid range for Emin is [MIN_EMIN, 0]
        # expect: clamp ValueError valid values for clamp are 0 or 1
        # expect: capitals ValueError valid values for capitals are 0 or 1
        # expect: prec TypeError an integer is required
        # expect: Emax TypeError an integer is required
try:
    c.rounding = 'ROUND_SIDEWAYS'
except TypeError as e:
    print(e)
    # expect: valid values for rounding are:
    # expect:   [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
    # expect:    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
    # expect:    ROUND_05UP]
try:
    c.undefined_attribute = 1
except AttributeError:
    print('AttributeError')  # expect: AttributeError
# flags and traps behave like dicts of signals
f = c.flags
print(f[Inexact], f[Rounded], Inexact in f, len(f), [s.__name__ for s in f])
# expect: True False True 9 ['InvalidOperation', 'FloatOperation', 'DivisionByZero', 'Overflow', 'Underflow', 'Subnormal', 'Inexact', 'Rounded', 'Clamped']
c.flags[Rounded] = True
print(c.flags[Rounded], c)  # expect: True Context(prec=12, rounding=ROUND_DOWN, Emin=-99, Emax=99, capitals=0, clamp=1, flags=[Inexact, Rounded], traps=[DivisionByZero, Overflow])
c.clear_flags()
c.clear_traps()
print(c)  # expect: Context(prec=12, rounding=ROUND_DOWN, Emin=-99, Emax=99, capitals=0, clamp=1, flags=[], traps=[])
c.traps[InvalidOperation] = True
print(c.traps[InvalidOperation], c.traps)
# expect: True {<class 'decimal.InvalidOperation'>:True, <class 'decimal.FloatOperation'>:False, <class 'decimal.DivisionByZero'>:False, <class 'decimal.Overflow'>:False, <class 'decimal.Underflow'>:False, <class 'decimal.Subnormal'>:False, <class 'decimal.Inexact'>:False, <class 'decimal.Rounded'>:False, <class 'decimal.Clamped'>:False}
try:
    c.flags['Inexact']
except KeyError:
    print('KeyError')  # expect: KeyError
# capitals affects str
c2 = Context(capitals=0)
print(c2.to_sci_string(D('1e10')), c2.to_eng_string(D('12e10')), Context().to_sci_string(D('1e10')))  # expect: 1e+10 120e+9 1E+10
# copy is independent
d = getcontext().copy()
d.prec = 3
print(getcontext().prec, d.prec, d is not getcontext())  # expect: 28 3 True
# localcontext restores the previous context
before = getcontext().prec
with localcontext() as ctx:
    ctx.prec = 4
    print(D(1) / D(3), getcontext() is ctx)  # expect: 0.3333 True
print(D(1) / D(3), getcontext().prec == before)  # expect: 0.3333333333333333333333333333 True
with localcontext(BasicContext) as ctx:
    print(ctx.prec, ctx.rounding, D(2) / D(3))  # expect: 9 ROUND_HALF_UP 0.666666667
with localcontext(prec=6, rounding=decimal.ROUND_UP, Emax=10) as ctx:
    print(ctx.prec, ctx.rounding, ctx.Emax, D(2) / D(3))  # expect: 6 ROUND_UP 10 0.666667
try:
    localcontext(foo=1)
except TypeError as e:
    print(e)  # expect: 'foo' is an invalid keyword argument for this function
try:
    with localcontext(prec=-1):
        pass
except ValueError as e:
    print(e)  # expect: valid range for prec is [1, MAX_PREC]
# setcontext with a template installs a copy
old = getcontext()
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, D(1) / D(0))  # expect: False 9 Infinity
setcontext(old)
print(getcontext() is old)  # expect: True
# Context methods convert ints and refuse other types
c = Context(prec=5)
print(c.add(1, D('0.000001')), c.multiply(D('1.23'), 4), c.divide(1, 7), c.power(2, 10), c.sqrt(2), c.abs(-3))  # expect: 1.0000 4.92 0.14286 1024 1.4142 3
print(c.divide_int(17, 5), c.remainder(17, 5), c.divmod(17, 5), c.minus(3), c.plus(D('1.234567')))  # expect: 3 2 (Decimal('3'), Decimal('2')) -3 1.2346
print(c.compare(1, 2), c.max(1, D('1.0')), c.min_mag(-3, 2), c.copy_sign(5, -1), c.fma(2, 3, 4), c.exp(1), c.ln(10), c.log10(1000))  # expect: -1 1 2 -5 10 2.7183 2.3026 3
print(c.create_decimal_from_float(0.1), c.quantize(D('1.23456'), D('0.01')), c.to_integral_value(D('2.5')), c.is_zero(0), c.number_class(D('-inf')))  # expect: 0.10000 1.23 2 True -Infinity
try:
    c.add('1', 2)
except TypeError as e:
    print(e)  # expect: conversion from str to Decimal is not supported
try:
    c.add(1.5, 2)
except TypeError as e:
    print(e)  # expect: conversion from float to Decimal is not supported
print(c.flags[Inexact], sorted(k.__name__ for k, v in c.flags.items() if v))  # expect: True ['Inexact', 'Rounded']
