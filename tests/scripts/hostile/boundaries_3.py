# Hostile inputs (tests/hostile/cases.tsv, p40, p41, p42, p43, p44, p45, p46, p47, p49, p50, p51, p52, p53, p54, p55): Boundary values in conversions, indexing, slicing and arithmetic: the
# CPython result or exception, never an internal error.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('p40')
try:
    import math; print(math.floor(1e300) % 1000, math.ceil(-1e19), math.trunc(1e19))
except Exception as e:
    show(e)

print('p41')
try:
    import math; math.floor(float('inf'))
except Exception as e:
    show(e)

print('p42')
try:
    round(float('nan'))
except Exception as e:
    show(e)

print('p43')
try:
    round(float('inf'))
except Exception as e:
    show(e)

print('p44')
try:
    print(round(1e19), round(-1e300) % 1000, round(2.5e18))
except Exception as e:
    show(e)

print('p45')
try:
    1e308 ** 2
except Exception as e:
    show(e)

print('p46')
try:
    2.0 ** 10000
except Exception as e:
    show(e)

print('p47')
try:
    import math; math.ldexp(1.0, 10**20)
except Exception as e:
    show(e)

print('p49')
try:
    import math; math.pow(10, 400)
except Exception as e:
    show(e)

print('p50')
try:
    import math; math.exp(1000)
except Exception as e:
    show(e)

print('p51')
try:
    float.fromhex('0x1p99999')
except Exception as e:
    show(e)

print('p52')
try:
    print(float.fromhex('0x1p-99999999999999999999'))
except Exception as e:
    show(e)

print('p53')
try:
    float('inf').as_integer_ratio()
except Exception as e:
    show(e)

print('p54')
try:
    (2**64).to_bytes(8, 'big')
except Exception as e:
    show(e)

print('p55')
try:
    (-1).to_bytes(1, 'big')
except Exception as e:
    show(e)

# expect: p40
# expect: 160 -10000000000000000000 10000000000000000000
# expect: p41
# expect: OverflowError: cannot convert float infinity to integer
# expect: p42
# expect: ValueError: cannot convert float NaN to integer
# expect: p43
# expect: OverflowError: cannot convert float infinity to integer
# expect: p44
# expect: 10000000000000000000 840 2500000000000000000
# expect: p45
# expect: OverflowError: (34, 'Numerical result out of range')
# expect: p46
# expect: OverflowError: (34, 'Numerical result out of range')
# expect: p47
# expect: OverflowError: math range error
# expect: p49
# expect: OverflowError: math range error
# expect: p50
# expect: OverflowError: math range error
# expect: p51
# expect: OverflowError: hexadecimal value too large to represent as a float
# expect: p52
# expect: 0.0
# expect: p53
# expect: OverflowError: cannot convert Infinity to integer ratio
# expect: p54
# expect: OverflowError: int too big to convert
# expect: p55
# expect: OverflowError: can't convert negative int to unsigned
