import reprlib
from collections import deque
print(reprlib.repr(list(range(100))))  # expect: [0, 1, 2, 3, 4, 5, ...]
print(reprlib.repr('a' * 100))  # expect: 'aaaaaaaaaaaa...aaaaaaaaaaaaa'
print(reprlib.repr('abc'), reprlib.repr('x' * 30), reprlib.repr('x' * 31))  # expect: 'abc' 'xxxxxxxxxxxx...xxxxxxxxxxxxx' 'xxxxxxxxxxxx...xxxxxxxxxxxxx'
print(reprlib.repr(2 ** 200), reprlib.repr(-2 ** 100), reprlib.repr(10 ** 39))  # expect: 160693804425899027...2993782792835301376 -1267650600228229401496703205376 1000000000000000000000000000000000000000
print(reprlib.repr({i: str(i) for i in range(10)}))  # expect: {0: '0', 1: '1', 2: '2', 3: '3', ...}
print(reprlib.repr(set(range(10))), reprlib.repr(frozenset(range(10))))  # expect: {0, 1, 2, 3, 4, 5, ...} frozenset({0, 1, 2, 3, 4, 5, ...})
print(reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(()))  # expect: (0, 1, 2, 3, 4, 5, ...) (1,) ()
print(reprlib.repr([[[[[[[1]]]]]]]))  # expect: [[[[[[[...]]]]]]]
print(reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))  # expect: {'a': {'b': {'c': {'d': {'e': {'f': {...}}}}}}}
print(reprlib.repr(deque(range(10))))  # expect: deque([0, 1, 2, 3, 4, 5, ...])
print(reprlib.repr(set()), reprlib.repr(frozenset()), reprlib.repr({}), reprlib.repr([]))  # expect: set() frozenset() {} []
print(reprlib.repr({3, 'a', 1}) in ("{1, 3, 'a'}", "{3, 1, 'a'}", "{'a', 1, 3}", "{'a', 3, 1}", "{1, 'a', 3}", "{3, 'a', 1}"))  # expect: True
print(reprlib.repr(3.5), reprlib.repr(None), reprlib.repr(True))  # expect: 3.5 None True
class Long:
    def __repr__(self):
        return 'L' * 50
print(reprlib.repr(Long()))  # expect: LLLLLLLLLLLLL...LLLLLLLLLLLLLL
class Bad:
    def __repr__(self):
        raise ValueError
print(reprlib.repr(Bad()).startswith('<Bad instance at 0x'))  # expect: True
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.fillvalue = '$$'
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'))  # expect: [1, 2, $$] 'ab$$nop'
r.maxlevel = 1
print(r.repr([[1], [2]]), r.repr({'k': {'x': 1}}))  # expect: [[$$], [$$]] {'k': {$$}}
print(r.maxdict, r.maxset, r.maxtuple, r.maxlong, r.maxother, r.maxarray, r.maxdeque, r.maxfrozenset)  # expect: 4 6 6 40 30 5 6 6
class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return 'FLOAT'
print(MyRepr().repr([1.5, 2]))  # expect: [FLOAT, 2]
class Node:
    def __init__(self):
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children
n = Node()
n.children.append(n)
n.children.append(Node())
print(repr(n))  # expect: Node([..., Node([])])
print(Node.__repr__.__name__, Node.__repr__.__qualname__)  # expect: __repr__ Node.__repr__
class Other:
    def __init__(self):
        self.me = self
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other(%r)' % (self.me,)
print(Other())  # expect: Other(<loop>)
