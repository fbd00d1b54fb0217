import math, collections
print(sum(range(10**5)), min(range(5, 10**4)), max(iter([3, 9, 2])), max([1, 5], [2]), min("bca"), max((1, 2), key=lambda x: -x))
print(sum([0.5, 1]), sum((1, 2), 10), min([], default=7), max(3, 1, 4, key=str))
for f in [lambda: min([]), lambda: max(1), lambda: sum(["a"], ""), lambda: min(1, 2, default=3), lambda: max([1, "a"])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(math.fsum([0.1] * 10), math.fsum(iter([1e308, 1.0, -1e308])), math.prod(range(1, 10)), math.prod([]), math.prod([2, 3], start=2))
print(collections.deque(range(10), maxlen=3), collections.deque(), collections.deque("abc"))
for f in [lambda: math.fsum([1, "a"]), lambda: collections.deque(None), lambda: collections.deque(5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(len(collections.deque(range(10**5), maxlen=2)))

# expect: 4999950000 5 9 [2] a 1
# expect: 1.5 13 7 4
# expect: ValueError min() arg is an empty sequence
# expect: TypeError 'int' object is not iterable
# expect: TypeError sum() can't sum strings [use ''.join(seq) instead]
# expect: TypeError Cannot specify a default for min() with multiple positional arguments
# expect: TypeError '>' not supported between instances of 'str' and 'int'
# expect: 1.0 1.0 362880 1 12
# expect: deque([7, 8, 9], maxlen=3) deque([]) deque(['a', 'b', 'c'])
# expect: TypeError must be real number, not str
# expect: TypeError 'NoneType' object is not iterable
# expect: TypeError 'int' object is not iterable
# expect: 2
