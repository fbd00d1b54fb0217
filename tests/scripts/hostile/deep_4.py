# Hostile inputs (tests/hostile/cases.tsv, s50, s54, s56, s59, s60, s61, s62, s70): Deep data and deep source: RecursionError (or the right result), never
# a native stack overflow.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('s50')
try:
    eval('await ' * 100000 + '1')
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s54')
try:
    eval('x' + ' = x' * 100000)
except Exception as e:
    show(e)
x = y = None

print('s56')
try:
    eval('f"{' * 100 + '1' + '}"' * 100)
except Exception as e:
    show(e)
x = y = None

print('s59')
try:
    x = []; x.append(x); y = []; y.append(y); x == y
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s60')
try:
    x = []; x.append(x); print(repr(x))
except Exception as e:
    show(e)
x = y = None

print('s61')
try:
    import json; d = {}; d['a'] = d; json.dumps(d)
except Exception as e:
    show(e)
x = y = None

print('s62')
try:
    import copy; x = []; x.append(x); y = copy.deepcopy(x); print(y[0] is y)
except Exception as e:
    show(e)
x = y = None

print('s70')
try:
    import functools, collections; x = functools.reduce(lambda a, _: collections.OrderedDict(k=a), range(30000), 0); repr(x)
except Exception as e:
    print(type(e).__name__)
x = y = None

# expect: s50
# expect: SyntaxError
# expect: s54
# expect: SyntaxError: invalid syntax
# expect: s56
# expect: SyntaxError: f-string: expecting '}'
# expect: s59
# expect: RecursionError
# expect: s60
# expect: [[...]]
# expect: s61
# expect: ValueError: Circular reference detected
# expect: s62
# expect: True
# expect: s70
# expect: RecursionError
