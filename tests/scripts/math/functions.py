import math
print(math.sqrt(16), math.sqrt(2))  # expect: 4.0 1.4142135623730951
print(math.floor(2.7), math.floor(-2.1), math.ceil(2.1), math.ceil(-2.7), type(math.floor(1.5)).__name__)  # expect: 2 -3 3 -2 int
print(math.pi, math.e)  # expect: 3.141592653589793 2.718281828459045
print(math.inf, -math.inf, math.isinf(math.inf), math.isnan(math.nan), math.isnan(1.0))  # expect: inf -inf True True False
print(math.tau, math.isfinite(1e308), math.isfinite(math.inf))  # expect: 6.283185307179586 True False
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.lcm(4, 6))  # expect: 6 5 2 12
print(math.factorial(0), math.factorial(10), math.factorial(20))  # expect: 1 3628800 2432902008176640000
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))  # expect: True False True
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))  # expect: False True
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024))  # expect: 1.0 3.0 2.0 3.0 10.0
print(math.log1p(0), math.exp(0), math.exp(1) == math.e, math.expm1(0))  # expect: 0.0 1.0 True 0.0
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.tan(math.pi / 4), 12))  # expect: 0.0 1.0 1.0 1.0
print(math.atan2(1, 1) == math.pi / 4, math.asin(1) == math.pi / 2, math.acos(1), math.atan(0))  # expect: True True 0.0 0.0
print(math.degrees(math.pi), math.radians(180) == math.pi)  # expect: 180.0 True
print(math.fsum([0.1] * 10), sum([0.1] * 10))  # expect: 1.0 0.9999999999999999
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]))  # expect: 24 1 5.0
print(math.comb(5, 2), math.comb(50, 25), math.perm(5, 2), math.perm(5))  # expect: 10 126410606437752 20 120
print(math.isqrt(17), math.isqrt(10**20), math.isqrt(0))  # expect: 4 10000000000 0
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fabs(-3))  # expect: -3.0 2.5 3.0
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))  # expect: 5.0 3.0 5.0
print(math.trunc(-2.7), math.trunc(2.7), math.modf(2.5), math.fmod(-7, 3))  # expect: -2 2 (0.5, 2.0) -1.0
print(math.pow(2, 10), math.pow(4, 0.5), math.sinh(0), math.cosh(0))  # expect: 1024.0 2.0 0.0 1.0
print(math.floor(10**20 + 0.5) == 10**20, math.ceil(5), math.frexp(8.0), math.ldexp(0.5, 4))  # expect: True 5 (0.5, 4) 8.0
print(math.factorial(30))  # expect: 265252859812191058636308480000000
def err(fn, *a):
    try:
        fn(*a)
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(math.sqrt, -1)  # expect: ValueError: math domain error
err(math.log, 0)  # expect: ValueError: math domain error
err(math.factorial, -1)  # expect: ValueError: factorial() not defined for negative values
err(math.isqrt, -4)  # expect: ValueError: isqrt() argument must be nonnegative
err(math.exp, 1000)  # expect: OverflowError: math range error
err(math.sqrt, "4")  # expect: TypeError: must be real number, not str
from math import sqrt as root, pi
print(root(81), round(pi, 4))  # expect: 9.0 3.1416
