print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))  # expect: [0, 1, 2, 3, 4] [2, 3, 4] [0, 3, 6, 9]
print(list(range(5, 0, -1)), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))  # expect: [5, 4, 3, 2, 1] [5, 3, 1] [] []
print(range(5), range(1, 5), range(1, 5, 2))  # expect: range(0, 5) range(1, 5) range(1, 5, 2)
r = range(0, 20, 5)
print(len(r), r[1], r[-1], 10 in r, 11 in r)  # expect: 4 5 15 True False
print(r[1:3], r[::-1], list(r[::-1]))  # expect: range(5, 15, 5) range(15, -5, -5) [15, 10, 5, 0]
print(r.index(15), r.count(5), r.start, r.stop, r.step)  # expect: 3 1 0 20 5
print(range(0, 3) == range(0, 3), range(0) == range(5, 5))  # expect: True True
print(range(10**20)[-1], 10**19 in range(10**20))  # expect: 99999999999999999999 True
try:
    len(range(10**20))
except OverflowError as e:
    print("OverflowError")  # expect: OverflowError
print(sum(range(101)), list(reversed(range(3))))  # expect: 5050 [2, 1, 0]
print(list(range(-3, 3)), list(range(-1, -8, -3)))  # expect: [-3, -2, -1, 0, 1, 2] [-1, -4, -7]
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)  # expect: range() arg 3 must not be zero
try:
    range(1.5)
except TypeError as e:
    print(e)  # expect: 'float' object cannot be interpreted as an integer
try:
    range(3)[3]
except IndexError as e:
    print(e)  # expect: range object index out of range
