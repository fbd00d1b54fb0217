from array import array, typecodes, ArrayType

print(typecodes, ArrayType is array, array.__name__, array.__module__)  # expect: bBuhHiIlLqQfd True array array
a = array('d', [1, 2.5, -3])
print(a, len(a), a[0], a[-1], a.typecode, a.itemsize)  # expect: array('d', [1.0, 2.5, -3.0]) 3 1.0 -3.0 d 8
print(array('i'), array('u', 'hi'), array('b', b'\x01\xff'), array('d', range(3)), array('f', (0.5, 1)))
# expect: array('i') array('u', 'hi') array('b', [1, -1]) array('d', [0.0, 1.0, 2.0]) array('f', [0.5, 1.0])
print(repr(array('u')), str(array('i', [7])), array('l', array('b', [1, 2])), array('d', array('i', [4])))  # expect: array('u') array('i', [7]) array('l', [1, 2]) array('d', [4.0])
print([array(t).itemsize for t in typecodes])  # expect: [1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8]

# slices are arrays
b = array('i', range(10))
print(b[2:5], b[::3], b[::-1], b[5:2], type(b[1:2]).__name__)  # expect: array('i', [2, 3, 4]) array('i', [0, 3, 6, 9]) array('i', [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]) array('i') array
b[1:3] = array('i', [100, 200, 300])
print(b)  # expect: array('i', [0, 100, 200, 300, 3, 4, 5, 6, 7, 8, 9])
b[::2] = array('i', [0] * 6)
print(b)  # expect: array('i', [0, 100, 0, 300, 0, 4, 0, 6, 0, 8, 0])
del b[0:3]
print(b)  # expect: array('i', [300, 0, 4, 0, 6, 0, 8, 0])
del b[::2]
print(b)  # expect: array('i', [0, 0, 0, 0])
b[len(b):] = array('i', [1, 2])
b[0] = -5
del b[1]
print(b)  # expect: array('i', [-5, 0, 0, 1, 2])

# list-like methods
c = array('h', [3, 1, 4, 1, 5])
c.append(9)
c.extend([2, 6])
c.extend(array('h', [5]))
c.insert(0, 8)
c.insert(-1, 7)
c.insert(100, 0)
print(c, c.count(1), c.index(1), c.index(5, 6), c.index(1, -6, -1) if 1 in c[-6:-1] else None)  # expect: array('h', [8, 3, 1, 4, 1, 5, 9, 2, 6, 7, 5, 0]) 2 2 10 None
print(c.pop(), c.pop(0), c.pop(-2), c)  # expect: 0 8 7 array('h', [3, 1, 4, 1, 5, 9, 2, 6, 5])
c.remove(1)
c.reverse()
print(c, c.tolist(), list(reversed(c)), 4 in c, 42 in c, sum(c))  # expect: array('h', [5, 6, 2, 9, 5, 1, 4, 3]) [5, 6, 2, 9, 5, 1, 4, 3] [3, 4, 1, 5, 9, 2, 6, 5] True False 35
c.fromlist([10, 11])
print(c, [x * 2 for x in c][:3])  # expect: array('h', [5, 6, 2, 9, 5, 1, 4, 3, 10, 11]) [10, 12, 4]

# arithmetic and comparisons
x = array('d', [1.0, 2.0])
y = array('d', [1.0, 3.0])
print(x + y, x * 2, 3 * array('b', [1]), array('i', [1]) * 0, array('i', [1, 2]) * -1)  # expect: array('d', [1.0, 2.0, 1.0, 3.0]) array('d', [1.0, 2.0, 1.0, 2.0]) array('b', [1, 1, 1]) array('i') array('i')
z = array('d', [0.5])
z += array('d', [1.5])
z *= 2
print(z)  # expect: array('d', [0.5, 1.5, 0.5, 1.5])
print(x == y, x != y, x < y, x <= y, x > y, x >= y, x == array('d', [1, 2]))  # expect: False True True True False False True
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('b', [1]) < array('b', [1, 0]), x == [1.0, 2.0])  # expect: True True False
print(array('f', [0.1]) == array('d', [0.1]), array('f', [0.5]) == array('d', [0.5]))  # expect: False True

# iteration, copying
d = array('q', [2 ** 40, -1])
e = d.__copy__()
e[0] = 0
print(d, e, d.__deepcopy__({}) == d, array('q', d) is d, list(iter(d)))  # expect: array('q', [1099511627776, -1]) array('q', [0, -1]) True False [1099511627776, -1]
big = array('d', [0]) * 5
big[3] = 7
print(big, big[3] is not None, sum(big))  # expect: array('d', [0.0, 0.0, 0.0, 7.0, 0.0]) True 7.0
print(array('u', 'abc').tounicode(), array('u', 'xy') + array('u', 'z'))  # expect: abc array('u', 'xyz')
u = array('u', 'ab')
u.fromunicode('cd')
u[0] = 'A'
print(u, u[1:3], u.tolist())  # expect: array('u', 'Abcd') array('u', 'bc') ['A', 'b', 'c', 'd']
