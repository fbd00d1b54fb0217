"""Runtime support for type hints (Python 3.11 behaviour): special forms
(Any, Union, Optional, Literal, ...), generic aliases of the collection
types (List[int], ...), TypeVar/ParamSpec, Generic, Protocol and
runtime_checkable, NamedTuple, TypedDict, NewType and the introspection
helpers (get_type_hints, get_origin, get_args)."""

import sys
import abc
import functools
import types
import collections
import collections.abc
import contextlib

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

_NoneType = type(None)
_FunctionType = types.FunctionType


def _caller_module(depth=2, default='__main__'):
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return default
    try:
        return getframe(depth + 1).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


def _type_repr(obj):
    """repr() of a type argument as typing prints it: 'int',
    'module.Class', '...', or repr() for other objects."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasBase):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Check that arg is usable as a type (in a subscription, a TypeVar
    bound, ...) and return it, None becoming NoneType and strings
    ForwardRefs; TypeError '<msg> Got ...' otherwise."""
    invalid = (Generic, Protocol)
    if not allow_special_forms:
        invalid = invalid + (ClassVar, Final)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid:
        raise TypeError('%s is not valid as type argument' % (arg,))
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    if type(arg) is tuple:
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or type(x).__name__ == 'TypeVarTuple'


def _collect_parameters(args):
    """The type variables in args, in first-appearance order."""
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if hasattr(t, '__typing_subst__'):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _check_generic(cls, parameters, elen):
    if not elen:
        raise TypeError('%s is not a generic class' % (cls,))
    alen = len(parameters)
    if alen != elen:
        raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                        % ('many' if alen > elen else 'few', cls, alen, elen))


def _deduplicate(params):
    # keep the first of equal entries, in order
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


def _flatten_union(parameters):
    flat = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    return tuple(_deduplicate(flat))


def _tp_cache(func):
    # memoise alias construction by arguments (unhashable ones skip it)
    cache = {}

    def inner(*args):
        try:
            return cache[args]
        except KeyError:
            result = cache[args] = func(*args)
            return result
        except TypeError:
            return func(*args)
    inner.__name__ = getattr(func, '__name__', 'inner')
    inner.__wrapped__ = func
    return inner


# ---------------------------------------------------------------------------
# special forms

class _Final:
    """Mixin forbidding subclasses outside this module."""

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if '_root' not in kwds and not _root:
            raise TypeError('Cannot subclass special typing classes')


class _NotIterable:
    # keeps aliases out of iteration-based unpacking (*List[int])
    __iter__ = None


class _SpecialForm(_Final, _NotIterable, _root=True):

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % (self,))

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, *parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type compatible with every type. Subclassable; isinstance()
    with it is an error."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """Return type of functions that never return."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def Never(self, parameters):
    """The bottom type: no value has it."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def Self(self, parameters):
    """The type of the enclosing class's instance."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def LiteralString(self, parameters):
    """Strings built only from literals."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def TypeAlias(self, parameters):
    """Marks an explicit type alias: X: TypeAlias = int."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def ClassVar(self, parameters):
    """Marks a class variable: x: ClassVar[int] = 0."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Marks a name that is not to be reassigned or overridden."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y] means X or Y; nested unions flatten, duplicates go,
    a single remaining argument is returned as is."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    parameters = tuple([_type_check(p, msg) for p in parameters])
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name='Optional')
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _type_check(parameters, '%s requires a single type.' % (self,))
    return Union[arg, type(None)]


def _value_and_type(values):
    return [(v, type(v)) for v in values]


@_LiteralSpecialForm
def Literal(self, *parameters):
    """Literal[v, ...]: exactly these values."""
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    try:
        seen = []
        uniq = []
        for p in flat:
            key = (p, type(p))
            if key not in seen:
                seen.append(key)
                uniq.append(p)
        flat = uniq
    except TypeError:
        pass
    return _LiteralGenericAlias(self, tuple(flat))


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[X, ..., P]: prefix argument types before a ParamSpec."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a '
                        'ParamSpec variable or ellipsis.')
    msg = 'Concatenate[arg, ...]: each arg must be a type.'
    parameters = tuple([_type_check(p, msg) for p in parameters[:-1]]) + (parameters[-1],)
    return _ConcatenateGenericAlias(self, parameters, _paramspec_tvars=True)


@_SpecialForm
def TypeGuard(self, parameters):
    """Return type of a user-defined type guard function."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A TypedDict key that must be present."""
    item = _type_check(parameters, '%s accepts only a single type.' % (self._name,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A TypedDict key that may be absent."""
    item = _type_check(parameters, '%s accepts only a single type.' % (self._name,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Unpacks a TypeVarTuple: Unpack[Ts]."""
    item = _type_check(parameters, '%s accepts only single type.' % (self._name,))
    return _UnpackGenericAlias(origin=self, args=(item,))


# ---------------------------------------------------------------------------
# forward references

class ForwardRef(_Final, _root=True):
    """A type annotation given as a string, evaluated on demand."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__',
                 '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_code__ = None
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                mod = sys.modules.get(self.__forward_module__)
                globalns = _namespace_of(mod) if mod is not None else globalns
            value = eval(self.__forward_arg__, globalns, localns)
            checked = _type_check(value, 'Forward references must evaluate to types.',
                                  is_argument=self.__forward_is_argument__,
                                  allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(
                checked, globalns, localns, recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            return 'ForwardRef(%r)' % (self.__forward_arg__,)
        return 'ForwardRef(%r, module=%r)' % (self.__forward_arg__, self.__forward_module__)


# ---------------------------------------------------------------------------
# type variables

class _BoundVarianceMixin:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class _PickleUsingNameMixin:
    def __reduce__(self):
        return self.__name__


class TypeVar(_Final, _BoundVarianceMixin, _PickleUsingNameMixin, _root=True):
    """A type variable: T = TypeVar('T'), optionally constrained
    (TypeVar('T', int, str)) or bounded (TypeVar('T', bound=int))."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if constraints and len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple([_type_check(t, msg) for t in constraints])
        if bound is not None:
            self.__bound__ = _type_check(bound, 'Bound must be a type.')
        else:
            self.__bound__ = None
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        msg = 'Parameters to generic types must be types.'
        arg = _type_check(arg, msg, is_argument=True)
        if ((isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack)):
            raise TypeError('%r is not valid as type argument' % (arg,))
        return arg


class TypeVarTuple(_Final, _PickleUsingNameMixin, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final, _root=True):
    """P.args of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % (self.__origin__.__name__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash(('args', id(self.__origin__)))


class ParamSpecKwargs(_Final, _root=True):
    """P.kwargs of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % (self.__origin__.__name__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash(('kwargs', id(self.__origin__)))


class ParamSpec(_Final, _BoundVarianceMixin, _PickleUsingNameMixin, _root=True):
    """A parameter specification variable: P = ParamSpec('P'), for
    Callable[P, R]; P.args and P.kwargs annotate *args and **kwargs."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if bound is not None:
            self.__bound__ = _type_check(bound, 'Bound must be a type.')
        else:
            self.__bound__ = None
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            arg = tuple([_type_check(a, 'Expected a type.') for a in arg])
        elif not _is_param_expr(arg):
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, '
                            'or Concatenate. Got %s' % (arg,))
        return arg


# ---------------------------------------------------------------------------
# generic aliases

def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


class _GenericAliasBase(_Final, _root=True):
    """Shared behaviour of typing's aliases: calling creates an instance of
    the origin, attribute access falls through to it, isinstance() is
    refused."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAliasBase) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in ('_name', '_inst', '_nparams',
                                        '_paramspec_tvars', '_defaults'):
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with'
                        ' class and instance checks')

    def __dir__(self):
        return list(set(super().__dir__()
                        + [a for a in dir(self.__origin__) if not _is_dunder(a)]))


class _GenericAlias(_GenericAliasBase, _root=True):
    """A subscripted generic: List[int], MyGeneric[T], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None,
                 _paramspec_tvars=False):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple([... if a is _TypingEllipsis else a for a in args])
        self.__parameters__ = _collect_parameters(args)
        self._paramspec_tvars = _paramspec_tvars
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_tp_cache
    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError('Cannot subscript already-subscripted %s' % (self,))
        if not self.__parameters__:
            raise TypeError('%s is not a generic class' % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple([_type_convert(a) for a in args])
        new_args = self._determine_new_args(args)
        return self.copy_with(new_args)

    def _determine_new_args(self, args):
        params = self.__parameters__
        if (len(params) == 1 and isinstance(params[0], ParamSpec) and args
                and not _is_param_expr(args[0])):
            args = (args,)
        if len(args) != len(params):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(args) > len(params) else 'few',
                               self, len(args), len(params)))
        subst = {}
        for p, a in zip(params, args):
            sub = getattr(p, '__typing_subst__', None)
            subst[p] = sub(a) if sub is not None else a
        out = []
        for old in self.__args__:
            if isinstance(old, type):
                out.append(old)
                continue
            if old in subst if _hashable(old) else False:
                out.append(subst[old])
                continue
            sub_params = getattr(old, '__parameters__', ())
            if sub_params:
                out.append(old[tuple([subst[x] for x in sub_params])])
            elif isinstance(old, (list, tuple)):
                out.append(type(old)([subst.get(x, x) if _hashable(x) else x for x in old]))
            else:
                out.append(old)
        return tuple(out)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst,
                              _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join([_type_repr(a) for a in self.__args__])
        else:
            args = '()'
        return '%s[%s]' % (name, args)

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return operator_getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError('Cannot subclass %r' % (self,))
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAliasBase) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def _hashable(x):
    try:
        hash(x)
        return True
    except TypeError:
        return False


def operator_getitem(a, b):
    return a[b]


class _TypingEllipsisType:
    pass

_TypingEllipsis = _TypingEllipsisType()


class _SpecialGenericAlias(_NotIterable, _GenericAliasBase, _root=True):
    """An unsubscripted alias of a collection type: List, Dict, ...;
    subscripting gives a _GenericAlias, isinstance() uses the origin."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = 'A generic version of %s.' % (origin.__qualname__,)
        else:
            self.__doc__ = 'A generic version of %s.%s.' % (origin.__module__,
                                                            origin.__qualname__)

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple([_type_check(p, msg) for p in params])
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        assert self._name == 'Callable'
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return ('typing.Callable[[%s], %s]'
                % (', '.join([_type_repr(a) for a in args[:-1]]), _type_repr(args[-1])))

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return operator_getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst, _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    @_tp_cache
    def __getitem_inner__(self, params):
        args, result = params
        msg = 'Callable[args, result]: result must be a type.'
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple([_type_convert(arg) for arg in args])
        return self.copy_with(args + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            params = tuple([_type_check(p, msg) for p in params[:-1]])
            return self.copy_with(params + (_TypingEllipsis,))
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        params = tuple([_type_check(p, msg) for p in params])
        return self.copy_with(params)


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        func, (origin, args) = super().__reduce__()
        return func, (Union, args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_value_and_type(self.__args__)) == set(_value_and_type(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_unpacked_tuple_args__(self):
        arg, = self.__args__
        if isinstance(arg, _GenericAlias):
            return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


# ---------------------------------------------------------------------------
# Generic

class Generic:
    """Base class of user generics: class Box(Generic[T]): ...;
    Box[int] is then a subscripted alias."""
    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple([_type_convert(p) for p in params])
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty'
                                % (cls.__qualname__,))
            for p in params:
                if not _is_typevar_like(p):
                    raise TypeError('Parameters to %s[...] must all be type variables '
                                    'or parameter specification variables.' % (cls.__name__,))
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % (cls.__name__,))
        else:
            own = cls.__parameters__
            if not own:
                raise TypeError('%s is not a generic class' % (cls,))
            if (len(own) == 1 and isinstance(own[0], ParamSpec)
                    and not (len(params) == 1 and _is_param_expr(params[0]))):
                params = (params,)
            elif len(own) == 1 and isinstance(own[0], ParamSpec) and len(params) == 1 \
                    and isinstance(params[0], list):
                params = (tuple(params[0]),)
            _check_generic(cls, params, len(own))
            new = []
            for p, a in zip(own, params):
                sub = getattr(p, '__typing_subst__', None)
                new.append(sub(a) if sub is not None else a)
            params = tuple(new)
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        if '__orig_bases__' in cls.__dict__:
            tvars = list(_collect_parameters(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple times.')
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                    % (', '.join([str(t) for t in missing]),
                                       ', '.join([str(g) for g in gvars])))
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


# ---------------------------------------------------------------------------
# Protocol

_TYPING_INTERNALS = frozenset(['__parameters__', '__orig_bases__', '__orig_class__',
                               '_is_protocol', '_is_runtime_protocol',
                               '__protocol_attrs__', '__callable_proto_members_only__'])

_SPECIAL_NAMES = frozenset(['__abstractmethods__', '__annotations__', '__dict__',
                            '__doc__', '__init__', '__module__', '__new__',
                            '__slots__', '__subclasshook__', '__weakref__',
                            '__class_getitem__', '__qualname__'])

_EXCLUDED_ATTRS = _TYPING_INTERNALS | _SPECIAL_NAMES | frozenset(['_MutableMapping__marker'])


def _get_protocol_attrs(cls):
    """The member names a protocol requires: everything its protocol
    classes define or annotate, minus typing and ABC internals."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', None)
        names = list(base.__dict__.keys())
        if isinstance(annotations, dict):
            names.extend(annotations.keys())
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _EXCLUDED_ATTRS:
                attrs.add(attr)
    return attrs


def _protocol_info(cls):
    # (sorted member names, {name: callable on the protocol}, all callable),
    # computed once per protocol class
    info = _PROTOCOL_INFO.get(cls)
    if info is None:
        attrs = sorted(_get_protocol_attrs(cls))
        members = tuple([(a, callable(getattr(cls, a, None))) for a in attrs])
        only_callable = all([c for a, c in members])
        info = (members, only_callable)
        _PROTOCOL_INFO[cls] = info
    return info

_PROTOCOL_INFO = {}


def _allow_reckless_class_checks(depth=1):
    # True when the check comes from inside the ABC machinery (abc walking
    # its registry and subclasses), which may meet protocols in an MRO.
    # This library's abc counts its active checks; with another abc module
    # look at the calling frames' modules instead.
    active = getattr(abc, '_abc_depth', None)
    if active is not None:
        return active > depth
    return _caller_module(depth + 2, None) in ('abc', 'functools', None)


_PROTO_ALLOWLIST = {
    'collections.abc': [
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
    ],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}

_ABC_INSTANCECHECK = abc.ABCMeta.__instancecheck__


class _ProtocolMeta(abc.ABCMeta):
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False):
            return _ABC_INSTANCECHECK(cls, instance)
        if (not getattr(cls, '_is_runtime_protocol', False)
                and not _allow_reckless_class_checks(0)):
            raise TypeError('Instance and class checks can only be used with'
                            ' @runtime_checkable protocols')
        members, only_callable = _protocol_info(cls)
        if only_callable and issubclass(instance.__class__, cls):
            return True
        missing = _MISSING
        for attr, is_method in members:
            value = getattr(instance, attr, missing)
            if value is missing or (is_method and value is None):
                break
        else:
            return True
        return _ABC_INSTANCECHECK(cls, instance)

_MISSING = object()


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    # a concrete class deriving from a protocol: find the first __init__
    # that is not this placeholder and use it from now on
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types: a class matches a protocol by
    defining its members. With @runtime_checkable, isinstance() and (for
    method-only protocols) issubclass() check the members."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError('Instance and class checks can only be used with'
                                ' @runtime_checkable protocols')
            members, only_callable = _protocol_info(cls)
            if not only_callable:
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr, is_method in members:
                for base in other.__mro__:
                    d = base.__dict__
                    if attr in d:
                        if d[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, '__annotations__', {})
                    if (isinstance(annotations, collections.abc.Mapping)
                            and attr in annotations
                            and issubclass(other, Generic) and other._is_protocol):
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic)
                    or base.__module__ in _PROTO_ALLOWLIST
                    and base.__name__ in _PROTO_ALLOWLIST[base.__module__]
                    or issubclass(base, Generic) and base._is_protocol):
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Class decorator allowing isinstance()/issubclass() with a protocol."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    _PROTOCOL_INFO.pop(cls, None)
    return cls


# ---------------------------------------------------------------------------
# Annotated

class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (
            _type_repr(self.__origin__), ', '.join([repr(a) for a in self.__metadata__]))

    def __reduce__(self):
        return operator_getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)


class Annotated:
    """Annotated[T, x, ...]: type T with context-specific metadata."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        if params[0] in (ClassVar, Final):
            origin = params[0]
        else:
            origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.',
                                 allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass %s.Annotated' % (cls.__module__,))


# ---------------------------------------------------------------------------
# aliases of the collection types

def _alias(origin, nparams, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)

_cabc = collections.abc

Hashable = _alias(_cabc.Hashable, 0)
Awaitable = _alias(_cabc.Awaitable, 1)
Coroutine = _alias(_cabc.Coroutine, 3)
AsyncIterable = _alias(_cabc.AsyncIterable, 1)
AsyncIterator = _alias(_cabc.AsyncIterator, 1)
Iterable = _alias(_cabc.Iterable, 1)
Iterator = _alias(_cabc.Iterator, 1)
Reversible = _alias(_cabc.Reversible, 1)
Sized = _alias(_cabc.Sized, 0)
Container = _alias(_cabc.Container, 1)
Collection = _alias(_cabc.Collection, 1)
Callable = _CallableType(_cabc.Callable, 2)
AbstractSet = _alias(_cabc.Set, 1, name='AbstractSet')
MutableSet = _alias(_cabc.MutableSet, 1)
Mapping = _alias(_cabc.Mapping, 2)
MutableMapping = _alias(_cabc.MutableMapping, 2)
Sequence = _alias(_cabc.Sequence, 1)
MutableSequence = _alias(_cabc.MutableSequence, 1)
ByteString = _alias(_cabc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_cabc.MappingView, 1)
KeysView = _alias(_cabc.KeysView, 1)
ItemsView = _alias(_cabc.ItemsView, 2)
ValuesView = _alias(_cabc.ValuesView, 1)
ContextManager = _alias(contextlib.AbstractContextManager, 1, name='ContextManager')
if hasattr(contextlib, 'AbstractAsyncContextManager'):
    AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 1,
                                 name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_cabc.Generator, 3)
AsyncGenerator = _alias(_cabc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')
del _cabc


# ---------------------------------------------------------------------------
# Supports* protocols

@runtime_checkable
class SupportsInt(Protocol):
    """Objects with a __int__ method."""
    __slots__ = ()

    @abc.abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """Objects with a __float__ method."""
    __slots__ = ()

    @abc.abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """Objects with a __complex__ method."""
    __slots__ = ()

    @abc.abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """Objects with a __bytes__ method."""
    __slots__ = ()

    @abc.abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """Objects with a __index__ method."""
    __slots__ = ()

    @abc.abstractmethod
    def __index__(self) -> int:
        pass


T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """Objects with an __abs__ method (returning T_co)."""
    __slots__ = ()

    @abc.abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """Objects with a __round__ method (returning T_co)."""
    __slots__ = ()

    @abc.abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# ---------------------------------------------------------------------------
# NamedTuple

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})

_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__'})


def _make_nmtuple(name, fields, module, defaults=()):
    names = [n for n, t in fields]
    checked = {}
    for n, t in fields:
        checked[n] = _type_check(t, 'field %s annotation must be a type' % (n,))
    nm_tpl = collections.namedtuple(name, names, defaults=defaults, module=module)
    nm_tpl.__annotations__ = checked
    try:
        nm_tpl.__new__.__annotations__ = checked
    except AttributeError:
        pass
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple([tuple if base is _NamedTuple else base for base in bases])
        annotations = ns.get('__annotations__', {})
        default_names = []
        for field_name in annotations:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (field_name, 's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, list(annotations.items()),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        if Generic in bases:
            nm_tpl.__bases__ = bases
            class_getitem = Generic.__class_getitem__.__func__
            nm_tpl.__class_getitem__ = classmethod(class_getitem)
        for key in ns:
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if Generic in bases:
            nm_tpl.__init_subclass__()
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple, as a base class
    (class P(NamedTuple): x: int) or called with [(name, type), ...]."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords'
                        ' can be provided to NamedTuple, not both')
    return _make_nmtuple(typename, list(fields), module=_caller_module())

_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)

NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ---------------------------------------------------------------------------
# TypedDict

def _strip_qualifiers(tp):
    # Required[X] / NotRequired[X] -> X, recursively
    while isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired):
        tp = tp.__args__[0]
    return tp


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        if any(b is Generic for b in bases):
            generic_base = (Generic,)
        else:
            generic_base = ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg, module=tp_dict.__module__)
                           for n, tp in own_annotations.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own_annotations)
        for key, tp in own_annotations.items():
            origin = get_origin(tp)
            if origin is Annotated:
                origin = get_origin(tp.__origin__)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys: class syntax
    (class Movie(TypedDict): name: str) or TypedDict('Movie', {'name': str}).
    Instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments,'
                        ' but not both')
    ns = {'__annotations__': dict(fields)}
    module = _caller_module()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)

_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)

TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """True for TypedDict classes."""
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------------------
# NewType

class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it
    returns the argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    'Cannot subclass an instance of NewType. Perhaps you were looking for: '
                    '`%s = NewType(%r, %s)`' % (subclass_name, subclass_name, superclass_name))
        return (Dummy,)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------------------
# functions

def cast(typ, val):
    """Return val unchanged (tells a type checker that val has type typ)."""
    return val


def assert_type(val, typ, /):
    """Return val unchanged (a type checker verifies its type is typ)."""
    return val


def assert_never(arg, /):
    """Mark unreachable code: raises AssertionError when called."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % (value,))


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    print('Runtime type is %r' % (type(obj).__name__,), file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking dataclass-like APIs; records its arguments."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


_overload_registry = {}


def _overload_key(func):
    f = getattr(func, '__func__', func)
    return (getattr(f, '__module__', None), getattr(f, '__qualname__', None))


def overload(func):
    """Decorator for overload signatures; calling the result raises
    NotImplementedError. get_overloads() returns the registered ones."""
    key = _overload_key(func)
    if key[1] is not None:
        _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The @overload-decorated definitions registered for func's name."""
    return list(_overload_registry.get(_overload_key(func), []))


def clear_overloads():
    """Forget all registered overloads."""
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class final; sets __final__ = True
    where possible."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator telling type checkers to skip arg (sets
    __no_type_check__, also on a class's own functions)."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != '%s.%s' % (arg.__qualname__, obj.__name__)
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator's results no_type_check()ed."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


# ---------------------------------------------------------------------------
# introspection

def get_origin(tp):
    """The unsubscripted form of a generic type: list for List[int],
    Union for Optional[x], Annotated for Annotated[...]; None for others."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAliasBase, types.GenericAlias, ParamSpecArgs,
                       ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type (Callable's argument list as a
    list first); () for others."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        res = tp.__args__
        if _should_unflatten_callable_args(tp, res):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _should_unflatten_callable_args(typ, args):
    return (typ.__origin__ is collections.abc.Callable
            and not (len(args) == 2 and _is_param_expr(args[0])))


def _namespace_of(module):
    # a module's globals as a dict
    try:
        return module.__dict__
    except AttributeError:
        return {k: getattr(module, k) for k in dir(module)}


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, types.GenericAlias, types.UnionType)):
        if isinstance(t, types.GenericAlias):
            args = tuple([ForwardRef(arg) if isinstance(arg, str) else arg
                          for arg in t.__args__])
            if _should_unflatten_callable_args(t, args):
                t = t.__origin__[(args[:-1], args[-1])]
            else:
                t = t.__origin__[args]
        ev_args = tuple([_eval_type(a, globalns, localns, recursive_guard)
                         for a in t.__args__])
        if ev_args == t.__args__:
            return t
        if isinstance(t, types.GenericAlias):
            return types.GenericAlias(t.__origin__, ev_args)
        if isinstance(t, types.UnionType):
            return functools.reduce(lambda a, b: a | b, ev_args)
        return t.copy_with(ev_args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if hasattr(t, '__origin__') and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple([_strip_annotations(a) for a in t.__args__])
        if stripped == t.__args__:
            return t
        return t.copy_with(stripped)
    if isinstance(t, types.GenericAlias):
        stripped = tuple([_strip_annotations(a) for a in t.__args__])
        if stripped == t.__args__:
            return t
        return types.GenericAlias(t.__origin__, stripped)
    if isinstance(t, types.UnionType):
        stripped = tuple([_strip_annotations(a) for a in t.__args__])
        if stripped == t.__args__:
            return t
        return functools.reduce(lambda a, b: a | b, stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its whole MRO), module or function, with
    string annotations evaluated and None replaced by NoneType; Annotated
    is stripped unless include_extras."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = _namespace_of(mod) if mod is not None else {}
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if isinstance(ann, types.GetSetDescriptorType):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}

    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = _namespace_of(obj)
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', None)
            if globalns is None:
                mod = sys.modules.get(getattr(nsobj, '__module__', None))
                globalns = _namespace_of(mod) if mod is not None else {}
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (_FunctionType, types.ModuleType, type(len),
                            types.MethodType)):
            return {}
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType),
                               is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


# ---------------------------------------------------------------------------
# IO classes and the rest

class IO(Generic[AnyStr]):
    """Interface of file objects, generic in the data type (str/bytes)."""

    __slots__ = ()

    @property
    @abc.abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abc.abstractmethod
    def name(self) -> str:
        pass

    @abc.abstractmethod
    def close(self) -> None:
        pass

    @property
    @abc.abstractmethod
    def closed(self) -> bool:
        pass

    @abc.abstractmethod
    def fileno(self) -> int:
        pass

    @abc.abstractmethod
    def flush(self) -> None:
        pass

    @abc.abstractmethod
    def isatty(self) -> bool:
        pass

    @abc.abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @abc.abstractmethod
    def readable(self) -> bool:
        pass

    @abc.abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @abc.abstractmethod
    def readlines(self, hint: int = -1):
        pass

    @abc.abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @abc.abstractmethod
    def seekable(self) -> bool:
        pass

    @abc.abstractmethod
    def tell(self) -> int:
        pass

    @abc.abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @abc.abstractmethod
    def writable(self) -> bool:
        pass

    @abc.abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @abc.abstractmethod
    def writelines(self, lines) -> None:
        pass

    @abc.abstractmethod
    def __enter__(self):
        pass

    @abc.abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """IO over bytes."""

    __slots__ = ()

    @abc.abstractmethod
    def write(self, s) -> int:
        pass

    @abc.abstractmethod
    def __enter__(self):
        pass


class TextIO(IO[str]):
    """IO over str, with the text-layer attributes."""

    __slots__ = ()

    @property
    @abc.abstractmethod
    def buffer(self):
        pass

    @property
    @abc.abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @abc.abstractmethod
    def errors(self):
        pass

    @property
    @abc.abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @abc.abstractmethod
    def newlines(self):
        pass

    @abc.abstractmethod
    def __enter__(self):
        pass


def _re_types():
    try:
        import re
        pattern = type(re.compile(''))
        match = type(re.match('', ''))
    except Exception:
        return None, None
    return pattern, match

_pattern_type, _match_type = _re_types()
if _pattern_type is not None:
    Pattern = _alias(_pattern_type, 1, name='Pattern')
    Match = _alias(_match_type, 1, name='Match')
del _pattern_type, _match_type

Text = str

TYPE_CHECKING = False
