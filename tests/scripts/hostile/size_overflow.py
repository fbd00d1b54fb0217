# Size and position arguments too big for the machine: OverflowError, as
# CPython converts them to Py_ssize_t; subscripts say IndexError.
def attempt(tag, f):
    try:
        print(tag, f())
    except (OverflowError, IndexError, ValueError, TypeError) as e:
        print(tag, type(e).__name__, e)


big = 10**20
attempt("insert", lambda: [1].insert(big, 0))
attempt("pop", lambda: [1].pop(big))
attempt("center", lambda: "x".center(big))
attempt("zfill", lambda: "x".zfill(big))
attempt("split", lambda: "a b".split(" ", big))
attempt("replace", lambda: "aa".replace("a", "b", big))
attempt("to_bytes", lambda: (1).to_bytes(big, "big"))
attempt("subscript", lambda: [1, 2][big])
attempt("tuple subscript", lambda: (1, 2)[-big])


class I:
    def __index__(self):
        return 10**20


attempt("index subscript", lambda: [1][I()])
attempt("index arg", lambda: "x".ljust(I()))

# expect: insert OverflowError Python int too large to convert to C ssize_t
# expect: pop OverflowError Python int too large to convert to C ssize_t
# expect: center OverflowError Python int too large to convert to C ssize_t
# expect: zfill OverflowError Python int too large to convert to C ssize_t
# expect: split OverflowError Python int too large to convert to C ssize_t
# expect: replace OverflowError Python int too large to convert to C ssize_t
# expect: to_bytes OverflowError Python int too large to convert to C ssize_t
# expect: subscript IndexError cannot fit 'int' into an index-sized integer
# expect: tuple subscript IndexError cannot fit 'int' into an index-sized integer
# expect: index subscript IndexError cannot fit 'I' into an index-sized integer
# expect: index arg OverflowError Python int too large to convert to C ssize_t
