# Decimal construction from int, str, float, tuple and Decimal; str/repr forms
from decimal import Decimal, getcontext, localcontext, InvalidOperation, FloatOperation
print(repr(Decimal()), repr(Decimal(0)), repr(Decimal(-42)), repr(Decimal(10**30)))  # expect: Decimal('0') Decimal('0') Decimal('-42') Decimal('1000000000000000000000000000000')
print(repr(Decimal('3.14')), repr(Decimal('-0')), repr(Decimal('+0.000')), repr(Decimal('1e5')))  # expect: Decimal('3.14') Decimal('-0') Decimal('0.000') Decimal('1E+5')
print(repr(Decimal(' 1_000.5 ')), repr(Decimal('\t-.5e-3\n')), repr(Decimal('5.')), repr(Decimal('1E+2')))  # expect: Decimal('1000.5') Decimal('-0.0005') Decimal('5') Decimal('1E+2')
print(repr(Decimal('Inf')), repr(Decimal('-infinity')), repr(Decimal('nan')), repr(Decimal('-sNaN12')), repr(Decimal('NaN0123')))
# expect: Decimal('Infinity') Decimal('-Infinity') Decimal('NaN') Decimal('-sNaN12') Decimal('NaN123')
print(repr(Decimal('\u0661\u0662.5')))  # expect: Decimal('12.5')
print(repr(Decimal(0.1)))  # expect: Decimal('0.1000000000000000055511151231257827021181583404541015625')
print(repr(Decimal(-0.0)), repr(Decimal(2.5)), repr(Decimal(1e22)), repr(Decimal(float('-inf'))), repr(Decimal(float('nan'))))
# expect: Decimal('-0') Decimal('2.5') Decimal('10000000000000000000000') Decimal('-Infinity') Decimal('NaN')
print(repr(Decimal((0, (1, 2, 3), -2))), repr(Decimal((1, (0,), 5))), repr(Decimal((0, (), 'F'))), repr(Decimal([1, [4, 2], 'n'])), repr(Decimal((0, (7,), 'N'))))
# expect: Decimal('1.23') Decimal('-0E+5') Decimal('Infinity') Decimal('-NaN42') Decimal('sNaN7')
d = Decimal('7.25')
print(Decimal(d) is d, repr(Decimal(d)), repr(Decimal(True)))  # expect: True Decimal('7.25') Decimal('1')
print(repr(Decimal.from_float(0.25)), repr(Decimal.from_float(-3)), repr(Decimal.from_float(float('inf'))))  # expect: Decimal('0.25') Decimal('-3') Decimal('Infinity')
# to-scientific-string rules
for s in ['123456789e-20', '1e5', '0.000001', '0.0000001', '-0e-7', '1.23e-8', '123e3', '0E+3', '-12.3400', '1E-1000']:
    print(s, '->', str(Decimal(s)))
    # expect: 123456789e-20 -> 1.23456789E-12
    # expect: 1e5 -> 1E+5
    # expect: 0.000001 -> 0.000001
    # expect: 0.0000001 -> 1E-7
    # expect: -0e-7 -> -0E-7
    # expect: 1.23e-8 -> 1.23E-8
    # expect: 123e3 -> 1.23E+5
    # expect: 0E+3 -> 0E+3
    # expect: -12.3400 -> -12.3400
    # expect: 1E-1000 -> 1E-1000
for s in ['123e3', '1.23e-8', '0e-7', '0e+7', '0e+8', '-1e-1', '12345e10', '1e6', '1E-6']:
    print(s, '=>', Decimal(s).to_eng_string())
    # expect: 123e3 => 123E+3
    # expect: 1.23e-8 => 12.3E-9
    # expect: 0e-7 => 0.0E-6
    # expect: 0e+7 => 0.00E+9
    # expect: 0e+8 => 0.0E+9
    # expect: -1e-1 => -0.1
    # expect: 12345e10 => 123.45E+12
    # expect: 1e6 => 1E+6
    # expect: 1E-6 => 0.000001
# invalid strings
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    for s in ['', '.', 'e5', '1e', '1e+', 'infi', 'nan1.2', '1 5', '0x10', '\u00b2', '--1']:
        print(repr(s), repr(Decimal(s)))
        # expect: '' Decimal('NaN')
        # expect: '.' Decimal('NaN')
        # expect: 'e5' Decimal('NaN')
        # expect: '1e' Decimal('NaN')
        # expect: '1e+' Decimal('NaN')
        # expect: 'infi' Decimal('NaN')
        # expect: 'nan1.2' Decimal('NaN')
        # expect: '1 5' Decimal('NaN')
        # expect: '0x10' Decimal('NaN')
        # expect: '²' Decimal('NaN')
        # expect: '--1' Decimal('NaN')
    print(ctx.flags[InvalidOperation])  # expect: True
try:
    Decimal('abc')
except InvalidOperation as e:
    print(type(e).__name__, e)  # expect: InvalidOperation [<class 'decimal.ConversionSyntax'>]
for bad in [(2, (1,), 1), (0, (10,), 1), (0, (1,), 1.5), (0, '12', 1), (0, (1,), 'x'), (0, (1, 2))]:
    try:
        Decimal(bad)
    except ValueError as e:
        print('ValueError:', e)
        # expect: ValueError: sign must be an integer with the value 0 or 1
        # expect: ValueError: coefficient must be a tuple of digits
        # expect: ValueError: exponent must be an integer
        # expect: ValueError: coefficient must be a tuple of digits
        # expect: ValueError: string argument in the third position must be 'F', 'n' or 'N'
        # expect: ValueError: argument must be a sequence of length 3
try:
    Decimal(object())
except TypeError as e:
    print(e)  # expect: conversion from object to Decimal is not supported
try:
    Decimal.from_float('1.5')
except TypeError as e:
    print(e)  # expect: argument must be int or float
# float conversion records FloatOperation; trapped it raises
with localcontext() as ctx:
    ctx.clear_flags()
    Decimal(1.5)
    print(ctx.flags[FloatOperation])  # expect: True
    ctx.traps[FloatOperation] = True
    try:
        Decimal(1.5)
    except FloatOperation as e:
        print('trapped', e)  # expect: trapped [<class 'decimal.FloatOperation'>]
    print(repr(Decimal.from_float(1.5)))  # expect: Decimal('1.5')
# construction is exact regardless of precision
with localcontext() as ctx:
    ctx.prec = 3
    print(repr(Decimal('3.14159265358979323846')), repr(Decimal(123456789)))  # expect: Decimal('3.14159265358979323846') Decimal('123456789')
    print(repr(ctx.create_decimal('3.14159')), repr(ctx.create_decimal(123456)), ctx.flags['x' if False else InvalidOperation])  # expect: Decimal('3.14') Decimal('1.23E+5') True
class MyDec(Decimal):
    pass
m = MyDec('1.5')
print(type(m).__name__, repr(m), type(m + 1).__name__, isinstance(m, Decimal))  # expect: MyDec Decimal('1.5') Decimal True
print(type(MyDec.from_float(0.5)).__name__)  # expect: MyDec
