a, b = 1, 2
a, b = b, a
print(a, b)  # expect: 2 1
(x, y), z = (1, 2), 3
print(x, y, z)  # expect: 1 2 3
first, *rest = [1, 2, 3, 4]
print(first, rest)  # expect: 1 [2, 3, 4]
*init, last = "abc"
print(init, last)  # expect: ['a', 'b'] c
h, *mid, t = range(5)
print(h, mid, t)  # expect: 0 [1, 2, 3] 4
p, *q = [1]
print(p, q)  # expect: 1 []
[m, (n, *o)], k = [1, (2, 3, 4)], 5
print(m, n, o, k)  # expect: 1 2 [3, 4] 5
i = j = [0]
print(i is j)  # expect: True
s1, s2 = "hi"
print(s1, s2)  # expect: h i
d1, d2 = {"k1": 1, "k2": 2}
print(d1, d2)  # expect: k1 k2
lst = [0, 0, 0]
lst[0], lst[2] = 7, 9
print(lst)  # expect: [7, 0, 9]
class O: pass
o = O()
o.a, o.b = "A", "B"
print(o.a + o.b)  # expect: AB
idx = [0, 1]
i2 = 0
i2, idx[i2] = 1, 5
print(i2, idx)  # expect: 1 [0, 5]
for n1, (n2, n3) in [(1, (2, 3)), (4, (5, 6))]:
    print(n1 + n2 + n3)
# expect: 6
# expect: 15
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)  # expect: too many values to unpack (expected 2)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)  # expect: not enough values to unpack (expected 3, got 2)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)  # expect: not enough values to unpack (expected at least 2, got 1)
try:
    a, b = 5
except TypeError as e:
    print(e)  # expect: cannot unpack non-iterable int object
print(*[1, 2], *"ab", sep="-")  # expect: 1-2-a-b
def gen():
    yield 1
    yield 2
g1, g2 = gen()
print(g1, g2)  # expect: 1 2
