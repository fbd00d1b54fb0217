x = 3
assert x > 0, "positive"
print("ok")  # expect: ok
assert x > 5, f"x too small: {x}"
# expect runtime error: AssertionError: x too small: 3
