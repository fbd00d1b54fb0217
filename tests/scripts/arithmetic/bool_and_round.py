print(True + True, True * 10, False - 1)  # expect: 2 10 -1
print(True / 2, True // 2, -True)  # expect: 0.5 0 -1
print(sum([True, False, True]))  # expect: 2
print(True == 1, False == 0, True is (1 == 1))  # expect: True True True
print(round(2.5), round(3.5), round(0.5), round(-0.5), round(-1.5))  # expect: 2 4 0 0 -2
print(round(2.675, 2), round(1.005, 2))  # expect: 2.67 1.0
print(round(3.14159, 3), round(2.5, 0))  # expect: 3.142 2.0
print(round(1234, -2), round(1250, -2), round(1350, -2))  # expect: 1200 1200 1400
print(round(1234.5678, -2))  # expect: 1200.0
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)  # expect: int float
print(round(7), round(-7.7))  # expect: 7 -8
print(round(0.125, 2), round(0.375, 2))  # expect: 0.12 0.38
print(divmod(True, 2))  # expect: (0, 1)
print(int(True), float(False))  # expect: 1 0.0
