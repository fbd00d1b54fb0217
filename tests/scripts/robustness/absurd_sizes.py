# Absurd sizes: clean exceptions, never an abort.
try:
    f"{1:{'9' * 100}}"
except ValueError as e:
    print(e)  # expect: Too many decimal digits in format string
try:
    format(1.5, "9" * 30 + ".2f")
except ValueError as e:
    print(e)  # expect: Too many decimal digits in format string
try:
    format(1.5, ".%df" % 10 ** 20)
except ValueError as e:
    print(e)  # expect: Too many decimal digits in format string
try:
    "{:{}}".format(1, 10 ** 20)
except ValueError as e:
    print(e)  # expect: Too many decimal digits in format string
try:
    "x" * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print("str repeat", type(e).__name__ in ("MemoryError", "OverflowError"))  # expect: str repeat True
try:
    "xy" * (10 ** 20)
except OverflowError as e:
    print(e)  # expect: cannot fit 'int' into an index-sized integer
try:
    (1, 2) * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print("tuple repeat", type(e).__name__ in ("MemoryError", "OverflowError"))  # expect: tuple repeat True
try:
    b"ab" * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print("bytes repeat", type(e).__name__ in ("MemoryError", "OverflowError"))  # expect: bytes repeat True
try:
    x = [0]
    x *= 10 ** 12
except (MemoryError, OverflowError) as e:
    print("list imul", type(e).__name__ in ("MemoryError", "OverflowError"))  # expect: list imul True
try:
    int("9" * 5000)
except ValueError as e:
    print(str(e)[:40])  # expect: Exceeds the limit (4300 digits) for inte
try:
    str(10 ** 5000)
except ValueError as e:
    print(str(e)[:40])  # expect: Exceeds the limit (4300 digits) for inte
print(len(str(10 ** 4000)))  # expect: 4001
try:
    range(10 ** 30)[10 ** 29]
    print(len(range(10 ** 30)))
except OverflowError as e:
    print(e)  # expect: Python int too large to convert to C ssize_t
try:
    bytearray(2 ** 62)
except (MemoryError, OverflowError, NameError) as e:
    print("bytearray ok")  # expect: bytearray ok
try:
    list(range(2 ** 62))
except (MemoryError, OverflowError) as e:
    print("list(range) ok")  # expect: list(range) ok
try:
    1 << (2 ** 62)
except (MemoryError, OverflowError) as e:
    print("shift ok")  # expect: shift ok
try:
    1 << -1
except ValueError as e:
    print(e)  # expect: negative shift count
try:
    2 ** -1 ** 0.5
    pow(10, 10 ** 20, 0)
except ValueError as e:
    print(e)  # expect: pow() 3rd argument cannot be 0
print(pow(3, 10 ** 20, 7))  # expect: 4