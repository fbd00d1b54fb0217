print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))  # expect: True True
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(KeyError, IndexError))  # expect: True True False
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))  # expect: True True
print(issubclass(ModuleNotFoundError, ImportError), issubclass(Exception, BaseException))  # expect: True True
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))  # expect: False True
print(issubclass(ValueError, Exception), issubclass(TypeError, ValueError), issubclass(StopIteration, Exception))  # expect: True False True
print(issubclass(AssertionError, Exception), issubclass(TimeoutError, Exception), issubclass(AttributeError, Exception))  # expect: True True True
print(issubclass(NameError, Exception), issubclass(UnboundLocalError, NameError))  # expect: True True
try:
    1 / 0
except ArithmeticError as e:
    print(type(e).__name__, isinstance(e, ZeroDivisionError), isinstance(e, Exception))  # expect: ZeroDivisionError True True
try:
    {}["k"]
except LookupError as e:
    print(type(e).__name__)  # expect: KeyError
try:
    [][0]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)  # expect: IndexError list index out of range
try:
    int("x")
except (TypeError, ValueError) as e:
    print(type(e).__name__)  # expect: ValueError
def which(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "zde"
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "exc " + type(e).__name__
print(which(ZeroDivisionError()), which(OverflowError), which(KeyError("k")))  # expect: zde arith exc KeyError
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("base", type(e).__name__)  # expect: base KeyboardInterrupt
print(ValueError.__mro__[1].__name__, ZeroDivisionError.__mro__[1].__name__)  # expect: Exception ArithmeticError
print(type(ValueError("x")).__name__, BaseException.__name__)  # expect: ValueError BaseException
