from collections.abc import Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence, Iterator, Generator, KeysView, ItemsView, ValuesView
class ListSet(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return 'ListSet(%r)' % self.items
a, b = ListSet([1, 2, 3]), ListSet([2, 3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, a <= b, ListSet([2]) < a, a == ListSet([3, 2, 1]), a != b)  # expect: ListSet([2, 3]) ListSet([1, 2, 3, 4]) ListSet([1]) ListSet([4]) ListSet([1, 4]) False True True True
print(a.isdisjoint([7, 8]), a.isdisjoint([3]), a >= ListSet([1]), a > a, [1, 2] - a if False else a - [1], {2, 9} & a)  # expect: True False True False ListSet([2, 3]) ListSet([2])
print(ListSet._hash(ListSet([1, 2])) == hash(frozenset([1, 2])), ListSet._hash(ListSet()) == hash(frozenset()))  # expect: True True
class MySet(MutableSet):
    def __init__(self, items=()):
        self.data = set(items)
    def __contains__(self, x):
        return x in self.data
    def __iter__(self):
        return iter(sorted(self.data))
    def __len__(self):
        return len(self.data)
    def add(self, x):
        self.data.add(x)
    def discard(self, x):
        self.data.discard(x)
s = MySet([1, 2])
s |= [5, 6]
s -= [1]
s ^= [2, 7]
print(sorted(s.data), s.pop(), sorted(s.data))  # expect: [5, 6, 7] 5 [6, 7]
s.remove(6)
try:
    s.remove(100)
except KeyError as e:
    print('KeyError', e)  # expect: KeyError 100
s.clear()
print(len(s))  # expect: 0
try:
    MySet().pop()
except KeyError:
    print('empty pop')  # expect: empty pop
class D(MutableMapping):
    def __init__(self):
        self.store = {}
    def __getitem__(self, k):
        return self.store[k]
    def __setitem__(self, k, v):
        self.store[k] = v
    def __delitem__(self, k):
        del self.store[k]
    def __iter__(self):
        return iter(self.store)
    def __len__(self):
        return len(self.store)
d = D()
d.update({'a': 1}, b=2)
d.update([('c', 3)])
print(dict(d), d.get('z', 0), 'a' in d, d.setdefault('e', 5), d.pop('a'), d.pop('zz', 'dflt'), len(d))  # expect: {'a': 1, 'b': 2, 'c': 3} 0 True 5 1 dflt 3
print(list(d.keys()), list(d.values()), list(d.items()), type(d.keys()).__name__, ('b', 2) in d.items(), 3 in d.values())  # expect: ['b', 'c', 'e'] [2, 3, 5] [('b', 2), ('c', 3), ('e', 5)] KeysView True True
print(d == {'b': 2, 'c': 3, 'e': 5}, d.popitem(), isinstance(d.keys(), KeysView), isinstance(d.items(), Set))  # expect: True ('b', 2) True True
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)  # expect: KeyError 'missing'
d.clear()
print(len(d), d.keys() == set(), repr(ItemsView({1: 2})), repr(ValuesView({})))  # expect: 0 True ItemsView({1: 2}) ValuesView({})
class Seq(Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
q = Seq(1, 2, 3, 2)
print(list(q), 2 in q, list(reversed(q)), q.index(2), q.index(2, 2), q.count(2))  # expect: [1, 2, 3, 2] True [2, 3, 2, 1] 1 3 2
try:
    q.index(9)
except ValueError:
    print('ValueError')  # expect: ValueError
class MSeq(MutableSequence):
    def __init__(self):
        self.items = []
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __len__(self):
        return len(self.items)
    def insert(self, i, v):
        self.items.insert(i, v)
m = MSeq()
m.append(1)
m.extend([2, 3, 4])
m += [5]
m.reverse()
print(m.items, m.pop(), m.pop(0), m.items)  # expect: [4, 3, 2] 1 5 [4, 3, 2]
m.remove(3)
print(m.items)  # expect: [4, 2]
m.clear()
print(m.items)  # expect: []
class Countdown(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), iter(Countdown(1)).n)  # expect: [2, 1, 0] 1
class Gen(Generator):
    def __init__(self):
        self.i = 0
    def send(self, v):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
    def throw(self, typ, val=None, tb=None):
        raise StopIteration
print(list(Gen()))  # expect: [1, 2, 3]
g = Gen()
g.close()
print('closed')  # expect: closed
try:
    Seq.__abstractmethods__ and Seq()
except TypeError:
    pass
try:
    class Half(Mapping):
        def __getitem__(self, k):
            return 1
    Half()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Half with abstract methods __iter__, __len__
