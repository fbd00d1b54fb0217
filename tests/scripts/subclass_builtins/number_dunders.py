# The arithmetic dunders of int and float: callable directly, via super()
# in subclasses, and NotImplemented for operands the type does not handle.
print((17).__add__(1), (3).__truediv__(2), (3).__add__(1.5), (3).__mul__("ab"), (2).__rsub__(10), (7).__rpow__(2), (6).__and__(3), (1).__lshift__(4))
print((1.5).__add__(1), (1.5).__radd__(True), (2.0).__rfloordiv__(7), (1.5).__add__("x"), True.__add__(True))
class MyInt(int):
    def __add__(self, o):
        r = super().__add__(o)
        return NotImplemented if r is NotImplemented else MyInt(r + 100)
    def __repr__(self): return f"MyInt({int(self)})"
print(MyInt(1) + 2, 2 + MyInt(1), MyInt(1) + MyInt(2), MyInt(5) - 1, 1.5 + MyInt(1))
class F(float): pass
print(F(1.5) * 2, 3 * F(2.0), type(F(1.5) + 1).__name__)
import functools
print(functools.reduce(int.__add__, [1, 2, 3]), list(map((10).__sub__, [1, 2])), sorted([3, 1], key=(0).__sub__))
print(hasattr(1, "__add__"), hasattr(1.0, "__and__"))
print((2**70).__add__(1), (5).__mod__(0) if False else (5).__mod__(3), (10).__floordiv__(3))
try:
    (5).__mod__(0)
except ZeroDivisionError as e:
    print(e)
# expect: 18 1.5 NotImplemented NotImplemented 8 128 2 16
# expect: 2.5 2.5 3.0 NotImplemented 2
# expect: MyInt(103) 3 MyInt(103) 4 2.5
# expect: 3.0 6.0 float
# expect: 6 [9, 8] [3, 1]
# expect: True False
# expect: 1180591620717411303425 2 3
# expect: integer modulo by zero
