d = {"a": 1}
print(d["a"])  # expect: 1
print(d["b"])
# expect runtime error: KeyError: 'b'
