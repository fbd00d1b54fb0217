"""Weak references. ref, proxy, getweakrefcount and getweakrefs are the
native _weakref's; this module adds WeakMethod, the two weak dictionaries,
WeakSet (from _weakrefset) and finalize.

The containers hold `ref` objects whose callbacks delete the entry the
moment its referent is freed. Their iterators walk a snapshot of the
underlying dict taken when iteration starts (instead of CPython's guard
that defers deletions while an iterator is open): a referent dying
mid-loop cannot disturb the loop, and an iterator abandoned half-way
leaves nothing behind to undo (a generator freed unfinished does not run
its finally in Spindle)."""

from _weakref import (ref, proxy, getweakrefcount, getweakrefs,
                      ReferenceType, ProxyType, CallableProxyType)
from _weakrefset import WeakSet
import _collections_abc
import itertools
import sys

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_collections_abc.MutableSet.register(WeakSet)


def _drop_if_dead(d, key):
    # The entry may already be gone, or hold a fresh ref for a new value.
    wr = d.get(key)
    if wr is not None and wr() is None:
        del d[key]


class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the instance
    or the function dies, and calling it rebuilds the bound method."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def on_death(_):
            wm = me()
            if wm is not None and wm._alive:
                wm._alive = False
                if callback is not None:
                    callback(wm)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        me = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass  # everything is set up by __new__

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A ref that also remembers a key: WeakValueDictionary's values are
    these, so the death callback knows which entry to delete."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass  # everything is set up by __new__


def _merge_into(d, other, kwargs, wrap):
    # The shared body of the dictionaries' update(): `other` is a mapping
    # (anything with items()) or an iterable of pairs.
    if other is not None:
        if not hasattr(other, "items"):
            other = dict(other)
        for key, value in other.items():
            k, v = wrap(key, value)
            d[k] = v
    for key, value in kwargs.items():
        k, v = wrap(key, value)
        d[k] = v


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry disappears when its
    value is freed."""

    def __init__(self, other=(), /, **kw):
        owner = ref(self)

        def remove(wr):
            wvd = owner()
            if wvd is not None:
                _drop_if_dead(wvd.data, wr.key)

        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def _live_items(self):
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        value = wr()
        return default if value is None else value

    def items(self):
        yield from self._live_items()

    def keys(self):
        for key, _ in self._live_items():
            yield key

    __iter__ = keys

    def values(self):
        for _, value in self._live_items():
            yield value

    def itervaluerefs(self):
        """Iterate over the KeyedRefs held as values; a ref may be dead by
        the time it is used, so call it and check for None."""
        yield from list(self.data.values())

    def valuerefs(self):
        """A list of the KeyedRefs held as values (see itervaluerefs)."""
        return list(self.data.values())

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self._live_items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self._live_items():
            new[deepcopy(key, memo)] = value
        return new

    def pop(self, key, *args):
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is None:
            if args:
                return args[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is None:
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return value

    def update(self, other=None, /, **kwargs):
        remove = self._remove
        _merge_into(self.data, other, kwargs,
                    lambda k, v: (k, KeyedRef(v, remove, k)))

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.copy()
            result.update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.__class__()
            result.update(other)
            result.update(self)
            return result
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry disappears when its key
    is freed. Keys must be weakly referenceable and hashable."""

    def __init__(self, dict=None):
        owner = ref(self)

        def remove(keyref):
            wkd = owner()
            if wkd is not None:
                try:
                    del wkd.data[keyref]
                except KeyError:
                    pass

        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _live_items(self):
        for keyref, value in list(self.data.items()):
            key = keyref()
            if key is not None:
                yield key, value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        yield from self._live_items()

    def keys(self):
        for key, _ in self._live_items():
            yield key

    __iter__ = keys

    def values(self):
        for _, value in self._live_items():
            yield value

    def keyrefs(self):
        """A list of the refs held as keys; a ref may be dead by the time it
        is used, so call it and check for None."""
        return list(self.data)

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self._live_items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self._live_items():
            new[key] = deepcopy(value, memo)
        return new

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            keyref, value = self.data.popitem()
            key = keyref()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        remove = self._remove
        _merge_into(self.data, dict, kwargs,
                    lambda k, v: (ref(k, remove), v))

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.copy()
            result.update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.__class__()
            result.update(other)
            result.update(self)
            return result
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    once, when obj is freed, when the finalizer is called, or (if its
    atexit attribute is true) when the interpreter exits, whichever comes
    first. At exit, live finalizers run newest first.

    Exit-time running needs an atexit module; without one, finalizers of
    objects still alive at exit simply never run."""

    __slots__ = ()
    # One registry for all finalizers: finalizer -> its _Info. A finalizer
    # is alive exactly while it is in here.
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            finalize._registered_with_atexit = True
            try:
                import atexit
            except ImportError:
                pass
            else:
                atexit.register(finalize._exitfunc)
        info = self._Info()
        info.weakref = ref(obj, self)   # the finalizer is its own callback
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(finalize._index_iter)
        finalize._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Run the callback if still alive; return its result."""
        info = finalize._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def _entry(self):
        info = finalize._registry.get(self)
        obj = info.weakref() if info else None
        return info, obj

    def detach(self):
        """Kill the finalizer without calling it; if it was alive, return
        (obj, func, args, kwargs)."""
        info, obj = self._entry()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if alive, else None."""
        info, obj = self._entry()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer has yet to run."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether it runs at exit if still alive (True by default)."""
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info, obj = self._entry()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        chosen = [(info.index, f) for f, info in cls._registry.items()
                  if info.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # Run the live atexit finalizers, newest first; a finalizer created
        # meanwhile makes the list be chosen again. The collector is off so
        # that no finalizer fires from a collection while this runs.
        gc_was_on = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    gc_was_on = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        _report_exception()
        finally:
            finalize._shutdown = True
            if gc_was_on:
                gc.enable()


def _report_exception():
    hook = getattr(sys, "excepthook", None)
    if hook is not None:
        hook(*sys.exc_info())
    else:
        import traceback
        traceback.print_exc()
