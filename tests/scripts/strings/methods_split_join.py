print("a,b,,c".split(","))  # expect: ['a', 'b', '', 'c']
print("  a  b\tc\n".split())  # expect: ['a', 'b', 'c']
print("a,b,c,d".split(",", 2))  # expect: ['a', 'b', 'c,d']
print("a,b,c,d".rsplit(",", 1))  # expect: ['a,b,c', 'd']
print("  x  y  ".rsplit(None, 1))  # expect: ['  x', 'y']
print("".split(), "".split(","))  # expect: [] ['']
print("abc".split("abc"))  # expect: ['', '']
print("-".join(["a", "b", "c"]), "".join("xyz"), repr(", ".join([])))  # expect: a-b-c xyz ''
print("/".join(str(i) for i in range(4)))  # expect: 0/1/2/3
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))  # expect: 'hi' 'hi  ' '  hi'
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."))  # expect: hi c example.com
print("line1\nline2\r\nline3".splitlines())  # expect: ['line1', 'line2', 'line3']
print("a\n\nb\n".splitlines(), "a\nb".splitlines(True))  # expect: ['a', '', 'b'] ['a\n', 'b']
print("k=v=w".partition("="), "k=v=w".rpartition("="))  # expect: ('k', '=', 'v=w') ('k=v', '=', 'w')
print("abc".partition("x"), "abc".rpartition("x"))  # expect: ('abc', '', '') ('', '', 'abc')
print("aaaa".replace("a", "b", 2), "abab".replace("ab", ""), "x".replace("", "-"))  # expect: bbaa  -x-
try:
    "a".split("")
except ValueError as e:
    print(e)  # expect: empty separator
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)  # expect: sequence item 1: expected str instance, int found
