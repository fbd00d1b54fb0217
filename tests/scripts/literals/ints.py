print(0)  # expect: 0
print(42)  # expect: 42
print(-7)  # expect: -7
print(0x1F, 0XfF)  # expect: 31 255
print(0o17, 0O777)  # expect: 15 511
print(0b1011, 0B1)  # expect: 11 1
print(1_000_000)  # expect: 1000000
print(0x_dead_beef)  # expect: 3735928559
print(0b_1111_0000)  # expect: 240
print(2**100)  # expect: 1267650600228229401496703205376
print(-2**63)  # expect: -9223372036854775808
print(2**63 - 1)  # expect: 9223372036854775807
print(2**63)  # expect: 9223372036854775808
print(9223372036854775807 + 1)  # expect: 9223372036854775808
print(-9223372036854775808 - 1)  # expect: -9223372036854775809
print(123456789012345678901234567890)  # expect: 123456789012345678901234567890
print(0xFFFFFFFFFFFFFFFFFFFF)  # expect: 1208925819614629174706175
print(type(2**100).__name__)  # expect: int
print(000)  # expect: 0
print(True, False, None)  # expect: True False None
print(type(True).__name__, type(None).__name__)  # expect: bool NoneType
