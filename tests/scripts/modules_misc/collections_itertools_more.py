from collections import Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap
import itertools as it
import functools
c = Counter(a=3, b=1)
c.update("abz")
print(c, c.most_common(), c.total(), sorted(c.elements()))  # expect: Counter({'a': 4, 'b': 2, 'z': 1}) [('a', 4), ('b', 2), ('z', 1)] 7 ['a', 'a', 'a', 'a', 'b', 'b', 'z']
print(Counter("aab") + Counter("bc"), Counter("aab") - Counter("ab"), Counter("ab") | Counter("bb"), Counter("ab") & Counter("bb"))  # expect: Counter({'a': 2, 'b': 2, 'c': 1}) Counter({'a': 1}) Counter({'b': 2, 'a': 1}) Counter({'b': 1})
c2 = Counter({"x": 2}); c2.subtract(x=5); print(c2, +c2, -c2, Counter() == Counter(a=0), repr(Counter()))  # expect: Counter({'x': -3}) Counter() Counter({'x': 3}) True Counter()
del c2["x"]; del c2["nope"]; print(c2)  # expect: Counter()
dd = defaultdict(int); dd["a"] += 2
print(dd, defaultdict(None), isinstance(dd, dict), dd.default_factory)  # expect: defaultdict(<class 'int'>, {'a': 2}) defaultdict(None, {}) True <class 'int'>
try:
    defaultdict()["k"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'k'
d = deque(range(5))
d.rotate(2); print(d); d.rotate(-3); print(d, d[0], d[-1], len(d), 3 in d, d.index(3), d.count(1))
# expect: deque([3, 4, 0, 1, 2])
# expect: deque([1, 2, 3, 4, 0]) 1 0 5 True 2 1
d.extendleft("ab"); d.insert(1, "X"); d.remove("a"); print(d, list(reversed(d)), d.pop(), d.popleft())  # expect: deque(['X', 1, 2, 3, 4]) [0, 4, 3, 2, 1, 'X', 'b'] 0 b
d[0] = "Z"; del d[1]; print(d, d == deque(["Z", 0, 1, 2, 3]), bool(deque()), deque("ab") + deque("c"), deque([1], 5).maxlen)  # expect: deque(['Z', 2, 3, 4]) False False deque(['a', 'b', 'c']) 5
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: d[99], lambda: d.index("nope")]:
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
# expect: IndexError pop from an empty deque
# expect: IndexError pop from an empty deque
# expect: IndexError deque index out of range
# expect: ValueError 'nope' is not in deque
q = deque(); q.append(1); q.append(2)
while q:
    print("q", q.popleft())
# expect: q 1
# expect: q 2
P = namedtuple("P", "x y z", defaults=[0])
p = P(1, 2)
print(p, P._fields, P._field_defaults, p._asdict(), P._make([4, 5, 6]), p == (1, 2, 0), hash(p) == hash((1, 2, 0)), p[1:], p.index(2))  # expect: P(x=1, y=2, z=0) ('x', 'y', 'z') {'z': 0} {'x': 1, 'y': 2, 'z': 0} P(x=4, y=5, z=6) True True (2, 0) 1
x, y, z = p; print(x, y, z, isinstance(p, tuple), type(p).__name__, len(p))  # expect: 1 2 0 True P 3
for f in [lambda: P(), lambda: P(1, 2, 3, 4), lambda: P(1, 2, x=3), lambda: P(1, 2, w=3), lambda: namedtuple("Q", "a a"), lambda: namedtuple("Q", "_a"), lambda: namedtuple("Q", "a-b"), lambda: p._replace(w=1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError P.__new__() missing 2 required positional arguments: 'x' and 'y'
# expect: TypeError P.__new__() takes from 3 to 4 positional arguments but 5 were given
# expect: TypeError P.__new__() got multiple values for argument 'x'
# expect: TypeError P.__new__() got an unexpected keyword argument 'w'
# expect: ValueError Encountered duplicate field name: 'a'
# expect: ValueError Field names cannot start with an underscore: '_a'
# expect: ValueError Type names and field names must be valid identifiers: 'a-b'
# expect: ValueError Got unexpected field names: ['w']
print(namedtuple("R", "a, def", rename=True)._fields)  # expect: ('a', '_1')
class Pt(namedtuple("Pt", "x y")):
    def norm(self):
        return self.x + self.y
print(Pt(1, 2).norm(), Pt(3, 4))  # expect: 3 Pt(x=3, y=4)
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a"); print(od); od.move_to_end("c", last=False); print(list(od), od.popitem(), od.popitem(last=False), od)
# expect: OrderedDict([('b', 2), ('c', 3), ('a', 1)])
# expect: ['c', 'b', 'a'] ('a', 1) ('c', 3) OrderedDict([('b', 2)])
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == {"a": 1})  # expect: OrderedDict() True False True
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 9))  # expect: 1 3 2 ['a', 'b'] 9
print(list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)), list(it.accumulate([])), list(it.chain.from_iterable(["ab", "c"])))  # expect: [10, 10, 20, 60] [] ['a', 'b', 'c']
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice("abc", 0)), list(it.compress("abcd", [1, 0, 1])), list(it.filterfalse(None, [0, 1, 2])))  # expect: ['c', 'e', 'g'] [] ['a', 'c'] [0]
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.pairwise("abcd")), list(it.product(range(2), repeat=2)), list(it.combinations_with_replacement("ab", 2)))  # expect: [4, 1] [('a', 'b'), ('b', 'c'), ('c', 'd')] [(0, 0), (0, 1), (1, 0), (1, 1)] [('a', 'a'), ('a', 'b'), ('b', 'b')]
a, b = it.tee(iter([1, 2, 3])); print(list(a), list(b), list(it.permutations("ab")), list(it.combinations([], 0)), list(it.product()))  # expect: [1, 2, 3] [1, 2, 3] [('a', 'b'), ('b', 'a')] [()] [()]
print([(k, list(g)) for k, g in it.groupby([1, 1, 2, 3, 3], key=lambda v: v % 2)], list(it.zip_longest([1], [], "ab")))  # expect: [(1, [1, 1]), (0, [2]), (1, [3, 3])] [(1, None, 'a'), (None, None, 'b')]
g = it.groupby("aabb"); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))  # expect: a [] b ['b', 'b']
print(next(it.count(2.5, 0.5)), list(zip(it.count(), "ab")), list(it.repeat(1, 0)), list(it.starmap(lambda *a: sum(a), [(1, 2, 3)])))  # expect: 2.5 [(0, 'a'), (1, 'b')] [] [6]
print(functools.reduce(lambda a, b: a + b, [[1], [2]]))  # expect: [1, 2]
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)  # expect: reduce() of empty iterable with no initial value
p2 = functools.partial(int, base=2); print(p2("101"), p2.func, p2.args, p2.keywords)  # expect: 5 <class 'int'> () {'base': 2}
p3 = functools.partial(functools.partial(max, 1), 5); print(p3(3), p3.args)  # expect: 5 (1, 5)
@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n
print([sq(i) for i in [1, 2, 1, 3, 1, 2]], sq.cache_info())  # expect: [1, 4, 1, 9, 1, 4] CacheInfo(hits=2, misses=4, maxsize=2, currsize=2)
@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(30), fact.cache_info().hits)  # expect: 265252859812191058636308480000000 0
@functools.lru_cache
def ident(x):
    return x
print(ident(5), ident.__name__, ident.__wrapped__(6))  # expect: 5 ident 6
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)], key=lambda v: v)[0].v)  # expect: True True False 1
def cmp(a, b): return (a > b) - (a < b)
print(sorted(["b", "c", "a"], key=functools.cmp_to_key(cmp), reverse=True))  # expect: ['c', 'b', 'a']
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def hello(x):
    """Says hi."""
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__ is not None, hello.__qualname__)  # expect: hello Says hi. True hello
