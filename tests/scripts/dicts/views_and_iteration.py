d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
# expect: one 1
# expect: two 2
# expect: three 3
for k, v in d.items():
    print(f"{k}={v}", end=";")
print()  # expect: one=1;two=2;three=3;
keys = d.keys()
d["four"] = 4
print(len(keys), "four" in keys, list(keys)[-1])  # expect: 4 True four
print(sorted(d.values()), sum(d.values()))  # expect: [1, 2, 3, 4] 10
print(keys & {"one", "zzz"}, sorted(keys - {"one"}))  # expect: {'one'} ['four', 'three', 'two']
print(("two", 2) in d.items(), list(reversed(d)))  # expect: True ['four', 'three', 'two', 'one']
try:
    for k in d:
        d["five"] = 5
except RuntimeError as e:
    print(e)  # expect: dictionary changed size during iteration
inv = {v: k for k, v in d.items()}
print(inv[3], len(inv))  # expect: three 5
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)  # expect: {'m': 1, 'i': 4, 's': 4, 'p': 2}
nested = {"a": {"b": {"c": [1, 2]}}}
nested["a"]["b"]["c"].append(3)
print(nested, nested["a"]["b"]["c"][-1])  # expect: {'a': {'b': {'c': [1, 2, 3]}}} 3
print({(1, 2): "t", None: 0, 2.5: "f", frozenset([1]): "fs"}[frozenset([1])])  # expect: fs
print(list(zip(d.keys(), d.values()))[0], dict(zip("ab", [1, 2])))  # expect: ('one', 1) {'a': 1, 'b': 2}
print(repr({}), str({"q": "'"}))  # expect: {} {'q': "'"}
