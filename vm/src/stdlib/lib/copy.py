"""Generic (shallow and deep) copying operations (Spindle's version).

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.deepcopy(y, memo)      # ... sharing the memo dict

For module specific errors, copy.Error is raised.

Classes can customize copying with __copy__(self) and
__deepcopy__(self, memo), or through the pickle protocol
(__reduce_ex__, __reduce__, __getstate__, __setstate__, ...).
"""

import copyreg
from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility

_FunctionType = type(lambda: None)
_BuiltinFunctionType = type(len)
class _C:
    def _m(self):
        pass


_MethodType = type(_C()._m)
del _C


def _reduce(x, cls):
    """The reduction of x for copying (protocol 4), or raise Error."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None and reductor is not _OBJECT_REDUCE:
        return reductor()
    return copyreg._spindle_reduce_ex(x, 4)


_OBJECT_REDUCE = getattr(object, '__reduce__', None)


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # treat it as a regular class:
        return x

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (type(None), int, float, bool, str, tuple, bytes, frozenset, type,
          range, slice, property, _BuiltinFunctionType, type(Ellipsis),
          type(NotImplemented), _FunctionType):
    d[t] = _copy_immutable
try:
    d[complex] = _copy_immutable
except NameError:
    pass
try:
    import weakref
    d[weakref.ref] = _copy_immutable
except Exception:
    pass
try:
    d[type(compile('', '', 'exec'))] = _copy_immutable
except Exception:
    pass

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
try:
    d[bytearray] = bytearray.copy
except NameError:
    pass

del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """

    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), type(Ellipsis), type(NotImplemented), int, float,
          bool, bytes, str, type, range, _BuiltinFunctionType, property,
          _FunctionType):
    d[t] = _deepcopy_atomic
try:
    d[complex] = _deepcopy_atomic
except NameError:
    pass
try:
    import weakref
    d[weakref.ref] = _deepcopy_atomic
except Exception:
    pass


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important
    # we check for it, in case the tuple contains recursive mutable
    # structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):  # Copy instance methods
    func = x.__func__
    obj = deepcopy(x.__self__, memo)
    try:
        return type(x)(func, obj)
    except TypeError:
        # the VM cannot construct method objects yet: bind through the
        # descriptor protocol, which gives the same bound method
        get = getattr(type(func), '__get__', None)
        if get is not None:
            return get(func, obj, type(obj))
        name = getattr(func, '__name__', None)
        if name is not None:
            bound = getattr(obj, name, None)
            if getattr(bound, '__func__', None) is func and \
                    getattr(bound, '__self__', None) is obj:
                return bound
        raise


d[_MethodType] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y

