"""Names for the interpreter's built-in types that have no builtin name,
plus helpers for creating classes dynamically."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'CellType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
           'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases',
           'prepare_class', 'DynamicClassAttribute', 'coroutine',
           'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
           'NotImplementedType']


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)


def _unavailable(name):
    # A type this interpreter has no objects of: a class nothing is an
    # instance of, so that isinstance() checks against it answer False.
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % name)
    return type(name, (), {'__new__': __new__, '__module__': 'builtins'})


try:
    CodeType = type(_f.__code__)
except AttributeError:
    CodeType = _unavailable('code')


def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
try:
    CellType = type(_cell_factory())
except (AttributeError, TypeError, IndexError):
    CellType = _unavailable('cell')


def _g():
    yield 1
GeneratorType = type(_g())

CoroutineType = _unavailable('coroutine')
AsyncGeneratorType = _unavailable('async_generator')


class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
try:
    ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
except (AttributeError, KeyError, TypeError):
    ClassMethodDescriptorType = _unavailable('classmethod_descriptor')

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    _tb = _exc.__traceback__
    TracebackType = type(_tb) if _tb is not None else _unavailable('traceback')
    try:
        FrameType = type(_tb.tb_frame)
    except AttributeError:
        FrameType = _unavailable('frame')
    _tb = None
    del _exc

try:
    GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
except (AttributeError, KeyError, TypeError):
    GetSetDescriptorType = _unavailable('getset_descriptor')
try:
    MemberDescriptorType = type(FunctionType.__dict__['__globals__'])
except (AttributeError, KeyError, TypeError):
    MemberDescriptorType = _unavailable('member_descriptor')

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _cell_factory


class _MappingProxy:
    """Read-only proxy of a mapping."""
    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if (not hasattr(mapping, '__getitem__') or not hasattr(mapping, 'keys')
                or isinstance(mapping, (list, tuple))):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __init__(self, mapping):
        pass

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __or__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    __hash__ = None

_MappingProxy.__name__ = _MappingProxy.__qualname__ = 'mappingproxy'
_MappingProxy.__module__ = 'builtins'

_t = type(type.__dict__)
if _t is dict:
    MappingProxyType = _MappingProxy
else:
    MappingProxyType = _t
del _t


class SimpleNamespace:
    """Object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _ns_running:
            return name + '(...)'
        _ns_running.add(key)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        finally:
            _ns_running.discard(key)
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))

_ns_running = set()
SimpleNamespace.__module__ = 'types'


# Building classes dynamically

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Build a class like a class statement would: resolve __mro_entries__,
    pick the metaclass, prepare the namespace, fill it with exec_body."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Replace bases that are not classes by their __mro_entries__()."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            continue
        new_base = entries(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace from its __prepare__, remaining
    keywords) for a class with these bases and keywords."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    if prepare is not None:
        ns = prepare(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    # the most derived of meta and the bases' metaclasses
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """Property that only exists on instances: looked up on the class it
    raises AttributeError, so that the class's __getattr__ (or a metaclass)
    can answer instead. enum uses it for member attributes."""
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = getattr(fget, '__doc__', None) if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Mark a generator function as a coroutine (no-op here)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


# Parameterized generics (list[int]) and unions (int | str)

class _GenericAlias:
    """A parameterised builtin such as list[int]: __origin__ is list and
    __args__ is (int,)."""

    def __new__(cls, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self = object.__new__(cls)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            if _is_typevar_like(a):
                if a not in params:
                    params.append(a)
            else:
                for p in getattr(a, '__parameters__', ()):
                    if p not in params:
                        params.append(p)
        self.__parameters__ = tuple(params)
        self.__unpacked__ = False
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        return '%s[%s]' % (_type_repr(self.__origin__),
                           ', '.join([_type_repr(a) for a in self.__args__])
                           if self.__args__ else '()')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _Union((self, other))

    def __ror__(self, other):
        return _Union((other, self))

    def __getitem__(self, args):
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(params):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(args) > len(params) else 'few',
                               self, len(args), len(params)))
        subst = dict(zip(params, args))
        new_args = []
        for a in self.__args__:
            if a in subst:
                new_args.append(subst[a])
            else:
                sub = getattr(a, '__parameters__', None)
                if sub:
                    a = a[tuple([subst[p] for p in sub])]
                new_args.append(a)
        return type(self)(self.__origin__, tuple(new_args))

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __reduce__(self):
        return _GenericAlias, (self.__origin__, self.__args__)

_GenericAlias.__name__ = _GenericAlias.__qualname__ = 'GenericAlias'


class _Union:
    """The type of X | Y unions of types."""

    def __init__(self, args):
        flat = []
        for a in args:
            if a is None:
                a = NoneType
            if isinstance(a, _Union):
                items = a.__args__
            else:
                items = (a,)
            for x in items:
                if x not in flat:
                    flat.append(x)
        self.__args__ = tuple(flat)
        params = []
        for a in self.__args__:
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        return ' | '.join(['None' if a is NoneType else _type_repr(a)
                           for a in self.__args__])

    def __eq__(self, other):
        if not isinstance(other, _Union):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _Union((self, other))

    def __ror__(self, other):
        return _Union((other, self))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

_Union.__name__ = _Union.__qualname__ = 'UnionType'
_Union.__module__ = 'types'


def _is_typevar_like(obj):
    return type(obj).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple') \
        and getattr(type(obj), '__module__', None) == 'typing'


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


# Spindle builds `list[int]` and `int | str` with these two classes.
GenericAlias = _GenericAlias
UnionType = _Union
