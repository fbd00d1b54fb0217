# `gc`: the collector's interface. Spindle frees values by reference
# counting; cycles are not collected yet (see ARCHITECTURE.md), so
# collect() finds nothing to free and returns 0. The rest of the API keeps
# CPython's state and signatures, so programs that tune or query it run.

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_enabled = True
_threshold = (700, 10, 10)
_debug = 0
_frozen = 0
_collections = [0, 0, 0]


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def collect(generation=2):
    if type(generation) is not int:
        raise TypeError(f"'{type(generation).__name__}' object cannot be interpreted as an integer")
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    for cb in callbacks:
        cb("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    for g in range(generation + 1):
        _collections[g] += 1
    for cb in callbacks:
        cb("stop", {"generation": generation, "collected": 0, "uncollectable": 0})
    return 0


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = flags


def freeze():
    global _frozen
    _frozen += 1


def unfreeze():
    global _frozen
    _frozen = 0


def get_freeze_count():
    return 0


def get_stats():
    return [{"collections": c, "collected": 0, "uncollectable": 0} for c in _collections]


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))


def is_finalized(obj):
    return False


def get_referents(*objs):
    out = []
    for o in objs:
        if isinstance(o, dict):
            out.extend(o.keys())
            out.extend(o.values())
        elif isinstance(o, (list, tuple, set, frozenset)):
            out.extend(o)
    return out
