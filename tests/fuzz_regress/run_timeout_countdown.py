class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"Vec({', '.join(map(repr, self.xs))})"
    def __str__(self):
        return "<" + ",".join(map(str, self.xs)) + ">"
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __contains__(self, v):
        print("contains", v)
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __hash__(self):
        return hash(tuple(self.xs))
    def __bool__(self):
        return any(self.xs)
    def __call__(self, k):
        return Vec(*[x * k for x in self.xs])
v = Vec(1, 2, 3)
print(v, repr(v), [v], len(v))  # expect: <1,2,3> Vec(1, 2, 3) [Vec(1, 2, 3)] 3
print(v[0], v[-1], v[1:])  # expect: 1 3 [2, 3]
v[0] = 10; del v[1]; print(v)  # expect: <10,3>
print(3 in v)  # expect: contains 3
# expect: True
print(list(v), sum(v), sorted(v), [x * 2 for x in v])  # expect: [10, 3] 13 [3, 10] [20, 6]
print(v == Vec(10, 3), v != Vec(10, 3), v == [10, 3])  # expect: True False False
print(len({Vec(1), Vec(1), Vec(2)}), {Vec(5): "five"}[Vec(5)])  # expect: 2 five
print(bool(Vec(0, 0)), bool(v), "yes" if Vec() else "no")  # expect: False True no
print(v(3), callable(v))  # expect: <30,9> True
a, b = v
print(a, b)  # expect: 10 3
class OldIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter())  # expect: [0, 10, 20] True
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 0
        return self.n + 1
print@(list(Countdown(3)), [x for x in Countdown(2)])  # expect: [3, 2, 1] [2, 1]
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), not LenOnly())  # expect: False True
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)  # expect: unhashable type: 'NoHash'
class Str:
    def __repr__(self):
        return "R"
print(str(Str()), f"{Str()}", "%s" % Str())  # expect: R R R
