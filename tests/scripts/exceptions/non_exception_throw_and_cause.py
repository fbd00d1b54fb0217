# gen.throw() and `raise X from Y` with values that are not exceptions.
def g():
    yield 1

for v in [5, "s", None, int, KeyError, KeyError("k")]:
    it = g()
    next(it)
    try:
        it.throw(v)
    except BaseException as e:
        print(type(e).__name__, str(e) or "-")
# expect: TypeError exceptions must be classes or instances deriving from BaseException, not int
# expect: TypeError exceptions must be classes or instances deriving from BaseException, not str
# expect: TypeError exceptions must be classes or instances deriving from BaseException, not NoneType
# expect: TypeError exceptions must be classes or instances deriving from BaseException, not type
# expect: KeyError -
# expect: KeyError 'k'

for c in [5, int, KeyError, None]:
    try:
        raise ValueError("v") from c
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
# expect: TypeError exception causes must derive from BaseException None
# expect: TypeError exception causes must derive from BaseException None
# expect: ValueError v KeyError()
# expect: ValueError v None
raise 5
# expect runtime error: TypeError: exceptions must derive from BaseException
