class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as v:
    print("body", v)
# expect: enter a
# expect: body A
# expect: exit a None None
with CM("x") as x, CM("y") as y:
    print("both", x, y)
# expect: enter x
# expect: enter y
# expect: both X Y
# expect: exit y None None
# expect: exit x None None
with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
# expect: enter s
# expect: exit s ValueError hidden
# expect: after suppressed
try:
    with CM("p"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
# expect: enter p
# expect: exit p KeyError 'k'
# expect: propagated 'k'
try:
    with CM("outer", suppress=False), CM("inner", suppress=True):
        1 / 0
    print("inner suppressed it")
except ZeroDivisionError:
    print("not reached")
# expect: enter outer
# expect: enter inner
# expect: exit inner ZeroDivisionError division by zero
# expect: exit outer None None
# expect: inner suppressed it
def early():
    with CM("r"):
        return "returned"
print(early())
# expect: enter r
# expect: exit r None None
# expect: returned
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
# expect: enter 0
# expect: exit 0 None None
# expect: enter 1
# expect: exit 1 None None
class Tx:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, t, e, tb):
        self.log.append("rollback" if t else "commit")
        return False
tx = Tx()
with tx as same:
    print(same is tx)  # expect: True
try:
    with tx:
        raise RuntimeError
except RuntimeError:
    pass
print(tx.log)  # expect: ['begin', 'commit', 'begin', 'rollback']
class BadEnter:
    def __enter__(self):
        raise RuntimeError("cannot enter")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with BadEnter():
        print("no body")
except RuntimeError as e:
    print(e)  # expect: cannot enter
with (CM("p1") as a1,
      CM("p2") as a2):
    print(a1 + a2)
# expect: enter p1
# expect: enter p2
# expect: P1P2
# expect: exit p2 None None
# expect: exit p1 None None
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print("not a context manager")  # expect: not a context manager
