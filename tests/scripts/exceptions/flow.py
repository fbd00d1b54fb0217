log = []
def f(kind):
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return "from try"
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "end"
for k in ["ok", "raise", "return"]:
    log.clear()
    print(f(k), log)
# expect: end ['try', 'else', 'finally', 'after']
# expect: from except ['try', 'except', 'finally']
# expect: from try ['try', 'finally']
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())  # expect: 2
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())  # expect: swallowed
def loop_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(loop_finally())  # expect: [0, 'f0', 'f1', 'f2']
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)  # expect: reraised inner
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "|", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)  # expect: wrapped | ZeroDivisionError division by zero True
try:
    try:
        {}["a"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)  # expect: KeyError('a') None
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)  # expect: None True
e = ValueError("a", 2)
print(e.args, str(e), repr(e))  # expect: ('a', 2) ('a', 2) ValueError('a', 2)
print(repr(ValueError()), str(ValueError()) == "", repr(KeyError("k")), str(KeyError("k")))  # expect: ValueError() True KeyError('k') 'k'
print(str(Exception("only")), repr(Exception("q'")))  # expect: only Exception("q'")
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args)  # expect: ValueError() ()
try:
    pass
except Exception:
    print("no")
else:
    print("else ran")  # expect: else ran
name_err = None
try:
    raise IndexError("i")
except IndexError as exc:
    name_err = exc
print(name_err)  # expect: i
try:
    exc
except NameError as e:
    print(e)  # expect: name 'exc' is not defined
class MyErr(Exception):
    pass
class DetailErr(MyErr):
    def __init__(self, field):
        self.field = field
        super().__init__(f"bad field {field!r}")
    def __str__(self):
        return "Detail: " + super().__str__()
try:
    raise DetailErr("age")
except MyErr as e:
    print(e, "|", e.field, "|", repr(e))  # expect: Detail: bad field 'age' | age | DetailErr("bad field 'age'")
def nested():
    try:
        try:
            raise KeyError("deep")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
    finally:
        print("outer finally")
nested()
# expect: inner finally
# expect: caught 'deep'
# expect: outer finally
try:
    raise TypeError("t1")
except (ValueError, TypeError) as e:
    try:
        raise
    except TypeError as e2:
        print("bare raise inside handler", e2)  # expect: bare raise inside handler t1
try:
    raise 5
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
