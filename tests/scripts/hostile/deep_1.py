# Hostile inputs (tests/hostile/cases.tsv, s07, s08, s09, s10, s11, s12, s13, s14): Deep data and deep source: RecursionError (or the right result), never
# a native stack overflow.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('s07')
try:
    import re; print(re.match('a{1000000000}', 'aaa'))
except Exception as e:
    show(e)
x = y = None

print('s08')
try:
    import re; print(re.match('((a{1000}){1000}){1000}', 'a'))
except Exception as e:
    show(e)
x = y = None

print('s09')
try:
    import re; print(bool(re.match('.*?x', 'a' * 1000000 + 'x')))
except Exception as e:
    show(e)
x = y = None

print('s10')
try:
    import functools; x = functools.reduce(lambda a, _: [a], range(30000), []); repr(x)
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s11')
try:
    import functools; x = functools.reduce(lambda a, _: {'k': a}, range(30000), {}); repr(x)
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s12')
try:
    import functools; x = functools.reduce(lambda a, _: (a,), range(30000), ()); str(x)
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s13')
try:
    import functools; x = functools.reduce(lambda a, _: [a], range(30000), []); import json; json.dumps(x)
except Exception as e:
    show(e)
x = y = None

print('s14')
try:
    import functools; x = functools.reduce(lambda a, _: {'k': a}, range(30000), {}); import json; json.dumps(x)
except Exception as e:
    show(e)
x = y = None

# expect: s07
# expect: None
# expect: s08
# expect: None
# expect: s09
# expect: True
# expect: s10
# expect: RecursionError
# expect: s11
# expect: RecursionError
# expect: s12
# expect: RecursionError
# expect: s13
# expect: RecursionError: maximum recursion depth exceeded while encoding a JSON object
# expect: s14
# expect: RecursionError: maximum recursion depth exceeded while encoding a JSON object
