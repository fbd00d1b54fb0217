# Which of __op__ / __rop__ runs: never the reflected method for two operands
# of the same type; a subclass's override of it goes first.
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "radd"
try:
    print(N() + N())
except TypeError as e:
    print("TypeError:", e)
class M(N):
    def __radd__(self, o): return "M.radd"
print(N() + M(), M() + N())
class A:
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
class B(A):
    pass
class C(A):
    def __radd__(self, o): return "C.radd"
print(A() + B(), B() + A(), A() + C(), C() + A(), 1 + A(), A() + 1)
class V:
    def __init__(self, x): self.x = x
    def __sub__(self, o): return V(self.x - o.x) if isinstance(o, V) else NotImplemented
    def __rsub__(self, o): return V(o - self.x)
    def __mul__(self, k): return V(self.x * k)
    __rmul__ = __mul__
print((V(5) - V(2)).x, (10 - V(3)).x, (3 * V(4)).x, (V(4) * 3).x)
# expect: TypeError: unsupported operand type(s) for +: 'N' and 'N'
# expect: M.radd radd
# expect: A.add A.add C.radd A.add A.radd A.add
# expect: 3 7 12 12
