# __next__ and __iter__ of generators and built-in iterators.
g = (i for i in range(2))
print(g.__next__(), g.__iter__() is g, g.__next__())
try:
    g.__next__()
except StopIteration:
    print("stop")
it = iter([1, 2])
print(it.__next__(), iter(it) is it, it.__iter__() is it, list(it))
r = reversed([1, 2, 3]); print(r.__next__())
e = enumerate("ab"); print(e.__next__())
z = zip("ab", "cd"); print(z.__next__())
m = map(str, [1]); print(m.__next__())
def gen():
    x = yield 1
    return x
gg = gen(); gg.__next__()
try:
    gg.__next__()
except StopIteration as ex:
    print("value", ex.value)
class Wrap:
    def __init__(self, xs): self.it = iter(xs)
    def __iter__(self): return self
    def __next__(self): return self.it.__next__() * 2
print(list(Wrap([1, 2, 3])))
print(hasattr(iter(()), "__next__"), hasattr(gen(), "__iter__"))
# expect: 0 True 1
# expect: stop
# expect: 1 True True [2]
# expect: 3
# expect: (0, 'a')
# expect: ('a', 'c')
# expect: 1
# expect: value None
# expect: [2, 4, 6]
# expect: True True
