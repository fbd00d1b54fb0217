# split/rsplit (whitespace rules, maxsplit), splitlines boundaries, strip, padding, zfill, expandtabs, partition, join.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "  a b  c ".split())  # expect: ['a', 'b', 'c']
show(lambda: "  a b  c ".split(None, 1))  # expect: ['a', 'b  c ']
show(lambda: "  a b  c ".split(maxsplit=1))  # expect: ['a', 'b  c ']
show(lambda: "  a b  c ".rsplit(maxsplit=1))  # expect: ['  a b', 'c']
show(lambda: "  a b  c ".split(maxsplit=0))  # expect: ['a b  c ']
show(lambda: "  a b  c ".rsplit(maxsplit=0))  # expect: ['  a b  c']
show(lambda: "  a b  c ".rsplit(None, 2))  # expect: ['  a', 'b', 'c']
show(lambda: "a\x1cb\x85c\u3000d".split())  # expect: ['a', 'b', 'c', 'd']
show(lambda: "a,b,c".split(",", maxsplit=-5))  # expect: ['a', 'b', 'c']
show(lambda: "a,b,c".split(sep=","))  # expect: ['a', 'b', 'c']
show(lambda: "a,b,c".rsplit(",", 0))  # expect: ['a,b,c']
show(lambda: "aaa".rsplit("aa"))  # expect: ['a', '']
show(lambda: "aaa".split("aa"))  # expect: ['', 'a']
show(lambda: "a,b".split(",", "x"))  # expect: TypeError: 'str' object cannot be interpreted as an integer
show(lambda: "a,b".split(1))  # expect: TypeError: must be str or None, not int
show(lambda: "a,b".split(",", 1, 2))  # expect: TypeError: split() takes at most 2 arguments (3 given)
show(lambda: "a,b".split(",", sep=","))  # expect: TypeError: argument for split() given by name ('sep') and position (1)
show(lambda: "a,b".split(x=","))  # expect: TypeError: 'x' is an invalid keyword argument for split()
show(lambda: "a,b".split(",", maxsplit=None))  # expect: TypeError: 'NoneType' object cannot be interpreted as an integer
show(lambda: "".split(","))  # expect: ['']
show(lambda: "   ".split())  # expect: []
show(lambda: "   ".rsplit())  # expect: []
show(lambda: "a\nb\r\nc\rd\ve\ff\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines())  # expect: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']
show(lambda: "a\nb\r\nc\r".splitlines(True))  # expect: ['a\n', 'b\r\n', 'c\r']
show(lambda: "a\nb\r\nc\r".splitlines(keepends=True))  # expect: ['a\n', 'b\r\n', 'c\r']
show(lambda: "\n".splitlines())  # expect: ['']
show(lambda: "".splitlines())  # expect: []
show(lambda: "a\r\n\r\n".splitlines())  # expect: ['a', '']
show(lambda: "a".splitlines(1, 2))  # expect: TypeError: splitlines() takes at most 1 argument (2 given)
show(lambda: "a".splitlines("x"))  # expect: TypeError: 'str' object cannot be interpreted as an integer
show(lambda: " \t\n x \x0b\x0c\x1c".strip())  # expect: 'x'
show(lambda: "\xa0x\u3000".strip())  # expect: 'x'
show(lambda: "xyxzyx".strip("xy"))  # expect: 'z'
show(lambda: "xyxzyx".lstrip("xy"))  # expect: 'zyx'
show(lambda: "xyxzyx".rstrip("xy"))  # expect: 'xyxz'
show(lambda: "abc".strip(None))  # expect: 'abc'
show(lambda: "abc".strip(1))  # expect: TypeError: strip arg must be None or str
show(lambda: "abc".strip("a", "b"))  # expect: TypeError: strip expected at most 1 argument, got 2
show(lambda: "abc".strip(chars="a"))  # expect: TypeError: str.strip() takes no keyword arguments
show(lambda: "ab".center(7, "é"))  # expect: 'éééabéé'
show(lambda: "abc".center(6))  # expect: ' abc  '
show(lambda: "abc".center(8))  # expect: '  abc   '
show(lambda: "ab".center(5))  # expect: '  ab '
show(lambda: "ab".center(6))  # expect: '  ab  '
show(lambda: "a".center(4))  # expect: ' a  '
show(lambda: "abc".center(-1))  # expect: 'abc'
show(lambda: "abc".center(5, "ab"))  # expect: TypeError: The fill character must be exactly one character long
show(lambda: "abc".center(5, 1))  # expect: TypeError: The fill character must be a unicode character, not int
show(lambda: "abc".center())  # expect: TypeError: center expected at least 1 argument, got 0
show(lambda: "abc".center(1.5))  # expect: TypeError: 'float' object cannot be interpreted as an integer
show(lambda: "abc".ljust(5, "*"))  # expect: 'abc**'
show(lambda: "abc".rjust(5, "*"))  # expect: '**abc'
show(lambda: "-".zfill(3))  # expect: '-00'
show(lambda: "+".zfill(3))  # expect: '+00'
show(lambda: "".zfill(3))  # expect: '000'
show(lambda: "-3.5".zfill(7))  # expect: '-0003.5'
show(lambda: "é".zfill(3))  # expect: '00é'
show(lambda: "abc".zfill())  # expect: TypeError: str.zfill() takes exactly one argument (0 given)
show(lambda: "a\tbc\tdef\tg\nxy\tz".expandtabs())  # expect: 'a       bc      def     g\nxy      z'
show(lambda: "a\tbc\tdef\tg\nxy\tz".expandtabs(3))  # expect: 'a  bc def   g\nxy z'
show(lambda: "a\tb".expandtabs(0))  # expect: 'ab'
show(lambda: "a\tb".expandtabs(-1))  # expect: 'ab'
show(lambda: "a\tb".expandtabs(tabsize=2))  # expect: 'a b'
show(lambda: "a\r\tb".expandtabs(4))  # expect: 'a\r    b'
show(lambda: "a,b,c".partition(","))  # expect: ('a', ',', 'b,c')
show(lambda: "a,b,c".rpartition(","))  # expect: ('a,b', ',', 'c')
show(lambda: "abc".partition(""))  # expect: ValueError: empty separator
show(lambda: "abc".partition(1))  # expect: TypeError: must be str, not int
show(lambda: "abc".partition())  # expect: TypeError: str.partition() takes exactly one argument (0 given)
show(lambda: "abcabc".removeprefix("abc"))  # expect: 'abc'
show(lambda: "abc".removeprefix(""))  # expect: 'abc'
show(lambda: "abc".removesuffix("bc"))  # expect: 'a'
show(lambda: "abc".removesuffix(1))  # expect: TypeError: removesuffix() argument must be str, not int
show(lambda: ",".join(["a"]))  # expect: 'a'
show(lambda: ",".join([]))  # expect: ''
show(lambda: ",".join("abc"))  # expect: 'a,b,c'
show(lambda: ",".join(["a", None]))  # expect: TypeError: sequence item 1: expected str instance, NoneType found
show(lambda: ",".join(1))  # expect: TypeError: can only join an iterable
show(lambda: ",".join())  # expect: TypeError: str.join() takes exactly one argument (0 given)
show(lambda: "é".join(["a", "b"]))  # expect: 'aéb'
