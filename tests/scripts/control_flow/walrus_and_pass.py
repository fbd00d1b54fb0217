data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print(f"long list of {n}")  # expect: long list of 5
it = iter(data)
total = 0
while (v := next(it, None)) is not None:
    total += v
print(total, v)  # expect: 41 None
print([y for x in data if (y := x * 2) > 10])  # expect: [24, 40]
print(y)  # expect: 40
def f():
    pass
class Empty:
    pass
print(f(), type(Empty()).__name__)  # expect: None Empty
if True: print("one-liner")  # expect: one-liner
a = 1; b = 2; print(a + b)  # expect: 3
print((z := 5) + z)  # expect: 10
