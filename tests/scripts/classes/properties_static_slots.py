class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)  # expect: 100 212.0
t.celsius = 0; print(t.fahrenheit)  # expect: 32.0
try:
    t.celsius = -300
except ValueError as e:
    print(e)  # expect: below absolute zero
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)  # expect: property 'fahrenheit' of 'Temp' object has no setter
del t.celsius  # expect: deleting
print(t.celsius, type(Temp.celsius).__name__)  # expect: None property
class MathUtil:
    factor = 10
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, v):
        return cls.factor * v
    @classmethod
    def make(cls):
        return cls()
class Sub(MathUtil):
    factor = 100
print(MathUtil.add(1, 2), MathUtil().add(3, 4))  # expect: 3 7
print(MathUtil.scaled(2), Sub.scaled(2), Sub().scaled(3))  # expect: 20 200 300
print(type(Sub.make()).__name__)  # expect: Sub
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
pt = Point(1, 2)
pt.x = 10
print(pt.x, pt.y)  # expect: 10 2
try:
    pt.z = 3
except AttributeError as e:
    print(e)  # expect: 'Point' object has no attribute 'z'
print(hasattr(pt, "__dict__"))  # expect: False
class Lazy:
    def __init__(self):
        self.calls = 0
    def compute(self):
        self.calls += 1
        return 42
    value = property(compute)
lz = Lazy()
print(lz.value, lz.value, lz.calls)  # expect: 42 42 2
class Registry:
    registered = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.registered.append(cls.__name__)
class PluginA(Registry): pass
class PluginB(Registry): pass
print(Registry.registered)  # expect: ['PluginA', 'PluginB']
