"""Helper to provide extensibility for pickle (Spindle's version).

This is only useful to add pickle support for extension types defined in
C, not for instances of user-defined classes.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # constructor_ob is only checked, as in CPython
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


try:
    complex
except NameError:
    pass
else:
    def pickle_complex(c):
        return complex, (c.real, c.imag)

    pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)


try:
    _union_type = type(int | str)
except Exception:   # the VM may build unions through the types module
    pass
else:
    if _union_type is not type:
        pickle(_union_type, pickle_union)
    del _union_type


# Support for pickling new-style objects with protocols 0 and 1

def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)

# Built-in types that a class may derive from (first non-Python base in the
# MRO); identified without relying on __flags__.
_BUILTIN_BASES = set()
for _t in (object, int, float, str, bytes, tuple, list, dict, set, frozenset,
           bool, type):
    _BUILTIN_BASES.add(_t)
try:
    _BUILTIN_BASES.add(bytearray)
except NameError:
    pass
try:
    _BUILTIN_BASES.add(complex)
except NameError:
    pass
del _t


def _is_builtin_type(cls):
    if cls in _BUILTIN_BASES:
        return True
    flags = getattr(cls, '__flags__', None)
    if flags is not None:
        return not (flags & _HEAPTYPE)
    return getattr(cls, '__module__', None) == 'builtins'


def _reduce_ex(self, proto):
    """Reduction used by object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if _is_builtin_type(base):
            break
        new = base.__new__
        if isinstance(new, _new_type) and getattr(new, '__self__', None) is base:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = base(self)
    args = (cls, base, state)
    cls_getstate = getattr(cls, '__getstate__', None)
    if cls_getstate is None or cls_getstate is _OBJECT_GETSTATE:
        # the default object.__getstate__
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = _object_getstate(self, False)
    else:
        dict = self.__getstate__()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


# Helper for __reduce_ex__ protocol 2

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with
    keyword-only arguments to be pickled correctly.
    """
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Return a list of slot names for a given class.

    This needs to find slots defined by the class and its bases, because
    each class only lists its own slots. The result is cached in
    cls.__slotnames__.
    """
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    if name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# A registry of extension codes.  This is an ad-hoc compression mechanism.
# Whenever a global reference to <module>, <name> is about to be pickled,
# the (<module>, <name>) tuple is looked up here to see if it is a
# registered extension code for it.  Extension codes are universal, so that
# the meaning of a pickle does not depend on context.

_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return  # Redundant registrations are benign
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# Standard extension code assignments

# Reserved ranges

# First  Last Count  Purpose
#     1   127   127  Reserved for Python standard library
#   128   191    64  Reserved for Zope
#   192   239    48  Reserved for 3rd parties
#   240   255    16  Reserved for private use (will never be assigned)
#   256   Inf   Inf  Reserved for future assignment

# Extension codes are assigned by the Python Software Foundation.


# ---------------------------------------------------------------------------
# Spindle: object.__reduce_ex__ / object.__getstate__ written in Python.
# pickle and copy call _spindle_reduce_ex(obj, proto) when the object has no
# __reduce_ex__ attribute (the VM's object does not define one yet).

_OBJECT_REDUCE = getattr(object, '__reduce__', None)
_OBJECT_GETSTATE = getattr(object, '__getstate__', None)


def _object_getstate(obj, required):
    """object.__getstate__ semantics (CPython 3.11)."""
    cls = type(obj)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _OBJECT_GETSTATE:
        return obj.__getstate__()
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                value = getattr(obj, name)
            except AttributeError:
                continue
            slots[name] = value
        if slots:
            state = (state, slots)
    return state


def _newargs(obj, cls):
    """Return (args, kwargs) from __getnewargs_ex__ / __getnewargs__, or
    (None, None) when the class has neither."""
    if getattr(cls, '__getnewargs_ex__', None) is not None:
        r = obj.__getnewargs_ex__()
        if not isinstance(r, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            "not '%s'" % type(r).__name__)
        if len(r) != 2:
            raise TypeError("__getnewargs_ex__ should return a tuple of "
                            "length 2, not %d" % len(r))
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    if getattr(cls, '__getnewargs__', None) is not None:
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, "
                            "not '%s'" % type(args).__name__)
        return args, None
    # built-in value types whose __getnewargs__ the VM may not expose
    for base in (int, float, str, bytes, tuple):
        if isinstance(obj, base):
            return (base(obj) if base is not tuple else tuple(iter(obj)),), None
    return None, None


def _reduce_newobj(obj):
    cls = type(obj)
    args, kwargs = _newargs(obj, cls)
    hasargs = args is not None
    if not kwargs:
        newobj = __newobj__
        newargs = (cls,) + args if args else (cls,)
    else:
        newobj = __newobj_ex__
        newargs = (cls, args, kwargs)
    state = _object_getstate(
        obj, not (hasargs or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _builtin_reduce(obj, cls):
    """__reduce__ of the built-in types the VM does not give one."""
    if isinstance(obj, (set, frozenset)):
        return cls, (list(obj),), _object_getstate(obj, False)
    if isinstance(obj, BaseException):
        d = getattr(obj, '__dict__', None)
        if d:
            return cls, obj.args, d
        return cls, obj.args
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if obj is Ellipsis:
        return 'Ellipsis'
    if obj is NotImplemented:
        return 'NotImplemented'
    if cls is _BUILTIN_FUNCTION:
        owner = getattr(obj, '__self__', None)
        if owner is None or type(owner) is _MODULE:
            return obj.__name__
        return getattr, (owner, obj.__name__)
    if cls is _METHOD:
        return getattr, (obj.__self__, getattr(obj, '__func__', obj).__name__)
    if _BYTEARRAY is not None and isinstance(obj, _BYTEARRAY):
        return cls, (bytes(obj),), _object_getstate(obj, False)
    coll = _collections_types()
    if coll and isinstance(obj, coll):
        import collections
        if isinstance(obj, collections.OrderedDict):
            state = _object_getstate(obj, False)
            return cls, (), state, None, iter(obj.items())
        if isinstance(obj, collections.defaultdict):
            f = obj.default_factory
            return cls, ((f,) if f is not None else ()), None, None, iter(obj.items())
        if isinstance(obj, collections.deque):
            state = _object_getstate(obj, False)
            if type(state) is dict:
                # drop the VM's internal storage entry ('<deque>')
                state = {k: v for k, v in state.items()
                         if not (type(k) is str and k.startswith('<'))} or None
            if obj.maxlen is None:
                return cls, (), state, iter(obj)
            return cls, ((), obj.maxlen), state, iter(obj)
        if isinstance(obj, collections.Counter):
            return cls, (dict(obj),)
    return None


_BUILTIN_FUNCTION = type(len)
import sys as _sys
_MODULE = type(_sys)
del _sys
_METHOD = type([].append)
try:
    _BYTEARRAY = bytearray
except NameError:
    _BYTEARRAY = None
_COLL = []


def _collections_types():
    if not _COLL:
        try:
            import collections
            _COLL.append((collections.OrderedDict, collections.defaultdict,
                          collections.deque, collections.Counter))
        except Exception:
            _COLL.append(())
    return _COLL[0]


def _spindle_reduce_ex(obj, proto):
    """object.__reduce_ex__(obj, proto), CPython 3.11 semantics."""
    cls = type(obj)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not _OBJECT_REDUCE:
        return obj.__reduce__()
    rv = _builtin_reduce(obj, cls)
    if rv is not None:
        return rv
    if cls is not object and getattr(cls, '__module__', None) == 'builtins':
        # generators, modules, iterators, properties...: the VM's built-in
        # types without a reduction
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _spindle_reduce(obj):
    """object.__reduce__(obj)."""
    rv = _builtin_reduce(obj, type(obj))
    if rv is not None:
        return rv
    return _reduce_ex(obj, 0)
