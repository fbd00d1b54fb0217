x: int = 5
y: "str"
class A:
    a: int
    b: list[int] = []
    def f(self, p: int, *args: str, q: float = 1.0, **kw: bool) -> None: pass
class B(A):
    pass
print(__annotations__)
print(A.__annotations__["a"], B.__annotations__)
print(A.f.__annotations__)
def g(): pass
print(g.__annotations__)
for i in range(1):
    z: int = 3
print(__annotations__)
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, P(1, 2) == P(1, 2))

# The output, in order:
# expect: {'x': <class 'int'>, 'y': 'str'}
# expect: <class 'int'> {}
# expect: {'p': <class 'int'>, 'args': <class 'str'>, 'q': <class 'float'>, 'kw': <class 'bool'>, 'return': None}
# expect: {}
# expect: {'x': <class 'int'>, 'y': 'str', 'z': <class 'int'>}
# expect: P(x=1, y=0, tags=[]) True
