a = [1, 2, 3]
print(a + [4], a * 2, [0] * 3, 2 * [None])  # expect: [1, 2, 3, 4] [1, 2, 3, 1, 2, 3] [0, 0, 0] [None, None]
print(len(a), a[0], a[-1], 2 in a, 5 not in a)  # expect: 3 1 3 True True
a[1] = 20; a[-1] = 30; print(a)  # expect: [1, 20, 30]
grid = [[0] * 2] * 2
grid[0][0] = 1; print(grid)  # expect: [[1, 0], [1, 0]]
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1; print(grid)  # expect: [[1, 0], [0, 0]]
b = a
b.append(4); print(a)  # expect: [1, 20, 30, 4]
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)))  # expect: [] ['a', 'b'] [1, 2] ['k'] [0, 1, 2]
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1])  # expect: True True
print(max([3, 9, 2]), min([3, 9, 2]), sum([3, 9, 2]))  # expect: 9 2 14
r = [1, 2]
r.append(r); print(r)  # expect: [1, 2, [...]]
try:
    a[10]
except IndexError as e:
    print(e)  # expect: list index out of range
try:
    a[10] = 1
except IndexError as e:
    print(e)  # expect: list assignment index out of range
try:
    a["x"]
except TypeError as e:
    print(e)  # expect: list indices must be integers or slices, not str
nested = [[3, 4], [1, 2]]
nested.sort(); print(nested)  # expect: [[1, 2], [3, 4]]
print([x for x in reversed(a)], a[::-1])  # expect: [4, 30, 20, 1] [4, 30, 20, 1]
e = []
for i in range(3):
    e += [i]
print(e, e.__len__())  # expect: [0, 1, 2] 3
print([1, 2, 3] < [1, 2, 4], [] < [0], [2] > [1, 9])  # expect: True True True
