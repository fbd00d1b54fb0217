# Hostile inputs (tests/hostile/cases.tsv, s15, s16, s17, s18, s19, s20, s22, s23): Deep data and deep source: RecursionError (or the right result), never
# a native stack overflow.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('s15')
try:
    import json; json.loads('[' * 100000 + ']' * 100000)
except Exception as e:
    show(e)
x = y = None

print('s16')
try:
    import json; json.loads('{"a":' * 100000 + '1' + '}' * 100000)
except Exception as e:
    show(e)
x = y = None

print('s17')
try:
    import functools; x = functools.reduce(lambda a, _: [a], range(30000), []); y = functools.reduce(lambda a, _: [a], range(30000), []); x == y
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s18')
try:
    import functools; x = functools.reduce(lambda a, _: [a], range(30000), []); y = functools.reduce(lambda a, _: [a], range(30000), []); x < y
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s19')
try:
    import functools; x = functools.reduce(lambda a, _: (a,), range(30000), ()); y = functools.reduce(lambda a, _: (a,), range(30000), ()); x == y
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s20')
try:
    import functools; x = functools.reduce(lambda a, _: {'k': a}, range(30000), {}); y = functools.reduce(lambda a, _: {'k': a}, range(30000), {}); x == y
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s22')
try:
    import functools; x = functools.reduce(lambda a, _: [a], range(30000), []); import pickle; pickle.dumps(x)
except Exception as e:
    print(type(e).__name__)
x = y = None

print('s23')
try:
    import functools; x = functools.reduce(lambda a, _: (a,), range(30000), ()); hash(x)
except Exception as e:
    show(e)
x = y = None

# expect: s15
# expect: RecursionError: maximum recursion depth exceeded while decoding a JSON array from a unicode string
# expect: s16
# expect: RecursionError: maximum recursion depth exceeded while decoding a JSON object from a unicode string
# expect: s17
# expect: RecursionError
# expect: s18
# expect: RecursionError
# expect: s19
# expect: RecursionError
# expect: s20
# expect: RecursionError
# expect: s22
# expect: RecursionError
# expect: s23
