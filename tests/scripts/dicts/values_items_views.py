# 'in' and reversed() on values and items views work on their own elements;
# print writes the arguments before one whose __str__ raises.
d = {"a": "x", "b": 5}
print("x" in d.values(), 5 in d.values(), "a" in d.values(), ("a","x") in d.items())
print(list(reversed(d.values())), list(reversed(d.items())), list(reversed(d.keys())), list(reversed(d)))
class Bad:
    def __str__(self): raise ValueError("no")
try:
    print("a", 1, Bad(), "z")
except ValueError as e:
    print("|", e)
# expect: True True False True
# expect: [5, 'x'] [('b', 5), ('a', 'x')] ['b', 'a'] ['b', 'a']
# expect: a 1 | no
