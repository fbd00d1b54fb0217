def solve(n):
    solutions = []
    cols = [0] * n
    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c); diag1.add(row - c); diag2.add(row + c)
            place(row + 1, used_cols, diag1, diag2)
            used_cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)
    place(0, set(), set(), set())
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
# expect: 1 1
# expect: 2 0
# expect: 3 0
# expect: 4 2
# expect: 5 10
# expect: 6 4
# expect: 7 40
# expect: 8 92
first = solve(8)[0]
print(first)  # expect: [0, 4, 7, 5, 2, 6, 1, 3]
for r in range(8):
    print("".join("Q" if first[r] == c else "." for c in range(8)))
# expect: Q.......
# expect: ....Q...
# expect: .......Q
# expect: .....Q..
# expect: ..Q.....
# expect: ......Q.
# expect: .Q......
# expect: ...Q....
