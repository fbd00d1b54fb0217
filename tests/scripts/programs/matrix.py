def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(m):
    return [list(row) for row in zip(*m)]
def show(m):
    for row in m:
        print(" ".join(f"{v:>4}" for v in row))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
# expect:   58   64
# expect:  139  154
show(transpose(A))
# expect:    1    4
# expect:    2    5
# expect:    3    6
print(matmul(A, identity(3)) == A)  # expect: True
try:
    matmul(A, A)
except ValueError as e:
    print(e)  # expect: shape mismatch: 2x3 @ 2x3
def matpow(m, n):
    result = identity(len(m))
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result
print(matpow([[1, 1], [1, 0]], 90)[0][1])  # expect: 2880067194370816120
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[2, 1], [1, 1]]))  # expect: 0 1 1
F = [[0.5, 0.25], [0.125, 1.0]]
show(matmul(F, F))
# expect: 0.28125 0.375
# expect: 0.1875 1.03125
