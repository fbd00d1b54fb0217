a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)  # expect: {1, 2, 3, 4, 5} {3, 4} {1, 2} {1, 2, 5}
print(a.union(b, [9]), a.intersection([1, 2]), a.difference(b), a.symmetric_difference(b))  # expect: {1, 2, 3, 4, 5, 9} {1, 2} {1, 2} {1, 2, 5}
print({1, 2} <= a, {1, 2}.issubset(a), a.issuperset({4}), a.isdisjoint({7, 8}))  # expect: True True True True
s = set()
s.add(3); s.add(1); s.add(3); print(s, len(s))  # expect: {1, 3} 2
s.update([5, 6], (7,)); print(s)  # expect: {1, 3, 5, 6, 7}
s.discard(100); s.discard(5); s.remove(6); print(s)  # expect: {1, 3, 7}
try:
    s.remove(100)
except KeyError as e:
    print(repr(e))  # expect: KeyError(100)
p = s.pop(); print(p in {1, 3, 7}, len(s))  # expect: True 2
c = s.copy(); c.clear(); print(c, len(s))  # expect: set() 2
x = {1, 2, 3}
x &= {2, 3, 4}; print(x)  # expect: {2, 3}
x |= {9}; x -= {2}; print(sorted(x))  # expect: [3, 9]
x ^= {3, 4}; print(sorted(x))  # expect: [4, 9]
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("hello")))  # expect: True ['e', 'h', 'l', 'o']
print(set([1, 1, 2]), set(range(3)), {1, 2} == {2, 1})  # expect: {1, 2} {0, 1, 2} True
f = frozenset([3, 1])
print(f, f | {5}, type(f | {5}).__name__, {f: "ok"}[frozenset({1, 3})])  # expect: frozenset({1, 3}) frozenset({1, 3, 5}) frozenset ok
print({1, 2} == frozenset([1, 2]), 1 in f, len(f))  # expect: True True 2
try:
    f.add(1)
except AttributeError as e:
    print(e)  # expect: 'frozenset' object has no attribute 'add'
try:
    {[1]}
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
print({1, 2, 3} - {2} < {1, 3, 5}, {x % 3 for x in range(10)})  # expect: True {0, 1, 2}
print(sorted({"pear", "apple", "fig"}), min({5, 2, 8}))  # expect: ['apple', 'fig', 'pear'] 2
