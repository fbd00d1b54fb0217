t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t))  # expect: (1, 2, 3) 1 3 (2, 3) 3
print(t + (4,), t * 2, (0,) * 3)  # expect: (1, 2, 3, 4) (1, 2, 3, 1, 2, 3) (0, 0, 0)
print(t.index(2), (1, 1, 2).count(1))  # expect: 1 2
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(2)))  # expect: () (1, 2) ('a', 'b') (0, 1)
print(1, 2 == (1, 2), (1, 2) == (1, 2))  # expect: 1 False True
x = 1,
print(x, type(x).__name__)  # expect: (1,) tuple
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), () < (0,))  # expect: True True True
try:
    t[0] = 5
except TypeError as e:
    print(e)  # expect: 'tuple' object does not support item assignment
try:
    t[5]
except IndexError as e:
    print(e)  # expect: tuple index out of range
m = ([1], 2)
m[0].append(3); print(m)  # expect: ([1, 3], 2)
try:
    m[0] += [4]
except TypeError as e:
    print(e)  # expect: 'tuple' object does not support item assignment
print(m)  # expect: ([1, 3, 4], 2)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)])  # expect: True pt
try:
    hash(([1],))
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
print(2 in t, sum(t), max(t), sorted((3, 1, 2)))  # expect: True 6 3 [1, 2, 3]
print(repr(("a",)), str((1.5, None)))  # expect: ('a',) (1.5, None)
