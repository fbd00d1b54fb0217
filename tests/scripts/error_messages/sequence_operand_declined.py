# A user class whose dunders return NotImplemented on the right of a
# sequence operator gets CPython's sequence messages.
class A:
    def __radd__(self, o):
        return NotImplemented
    def __rmul__(self, o):
        return NotImplemented

class B:
    pass

for f in [lambda: "s" + A(), lambda: [1] + B(), lambda: (1,) + A(),
          lambda: "s" * A(), lambda: B() * "s", lambda: [1] * B(),
          lambda: b"x" + A(), lambda: A() + "s"]:
    try:
        f()
    except TypeError as e:
        print(e)
# expect: can only concatenate str (not "A") to str
# expect: can only concatenate list (not "B") to list
# expect: can only concatenate tuple (not "A") to tuple
# expect: can't multiply sequence by non-int of type 'A'
# expect: can't multiply sequence by non-int of type 'B'
# expect: can't multiply sequence by non-int of type 'B'
# expect: can't concat A to bytes
# expect: unsupported operand type(s) for +: 'A' and 'str'
