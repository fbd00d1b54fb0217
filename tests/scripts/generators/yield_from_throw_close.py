# throw() and close() on a generator suspended in yield from reach the
# sub-iterator first (generator or plain iterator), as in CPython.
def inner():
    try:
        yield 1
    except KeyError:
        yield "caught"
    return "inner done"
def outer():
    r = yield from inner()
    yield ("result", r)
o = outer()
print(next(o))
print(o.throw(KeyError("k")))
print(next(o))
def inner2():
    try:
        yield 1
    finally:
        print("inner2 finally")
def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 finally")
o = outer2()
next(o)
o.close()
print("closed2")
def inner3():
    yield 1
    return 7
def outer3():
    v = yield from inner3()
    print("got", v)
    yield v
o = outer3()
print(next(o))
try:
    o.throw(ValueError("x"))
except ValueError as e:
    print("propagated", e)
def inner4():
    try:
        yield 1
    except ValueError:
        return "handled"
def outer4():
    v = yield from inner4()
    yield "after " + v
o = outer4()
next(o)
print(o.throw(ValueError))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
def outer5():
    try:
        yield from It()
    except RuntimeError as e:
        yield "outer5 caught " + str(e)
o = outer5()
next(o)
print(o.throw(RuntimeError("boom")))
def deep(n):
    if n == 0:
        try:
            yield "leaf"
        except ZeroDivisionError:
            yield "leaf caught"
    else:
        yield from deep(n - 1)
d = deep(20)
print(next(d), d.throw(ZeroDivisionError))
def g6():
    try:
        yield from inner2()
    except GeneratorExit:
        print("g6 saw GeneratorExit")
        raise
o = g6(); next(o); o.close(); print("closed6")
# expect: 1
# expect: caught
# expect: ('result', 'inner done')
# expect: inner2 finally
# expect: outer2 finally
# expect: closed2
# expect: 1
# expect: propagated x
# expect: after handled
# expect: outer5 caught boom
# expect: leaf leaf caught
# expect: inner2 finally
# expect: g6 saw GeneratorExit
# expect: closed6
