# Hostile inputs (tests/hostile/cases.tsv, s24, s25, s26, s27, s28, s29, s38, s40): Deep data and deep source: RecursionError (or the right result), never
# a native stack overflow.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('s24')
try:
    import functools; x = functools.reduce(lambda a, _: [a], range(30000), []); y = functools.reduce(lambda a, _: [a], range(30000), []); sorted([x, y])
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s25')
try:
    import functools; x = functools.reduce(lambda a, _: (a,), range(30000), ()); {x: 1}
except Exception as e:
    show(e)
x = y = None

print('s26')
try:
    import functools; x = functools.reduce(lambda a, _: [a], range(30000), []); y = functools.reduce(lambda a, _: [a], range(30000), []); x in [y]
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s27')
try:
    import functools; x = functools.reduce(lambda a, _: [a], range(30000), []); print(x)
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s28')
try:
    import functools; x = functools.reduce(lambda a, _: [a], range(30000), []); f'{x}'
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s29')
try:
    import functools; x = functools.reduce(lambda a, _: [a], range(30000), []); '%s' % (x,)
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s38')
try:
    eval('(' * 100000 + ')' * 100000)
except Exception as e:
    show(e)
x = y = None

print('s40')
try:
    eval('[' * 100000 + ']' * 100000)
except Exception as e:
    show(e)
x = y = None

# expect: s24
# expect: RecursionError
# expect: s25
# expect: s26
# expect: RecursionError
# expect: s27
# expect: RecursionError
# expect: s28
# expect: RecursionError
# expect: s29
# expect: RecursionError
# expect: s38
# expect: SyntaxError: too many nested parentheses
# expect: s40
# expect: SyntaxError: too many nested parentheses
