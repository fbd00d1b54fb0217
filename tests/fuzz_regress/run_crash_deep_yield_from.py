# Long chains of generators and iterators: deep native re-entry when the
# outermost onist(it))  # expect: [0, 1, 2]
def delegate(n):
    if n == 0:
        yield "bottom"
    else:
        yield from delegate(n - 1)
try:
    print(list(delegate(100000)))
except RecursionError:
    print("yield from chain RecursionError")  # expect: yield from chain RecursionError
print(list(delegate(50)))  # expect: ['bottom']
g = (x for x in range(5))
chain = g
for _ in range(50):
    chain = (y for y in chain)
print(sum(chain))  # expect: 10
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(e)  # expect: generator already executing
print("done")  # expect: done
