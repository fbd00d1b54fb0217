# Recursion 100000 deep raises RecursionError, which the script catches;
# the interpreter keeps working afterwards.
import sys
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1
try:
    down(100000)
    print("no error")
except RecursionError as e:
    print("caught", type(e).__name__)  # expect: caught RecursionError
print(down(100))  # expect: 100
class C:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    C().x
except RecursionError:
    print("getattr loop caught")  # expect: getattr loop caught
def key(x):
    return sorted([x], key=key)
try:
    key(1)
except RecursionError:
    print("sort key recursion caught")  # expect: sort key recursion caught
class E:
    def __eq__(self, other):
        return [self] == [other]
    __hash__ = object.__hash__
try:
    E() == E()
except RecursionError:
    print("__eq__ recursion caught")  # expect: __eq__ recursion caught
def via_map(n):
    return list(map(via_map, [n]))
try:
    via_map(0)
except RecursionError:
    print("map recursion caught")  # expect: map recursion caught
print(down(500))  # expect: 500
