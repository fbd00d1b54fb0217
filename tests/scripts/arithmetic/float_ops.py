print(7.5 // 2, -7.5 // 2)  # expect: 3.0 -4.0
print(7.5 % 2, -7.5 % 2, 7.5 % -2)  # expect: 1.5 0.5 -0.5
print(divmod(7.5, 2), divmod(-7.5, 2))  # expect: (3.0, 1.5) (-4.0, 0.5)
print(1 + 2.0, 3 * 1.5, 10 / 4)  # expect: 3.0 4.5 2.5
print(2 ** 0.5)  # expect: 1.4142135623730951
print(4 ** 0.5, 8 ** (1/3))  # expect: 2.0 2.0
print(2.0 ** -1)  # expect: 0.5
print(-1.5 // 1, -0.5 % 1)  # expect: -2.0 0.5
print(0.1 * 3)  # expect: 0.30000000000000004
print(1 - 0.9)  # expect: 0.09999999999999998
print(1e300 * 1e300)  # expect: inf
print(-1e300 * 1e300)  # expect: -inf
inf = float("inf")
print(inf - inf, inf * 0)  # expect: nan nan
print(inf > 1e308, -inf < -1e308)  # expect: True True
print(abs(-2.5), abs(-0.0))  # expect: 2.5 0.0
print(-0.0 * 1, 0.0 * -1)  # expect: -0.0 -0.0
print(5 % 0.3)  # expect: 0.20000000000000018
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0)  # expect: True
print(2 ** 1024.0 if False else 2.0 ** 1023)  # expect: 8.98846567431158e+307
print(10 / 3)  # expect: 3.3333333333333335
print(3.0 == 3, 3.5 > 3, 2**53 + 1 == float(2**53 + 1))  # expect: True True False
