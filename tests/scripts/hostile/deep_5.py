# Hostile inputs (tests/hostile/cases.tsv, s71, s73, s78, s85, s87, s92, s97): Deep data and deep source: RecursionError (or the right result), never
# a native stack overflow.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('s71')
try:
    import functools; x = functools.reduce(lambda a, _: frozenset([a]), range(30000), frozenset()); hash(x)
except Exception as e:
    show(e)
x = y = None

print('s73')
try:
    '{:{:{:{}}}}'.format(1, 2, 3, 4)
except Exception as e:
    show(e)
x = y = None

print('s78')
try:
    import functools; x = functools.reduce(lambda a, _: frozenset([a]), range(3 * 10**4), frozenset()); del x; print('ok')
except Exception as e:
    show(e)
x = y = None

print('s85')
try:
    import functools; x = functools.reduce(lambda a, _: (lambda: a), range(3 * 10**4), 0); del x; print('ok')
except Exception as e:
    show(e)
x = y = None

print('s87')
try:
    import functools; x = functools.reduce(lambda a, _: enumerate(a), range(3 * 10**4), [1]); del x; print('ok')
except Exception as e:
    show(e)
x = y = None

print('s92')
try:
    import functools; x = functools.reduce(lambda a, _: property(a), range(3 * 10**4), None); del x; print('ok')
except Exception as e:
    show(e)
x = y = None

print('s97')
try:
    import functools; L = type('L', (list,), {}); x = functools.reduce(lambda a, _: L([a]), range(30000), 0); repr(x)
except Exception as e:
    print(type(e).__name__)
x = y = None

# expect: s71
# expect: s73
# expect: ValueError: Max string recursion exceeded
# expect: s78
# expect: ok
# expect: s85
# expect: ok
# expect: s87
# expect: ok
# expect: s92
# expect: ok
# expect: s97
# expect: RecursionError
