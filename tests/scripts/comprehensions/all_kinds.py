print([x * x for x in range(5)])  # expect: [0, 1, 4, 9, 16]
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])  # expect: [0, 6, 12, 18]
print([(x, y) for x in range(3) for y in range(x)])  # expect: [(1, 0), (2, 0), (2, 1)]
print([[x * y for y in range(1, 4)] for x in range(1, 3)])  # expect: [[1, 2, 3], [2, 4, 6]]
print([c for w in ["ab", "cd"] for c in w if c != "c"])  # expect: ['a', 'b', 'd']
print({x: x ** 2 for x in range(4)})  # expect: {0: 0, 1: 1, 2: 4, 3: 9}
print({k: v for k, v in zip("abc", range(3)) if v})  # expect: {'b': 1, 'c': 2}
print({x % 4 for x in range(10)})  # expect: {0, 1, 2, 3}
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc"]))  # expect: 5050 3
g = (x * 2 for x in range(3))
print(type(g).__name__, list(g), list(g))  # expect: generator [0, 2, 4] []
print([x if x % 2 else -x for x in range(5)])  # expect: [0, 1, -2, 3, -4]
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [v for row in matrix for v in row])  # expect: [[1, 4], [2, 5], [3, 6]] [1, 2, 3, 4, 5, 6]
x = "outer"
print([x for x in "ab"], x)  # expect: ['a', 'b'] outer
print([i for i in range(3)] + [j for j in range(2)])  # expect: [0, 1, 2, 0, 1]
try:
    print(i)
except NameError as e:
    print(e)  # expect: name 'i' is not defined
n = 3
print([[n * r + c for c in range(n)] for r in range(n)])  # expect: [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})  # expect: True
print(dict((k, len(k)) for k in ["aa", "b"]), tuple(c.upper() for c in "xy"))  # expect: {'aa': 2, 'b': 1} ('X', 'Y')
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))  # expect: True False
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)  # expect: [2, 4]
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])  # expect: [2, 2, 2]
print([[c for c in row if c] for row in [[0, 1], [2, 0]]])  # expect: [[1], [2]]
print(sorted({w.lower() for w in "The the THE a".split()}))  # expect: ['a', 'the']
