"""Bisection algorithms for sorted sequences."""


def _bounds(a, lo, hi):
    if lo.__class__ is not int:
        lo = _as_index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    elif hi.__class__ is not int:
        hi = _as_index(hi)
    return lo, hi


def _as_index(v):
    if isinstance(v, int):
        return int(v)
    m = getattr(type(v), '__index__', None)
    if m is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return m(v)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index where x would be inserted after any entries equal to it."""
    if lo.__class__ is not int or lo < 0 or hi.__class__ is not int:
        lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index where x would be inserted before any entries equal to it."""
    if lo.__class__ is not int or lo < 0 or hi.__class__ is not int:
        lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, after any entries equal to it."""
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, before any entries equal to it."""
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right
