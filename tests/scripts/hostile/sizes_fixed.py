# Sizes that come from arguments: MemoryError (or CPython's OverflowError /
# ValueError) before anything is allocated, never an abort.
import random, time


def attempt(tag, f):
    try:
        f()
        print(tag, "ok")
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(tag, type(e).__name__)


attempt("ljust", lambda: "x".ljust(10**15))
attempt("rjust", lambda: "x".rjust(10**15, "*"))
attempt("center", lambda: "x".center(10**15))
attempt("zfill", lambda: "1".zfill(10**15))
attempt("expandtabs", lambda: "\tx".expandtabs(10**15))
attempt("bytes.ljust", lambda: b"x".ljust(10**15))
attempt("bytes.zfill", lambda: b"1".zfill(10**15))
attempt("format width", lambda: format(1, "1000000000000000d"))
attempt("format str width", lambda: format("s", ">1000000000000000"))
attempt("str.format width", lambda: "{:>{w}}".format("a", w=10**15))
attempt("% width", lambda: "%*d" % (10**15, 1))
attempt("% big precision", lambda: "%.*f" % (10**10, 1.0))
attempt("% precision literal", lambda: "%.2147483648f" % 1.0)
attempt("to_bytes", lambda: (1).to_bytes(10**15, "big"))
attempt("randbytes", lambda: random.randbytes(10**15))
attempt("join", lambda: ("y" * 10**7).join([""] * 10**6))
attempt("replace", lambda: ("x" * 10**5).replace("x", "y" * 10**12))
print(len("%.2000f" % 1.5), ("%.1200e" % 1.5)[-6:], len(format(0.1, ".5000f")))
attempt("sleep nan", lambda: time.sleep(float("nan")))
attempt("sleep inf", lambda: time.sleep(float("inf")))
attempt("sleep huge", lambda: time.sleep(1e300))
attempt("sleep negative", lambda: time.sleep(-1))

# expect: ljust MemoryError
# expect: rjust MemoryError
# expect: center MemoryError
# expect: zfill MemoryError
# expect: expandtabs OverflowError
# expect: bytes.ljust MemoryError
# expect: bytes.zfill MemoryError
# expect: format width MemoryError
# expect: format str width MemoryError
# expect: str.format width MemoryError
# expect: % width MemoryError
# expect: % big precision OverflowError
# expect: % precision literal ValueError
# expect: to_bytes MemoryError
# expect: randbytes OverflowError
# expect: join MemoryError
# expect: replace MemoryError
# expect: 2002 00e+00 5002
# expect: sleep nan ValueError
# expect: sleep inf OverflowError
# expect: sleep huge OverflowError
# expect: sleep negative ValueError
