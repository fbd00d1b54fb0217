d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d))  # expect: {'b': 2, 'a': 1, 'c': 3} 3
d["b"] = 20; print(list(d))  # expect: ['b', 'a', 'c']
print(d.get("a"), d.get("z"), d.get("z", 0))  # expect: 1 None 0
print(d.keys(), d.values())  # expect: dict_keys(['b', 'a', 'c']) dict_values([20, 1, 3])
print(d.items())  # expect: dict_items([('b', 20), ('a', 1), ('c', 3)])
print(d.pop("a"), d.pop("zz", "dflt"), d)  # expect: 1 dflt {'b': 20, 'c': 3}
print(d.setdefault("c", 99), d.setdefault("n", []), d)  # expect: 3 [] {'b': 20, 'c': 3, 'n': []}
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)  # expect: {'b': 20, 'c': 3, 'n': [], 'x': 1, 'y': 2, 'z': 3}
print(d.popitem(), d.popitem())  # expect: ('z', 3) ('y', 2)
c = d.copy(); c["new"] = 1; print("new" in d, "new" in c)  # expect: False True
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))  # expect: {'a': None, 'b': None} {1: 0, 2: 0}
c.clear(); print(c)  # expect: {}
del d["n"]; print(d)  # expect: {'b': 20, 'c': 3, 'x': 1}
d.pop("b"); d["b"] = 0; print(d)  # expect: {'c': 3, 'x': 1, 'b': 0}
print(dict(a=1, b=2), dict([(1, 2)]), dict({"k": "v"}, k2="v2"))  # expect: {'a': 1, 'b': 2} {1: 2} {'k': 'v', 'k2': 'v2'}
print({1: "int", 1.0: "float", True: "bool"})  # expect: {1: 'bool'}
print(d | {"z": 26}, {"a": 1} == {"a": 1.0})  # expect: {'c': 3, 'x': 1, 'b': 0, 'z': 26} True
try:
    d["missing"]
except KeyError as e:
    print(repr(e), e, e.args)  # expect: KeyError('missing') 'missing' ('missing',)
try:
    {}[(1, 2)]
except KeyError as e:
    print(e)  # expect: (1, 2)
try:
    {}.popitem()
except KeyError as e:
    print(e)  # expect: 'popitem(): dictionary is empty'
try:
    {[1]: 2}
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
