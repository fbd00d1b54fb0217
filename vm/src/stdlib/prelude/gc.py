# `gc`: the cycle collector's interface (vm/src/gc). The collector runs by
# itself when generation 0 passes its threshold; collect() runs it now and
# returns the number of unreachable objects it found. The native half
# (names starting with "_", and the simple queries) is vm/src/stdlib/gc.rs.

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_debug = 0


def _int(x, what="an integer"):
    if type(x) is not int and not isinstance(x, int):
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return int(x)


def enable():
    _enable(True)


def disable():
    _enable(False)


def collect(generation=2):
    generation = _int(generation)
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    for cb in callbacks:
        cb("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    n = _collect(generation)
    for cb in callbacks:
        cb("stop", {"generation": generation, "collected": n, "uncollectable": 0})
    return n


def get_count():
    return _get_count()


def set_threshold(threshold0, *rest):
    if len(rest) > 2:
        raise TypeError(f"set_threshold() takes at most 3 arguments ({len(rest) + 1} given)")
    _set_threshold(_int(threshold0), *[_int(t) for t in rest])


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = _int(flags)


def get_stats():
    return [{"collections": c, "collected": n, "uncollectable": u} for c, n, u in _stats()]


def is_tracked(obj):
    return _is_tracked(obj)


def is_finalized(obj):
    return _is_finalized(obj)


def get_referents(*objs):
    out = []
    for o in objs:
        if isinstance(o, dict):
            out.extend(o.keys())
            out.extend(o.values())
        elif isinstance(o, (list, tuple, set, frozenset)):
            out.extend(o)
        elif hasattr(o, "__dict__") and not isinstance(o, type):
            out.append(o.__dict__)
    return out
