# The descriptor protocol: __get__ on instance and class access, data
# descriptors (__set__/__delete__) ahead of the instance dict, non-data ones
# behind it (a caching descriptor), __set_name__ at class creation.
class D:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return ("class access", owner.__name__)
        return ("get", self.name, obj.__dict__.get("_" + self.name))
    def __set__(self, obj, v):
        obj.__dict__["_" + self.name] = v * 2
    def __delete__(self, obj):
        del obj.__dict__["_" + self.name]
class H:
    d = D()
h = H()
print(H.d, h.d)
h.d = 5
print(h.d, h._d)
del h.d
print(h.d)
class NonData:
    def __get__(self, obj, owner=None):
        return 42
class J:
    n = NonData()
j = J()
print(j.n)
j.n = 1
print(j.n, J.n)
class cached:
    def __init__(self, f):
        self.f = f
        self.name = f.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.name] = v
        return v
class Calc:
    calls = 0
    @cached
    def total(self):
        Calc.calls += 1
        return 41 + 1
c = Calc()
print(c.total, c.total, Calc.calls, type(Calc.total).__name__)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.private[1:]} must be {self.kind.__name__}")
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
class Employee(Person):
    pass
e = Employee("ann", 30)
print(e.name, e.age, sorted(vars(e)), Person.name.owner, Person.age.private)
try:
    e.age = "old"
except TypeError as err:
    print("TypeError:", err)
class Const:
    def __get__(self, obj, owner):
        return 7
    def __delete__(self, obj):
        print("delete called")
class W:
    k = Const()
w = W()
del w.k
try:
    w.k = 3
except AttributeError as err:
    print("AttributeError:", err)
print(w.k)
# expect: ('class access', 'H') ('get', 'd', None)
# expect: ('get', 'd', 10) 10
# expect: ('get', 'd', None)
# expect: 42
# expect: 1 42
# expect: 42 42 1 cached
# expect: ann 30 ['_age', '_name'] Person _age
# expect: TypeError: age must be int
# expect: delete called
# expect: AttributeError: __set__
# expect: 7
