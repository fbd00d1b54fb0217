# Methods of bytes: search, split, strip, replace, case, predicates, hex/fromhex, padding.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = b"hello world, hello"
show(lambda: b.find(b"llo"))  # expect: 2
show(lambda: b.find(108))  # expect: 2
show(lambda: b.find(b"llo", 5, -1))  # expect: -1
show(lambda: b.rfind(b"llo"))  # expect: 15
show(lambda: b.index(b"zz"))  # expect: ValueError: subsection not found
show(lambda: b.rindex(b"o"))  # expect: 17
show(lambda: b.count(b"l"))  # expect: 5
show(lambda: b.count(b""))  # expect: 19
show(lambda: b.count(256))  # expect: ValueError: byte must be in range(0, 256)
show(lambda: b.find("a"))  # expect: TypeError: argument should be integer or bytes-like object, not 'str'
show(lambda: b.startswith(b"hell"))  # expect: True
show(lambda: b.startswith((b"x", b"he")))  # expect: True
show(lambda: b.endswith(b"llo", 0, 5))  # expect: True
show(lambda: b.startswith("h"))  # expect: TypeError: startswith first arg must be bytes or a tuple of bytes, not str
show(lambda: b.split())  # expect: [b'hello', b'world,', b'hello']
show(lambda: b.split(b","))  # expect: [b'hello world', b' hello']
show(lambda: b.split(b"l", 2))  # expect: [b'he', b'', b'o world, hello']
show(lambda: b.rsplit(b"l", 2))  # expect: [b'hello world, he', b'', b'o']
show(lambda: b"  a  b ".split(maxsplit=1))  # expect: [b'a', b'b ']
show(lambda: b"  a  b ".rsplit(maxsplit=1))  # expect: [b'  a', b'b']
show(lambda: b.split(","))  # expect: TypeError: a bytes-like object is required, not 'str'
show(lambda: b.split(b""))  # expect: ValueError: empty separator
show(lambda: b"-".join([b"a", b"b"]))  # expect: b'a-b'
show(lambda: b"-".join([b"a", "b"]))  # expect: TypeError: sequence item 1: expected a bytes-like object, str found
show(lambda: b"  x  ".strip())  # expect: b'x'
show(lambda: b"xxaxx".strip(b"x"))  # expect: b'a'
show(lambda: b"xxaxx".lstrip(b"x"))  # expect: b'axx'
show(lambda: b"xxaxx".rstrip(b"x"))  # expect: b'xxa'
show(lambda: b"xxaxx".strip("x"))  # expect: TypeError: a bytes-like object is required, not 'str'
show(lambda: b"aXbX".replace(b"X", b"yy"))  # expect: b'ayybyy'
show(lambda: b"aXbX".replace(b"X", b"yy", 1))  # expect: b'ayybX'
show(lambda: b"ab".replace(b"", b"-"))  # expect: b'-a-b-'
show(lambda: b"ab".replace(b"", b"-", 2))  # expect: b'-a-b'
show(lambda: b"".replace(b"", b"-"))  # expect: b'-'
show(lambda: b"Hello World".upper())  # expect: b'HELLO WORLD'
show(lambda: b"Hello World".lower())  # expect: b'hello world'
show(lambda: b"Hello World".swapcase())  # expect: b'hELLO wORLD'
show(lambda: b"hello world".title())  # expect: b'Hello World'
show(lambda: b"hello world".capitalize())  # expect: b'Hello world'
show(lambda: [b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab".istitle(), b"".isdigit(), b"\x80".isascii()])  # expect: [True, True, True, True, True, True, True, False, False]
show(lambda: b"\x00\xff\x10".hex())  # expect: '00ff10'
show(lambda: b"\x00\xff\x10".hex(":"))  # expect: '00:ff:10'
show(lambda: b"\x00\xff\x10\x20\x30".hex(":", 2))  # expect: '00:ff10:2030'
show(lambda: b"\x00\xff\x10\x20\x30".hex(":", -2))  # expect: '00ff:1020:30'
show(lambda: b"\x00\xff\x10".hex(b"-"))  # expect: '00-ff-10'
show(lambda: b"\x00\xff".hex("::"))  # expect: ValueError: sep must be length 1.
show(lambda: bytes.fromhex("41 42 43"))  # expect: b'ABC'
show(lambda: bytes.fromhex(" 4142\n43 "))  # expect: b'ABC'
show(lambda: bytes.fromhex("4"))  # expect: ValueError: non-hexadecimal number found in fromhex() arg at position 1
show(lambda: bytes.fromhex("4 1"))  # expect: ValueError: non-hexadecimal number found in fromhex() arg at position 1
show(lambda: bytes.fromhex("zz"))  # expect: ValueError: non-hexadecimal number found in fromhex() arg at position 0
show(lambda: bytes.fromhex(1))  # expect: TypeError: fromhex() argument must be str, not int
show(lambda: b"".fromhex("41"))  # expect: b'A'
show(lambda: b"ab".center(6, b"*"))  # expect: b'**ab**'
show(lambda: b"ab".ljust(4))  # expect: b'ab  '
show(lambda: b"ab".rjust(4, b"0"))  # expect: b'00ab'
show(lambda: b"-5".zfill(4))  # expect: b'-005'
show(lambda: b"a,b".partition(b","))  # expect: (b'a', b',', b'b')
show(lambda: b"a,b,c".rpartition(b","))  # expect: (b'a,b', b',', b'c')
show(lambda: b"a,b".partition(b"x"))  # expect: (b'a,b', b'', b'')
show(lambda: b"abc".removeprefix(b"a"))  # expect: b'bc'
show(lambda: b"abc".removesuffix(b"c"))  # expect: b'ab'
show(lambda: b"a\nb\r\nc".splitlines())  # expect: [b'a', b'b', b'c']
show(lambda: b"a\nb\r\nc".splitlines(True))  # expect: [b'a\n', b'b\r\n', b'c']
show(lambda: b"abc".decode())  # expect: 'abc'
show(lambda: b"abc".upper(1))  # expect: TypeError: bytes.upper() takes no arguments (1 given)
show(lambda: b"abc".center(5, "x"))  # expect: TypeError: center() argument 2 must be a byte string of length 1, not str
