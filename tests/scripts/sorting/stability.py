records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(records, key=lambda r: r[1]))  # expect: [('eve', 22), ('bob', 25), ('carol', 25), ('frank', 25), ('alice', 30), ('dave', 30)]
print(sorted(records, key=lambda r: r[1], reverse=True))  # expect: [('alice', 30), ('dave', 30), ('bob', 25), ('carol', 25), ('frank', 25), ('eve', 22)]
by_name = sorted(records)
by_age_then_name = sorted(by_name, key=lambda r: r[1])
print([n for n, _ in by_age_then_name])  # expect: ['eve', 'bob', 'carol', 'frank', 'alice', 'dave']
print(sorted(records, key=lambda r: (-r[1], r[0]))[:3])  # expect: [('alice', 30), ('dave', 30), ('bob', 25)]
words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words))  # expect: ['Jumps', 'The', 'brown', 'dog', 'fox', 'lazy', 'over', 'quick', 'the']
print(sorted(words, key=str.lower))  # expect: ['brown', 'dog', 'fox', 'Jumps', 'lazy', 'over', 'quick', 'The', 'the']
print(sorted(words, key=len))  # expect: ['The', 'fox', 'the', 'dog', 'over', 'lazy', 'quick', 'brown', 'Jumps']
data = [3, 1, 2]
res = sorted(data)
print(data, res, res is data)  # expect: [3, 1, 2] [1, 2, 3] False
print(sorted([0.5, -1, 2, True, 1.5]), sorted([[2, 1], [1, 2], [1]]))  # expect: [-1, 0.5, True, 1.5, 2] [[1], [1, 2], [2, 1]]
print(sorted("hello world".replace(" ", "")), sorted({3: "c", 1: "a"}.items()))  # expect: ['d', 'e', 'h', 'l', 'l', 'l', 'o', 'o', 'r', 'w'] [(1, 'a'), (3, 'c')]
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-3:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))  # expect: [0, 1, 2, 3, 4] [997, 998, 999] True
pairs = [(i % 10, i) for i in range(100)]
pairs.sort(key=lambda p: p[0])
print(pairs[:4], pairs[-2:])  # expect: [(0, 0), (0, 10), (0, 20), (0, 30)] [(9, 89), (9, 99)]
stable_rev = sorted([(1, "a"), (0, "b"), (1, "c"), (0, "d")], key=lambda p: p[0], reverse=True)
print(stable_rev)  # expect: [(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]
class Card:
    order = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
print(sorted([Card("Ks"), Card("2h"), Card("Ad"), Card("Tc"), Card("2c")]))  # expect: [2h, 2c, Tc, Ks, Ad]
print(max([Card("3s"), Card("Jd")]), min(Card("9h"), Card("4d")))  # expect: Jd 4d
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([1, 2, 3], key=key), calls)  # expect: [3, 2, 1] [1, 2, 3]
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'str' and 'int'
