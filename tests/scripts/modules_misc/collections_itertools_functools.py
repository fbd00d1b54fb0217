from collections import Counter, defaultdict, deque, OrderedDict, namedtuple
import itertools
import functools
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"])  # expect: [('a', 5), ('b', 2)] 5 0
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd), dd["new"], len(dd))  # expect: {'x': [1, 3], 'y': [2]} [] 3
dq = deque([1, 2, 3], maxlen=3)
dq.append(4); dq.appendleft(0)
print(dq)  # expect: deque([0, 2, 3], maxlen=3)
print(dq.popleft(), dq.pop(), dq)  # expect: 0 3 deque([2], maxlen=3)
dq.rotate(1)
print(list(dq))  # expect: [2]
P = namedtuple("P", ["x", "y"])
p = P(1, y=2)
print(p, p.x + p.y, p._replace(x=5), tuple(p))  # expect: P(x=1, y=2) 3 P(x=5, y=2) (1, 2)
print(list(OrderedDict(b=1, a=2)))  # expect: ['b', 'a']
print(list(itertools.islice(itertools.count(10, 5), 4)))  # expect: [10, 15, 20, 25]
print(list(itertools.chain([1, 2], "ab")), list(itertools.repeat("z", 3)))  # expect: [1, 2, 'a', 'b'] ['z', 'z', 'z']
print(list(itertools.product("ab", [0, 1])))  # expect: [('a', 0), ('a', 1), ('b', 0), ('b', 1)]
print(list(itertools.permutations([1, 2, 3], 2)))  # expect: [(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)]
print(list(itertools.combinations("abcd", 2)))  # expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]
print(list(itertools.accumulate([1, 2, 3, 4])), [(k, len(list(g))) for k, g in itertools.groupby("aabccc")])  # expect: [1, 3, 6, 10] [('a', 2), ('b', 1), ('c', 3)]
print(list(itertools.zip_longest("ab", [1], fillvalue="-")), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))  # expect: [('a', 1), ('b', '-')] [1, 2]
print(list(itertools.islice(itertools.cycle("xy"), 5)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))  # expect: ['x', 'y', 'x', 'y', 'x'] [8, 9]
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))  # expect: 120 0
add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=3)
print(add3(2))  # expect: 6
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100))  # expect: 354224848179261915075
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def named():
    "doc"
print(named.__name__, named.__doc__)  # expect: named doc
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))  # expect: [3, 2, 1]
