class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=py):
            return f"point {px} {py}"
        case Circle(Point(x, y), r=1):
            return f"unit circle at {x},{y}"
        case Circle(center=c, r=r) as whole:
            return f"circle r={r} center.x={c.x} same={whole is shape}"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(0, 4), Point(3, 0), Point(2, 2), Point(1, 5), Circle(Point(1, 2), 1), Circle(Point(7, 8), 3), 42]:
    print(where(s))
# expect: origin
# expect: on y axis at 4
# expect: on an axis
# expect: diagonal 2
# expect: point 1 5
# expect: unit circle at 1,2
# expect: circle r=3 center.x=7 same=True
# expect: unknown
def builtin_cls(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict():
            return "dict"
        case tuple((a, b)):
            return f"pair {a} {b}"
    return "fallthrough"
for v in [True, 5, [9, 8], {}, (1, 2), (1, 2, 3)]:
    print(builtin_cls(v))
# expect: bool True
# expect: int 5
# expect: list starting 9
# expect: dict
# expect: pair 1 2
# expect: fallthrough
RED = "red"
class Colors:
    RED = "r"
    GREEN = "g"
def color(c):
    match c:
        case Colors.RED:
            return "red value"
        case Colors.GREEN:
            return "green value"
        case other:
            return "captured " + other
print(color("r"), color("g"), color(RED))  # expect: red value green value captured red
match (1, [2, (3, 4)]):
    case (a, [b, (c, d)]) if a + b + c + d == 10:
        print("nested", a, b, c, d)  # expect: nested 1 2 3 4
match 5:
    case x:
        pass
print("capture leaks", x)  # expect: capture leaks 5
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)  # expect: Point() accepts 2 positional sub-patterns (3 given)
