x = 10
x += 5; print(x)  # expect: 15
x -= 3; print(x)  # expect: 12
x *= 2; print(x)  # expect: 24
x //= 5; print(x)  # expect: 4
x **= 3; print(x)  # expect: 64
x %= 10; print(x)  # expect: 4
x /= 8; print(x)  # expect: 0.5
y = 0b1100
y &= 0b1010; print(y)  # expect: 8
y |= 1; print(y)  # expect: 9
y ^= 0xF; print(y)  # expect: 6
y <<= 4; print(y)  # expect: 96
y >>= 2; print(y)  # expect: 24
s = "ab"
s += "cd"; s *= 2; print(s)  # expect: abcdabcd
l = [1]
l2 = l
l += [2]; print(l, l2, l is l2)  # expect: [1, 2] [1, 2] True
t = (1,)
t2 = t
t += (2,); print(t, t2)  # expect: (1, 2) (1,)
d = {"k": 1}
d["k"] += 10; print(d)  # expect: {'k': 11}
class P: pass
p = P(); p.v = 1
p.v *= 7; print(p.v)  # expect: 7
m = [[1, 2], [3, 4]]
m[1][0] -= 10; print(m)  # expect: [[1, 2], [-7, 4]]
m[0][0:1] += [9]; print(m)  # expect: [[1, 9, 2], [-7, 4]]
