def counter(start=0, *, step=1):
    n = start

    def inc():
        nonlocal n
        n += step
        return n

    return inc


class Point(Base):
    dims = 2

    def __init__(self, x, y):
        super().__init__()
        self.x = x
        self.y = y

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


squares = [v * v for v in range(10) if v % 2]
pairs = {k: v for k, v in items}
total = sum(v for v in range(3))
