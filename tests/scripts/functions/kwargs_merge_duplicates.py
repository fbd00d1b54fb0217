# A keyword that repeats a key of a `**mapping` in the same call is an error,
# whatever their order; `**` needs a mapping.
def star(*args, **kw):
    return args, kw

def f(a, b=0):
    return a, b

class C:
    def m(self, **kw):
        return kw

print(star(**{"a": 1}, b=2, **{"c": 3}))  # expect: ((), {'a': 1, 'b': 2, 'c': 3})
print(f(**{"a": 1}, b=2))  # expect: (1, 2)
for call in [lambda: star(**{"x": 1}, x=2),
             lambda: star(x=2, **{"x": 1}),
             lambda: star(**{"x": 1}, **{"x": 2}),
             lambda: f(**{"a": 1}, a=2),
             lambda: f(1, **{"b": 1}, b=2),
             lambda: C().m(**{"x": 1}, x=2),
             lambda: print(**{"sep": 1}, sep=2),
             lambda: dict(**{"x": 1}, x=2),
             lambda: star(**[1]),
             lambda: star(**{1: 2})]:
    try:
        print(call())
    except TypeError as e:
        print(e)
# expect: __main__.star() got multiple values for keyword argument 'x'
# expect: __main__.star() got multiple values for keyword argument 'x'
# expect: __main__.star() got multiple values for keyword argument 'x'
# expect: __main__.f() got multiple values for keyword argument 'a'
# expect: __main__.f() got multiple values for keyword argument 'b'
# expect: __main__.C.m() got multiple values for keyword argument 'x'
# expect: print() got multiple values for keyword argument 'sep'
# expect: dict() got multiple values for keyword argument 'x'
# expect: __main__.star() argument after ** must be a mapping, not list
# expect: keywords must be strings
