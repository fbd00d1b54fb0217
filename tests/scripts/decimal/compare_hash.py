# Comparisons with Decimal/int/float/Fraction, NaN rules, hashing consistent with int/float/Fraction
from decimal import Decimal as D, localcontext, InvalidOperation, FloatOperation, getcontext
from fractions import Fraction as F
print(D('1.0') == D(1), D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D('0.5') == F(1, 2), D('0.3') == F(1, 3))  # expect: True True True False True False
print(D(1) < D(2), D('-0') == D('0'), D('1e2') > 99, D('2.5') >= 2.5, D('0.1') < 0.1, D('-1') <= F(-1, 2), D(3) > F(5, 2))  # expect: True True True True True True True
print(1 < D('1.5'), 2.5 > D(2), F(1, 3) < D('0.34'), D('1e-100') > 0, D('-1e100') < -10**99, D('1e1000') > 10**999)  # expect: True True True True True True
print(D('1.5') != D('1.50'), D('1.5') != 1, D(0) != D('-0.0'), D(1) == 'a', D(1) != None, D(1) == [1])  # expect: False True False False True False
print(sorted([D('1.5'), D(-2), D('0.25'), D('1e1'), D('-inf'), D('inf')]), max(D(1), D('1.0')), min([D(3), 2, 2.5]))
# expect: [Decimal('-Infinity'), Decimal('-2'), Decimal('0.25'), Decimal('1.5'), Decimal('1E+1'), Decimal('Infinity')] 1 2
print(D('inf') > 10**100, D('-inf') < -1e308, D('inf') == float('inf'), D('-inf') == D('-Infinity'), D('inf') > D('1e999999'))  # expect: True True True True True
# NaN: == is False without a signal, ordering signals InvalidOperation
nan = D('NaN')
print(nan == nan, nan != nan, nan == 1, nan == float('nan'), D('NaN') in [nan])  # expect: False True False False False
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(nan < 1, nan >= 1, 1 > nan, D('sNaN') == 1, ctx.flags[InvalidOperation])  # expect: False False False False True
for expr in [lambda: nan < 1, lambda: D('sNaN') == D('sNaN'), lambda: D(1) <= D('-NaN')]:
    try:
        expr()
    except InvalidOperation as e:
        print('InvalidOperation', e)
        # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
        # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
        # expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# float comparisons set FloatOperation; when trapped only == and != stay silent
with localcontext() as ctx:
    ctx.clear_flags()
    D(1) == 1.0
    print(ctx.flags[FloatOperation])  # expect: True
    ctx.clear_flags()
    D(1) < 1.5
    print(ctx.flags[FloatOperation])  # expect: True
    ctx.traps[FloatOperation] = True
    print(D(1) == 1.0, D(1) != 2.0)  # expect: True True
    try:
        D(1) < 1.5
    except FloatOperation as e:
        print('FloatOperation', e)  # expect: FloatOperation [<class 'decimal.FloatOperation'>]
# hashes agree with int, float and Fraction for equal values
for v in ['0', '-0', '1', '-1', '1.5', '0.1', '1e30', '123456789.125', '-2.5e-5', '1E+400', '1E-400', '-1E+1000']:
    d = D(v)
    print(v, hash(d) == hash(F(d)), hash(d) == hash(float(d)) if float(d) == d else 'n/a', hash(d) == hash(int(d)) if d == int(d) else 'n/a')
    # expect: 0 True True True
    # expect: -0 True True True
    # expect: 1 True True True
    # expect: -1 True True True
    # expect: 1.5 True True n/a
    # expect: 0.1 True n/a n/a
    # expect: 1e30 True n/a True
    # expect: 123456789.125 True True n/a
    # expect: -2.5e-5 True n/a n/a
    # expect: 1E+400 True n/a True
    # expect: 1E-400 True n/a n/a
    # expect: -1E+1000 True n/a True
print(hash(D(7)), hash(D('-1')), hash(D('0.5')), hash(D('1e100')), hash(D('inf')), hash(D('-inf')), hash(D('1.1')))  # expect: 7 -2 1152921504606846976 910685213754167845 314159 -314159 2075258708292324557
print(hash(D('1.0')) == hash(D('1.000')), len({D('1'), D('1.0'), 1, 1.0, F(1)}), {D('0.5'): 'a'}[0.5], {0.25: 'x'}[D('0.25')])  # expect: True 1 a x
try:
    hash(D('sNaN'))
except TypeError as e:
    print(e)  # expect: Cannot hash a signaling NaN value
print(isinstance(hash(D('NaN')), int))  # expect: True
