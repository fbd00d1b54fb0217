print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)  # expect: True False True False True False
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)  # expect: True False True
print(1 == 1 != 2, 1 < 2 == 2 > 0)  # expect: True True
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(0) < f(5))  # expect: False
print(calls)  # expect: [1, 0]
calls.clear()
print(f(1) < f(2) < f(3))  # expect: True
print(calls)  # expect: [1, 2, 3]
print("abc" < "abd", "a" < "B", "Z" < "a", "" < "a")  # expect: True False True True
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))  # expect: True True True
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2})  # expect: True False True
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > {1})  # expect: True True False
print(None is None, None == None, None is not None)  # expect: True True False
a = [1]
b = [1]
print(a == b, a is b, a is not b)  # expect: True False True
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "ac" in "abc")  # expect: True True True False
print(2 in {2: "x"}, "x" in {2: "x"}, 2 in range(0, 10, 2))  # expect: True False True
print(float("nan") != float("nan"))  # expect: True
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)  # expect: False True
print(True == 1.0, 10**20 == 1e20, 2**100 > 1e30)  # expect: True True True
print(max(1, 2) == 2 == min(2, 3))  # expect: True
