# dict_keys and dict_items views compare as sets; dict_values by identity.
d = {"b": 1, "a": 2}
print(d.keys() == {"a", "b"}, {"a", "b"} == d.keys())  # expect: True True
print(d.items() == {("b", 1), ("a", 2)})  # expect: True
print(d.keys() == {"a"}, d.keys() != {"a"})  # expect: False True
print(d.keys() == {"a": 0, "b": 0}.keys())  # expect: True
print(d.keys() == ["b", "a"], d.keys() == d)  # expect: False False
print(d.keys() <= {"a", "b", "c"}, d.keys() < {"a", "b"})  # expect: True False
print(d.items() >= {("a", 2)}, frozenset({"a"}) < d.keys())  # expect: True True
v = d.values()
print(v == v, d.values() == d.values())  # expect: True False
try:
    d.keys() < ["a"]
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'dict_keys' and 'list'
d.values() <= d.values()
# expect runtime error: TypeError: '<=' not supported between instances of 'dict_values' and 'dict_values'
