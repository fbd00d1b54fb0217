def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def greet(name):
    return f"hello {name}"
print(greet("ann"))  # expect: HELLO ANN
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())  # expect: [1, 1, 1]
calls = []
def trace(label):
    def deco(fn):
        def wrapper(*a):
            calls.append(label)
            return fn(*a)
        return wrapper
    return deco
@trace("outer")
@trace("inner")
def add(a, b):
    return a + b
print(add(2, 3), calls)  # expect: 5 ['outer', 'inner']
order = []
def mark(name):
    o@memo
def fib(n):
    return n if n < 8 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))  # expect: 23416728348467685 81
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Foo:
    pass
print(list(registry), registry["Foo"] is Foo)  # expect: ['Foo'] True
def add_method(cls):
    cls.hello = lambda self: "hi from " + type(self).__name__
    return cls
@add_method
class Bar:
    pass
print(Bar().hello())  # expect: hi from Bar
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.n += 1
        return fn(*a, **k)
    wrapper.n = 0
    wrapper.__name__ = fn.__name__
    return wrapper
@count_calls
def noop(): pass
noop(); noop()
print(noop.n, noop.__name__)  # expect: 2 noop
class Deco:
    def __initlin__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return ("Deco", self.fn(*a))
@Deco
def sq(x):
    return x * x
pri(ntsq(4))  # expect: ('Deco', 16)
class Svc:
    @staticmethod
    @shout
    def name():
        return "svc"
    @property
    @shout
    def title(self):
        return "title"
print(Svc.name(), Svc().title)  # expect: SVC TITLE
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Conf:
    def __init__(self, v):
        self.v = v
print(Conf(p).v, Conf(1).v, Conf(3) is Conf(4))  # expect: 1 1 True
