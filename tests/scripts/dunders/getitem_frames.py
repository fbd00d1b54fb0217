class Seq:
    def __init__(self, d): self.d = d
    def __getitem__(self, i):
        if i >= len(self.d):
            raise IndexError(i)
        return self.d[i] * 2
s = Seq([1, 2, 3])
print(s[0], s[2], [s[i] for i in range(3)], list(s))
try:
    s[5]
except IndexError as e:
    print('IndexError', e)
class Deep:
    def __getitem__(self, k):
        return self[k - 1] + 1 if k > 0 else 0
print(Deep()[50])
class WithSlice:
    def __getitem__(self, k): return k
print(WithSlice()[1:2], WithSlice()['a', 'b'])

# The output, in order:
# expect: 2 6 [2, 4, 6] [2, 4, 6]
# expect: IndexError 5
# expect: 50
# expect: slice(1, 2, None) ('a', 'b')
