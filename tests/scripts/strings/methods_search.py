s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("zzz"))  # expect: 0 13 -1
print(s.rfind("hello"), s.rfind("o", 0, 6))  # expect: 13 4
print(s.index("world"), s.rindex("l"))  # expect: 6 16
print(s.count("l"), s.count("hello"), "aaaa".count("aa"), "abc".count(""))  # expect: 5 2 2 4
print(s.startswith("hell"), s.startswith(("x", "he")), s.startswith("world", 6))  # expect: True True True
print(s.endswith("llo"), s.endswith(("a", "b")), "file.py".endswith(".py"))  # expect: True False True
try:
    s.index("zzz")
except ValueError as e:
    print(e)  # expect: substring not found
print("o" in s, "xyz" not in s, "" in s)  # expect: True True True
print("Hello World".upper(), "Hello World".lower(), "hello wORLD".title())  # expect: HELLO WORLD hello world Hello World
print("hello world".capitalize(), "HeLLo".swapcase(), "ß".casefold())  # expect: Hello world hEllO ss
print("they're bill's".title())  # expect: They'Re Bill'S
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))  # expect: 00042 -0042 +007 abc
print("[" + "ab".center(6) + "]", "[" + "ab".center(5, "*") + "]")  # expect: [  ab  ] [**ab*]
print("[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5) + "]")  # expect: [ab...] [   ab]
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"))  # expect: name name
print("a\tb".expandtabs(4))  # expect: a   b
