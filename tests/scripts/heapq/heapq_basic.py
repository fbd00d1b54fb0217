import heapq
import random

random.seed(12345)
data = [random.randrange(100) for _ in range(25)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)  # expect: [1, 20, 11, 22, 23, 15, 33, 55, 70, 38, 47, 24, 55, 34, 71, 93, 80, 78, 72, 47, 45, 94, 93, 53, 67]
h2 = list(data)
heapq.heapify(h2)
print(h2)  # expect: [1, 20, 11, 22, 23, 15, 33, 38, 55, 45, 47, 24, 55, 34, 71, 80, 72, 78, 70, 47, 93, 94, 93, 53, 67]
print([heapq.heappop(h2) for _ in range(10)])  # expect: [1, 11, 15, 20, 22, 23, 24, 33, 34, 38]
print(h2)  # expect: [45, 47, 53, 55, 47, 55, 71, 72, 70, 80, 93, 67, 78, 94, 93]
print(heapq.heapreplace(h2, 50), heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 99))  # expect: 45 1 47
print(h2)  # expect: [47, 50, 53, 55, 80, 55, 71, 72, 70, 99, 93, 67, 78, 94, 93]
print(sorted(data) == [heapq.heappop(h) for _ in range(len(h))], h)  # expect: True []

# tuples: ties broken by the second field
tasks = []
for pri, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (3, 'test')]:
    heapq.heappush(tasks, (pri, name))
print(tasks)  # expect: [(1, 'coffee'), (1, 'plan'), (2, 'code'), (3, 'write'), (3, 'test')]
print([heapq.heappop(tasks)[1] for _ in range(5)])  # expect: ['coffee', 'plan', 'code', 'test', 'write']

# nlargest / nsmallest equal sorted(...)[:n], stable for equal keys
words = ['pear', 'fig', 'apple', 'kiwi', 'plum', 'date', 'banana', 'lime']
print(heapq.nlargest(3, words), heapq.nsmallest(3, words))  # expect: ['plum', 'pear', 'lime'] ['apple', 'banana', 'date']
print(heapq.nlargest(4, words, key=len), heapq.nsmallest(4, words, key=len))  # expect: ['banana', 'apple', 'pear', 'kiwi'] ['fig', 'pear', 'kiwi', 'plum']
print(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, iter(words)), heapq.nlargest(0, words))  # expect: ['banana'] ['apple'] []
print(heapq.nlargest(20, [3, 1, 2]), heapq.nsmallest(2, iter([5, 4, 4, 1, 9])), heapq.nsmallest(3, []))  # expect: [3, 2, 1] [1, 4] []
print(heapq.nlargest(3, iter(range(100)), key=lambda v: v % 10))  # expect: [9, 19, 29]

# merge
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))  # expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))  # expect: [9, 8, 5, 2, 1]
print(list(heapq.merge(['a', 'BB', 'ccc'], ['dd', 'E'], key=len)))  # expect: ['a', 'BB', 'dd', 'E', 'ccc']
print(list(heapq.merge([(1, 'x'), (2, 'y')], [(1, 'z')], key=lambda p: p[0])))  # expect: [(1, 'x'), (1, 'z'), (2, 'y')]
print(list(heapq.merge()), list(heapq.merge([], [1], [])))  # expect: [] [1]
m = heapq.merge([1, 3], [2])
print(next(m), next(m), list(m))  # expect: 1 2 [3]

for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush((), 1), lambda: heapq.heappop(()),
            lambda: heapq.heapify('abc'), lambda: heapq.heappush([1, 'a'], 'b')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
        # expect: IndexError index out of range
        # expect: IndexError index out of range
        # expect: TypeError heappush() argument 1 must be list, not tuple
        # expect: TypeError heappop() argument must be list, not tuple
        # expect: TypeError heapify() argument must be list, not str
        # expect: TypeError '<' not supported between instances of 'str' and 'int'
print(heapq.heappushpop([], 7))  # expect: 7
