print(7 + 3, 7 - 3, 7 * 3)  # expect: 10 4 21
print(7 / 2, 6 / 3)  # expect: 3.5 2.0
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)  # expect: 3 -4 -4 3
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)  # expect: 1 2 -2 -1
print(0 % 5, 5 % 5, -5 % 5)  # expect: 0 0 0
print(2 ** 10, 2 ** 0, 0 ** 0)  # expect: 1024 1 1
print(2 ** -1, 2 ** -2, 10 ** -3)  # expect: 0.5 0.25 0.001
print((-2) ** 3, -2 ** 2, (-2) ** 2)  # expect: -8 -4 4
print(2 ** 3 ** 2)  # expect: 512
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2))  # expect: (3, 1) (-4, 1) (-4, -1)
print(+5, -(-5), --5)  # expect: 5 5 5
print(~0, ~5, ~-1)  # expect: -1 -6 0
print(1 + 2 * 3 - 4 // 2)  # expect: 5
print((1 + 2) * 3)  # expect: 9
print(10 - 2 - 3, 2 * 3 % 4)  # expect: 5 2
print(abs(-3), abs(3), abs(0))  # expect: 3 3 0
print(pow(2, 10), pow(3, 4, 5), pow(2, -1, 7))  # expect: 1024 1 4
print(pow(-3, 3, 7))  # expect: 1
print(9223372036854775807 * 2)  # expect: 18446744073709551614
print(-9223372036854775808 // -1)  # expect: 9223372036854775808
print(abs(-9223372036854775808))  # expect: 9223372036854775808
print(-(-9223372036854775808))  # expect: 9223372036854775808
print(3037000500 * 3037000500)  # expect: 9223372037000250000
