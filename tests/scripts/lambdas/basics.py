sq = lambda x: x * x
print(sq(7), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, b=2))  # expect: 49 noargs ((1,), {'b': 2})
print((lambda a, b=10: a + b)(1), (lambda a, *, b: a - b)(5, b=2))  # expect: 11 3
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))  # expect: ['ccc', 'bb', 'a']
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))  # expect: [2, 3] [1, 3, 5]
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))  # expect: 6
print(sq.__name__, (lambda: 0).__name__)  # expect: <lambda> <lambda>
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(6))  # expect: 720
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(min(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))  # expect: (2, 'a') (2, 'a')
print((lambda x: (yield_ := x, yield_ * 2))(3))  # expect: (3, 6)
