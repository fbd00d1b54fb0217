# find/index/count/startswith with start and end in characters on non-ASCII text; replace.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = "héllo wörld, héllo"
show(lambda: s.find("llo"))  # expect: 2
show(lambda: s.find("llo", 5))  # expect: 15
show(lambda: s.find("llo", -4))  # expect: 15
show(lambda: s.rfind("l", 0, 5))  # expect: 3
show(lambda: s.find("", 100))  # expect: -1
show(lambda: s.find("", 18))  # expect: 18
show(lambda: s.rfind(""))  # expect: 18
show(lambda: s.count(""))  # expect: 19
show(lambda: s.count("", 3, 5))  # expect: 3
show(lambda: s.count("l", -5))  # expect: 2
show(lambda: s.count("", 10, 2))  # expect: 0
show(lambda: s.index("ö"))  # expect: 7
show(lambda: s.rindex("é"))  # expect: 14
show(lambda: s.index("é", 2, 10))  # expect: ValueError: substring not found
show(lambda: s.find("a", None, None))  # expect: -1
show(lambda: s.find(1))  # expect: TypeError: must be str, not int
show(lambda: s.find())  # expect: TypeError: find() takes at least 1 argument (0 given)
show(lambda: s.find("a", 1, 2, 3))  # expect: TypeError: find() takes at most 3 arguments (4 given)
show(lambda: s.find("a", "x"))  # expect: TypeError: slice indices must be integers or None or have an __index__ method
show(lambda: s.count(None))  # expect: TypeError: must be str, not NoneType
show(lambda: s.startswith("héllo"))  # expect: True
show(lambda: s.startswith("wörld", 6))  # expect: True
show(lambda: s.startswith("wörld", 6, 10))  # expect: False
show(lambda: s.endswith("wörld", 0, 11))  # expect: True
show(lambda: s.endswith(("x", "llo")))  # expect: True
show(lambda: s.startswith(("x", 1)))  # expect: TypeError: tuple for startswith must only contain str, not int
show(lambda: s.startswith("", 18))  # expect: True
show(lambda: s.startswith("", 19))  # expect: False
show(lambda: s.startswith(1))  # expect: TypeError: startswith first arg must be str or a tuple of str, not int
show(lambda: "abc".startswith("b", -2))  # expect: True
show(lambda: "abc".endswith("b", -3, -1))  # expect: True
show(lambda: "aaa".count("aa"))  # expect: 1
show(lambda: "aaa".replace("aa", "b"))  # expect: 'ba'
show(lambda: "abc".replace("", "-", 2))  # expect: '-a-bc'
show(lambda: "abc".replace("b", "x", 0))  # expect: 'abc'
show(lambda: "abcb".replace("b", "x", -1))  # expect: 'axcx'
show(lambda: "abc".replace(1, "x"))  # expect: TypeError: replace() argument 1 must be str, not int
show(lambda: "abc".replace("a", 2))  # expect: TypeError: replace() argument 2 must be str, not int
show(lambda: "abc".replace("a"))  # expect: TypeError: replace expected at least 2 arguments, got 1
show(lambda: "abc".replace("a", "b", x=1))  # expect: TypeError: str.replace() takes no keyword arguments
show(lambda: "abc".replace("a", "b", 1.0))  # expect: TypeError: 'float' object cannot be interpreted as an integer
