# Deep nesting in native code: RecursionError (never a crashed process),
# and deep structures are freed without recursion.
import collections
import functools
import re


def attempt(tag, f):
    try:
        f()
        print(tag, "ok")
    except RecursionError as e:
        print(tag, type(e).__name__)


N = 30000
attempt("re groups", lambda: re.compile("(" * N + ")" * N))
attempt("re noncapture", lambda: re.compile("(?:" * N + ")" * N))
attempt("re lookahead", lambda: re.compile("(?=" * N + ")" * N))
fs = functools.reduce(lambda a, _: frozenset([a]), range(N), frozenset())
attempt("frozenset repr", lambda: repr(fs))
ex = functools.reduce(lambda a, _: ValueError(a), range(N), 0)
attempt("exception str", lambda: str(ex))
attempt("exception repr", lambda: repr(ex))
sl = functools.reduce(lambda a, _: slice(a), range(N), 0)
attempt("slice repr", lambda: repr(sl))
tup = functools.reduce(lambda a, _: (a,), range(N), int)
attempt("isinstance", lambda: isinstance(1, tup))
dq = functools.reduce(lambda a, _: collections.deque([a]), range(N), 0)
fs = ex = sl = tup = dq = None
print("freed")
print(re.compile("(" * 50 + "a" + ")" * 50).match("a").group(50))

# expect: re groups RecursionError
# expect: re noncapture RecursionError
# expect: re lookahead RecursionError
# expect: frozenset repr RecursionError
# expect: exception str RecursionError
# expect: exception repr RecursionError
# expect: slice repr RecursionError
# expect: isinstance RecursionError
# expect: freed
# expect: a
