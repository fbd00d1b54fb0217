class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __sub__(self, o):
        return Money(self.cents - o.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __floordiv__(self, k):
        return "floordiv"
    def __mod__(self, k):
        return Money(self.cents % k)
    def __pow__(self, k):
        return "pow" + str(k)
    def __neg__(self):
        return Money(-self.cents)
    def __pos__(self):
        return self
    def __abs__(self):
        return Money(abs(self.cents))
    def __iadd__(self, o):
        self.cents += o.cents * 100
        return self
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __hash__(self):
        return hash(self.cents)
a, b = Money(150), Money(50)
print(a + b, a - b, a * 2, 3 * b, a / 4, a // 2, a % 7, a ** 2)  # expect: Money(200) Money(100) Money(300) Money(150) Money(37) floordiv Money(3) pow2
print(-a, +a, abs(Money(-5)))  # expect: Money(-150) Money(150) Money(5)
print(a + 1)  # expect: Money(151)
print(1 + a)  # expect: radd 1
# expect: Money(151)
print(sum([a, b], Money(0)))  # expect: Money(200)
print(sum([a, b]))  # expect: radd 0
# expect: Money(200)
c = a
c += Money(1)
print(c, a, c is a)  # expect: Money(250) Money(250) True
print(a > b, a >= b, b < a, a == Money(250), a != b)  # expect: True True True True True
print(sorted([a, b, Money(7)]), max(a, b), min([b, a]))  # expect: [Money(7), Money(50), Money(250)] Money(250) Money(50)
try:
    a + "x"
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for +: 'Money' and 'str'
try:
    "x" - a
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for -: 'str' and 'Money'
class V:
    def __init__(self, x):
        self.x = x
    def __and__(self, o): return V(self.x & o.x)
    def __or__(self, o): return V(self.x | o.x)
    def __xor__(self, o): return V(self.x ^ o.x)
    def __lshift__(self, n): return V(self.x << n)
    def __rshift__(self, n): return V(self.x >> n)
    def __invert__(self): return V(~self.x)
    def __gt__(self, o): return "gt called"
    def __index__(self): return self.x
print((V(12) & V(10)).x, (V(12) | V(3)).x, (V(5) ^ V(1)).x, (V(1) << 4).x, (V(64) >> 2).x, (~V(0)).x)  # expect: 8 15 4 16 16 -1
print(V(1) > V(2), V(1) < V(2))  # expect: gt called gt called
print([10, 20, 30][V(1)], hex(V(255)), bin(V(2)))  # expect: 20 0xff 0b10
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)  # expect: '<=' not supported between instances of 'V' and 'V'
class E:
    def __eq__(self, o):
        return "custom"
print(E() == 1, E() != 1)  # expect: custom False
