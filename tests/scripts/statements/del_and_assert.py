x = 1
del x
try:
    x
except NameError as e:
    print(e)  # expect: name 'x' is not defined
a = [0, 1, 2, 3, 4, 5]
del a[0]; print(a)  # expect: [1, 2, 3, 4, 5]
del a[-1]; print(a)  # expect: [1, 2, 3, 4]
del a[1:3]; print(a)  # expect: [1, 4]
d = {"k": 1, "j": 2}
del d["k"]; print(d)  # expect: {'j': 2}
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'zz'
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))  # expect: False
try:
    del o.attr
except AttributeError as e:
    print(e)  # expect: 'O' object has no attribute 'attr'
p, q = 1, 2
del p, q
print("p" in dir(), "q" in globals())  # expect: False False
try:
    del undefined_name
except NameError as e:
    print(e)  # expect: name 'undefined_name' is not defined
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)  # expect: [[1]]
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())  # expect: cannot access local variable 'v' where it is not associated with a value
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)  # expect: AssertionError() ()
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)  # expect: empty list is falsy
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)  # expect: (('tuple', 1),)
n: int = 5
label: str
print(n)  # expect: 5
try:
    label
except NameError as e:
    print(e)  # expect: name 'label' is not defined
class Ann:
    field: int = 3
    other: str
print(Ann.field, hasattr(Ann, "other"))  # expect: 3 False
r = [1, 2, 3]
del r[:]
print(r)  # expect: []
