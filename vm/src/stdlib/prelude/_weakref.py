# `_weakref`: weak references over the collector's slot table (native
# half in vm/src/stdlib/gc.rs). `weakref` (lib/weakref.py) builds the
# dictionaries, WeakMethod and finalize on these.


class ReferenceType:
    __slots__ = ("_slot", "_hash", "_callback", "__weakref__")

    def __new__(cls, ob, callback=None, *args, **kwargs):
        if callback is None and cls is ReferenceType:
            # As in CPython, plain references to one object are one object.
            for w in _owners(ob):
                if type(w) is ReferenceType and w._callback is None:
                    return w
        self = object.__new__(cls)
        object.__setattr__(self, "_slot", _new_slot(ob))
        object.__setattr__(self, "_hash", None)
        object.__setattr__(self, "_callback", callback)
        _set_callback(self._slot, callback, self)
        return self

    def __init__(self, ob, callback=None, *args, **kwargs):
        pass

    def __call__(self):
        return _get(self._slot)

    @property
    def __callback__(self):
        if _alive(self._slot):
            return self._callback
        return None

    def __hash__(self):
        h = self._hash
        if h is None:
            ob = _get(self._slot)
            if ob is None:
                raise TypeError("weak object has gone away")
            h = hash(ob)
            object.__setattr__(self, "_hash", h)
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _get(self._slot)
        b = _get(other._slot)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __repr__(self):
        ob = _get(self._slot)
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        name = getattr(ob, "__name__", None)
        if isinstance(name, str):
            return "<weakref at %#x; to '%s' at %#x (%s)>" % (
                id(self), type(ob).__qualname__, id(ob), name)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(ob).__qualname__, id(ob))

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType


def getweakrefs(ob):
    return _owners(ob)


def _proxy_target(p):
    ob = object.__getattribute__(p, "_ref")()
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


class ProxyType:
    __slots__ = ("_ref", "__weakref__")

    def __init__(self, ob, callback=None):
        if callback is not None:
            me = self

            def cb(_r, me=me, callback=callback):
                callback(me)
            object.__setattr__(self, "_ref", ref(ob, cb))
        else:
            object.__setattr__(self, "_ref", ref(ob))

    def __getattribute__(self, name):
        return getattr(_proxy_target(self), name)

    def __setattr__(self, name, value):
        setattr(_proxy_target(self), name, value)

    def __delattr__(self, name):
        delattr(_proxy_target(self), name)

    def __repr__(self):
        ob = _proxy_target(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(_proxy_target(self))

    def __bool__(self):
        return bool(_proxy_target(self))

    def __len__(self):
        return len(_proxy_target(self))

    def __iter__(self):
        return iter(_proxy_target(self))

    def __contains__(self, item):
        return item in _proxy_target(self)

    def __getitem__(self, key):
        return _proxy_target(self)[key]

    def __setitem__(self, key, value):
        _proxy_target(self)[key] = value

    def __delitem__(self, key):
        del _proxy_target(self)[key]

    def __eq__(self, other):
        return _proxy_target(self) == other

    def __ne__(self, other):
        return _proxy_target(self) != other

    def __lt__(self, other):
        return _proxy_target(self) < other

    def __le__(self, other):
        return _proxy_target(self) <= other

    def __gt__(self, other):
        return _proxy_target(self) > other

    def __ge__(self, other):
        return _proxy_target(self) >= other

    def __add__(self, other):
        return _proxy_target(self) + other

    def __sub__(self, other):
        return _proxy_target(self) - other

    def __mul__(self, other):
        return _proxy_target(self) * other

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxy_target(self)(*args, **kwargs)


def proxy(ob, callback=None):
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)
