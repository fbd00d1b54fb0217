# sort / sorted without a key on lists of one kind (ints, floats with nan
# and signed zeros, strs), forward and reversed: stable, CPython's order.
import random
random.seed(3)
nan = float("nan")
xs = [random.random() for _ in range(20)] + [0.5, 0.5, -0.0, 0.0, 1e300, -1e300]
print(sorted(xs) == sorted(xs, key=lambda x: x), sorted(xs)[:3], sorted(xs, reverse=True)[:3])
a = [3, 1, 2, 1, -5, 10**18, -(10**18)]
a.sort(); print(a); a.sort(reverse=True); print(a)
s = ["b", "a", "é", "A", "", "ab"]
print(sorted(s), sorted(s, reverse=True))
z = [0.0, -0.0, 0.0, -0.0]
print([str(v) for v in sorted(z)], [str(v) for v in sorted(z, reverse=True)])
m = [1.0, nan, 0.5, 2.0]
print(sorted(m))
print(sorted([True, 1, 0, False]), sorted([2, 1.5, 1]), sorted([]))
# expect: True [-1e+300, -0.0, 0.0] [1e+300, 0.9956448355104628, 0.8680453071432968]
# expect: [-1000000000000000000, -5, 1, 1, 2, 3, 1000000000000000000]
# expect: [1000000000000000000, 3, 2, 1, 1, -5, -1000000000000000000]
# expect: ['', 'A', 'a', 'ab', 'b', 'é'] ['é', 'b', 'ab', 'a', 'A', '']
# expect: ['0.0', '-0.0', '0.0', '-0.0'] ['0.0', '-0.0', '0.0', '-0.0']
# expect: [1.0, nan, 0.5, 2.0]
# expect: [0, False, True, 1] [1, 1.5, 2] []
