# maketrans/translate; encode and decode with utf-8, ascii, latin-1 and error handlers; str() and bytes() with encodings.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t = str.maketrans("abc", "xyz", "d")
show(lambda: sorted(t.items()))  # expect: [(97, 120), (98, 121), (99, 122), (100, None)]
show(lambda: "abcdd e".translate(t))  # expect: 'xyz e'
show(lambda: "abc".translate({97: "AA", 98: None, 99: 100}))  # expect: 'AAd'
show(lambda: "abc".translate({97: 1.5}))  # expect: TypeError: character mapping must return integer, None or str
show(lambda: "abc".translate({97: -1}))  # expect: ValueError: character mapping must be in range(0x110000)
show(lambda: "abc".translate([]))  # expect: 'abc'
show(lambda: "abc".translate(["x"] * 98))  # expect: 'xbc'
show(lambda: sorted(str.maketrans({"a": "b", 98: None}).items()))  # expect: [(97, 'b'), (98, None)]
show(lambda: str.maketrans({"ab": 1}))  # expect: ValueError: string keys in translate table must be of length 1
show(lambda: str.maketrans({1.5: 1}))  # expect: TypeError: keys in translate table must be strings or integers
show(lambda: str.maketrans("ab", "c"))  # expect: ValueError: the first two maketrans arguments must have equal length
show(lambda: str.maketrans(1))  # expect: TypeError: if you give only one argument to maketrans it must be a dict
show(lambda: str.maketrans())  # expect: TypeError: maketrans expected at least 1 argument, got 0
show(lambda: "".maketrans("a", "b"))  # expect: {97: 98}
show(lambda: "héllo€".encode())  # expect: b'h\xc3\xa9llo\xe2\x82\xac'
show(lambda: "héllo€".encode("utf-8"))  # expect: b'h\xc3\xa9llo\xe2\x82\xac'
show(lambda: "héllo€".encode("UTF8"))  # expect: b'h\xc3\xa9llo\xe2\x82\xac'
show(lambda: "héllo".encode("latin-1"))  # expect: b'h\xe9llo'
show(lambda: "héllo€".encode("latin1"))  # expect: UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 5: ordinal not in range(256)
show(lambda: "héllo€".encode("ascii"))  # expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
show(lambda: "hé€llo".encode("ascii"))  # expect: UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
show(lambda: "héllo€".encode("ascii", "ignore"))  # expect: b'hllo'
show(lambda: "héllo€".encode("ascii", "replace"))  # expect: b'h?llo?'
show(lambda: "héllo€😀".encode("ascii", "backslashreplace"))  # expect: b'h\\xe9llo\\u20ac\\U0001f600'
show(lambda: "héllo€".encode("ascii", "xmlcharrefreplace"))  # expect: b'h&#233;llo&#8364;'
show(lambda: "héllo€".encode("ascii", errors="bogus"))  # expect: LookupError: unknown error handler name 'bogus'
show(lambda: "hello".encode("ascii", errors="bogus"))  # expect: b'hello'
show(lambda: "a".encode("nope"))  # expect: LookupError: unknown encoding: nope
show(lambda: "a".encode(1))  # expect: TypeError: encode() argument 'encoding' must be str, not int
show(lambda: "a".encode(encoding="ascii"))  # expect: b'a'
show(lambda: "a".encode("a", "b", "c"))  # expect: TypeError: encode() takes at most 2 arguments (3 given)
show(lambda: "a😀".encode("ascii"))  # expect: UnicodeEncodeError: 'ascii' codec can't encode character '\U0001f600' in position 1: ordinal not in range(128)
show(lambda: b"a\xffb".decode())  # expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
show(lambda: b"a\xffb".decode("utf-8", "replace"))  # expect: 'a�b'
show(lambda: b"a\xffb".decode("utf-8", "ignore"))  # expect: 'ab'
show(lambda: b"a\xffb".decode("utf-8", "backslashreplace"))  # expect: 'a\\xffb'
show(lambda: b"\xe9\x80x".decode())  # expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
show(lambda: b"a\xe9\x80".decode())  # expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data
show(lambda: b"\xf0\x9f\x98".decode())  # expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data
show(lambda: b"\xf0\x9f\x98\x80".decode())  # expect: '😀'
show(lambda: b"\xe9t\xe9".decode("latin-1"))  # expect: 'été'
show(lambda: b"\xe9t\xe9".decode("ascii"))  # expect: UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
show(lambda: b"\xe9t\xe9".decode("ascii", "replace"))  # expect: '�t�'
show(lambda: b"abc".decode("x"))  # expect: LookupError: unknown encoding: x
show(lambda: b"abc".decode(encoding="ascii"))  # expect: 'abc'
show(lambda: str(b"\xc3\xa9", "utf-8"))  # expect: 'é'
show(lambda: str(b"\xe9", "latin-1"))  # expect: 'é'
show(lambda: str(b"\xe9", "utf-8"))  # expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data
show(lambda: str(b"\xe9", "utf-8", "replace"))  # expect: '�'
show(lambda: str(b"\xe9", encoding="ascii", errors="ignore"))  # expect: ''
show(lambda: bytes("é", "utf-8"))  # expect: b'\xc3\xa9'
show(lambda: bytes("é", "latin-1"))  # expect: b'\xe9'
show(lambda: bytes("é", "ascii"))  # expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
