def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)))  # expect: [0, 1, 2, 3]
g = count_up(2)
print(next(g), next(g), next(g, "done"))  # expect: 0 1 done
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)  # expect: StopIteration None
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
e = echo()
print(next(e), e.send("a"), e.send("b"))  # expect: 0 1 2
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)  # expect: returned ['a', 'b']
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    yield r
    yield from [10, 20]
    yield from range(2)
print(list(outer()))  # expect: [1, 2, 'inner-result', 10, 20, 0, 1]
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for v in it:
        if len(out) == n:
            break
        out.append(v)
    return out
print(take(5, (x * x for x in naturals())))  # expect: [0, 1, 4, 9, 16]
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = with_cleanup()
print(next(c))  # expect: 1
c.close()  # expect: cleanup
print(next(c, "closed"))  # expect: closed
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as err:
    print(err)  # expect: can't send non-None value to a just-started generator
def relay():
    got = yield from echo()
    yield ("relay got", got)
r = relay()
next(r); r.send("x")
print(r.send(None))  # expect: ('relay got', ['x'])
def gen_raises():
    yield 1
    raise ValueError("boom")
gr = gen_raises()
print(next(gr))  # expect: 1
try:
    next(gr)
except ValueError as err:
    print("caught", err)  # expect: caught boom
print(next(gr, "exhausted"))  # expect: exhausted
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
fg = fib()
print([next(fg) for _ in range(10)])  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
def stop_in_gen():
    yield 1
    return
    yield 2
print(list(stop_in_gen()), sum(count_up(101)))  # expect: [1] 5050
it = iter(count_up(3))
print(iter(it) is it, type(count_up).__name__)  # expect: True function
