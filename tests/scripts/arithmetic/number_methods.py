# Methods of int and float: bit_length/bit_count, to_bytes/from_bytes, as_integer_ratio, hex/fromhex; tuple.index/count.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: [(0).bit_length(), (255).bit_length(), (-256).bit_length(), (2**100).bit_length(), True.bit_length()])  # expect: [0, 8, 9, 101, 1]
show(lambda: [(0).bit_count(), (255).bit_count(), (-7).bit_count(), (2**100 - 1).bit_count()])  # expect: [0, 8, 3, 100]
show(lambda: (5).as_integer_ratio())  # expect: (5, 1)
show(lambda: True.as_integer_ratio())  # expect: (1, 1)
show(lambda: (-7).conjugate())  # expect: -7
show(lambda: (5).to_bytes(2, "little"))  # expect: b'\x05\x00'
show(lambda: (5).to_bytes(2, "big"))  # expect: b'\x00\x05'
show(lambda: (5).to_bytes())  # expect: b'\x05'
show(lambda: (-1).to_bytes(2, "big", signed=True))  # expect: b'\xff\xff'
show(lambda: (-129).to_bytes(1, "big", signed=True))  # expect: OverflowError: int too big to convert
show(lambda: (-128).to_bytes(1, "big", signed=True))  # expect: b'\x80'
show(lambda: (128).to_bytes(1, "big", signed=True))  # expect: OverflowError: int too big to convert
show(lambda: (256).to_bytes(1, "big"))  # expect: OverflowError: int too big to convert
show(lambda: (-1).to_bytes(1, "big"))  # expect: OverflowError: can't convert negative int to unsigned
show(lambda: (0).to_bytes(0, "big"))  # expect: b''
show(lambda: (1).to_bytes(-1, "big"))  # expect: ValueError: length argument must be non-negative
show(lambda: (1).to_bytes(1, "middle"))  # expect: ValueError: byteorder must be either 'little' or 'big'
show(lambda: (1).to_bytes(1, 1))  # expect: TypeError: to_bytes() argument 'byteorder' must be str, not int
show(lambda: (1).to_bytes(1, "big", True))  # expect: TypeError: to_bytes() takes at most 2 positional arguments (3 given)
show(lambda: (1).to_bytes(length=2, byteorder="little"))  # expect: b'\x01\x00'
show(lambda: (2**70).to_bytes(10, "big"))  # expect: b'\x00@\x00\x00\x00\x00\x00\x00\x00\x00'
show(lambda: int.from_bytes(b"\xff\xfe", "little", signed=True))  # expect: -257
show(lambda: int.from_bytes(b"\xff\xfe", "big"))  # expect: 65534
show(lambda: int.from_bytes([1, 2], "big"))  # expect: 258
show(lambda: int.from_bytes(b""))  # expect: 0
show(lambda: int.from_bytes(b"\x80", signed=True))  # expect: -128
show(lambda: int.from_bytes(b"\x01" * 10, "little"))  # expect: 4740885567116192841985
show(lambda: int.from_bytes(5, "big"))  # expect: TypeError: cannot convert 'int' object to bytes
show(lambda: int.from_bytes("ab", "big"))  # expect: TypeError: cannot convert 'str' object to bytes
show(lambda: int.from_bytes())  # expect: TypeError: from_bytes() missing required argument 'bytes' (pos 1)
show(lambda: int.from_bytes(b"a", "x"))  # expect: ValueError: byteorder must be either 'little' or 'big'
show(lambda: int.from_bytes([256]))  # expect: ValueError: bytes must be in range(0, 256)
show(lambda: (7).from_bytes(b"\x01", "big"))  # expect: 1
show(lambda: [(1.5).hex(), (0.0).hex(), (-0.0).hex(), float("inf").hex(), float("-inf").hex(), float("nan").hex(), (1e-310).hex(), (5e-324).hex(), (0.1).hex(), (-2.0).hex(), (1e300).hex()])  # expect: ['0x1.8000000000000p+0', '0x0.0p+0', '-0x0.0p+0', 'inf', '-inf', 'nan', '0x0.012688b70e62bp-1022', '0x0.0000000000001p-1022', '0x1.999999999999ap-4', '-0x1.0000000000000p+1', '0x1.7e43c8800759cp+996']
show(lambda: [float.fromhex(x) for x in ["0x1.999999999999ap-4", " -0x1p-1074 ", "inf", "-Infinity", "1.8p1", "0x.8", "0x1p-1080", "0x1.00000000000008p0", "0x1.00000000000018p0", "0X1P+2", "0x1.", "-0x1.fffffffffffffp+1023", "+0x0p0", "0x1e"]])  # expect: [0.1, -5e-324, inf, -inf, 3.0, 0.5, 0.0, 1.0, 1.0000000000000004, 4.0, 1.0, -1.7976931348623157e+308, 0.0, 30.0]
show(lambda: float.fromhex("nan"))  # expect: nan
show(lambda: float.fromhex("0x1.fffffffffffff8p1023"))  # expect: OverflowError: hexadecimal value too large to represent as a float
show(lambda: float.fromhex("0x1p1024"))  # expect: OverflowError: hexadecimal value too large to represent as a float
show(lambda: float.fromhex("0x1p"))  # expect: ValueError: invalid hexadecimal floating-point string
show(lambda: float.fromhex(""))  # expect: ValueError: invalid hexadecimal floating-point string
show(lambda: float.fromhex("0x.p1"))  # expect: ValueError: invalid hexadecimal floating-point string
show(lambda: float.fromhex("0x1p99999999999999999999"))  # expect: OverflowError: hexadecimal value too large to represent as a float
show(lambda: float.fromhex("0x1p-99999999999999999999"))  # expect: 0.0
show(lambda: (2.5).fromhex("0x2"))  # expect: 2.0
show(lambda: [(3.0).is_integer(), (3.5).is_integer(), float("inf").is_integer(), float("nan").is_integer()])  # expect: [True, False, False, False]
show(lambda: [(2.5).as_integer_ratio(), (-0.1).as_integer_ratio(), (0.0).as_integer_ratio(), (1e20).as_integer_ratio(), (5e-324).as_integer_ratio()[1].bit_length()])  # expect: [(5, 2), (-3602879701896397, 36028797018963968), (0, 1), (100000000000000000000, 1), 1075]
show(lambda: float("inf").as_integer_ratio())  # expect: OverflowError: cannot convert Infinity to integer ratio
show(lambda: float("nan").as_integer_ratio())  # expect: ValueError: cannot convert NaN to integer ratio
show(lambda: (1.5).as_integer_ratio(1))  # expect: TypeError: float.as_integer_ratio() takes no arguments (1 given)
show(lambda: (1.5).conjugate())  # expect: 1.5
show(lambda: (5).bit_length(1))  # expect: TypeError: int.bit_length() takes no arguments (1 given)
show(lambda: (5).is_integer())  # expect: AttributeError: 'int' object has no attribute 'is_integer'
show(lambda: (1, 2, 1).count(1))  # expect: 2
show(lambda: (1, 2).index(2))  # expect: 1
show(lambda: (1, 2, 3, 2).index(2, 2))  # expect: 3
show(lambda: (1, 2).index(3))  # expect: ValueError: tuple.index(x): x not in tuple
show(lambda: (1, 2).index())  # expect: TypeError: index expected at least 1 argument, got 0
show(lambda: (1, 2).count())  # expect: TypeError: tuple.count() takes exactly one argument (0 given)
