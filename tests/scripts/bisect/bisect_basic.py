import bisect

a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)])  # expect: [0, 0, 1, 4, 5, 5, 6, 6, 6, 7]
print([bisect.bisect_right(a, x) for x in range(10)])  # expect: [0, 1, 4, 5, 5, 6, 6, 6, 7, 7]
print(bisect.bisect(a, 2), bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)  # expect: 4 True True
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3))  # expect: 2 1 3
print(bisect.bisect_left(a, 2, lo=5), bisect.bisect_left(a, 100, 0, -5), bisect.bisect_right([], 1))  # expect: 5 0 0

# key functions apply to the elements, not to x
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))  # expect: 1 3
print(bisect.bisect_left(recs, 0, key=lambda r: r[1]), bisect.bisect_right(recs, 9, key=lambda r: r[1]))  # expect: 0 4

# insort keeps the list sorted and stable
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)  # expect: [1, 1, 2, 4, 5, 5, 6, 9]
c = [(1, 'x'), (2, 'y')]
bisect.insort_left(c, (2, 'a'), key=lambda p: p[0])
bisect.insort_right(c, (1, 'z'), key=lambda p: p[0])
print(c)  # expect: [(1, 'x'), (1, 'z'), (2, 'a'), (2, 'y')]
d = [1.0, 2.5, 2.5]
bisect.insort_left(d, 2.5)
bisect.insort_right(d, 0)
print(d)  # expect: [0, 1.0, 2.5, 2.5, 2.5]

# tuples and strings are sequences too
print(bisect.bisect_left((10, 20, 30), 25), bisect.bisect_right('acegi', 'e'))  # expect: 2 3

# grade example from the docs
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])  # expect: ['F', 'A', 'C', 'C', 'B', 'A', 'A']

for bad in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect_right(a, 1, lo=-3),
            lambda: bisect.insort_left(a, 1, -2), lambda: bisect.bisect_left(None, 1),
            lambda: bisect.insort((1, 2), 3), lambda: bisect.bisect_left(a, 1, 2.5),
            lambda: bisect.bisect_left([1, 'a'], 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
        # expect: ValueError lo must be non-negative
        # expect: ValueError lo must be non-negative
        # expect: ValueError lo must be non-negative
        # expect: TypeError object of type 'NoneType' has no len()
        # expect: AttributeError 'tuple' object has no attribute 'insert'
        # expect: TypeError 'float' object cannot be interpreted as an integer
        # expect: TypeError '<' not supported between instances of 'str' and 'int'
