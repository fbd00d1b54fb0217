print(1.0)  # expect: 1.0
print(0.1 + 0.2)  # expect: 0.30000000000000004
print(1e16)  # expect: 1e+16
print(1e15)  # expect: 1000000000000000.0
print(1e-5)  # expect: 1e-05
print(0.0001)  # expect: 0.0001
print(1.5e3, 2E-2)  # expect: 1500.0 0.02
print(.5, 5.)  # expect: 0.5 5.0
print(1_000.000_1)  # expect: 1000.0001
print(float("inf"), float("-inf"))  # expect: inf -inf
print(float("nan"))  # expect: nan
print(-0.0)  # expect: -0.0
print(0.0 == -0.0)  # expect: True
print(repr(1/3))  # expect: 0.3333333333333333
print(2/3)  # expect: 0.6666666666666666
print(1e308 * 10)  # expect: inf
print(float("nan") == float("nan"))  # expect: False
print(3.14159)  # expect: 3.14159
print(123456789.123456789)  # expect: 123456789.12345679
print(1.7976931348623157e308)  # expect: 1.7976931348623157e+308
print(5e-324)  # expect: 5e-324
print(float(" 2.5 "), float("1e3"), float("-Infinity"))  # expect: 2.5 1000.0 -inf
print(str(100.0), repr(1e22), 1e21)  # expect: 100.0 1e+22 1e+21
print(type(1.0).__name__)  # expect: float
print(float(10**20))  # expect: 1e+20
