b = b"hello"
print(b)  # expect: b'hello'
print(len(b), b[0], b[-1])  # expect: 5 104 111
print(b[1:3])  # expect: b'el'
print(b"\x00\xff\n")  # expect: b'\x00\xff\n'
print(b"it's")  # expect: b"it's"
print(list(b"abc"))  # expect: [97, 98, 99]
print(b"ab" + b"cd", b"x" * 3)  # expect: b'abcd' b'xxx'
print("héllo".encode())  # expect: b'h\xc3\xa9llo'
print(b'h\xc3\xa9llo'.decode())  # expect: héllo
print(bytes([65, 66, 67]))  # expect: b'ABC'
print(bytes(3))  # expect: b'\x00\x00\x00'
print(b"abc" == b"abc", b"a" < b"b")  # expect: True True
print(type(b).__name__)  # expect: bytes
print(rb"\n", br"\t")  # expect: b'\\n' b'\\t'
print(b"hello".upper(), b"a,b".split(b","))  # expect: b'HELLO' [b'a', b'b']
print(98 in b"abc", b"bc" in b"abc")  # expect: True True
print(b"\t".hex(), bytes.fromhex("4142"))  # expect: 09 b'AB'
