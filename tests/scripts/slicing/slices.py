a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-2:], a[:-8])  # expect: [2, 3, 4] [0, 1, 2] [7, 8, 9] [8, 9] [0, 1]
print(a[::3], a[::-1][:3], a[8:2:-2], a[-1:-4:-1])  # expect: [0, 3, 6, 9] [9, 8, 7] [8, 6, 4] [9, 8, 7]
print(a[100:], a[-100:2], a[5:2], a[::-100])  # expect: [] [0, 1] [] [9]
print(a[slice(1, 4)], a[slice(None, None, 5)], slice(1, 2, 3))  # expect: [1, 2, 3] [0, 5] slice(1, 2, 3)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5))  # expect: 1 10 2 (1, 5, 2)
b = [0, 1, 2, 3, 4]
b[1:3] = ["a", "b", "c"]; print(b)  # expect: [0, 'a', 'b', 'c', 3, 4]
b[1:4] = []; print(b)  # expect: [0, 3, 4]
b[1:1] = [8, 9]; print(b)  # expect: [0, 8, 9, 3, 4]
b[:] = "xy"; print(b)  # expect: ['x', 'y']
b[len(b):] = [1, 2, 3, 4]; print(b)  # expect: ['x', 'y', 1, 2, 3, 4]
b[::2] = [0, 0, 0]; print(b)  # expect: [0, 'y', 0, 2, 0, 4]
b[::-2] = "abc"; print(b)  # expect: [0, 'c', 0, 'b', 0, 'a']
try:
    b[::2] = [1]
except ValueError as e:
    print(e)  # expect: attempt to assign sequence of size 1 to extended slice of size 3
del b[::2]; print(b)  # expect: ['c', 'b', 'a']
del b[:1]; print(b)  # expect: ['b', 'a']
t = tuple(range(6))
print(t[1::2], "hello"[1:-1:2], b"bytes"[::-1])  # expect: (1, 3, 5) el b'setyb'
c = a[:]
c[0] = 99; print(a[0], c[0])  # expect: 0 99
try:
    a[::0]
except ValueError as e:
    print(e)  # expect: slice step cannot be zero
