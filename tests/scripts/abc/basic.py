import abc
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())
print(type(Shape) is ABCMeta, sorted(Shape.__abstractmethods__))  # expect: True ['area', 'perimeter']
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class FullSquare(Square):
    def perimeter(self):
        return 4 * self.s
print(sorted(Square.__abstractmethods__), FullSquare.__abstractmethods__)  # expect: ['perimeter'] frozenset()
print(FullSquare(3).describe(), FullSquare(3).perimeter())  # expect: FullSquare with area 9 12
print(isinstance(FullSquare(1), Shape), issubclass(FullSquare, Shape), issubclass(int, Shape))  # expect: True True False
try:
    Shape()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Shape with abstract methods area, perimeter
try:
    Square(2)
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Square with abstract method perimeter
class Plain(metaclass=ABCMeta):
    pass
print(Plain.__abstractmethods__, isinstance(Plain(), Plain))  # expect: frozenset() True
class MyABC(ABC):
    pass
MyABC.register(tuple)
print(issubclass(tuple, MyABC), isinstance((1,), MyABC), isinstance([], MyABC))  # expect: True True False
@MyABC.register
class Other:
    pass
print(Other.__name__, issubclass(Other, MyABC), isinstance(Other(), MyABC))  # expect: Other True True
class Sub(Other):
    pass
print(issubclass(Sub, MyABC))  # expect: True
print(MyABC.register(tuple) is tuple)  # expect: True
try:
    MyABC.register(5)
except TypeError as e:
    print(e)  # expect: Can only register classes
class Child(MyABC):
    pass
try:
    Child.register(MyABC)
except RuntimeError as e:
    print(e)  # expect: Refusing to create an inheritance cycle
try:
    issubclass(5, MyABC)
except TypeError as e:
    print(e)  # expect: issubclass() arg 1 must be a class
t1 = abc.get_cache_token()
class Another(ABC):
    pass
Another.register(int)
print(abc.get_cache_token() != t1)  # expect: True
class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            if any('quack' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
class Duck:
    def quack(self):
        pass
class Robot(Duck):
    pass
print(issubclass(Duck, Hooked), isinstance(Robot(), Hooked), issubclass(int, Hooked))  # expect: True True False
class SubHooked(Hooked):
    pass
print(issubclass(Duck, SubHooked))  # expect: False
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__len__')
print(issubclass(list, Sized2), issubclass(int, Sized2))  # expect: True False
class Base(ABC):
    @abstractmethod
    def a(self):
        pass
class Impl(Base):
    pass
Impl.a = lambda self: 1
try:
    Impl()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Impl with abstract method a
abc.update_abstractmethods(Impl)
print(Impl().a(), Impl.__abstractmethods__)  # expect: 1 frozenset()
class NoAbc:
    pass
print(abc.update_abstractmethods(NoAbc) is NoAbc)  # expect: True
def f():
    pass
print(abstractmethod(f) is f, f.__isabstractmethod__)  # expect: True True
print(ABC.__slots__)  # expect: ()
class Meta2(ABCMeta):
    pass
class WithMeta2(metaclass=Meta2):
    @abstractmethod
    def go(self):
        pass
print(type(WithMeta2).__name__, WithMeta2.__abstractmethods__)  # expect: Meta2 frozenset({'go'})
class Multi(ABC):
    @abstractmethod
    def z(self):
        pass
    @abstractmethod
    def a(self):
        pass
    @abstractmethod
    def m(self):
        pass
try:
    Multi()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Multi with abstract methods a, m, z
