print(1 and 2, 0 and 2, 1 or 2, 0 or 2)  # expect: 2 0 1 2
print("" or "default", "x" or "default")  # expect: default x
print(None and 1, [] or {} or "last")  # expect: None last
print(not 0, not 1, not "", not [0], not None)  # expect: True False True False True
print(type(1 and 2).__name__, (0.0 or []))  # expect: int []
def t(v):
    print("eval", repr(v))
    return v
r = t(0) and t(1)
# expect: eval 0
print(r)  # expect: 0
r = t(2) or t(3)
# expect: eval 2
print(r)  # expect: 2
r = t(0) or t("") or t("z")
# expect: eval 0
# expect: eval ''
# expect: eval 'z'
print(r)  # expect: z
print(1 if True else 2, 1 if 0 else 2)  # expect: 1 2
x = 5
print("big" if x > 3 else "small" if x > 1 else "tiny")  # expect: big
print(not 1 == 2, not (1 and 0))  # expect: True True
print(bool(0), bool(0.0), bool(""), bool(()), bool({}), bool(set()), bool(range(0)))  # expect: False False False False False False False
print(bool(-1), bool(0.1), bool(" "), bool((0,)), bool([[]]))  # expect: True True True True True
