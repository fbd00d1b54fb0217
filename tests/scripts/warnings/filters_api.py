# warnings filter list management, argument checks and catch_warnings behaviour.
import warnings

def show_filters():
    return [(a, None if m is None else getattr(m, "pattern", m), c.__name__,
             None if mod is None else getattr(mod, "pattern", mod), ln)
            for a, m, c, mod, ln in warnings.filters]

print(show_filters())
# expect: [('default', None, 'DeprecationWarning', '__main__', 0), ('ignore', None, 'DeprecationWarning', None, 0), ('ignore', None, 'PendingDeprecationWarning', None, 0), ('ignore', None, 'ImportWarning', None, 0), ('ignore', None, 'ResourceWarning', None, 0)]
print(warnings.defaultaction, warnings.onceregistry)  # expect: default {}

with warnings.catch_warnings():
    warnings.resetwarnings()
    print(warnings.filters)  # expect: []
    warnings.simplefilter("ignore")
    warnings.simplefilter("error", RuntimeWarning)
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", "msg", UserWarning, "mod", 3)
    warnings.simplefilter("once", append=True)
    warnings.simplefilter("once", append=True)
    warnings.filterwarnings("module", append=True)
    print(show_filters())
# expect: [('always', 'msg', 'UserWarning', 'mod', 3), ('ignore', None, 'Warning', None, 0), ('error', None, 'RuntimeWarning', None, 0), ('once', None, 'Warning', None, 0), ('module', None, 'Warning', None, 0)]
print(len(warnings.filters), show_filters()[0])  # expect: 5 ('default', None, 'DeprecationWarning', '__main__', 0)

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("bad action", lambda: warnings.filterwarnings("loud"))  # expect: bad action AssertionError invalid action: 'loud'
attempt("bad message", lambda: warnings.filterwarnings("error", message=3))  # expect: bad message AssertionError message must be a string
attempt("bad category", lambda: warnings.filterwarnings("error", category=3))  # expect: bad category AssertionError category must be a class
attempt("not warning", lambda: warnings.filterwarnings("error", category=ValueError))  # expect: not warning AssertionError category must be a Warning subclass
attempt("bad module", lambda: warnings.filterwarnings("error", module=None))  # expect: bad module AssertionError module must be a string
attempt("bad lineno", lambda: warnings.filterwarnings("error", lineno=-2))  # expect: bad lineno AssertionError lineno must be an int >= 0
attempt("simple action", lambda: warnings.simplefilter("nope"))  # expect: simple action AssertionError invalid action: 'nope'
attempt("simple lineno", lambda: warnings.simplefilter("error", lineno="1"))  # expect: simple lineno AssertionError lineno must be an int >= 0
attempt("warn int category", lambda: warnings.warn("x", 3))  # expect: warn int category TypeError category must be a Warning subclass, not 'int'
attempt("warn class", lambda: warnings.warn("x", ValueError))  # expect: warn class TypeError category must be a Warning subclass, not 'type'
attempt("warn str", lambda: warnings.warn("x", "UserWarning"))  # expect: warn str TypeError category must be a Warning subclass, not 'str'

# catch_warnings restores the filters and showwarning, and can't be re-entered
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))  # expect: catch_warnings(record=True) catch_warnings()
before = warnings.filters
log = cw.__enter__()
print(warnings.filters is before, warnings.filters == before, log)  # expect: False True []
attempt("enter twice", cw.__enter__)  # expect: enter twice RuntimeError Cannot enter catch_warnings(record=True) twice
cw.__exit__(None, None, None)
print(warnings.filters is before)  # expect: True
attempt("exit unentered", lambda: warnings.catch_warnings().__exit__(None, None, None))
# expect: exit unentered RuntimeError Cannot exit catch_warnings() without entering first

# catch_warnings(action=...) applies a simplefilter inside the block
with warnings.catch_warnings(action="error", category=FutureWarning):
    attempt("action error", lambda: warnings.warn("future", FutureWarning))  # expect: action error FutureWarning future
    print(warnings.filters[0][0], warnings.filters[0][2].__name__)  # expect: error FutureWarning
print(warnings.filters[0][0])  # expect: default

# nested blocks
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.warn("inner")
    warnings.warn("outer 2")
print([str(w.message) for w in outer], [str(w.message) for w in inner])  # expect: ['outer 1', 'outer 2'] ['inner']
