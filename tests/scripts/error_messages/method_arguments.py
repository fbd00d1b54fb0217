# Argument errors of built-in methods and constructors: each calling convention has its own CPython message.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "a".upper(1))  # expect: TypeError: str.upper() takes no arguments (1 given)
show(lambda: "a".upper(x=1))  # expect: TypeError: str.upper() takes no keyword arguments
show(lambda: "a".isdigit(1))  # expect: TypeError: str.isdigit() takes no arguments (1 given)
show(lambda: "a".find())  # expect: TypeError: find() takes at least 1 argument (0 given)
show(lambda: "a".find("a", 1, 2, 3))  # expect: TypeError: find() takes at most 3 arguments (4 given)
show(lambda: "a".find(x=1))  # expect: TypeError: str.find() takes no keyword arguments
show(lambda: "a".count())  # expect: TypeError: count() takes at least 1 argument (0 given)
show(lambda: "a".startswith())  # expect: TypeError: startswith() takes at least 1 argument (0 given)
show(lambda: "a".replace())  # expect: TypeError: replace expected at least 2 arguments, got 0
show(lambda: "a".replace("a", "b", 1, 2))  # expect: TypeError: replace expected at most 3 arguments, got 4
show(lambda: "a".split(1, 2, 3))  # expect: TypeError: split() takes at most 2 arguments (3 given)
show(lambda: "a".split(x=1))  # expect: TypeError: 'x' is an invalid keyword argument for split()
show(lambda: "a".split("a", sep="b"))  # expect: TypeError: argument for split() given by name ('sep') and position (1)
show(lambda: "a".join())  # expect: TypeError: str.join() takes exactly one argument (0 given)
show(lambda: "a".join(1))  # expect: TypeError: can only join an iterable
show(lambda: "a".center())  # expect: TypeError: center expected at least 1 argument, got 0
show(lambda: "a".strip(1, 2))  # expect: TypeError: strip expected at most 1 argument, got 2
show(lambda: "a".strip(x=1))  # expect: TypeError: str.strip() takes no keyword arguments
show(lambda: "a".encode(1, 2, 3))  # expect: TypeError: encode() takes at most 2 arguments (3 given)
show(lambda: "a".encode(errors=1))  # expect: TypeError: encode() argument 'errors' must be str, not int
show(lambda: "a".zfill())  # expect: TypeError: str.zfill() takes exactly one argument (0 given)
show(lambda: "a".partition())  # expect: TypeError: str.partition() takes exactly one argument (0 given)
show(lambda: "a".expandtabs(1, 2))  # expect: TypeError: expandtabs() takes at most 1 argument (2 given)
show(lambda: "a".splitlines(x=1))  # expect: TypeError: 'x' is an invalid keyword argument for splitlines()
show(lambda: "a".translate())  # expect: TypeError: str.translate() takes exactly one argument (0 given)
show(lambda: "a".format_map())  # expect: TypeError: str.format_map() takes exactly one argument (0 given)
show(lambda: "a".removeprefix(x=1))  # expect: TypeError: str.removeprefix() takes no keyword arguments
show(lambda: str.maketrans(x=1))  # expect: TypeError: str.maketrans() takes no keyword arguments
show(lambda: b"a".hex(1, 2, 3))  # expect: TypeError: hex() takes at most 2 arguments (3 given)
show(lambda: b"a".count(x=1))  # expect: TypeError: bytes.count() takes no keyword arguments
show(lambda: b"a".decode(1))  # expect: TypeError: decode() argument 'encoding' must be str, not int
show(lambda: (1).bit_length(2))  # expect: TypeError: int.bit_length() takes no arguments (1 given)
show(lambda: (1).to_bytes(1, 2, 3, 4))  # expect: TypeError: to_bytes() takes at most 3 arguments (4 given)
show(lambda: (1).to_bytes(1, "big", x=1))  # expect: TypeError: 'x' is an invalid keyword argument for to_bytes()
show(lambda: int.from_bytes(b"a", "big", False))  # expect: TypeError: from_bytes() takes at most 2 positional arguments (3 given)
show(lambda: (1.5).as_integer_ratio(1))  # expect: TypeError: float.as_integer_ratio() takes no arguments (1 given)
show(lambda: [].append())  # expect: TypeError: list.append() takes exactly one argument (0 given)
show(lambda: [].insert(1))  # expect: TypeError: insert expected 2 arguments, got 1
show(lambda: [].pop(1, 2))  # expect: TypeError: pop expected at most 1 argument, got 2
show(lambda: [].index())  # expect: TypeError: index expected at least 1 argument, got 0
show(lambda: [].count())  # expect: TypeError: list.count() takes exactly one argument (0 given)
show(lambda: [].reverse(1))  # expect: TypeError: list.reverse() takes no arguments (1 given)
show(lambda: [].insert(x=1))  # expect: TypeError: list.insert() takes no keyword arguments
show(lambda: (1,).index(x=1))  # expect: TypeError: tuple.index() takes no keyword arguments
show(lambda: (1,).index(1, 2, 3, 4))  # expect: TypeError: index expected at most 3 arguments, got 4
show(lambda: (1,).count())  # expect: TypeError: tuple.count() takes exactly one argument (0 given)
show(lambda: (1, 2).index(3))  # expect: ValueError: tuple.index(x): x not in tuple
show(lambda: str(b"a", 1))  # expect: TypeError: str() argument 'encoding' must be str, not int
show(lambda: str("a", "utf-8"))  # expect: TypeError: decoding str is not supported
show(lambda: str(1, errors="strict"))  # expect: TypeError: decoding to str: need a bytes-like object, int found
show(lambda: str(b"a", "ascii", "strict", 1))  # expect: TypeError: str() takes at most 3 arguments (4 given)
show(lambda: str(x=1))  # expect: TypeError: 'x' is an invalid keyword argument for str()
show(lambda: bytes("a", 1))  # expect: TypeError: bytes() argument 'encoding' must be str, not int
show(lambda: bytes("a", errors="x"))  # expect: TypeError: string argument without an encoding
show(lambda: bytes(1, "utf-8"))  # expect: TypeError: encoding without a string argument
show(lambda: bytes(x=1))  # expect: TypeError: 'x' is an invalid keyword argument for bytes()
show(lambda: bytes(1.5))  # expect: TypeError: cannot convert 'float' object to bytes
show(lambda: bytes([1.5]))  # expect: TypeError: 'float' object cannot be interpreted as an integer
show(lambda: bytes([256]))  # expect: ValueError: bytes must be in range(0, 256)
show(lambda: int(x=1))  # expect: TypeError: 'x' is an invalid keyword argument for int()
show(lambda: int(base=8))  # expect: TypeError: int() missing string argument
show(lambda: int("5", base=8))  # expect: 5
show(lambda: int(1,2,3))  # expect: TypeError: int() takes at most 2 arguments (3 given)
show(lambda: float(b"x"))  # expect: ValueError: could not convert string to float: b'x'
show(lambda: float(b"1.5"))  # expect: 1.5
show(lambda: int("5", 8, base=8))  # expect: TypeError: int() takes at most 2 arguments (3 given)
