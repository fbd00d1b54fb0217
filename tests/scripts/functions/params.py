def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))  # expect: (1, 2, (), 3, 4, {})
print(f(1, 5, 6, 7, c=3, d=8, e=9))  # expect: (1, 5, (6, 7), 3, 8, {'e': 9})
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))  # expect: (1, 2, (3,), 0, 4, {'z': 1})
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))  # expect: 6 6
def kwonly(*, key="k"):
    return key
print(kwonly(), kwonly(key="v"))  # expect: k v
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []))  # expect: [1, 2] [1, 2] [3]
counter = 0
def make():
    global counter
    counter += 1
    return counter
def dflt(v=make()):
    return v
print(dflt(), dflt(), counter)  # expect: 1 1 1
def no_return():
    x = 1
print(no_return())  # expect: None
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c)  # expect: 1 two [3]
def star_only(*args):
    return len(args), args
print(star_only(), star_only(*range(3), 9))  # expect: (0, ()) (4, (0, 1, 2, 9))
def kw_all(**kw):
    return sorted(kw.items())
print(kw_all(b=1, a=2), kw_all(**{"x": 0}, y=1))  # expect: [('a', 2), ('b', 1)] [('x', 0), ('y', 1)]
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1))  # expect: [1, 's']
print(f.__name__, annotated.__name__)  # expect: f annotated
def doc():
    "Docstring here."
    return 0
print(doc.__doc__)  # expect: Docstring here.
try:
    f()
except TypeError as e:
    print(e)  # expect: f() missing 1 required positional argument: 'a'
try:
    f(1)
except TypeError as e:
    print(e)  # expect: f() missing 1 required keyword-only argument: 'c'
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)  # expect: g() takes 2 positional arguments but 3 were given
try:
    kwonly(bad=1)
except TypeError as e:
    print(e)  # expect: kwonly() got an unexpected keyword argument 'bad'
try:
    f(1, a=1, c=2)
except TypeError as e:
    print(e)  # expect: f() got multiple values for argument 'a'
try:
    g(x=1, y=2, z=3)
except TypeError as e:
    print(e)  # expect: g() got some positional-only arguments passed as keyword arguments: 'x'
def two(a, b):
    return a - b
try:
    two(1)
except TypeError as e:
    print(e)  # expect: two() missing 1 required positional argument: 'b'
try:
    two()
except TypeError as e:
    print(e)  # expect: two() missing 2 required positional arguments: 'a' and 'b'
print(two(b=1, a=10))  # expect: 9
