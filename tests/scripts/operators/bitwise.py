print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)  # expect: 8 14 6
print(1 << 10, 1024 >> 3, 1 << 0)  # expect: 1024 128 1
print(1 << 100)  # expect: 1267650600228229401496703205376
print((1 << 100) >> 99)  # expect: 2
print(-8 >> 1, -1 >> 10, -9 >> 2)  # expect: -4 -1 -3
print(-8 << 2)  # expect: -32
print(-6 & 0xFF, -1 & 7, 5 & -2)  # expect: 250 7 4
print(-6 | 1, -6 ^ 3, ~-6)  # expect: -5 -7 5
print(-(2**70) & 0xFFFF, (2**70 - 1) ^ (2**70), ~(2**70))  # expect: 0 2361183241434822606847 -1180591620717411303425
print(-(2**65) >> 60, -(2**65 + 1) >> 64)  # expect: -32 -3
print(True & False, True | False, True ^ True)  # expect: False True False
print(type(True & 1).__name__)  # expect: int
print(6 & 3 | 8 ^ 1)  # expect: 11
print(1 + 2 << 3, 1 | 2 == 3)  # expect: 24 True
print((255).bit_length(), (0).bit_length(), (-256).bit_length())  # expect: 8 0 9
try:
    1 << -1
except ValueError as e:
    print(e)  # expect: negative shift count
