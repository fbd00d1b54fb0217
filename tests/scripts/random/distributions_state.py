# The rest of random's distributions (gamma, beta, von Mises, Pareto,
# Weibull), randbytes and getstate/setstate: bit-exact with CPython for
# the same seed, with CPython's errors.
import random
random.seed(12345)
print([round(random.gammavariate(a, 2.0), 12) for a in (0.3, 1.0, 2.5, 9.0)])
print([round(random.betavariate(a, b), 12) for a, b in ((0.5, 0.5), (2, 3), (5, 1))])
print([round(random.vonmisesvariate(m, k), 12) for m, k in ((0.0, 0.0), (1.0, 4.0), (3.0, 0.5))])
print([round(random.paretovariate(a), 12) for a in (1.0, 2.5)], round(random.weibullvariate(2.0, 3.0), 12))
print(random.randbytes(7).hex(), random.randbytes(0))
st = random.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
a = [random.random() for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(3)]
print(a == b)
random.gauss(0, 1)
st2 = random.getstate()
print(type(st2[2]).__name__)
x = random.gauss(0, 1)
random.setstate(st2)
print(x == random.gauss(0, 1))
r = random.Random(7)
print(round(r.gammavariate(3.0, 1.5), 12), round(r.betavariate(2.0, 2.0), 12), r.randbytes(4).hex())
r2 = random.Random()
r2.setstate(r.getstate())
print(r.random() == r2.random())
for bad in [lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -1), lambda: random.paretovariate(0), lambda: random.weibullvariate(1, 0), lambda: random.randbytes(-1), lambda: random.setstate((2, (), None)), lambda: random.setstate((3, (1, 2), None))]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
# expect: [0.153125537179, 3.488300109496, 3.262671474286, 12.735847906514]
# expect: [0.12240541456, 0.261904457333, 0.813970223]
# expect: [3.166319300677, 0.881866918631, 2.268899237583]
# expect: [30.75263274999, 4.67146381669] 2.21838610629
# expect: d066e20057b501 b''
# expect: 3 625 58 None
# expect: True
# expect: float
# expect: True
# expect: 3.237601701161 0.568753382356 7504d90e
# expect: True
# expect: ValueError gammavariate: alpha and beta must be > 0.0
# expect: ValueError gammavariate: alpha and beta must be > 0.0
# expect: ZeroDivisionError float division by zero
# expect: ZeroDivisionError float division by zero
# expect: ValueError number of bits must be non-negative
# expect: ValueError state vector is the wrong size
# expect: ValueError state vector is the wrong size
