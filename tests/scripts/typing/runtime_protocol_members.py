from typing import Protocol, runtime_checkable
@runtime_checkable
class HasX(Protocol):
    x: int
@runtime_checkable
class HasXAndClose(Protocol):
    x: int
    def close(self): ...
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class Empty:
    pass
class PropX:
    @property
    def x(self):
        return 1
class ClassX:
    x = 1
class InstX:
    def __init__(self):
        self.x = 1
class XClose(InstX):
    def close(self):
        pass
class NoneClose:
    x = 1
    close = None
class Nominal(HasX):
    def __init__(self):
        self.x = 2
objs = [Empty(), PropX(), ClassX(), InstX(), XClose(), NoneClose(), Nominal()]
for proto in (HasX, HasXAndClose, Closer):
    print(proto.__name__, [isinstance(o, proto) for o in objs])  # expect: HasX [False, True, True, True, True, True, True]
# expect: HasXAndClose [False, False, False, False, True, False, False]
# expect: Closer [False, False, False, False, True, False, False]
for proto in (HasX, HasXAndClose, Closer):
    print(proto.__name__, [isinstance(o, proto) for o in objs])  # expect: HasX [False, True, True, True, True, True, True]
# expect: HasXAndClose [False, False, False, False, True, False, False]
# expect: Closer [False, False, False, False, True, False, False]
print(issubclass(XClose, Closer), issubclass(Empty, Closer), issubclass(NoneClose, Closer))  # expect: True False False
try:
    issubclass(InstX, HasXAndClose)
except TypeError as e:
    print(e)
print(Nominal().x, isinstance(Nominal(), Nominal))  # expect: 2 True
try:
    issubclass(Nominal, HasX)
except TypeError as e:
    print(e)  # expect: Protocols with non-method members don't support issubclass()
late = Empty()
late.x = 5
print(isinstance(late, HasX), isinstance(Empty(), HasX))  # expect: True False
