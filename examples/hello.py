# A small tour: classes, generators, comprehensions and f-strings.
class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

    def top(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def words(text):
    for w in text.split():
        yield w.strip(".,").lower()


c = Counter()
for w in words("The quick brown fox jumps over the lazy dog. The dog sleeps."):
    c.add(w)
for word, n in c.top(3):
    print(f"{word:>5}: {n}")
print(sum(x * x for x in range(10)), 2 ** 100)
