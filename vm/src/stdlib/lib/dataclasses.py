"""Dataclasses: the @dataclass decorator generates __init__, __repr__,
__eq__, ordering, __hash__ and frozen-instance methods from a class's
annotated fields (Python 3.11 behaviour)."""

import sys
import types
import keyword
import abc

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'

# default value of __init__ parameters whose field has a default_factory
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass

MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass

KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Annotation marking an __init__-only pseudo-field (InitVar[T]): it is
    passed to __post_init__ and not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What field() returns and fields() lists: one field's settings."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,'
                '_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        # pass __set_name__ on to a default that is a descriptor
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,'
                'unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order,
                   self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Per-field settings for a dataclass attribute: x: list = field(
    default_factory=list). init, repr, compare and hash choose the generated
    methods the field takes part in; metadata is kept read-only;
    kw_only makes it a keyword-only __init__ parameter."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (no ClassVars or
    InitVars), in definition order."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in found.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


# ---------------------------------------------------------------------------
# annotations: ClassVar, InitVar and KW_ONLY, also written as strings

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _split_annotation(text):
    # 'mod.Name[...]' -> ('mod', 'Name'); 'Name...' -> (None, 'Name')
    text = text.lstrip()
    i = 0
    n = len(text)
    while i < n and (text[i].isalnum() or text[i] == '_'):
        i += 1
    first = text[:i]
    if not first:
        return None
    rest = text[i:].lstrip()
    if rest.startswith('.'):
        rest = rest[1:].lstrip()
        j = 0
        while j < len(rest) and (rest[j].isalnum() or rest[j] == '_'):
            j += 1
        second = rest[:j]
        if second:
            return first, second
    return None, first


def _module_lookup(module_name, name):
    module = sys.modules.get(module_name)
    if module is None:
        return None
    return getattr(module, name, None)


def _string_is(annotation, cls, a_module, predicate):
    parts = _split_annotation(annotation)
    if parts is None:
        return False
    module_name, name = parts
    if module_name is not None:
        if _module_lookup(cls.__module__, module_name) is not a_module:
            return False
    return predicate(_module_lookup(cls.__module__, name), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            # a __slots__ entry, not a default
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if typing is not None:
        if (_is_classvar(a_type, typing)
                or (isinstance(a_type, str)
                    and _string_is(a_type, cls, typing, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        me = sys.modules[__name__]
        if (_is_initvar(a_type, me)
                or (isinstance(a_type, str)
                    and _string_is(a_type, cls, me, _is_initvar))):
            f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use '
                         'default_factory' % (type(f.default), f.name))
    return f


# ---------------------------------------------------------------------------
# method generation. With exec() available the methods are compiled from
# generated source, so that __init__ has a real signature (fast binding and
# the interpreter's own argument errors); without it they are closures.

try:
    _exec = exec
except NameError:
    _exec = None


def _set_qualname(cls, fn):
    if isinstance(fn, types.FunctionType):
        fn.__qualname__ = '%s.%s' % (cls.__qualname__, fn.__name__)
    return fn


def _set_new_attribute(cls, name, value):
    # never overwrite what the class defines itself; True if it did
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _compile(name, params, body_lines, env, return_annotation=MISSING):
    # Compile "def name(params): body" inside a factory function whose
    # parameters are the names in env, so the body sees them as closure
    # variables; return the inner function.
    env = dict(env)
    if return_annotation is not MISSING:
        env['__dataclass_return_type__'] = return_annotation
        ret = ' -> __dataclass_return_type__'
    else:
        ret = ''
    lines = ['def __create_fn__(%s):' % ', '.join(env),
             ' def %s(%s)%s:' % (name, ', '.join(params), ret)]
    lines.extend(['  ' + line for line in body_lines] or ['  pass'])
    lines.append(' return %s' % name)
    ns = {}
    _exec('\n'.join(lines), {}, ns)
    return ns['__create_fn__'](**env)


def _fields_in_init_order(all_init):
    positional = [f for f in all_init if f.init and not f.kw_only]
    keyword_only = [f for f in all_init if f.init and f.kw_only]
    return positional, keyword_only


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        return '%s:__dataclass_type_%s__' % (f.name, f.name)
    if f.default is not MISSING:
        return '%s:__dataclass_type_%s__=__dataclass_dflt_%s__' % (f.name, f.name, f.name)
    return '%s:__dataclass_type_%s__=__dataclass_HAS_DEFAULT_FACTORY__' % (f.name, f.name)


def _check_defaults_order(std_fields):
    seen_default = False
    for f in std_fields:
        if not f.init:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError('non-default argument %r follows default argument'
                                % (f.name,))
        else:
            seen_default = True


def _init_fn(cls, all_fields, std_fields, kw_fields, frozen, has_post_init,
             self_name):
    _check_defaults_order(std_fields)
    if _exec is None:
        return _init_closure(cls, all_fields, std_fields, kw_fields, frozen,
                             has_post_init)
    env = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
           '__dataclass_builtins_object__': object}
    for f in all_fields:
        env['__dataclass_type_%s__' % f.name] = f.type
        if f.default is not MISSING:
            env['__dataclass_dflt_%s__' % f.name] = f.default
        if f.default_factory is not MISSING:
            env['__dataclass_dflt_%s__' % f.name] = f.default_factory
    lines = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        dflt = '__dataclass_dflt_%s__' % f.name
        if f.default_factory is not MISSING:
            if f.init:
                value = ('%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s'
                         % (dflt, f.name, f.name))
            else:
                value = '%s()' % dflt
        elif f.init:
            value = f.name
        else:
            continue
        if frozen:
            lines.append('__dataclass_builtins_object__.__setattr__(%s, %r, %s)'
                         % (self_name, f.name, value))
        else:
            lines.append('%s.%s = %s' % (self_name, f.name, value))
    if has_post_init:
        initvars = ', '.join([f.name for f in all_fields
                              if f._field_type is _FIELD_INITVAR])
        lines.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, initvars))
    params = [self_name] + [_init_param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend([_init_param(f) for f in kw_fields])
    return _compile('__init__', params, lines, env, return_annotation=None)


def _init_closure(cls, all_fields, std_fields, kw_fields, frozen, has_post_init):
    qual = '%s.__init__' % cls.__qualname__
    pos_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]
    all_params = pos_names + kw_names
    known = set(all_params)
    by_name = {}
    for f in std_fields + kw_fields:
        by_name[f.name] = f
    n_pos = len(pos_names)
    n_required = len([f for f in std_fields if f.default is MISSING
                      and f.default_factory is MISSING])
    # what to store, in field order: (name, param or None, factory or None)
    stores = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.init:
            stores.append((f.name, True,
                           f.default_factory if f.default_factory is not MISSING else None))
        elif f.default_factory is not MISSING:
            stores.append((f.name, False, f.default_factory))
    initvar_names = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
    setter = object.__setattr__

    def _missing(kind, names):
        if len(names) == 1:
            listed = repr(names[0])
        elif len(names) == 2:
            listed = '%r and %r' % (names[0], names[1])
        else:
            listed = ', '.join([repr(n) for n in names[:-1]]) + ', and %r' % names[-1]
        raise TypeError('%s() missing %d required %s argument%s: %s'
                        % (qual, len(names), kind, '' if len(names) == 1 else 's',
                           listed))

    def __init__(self, /, *args, **kwargs):
        if len(args) > n_pos:
            given = len(args) + 1
            if n_required == n_pos:
                takes = '%d positional argument%s' % (n_pos + 1, '' if n_pos == 0 else 's')
            else:
                takes = 'from %d to %d positional arguments' % (n_required + 1, n_pos + 1)
            raise TypeError('%s() takes %s but %d %s given'
                            % (qual, takes, given, 'was' if given == 1 else 'were'))
        values = {}
        i = 0
        for a in args:
            values[pos_names[i]] = a
            i += 1
        for k in kwargs:
            if k not in known:
                raise TypeError('%s() got an unexpected keyword argument %r' % (qual, k))
            if k in values:
                raise TypeError('%s() got multiple values for argument %r' % (qual, k))
            values[k] = kwargs[k]
        if len(values) < len(all_params):
            missing_pos = []
            missing_kw = []
            for name in all_params:
                if name not in values:
                    f = by_name[name]
                    if f.default is not MISSING:
                        values[name] = f.default
                    elif f.default_factory is not MISSING:
                        values[name] = _HAS_DEFAULT_FACTORY
                    elif f.kw_only:
                        missing_kw.append(name)
                    else:
                        missing_pos.append(name)
            if missing_pos:
                _missing('positional', missing_pos)
            if missing_kw:
                _missing('keyword-only', missing_kw)
        for name, is_param, factory in stores:
            if is_param:
                v = values[name]
                if factory is not None and v is _HAS_DEFAULT_FACTORY:
                    v = factory()
            else:
                v = factory()
            if frozen:
                setter(self, name, v)
            else:
                setattr(self, name, v)
        if has_post_init:
            self.__post_init__(*[values[n] for n in initvar_names])
    return __init__


_repr_running = set()


def _repr_fn(cls, flds):
    names = tuple([f.name for f in flds])
    if _exec is not None:
        parts = ', '.join(['%s={self.%s!r}' % (n, n) for n in names])
        fn = _compile('__repr__', ['self'],
                      ['return self.__class__.__qualname__ + f"(%s)"' % parts], {})
    else:
        def fn(self):
            return '%s(%s)' % (self.__class__.__qualname__,
                               ', '.join(['%s=%r' % (n, getattr(self, n)) for n in names]))
        fn.__name__ = '__repr__'
    inner = fn

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return inner(self)
        finally:
            _repr_running.discard(key)
    return __repr__


def _tuple_src(obj, names):
    if not names:
        return '()'
    return '(' + ''.join(['%s.%s,' % (obj, n) for n in names]) + ')'


def _cmp_fn(name, op, names):
    if _exec is not None:
        return _compile(name, ['self', 'other'], [
            'if other.__class__ is self.__class__:',
            ' return %s%s%s' % (_tuple_src('self', names), op, _tuple_src('other', names)),
            'return NotImplemented'], {})
    compare = _OPS[op]

    def fn(self, other):
        if other.__class__ is self.__class__:
            return compare(tuple([getattr(self, n) for n in names]),
                           tuple([getattr(other, n) for n in names]))
        return NotImplemented
    fn.__name__ = name
    return fn


_OPS = {
    '==': lambda a, b: a == b,
    '<': lambda a, b: a < b,
    '<=': lambda a, b: a <= b,
    '>': lambda a, b: a > b,
    '>=': lambda a, b: a >= b,
}


def _hash_fn(names):
    if _exec is not None:
        return _compile('__hash__', ['self'],
                        ['return hash(%s)' % _tuple_src('self', names)], {})

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _frozen_methods(cls, names):
    names = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


# What to do with __hash__, by (unsafe_hash, eq, frozen, class defines
# __hash__ itself): keep what is inherited, set None, add one, or refuse.
def _hash_set_none(cls, names):
    return None


def _hash_add(cls, names):
    return _set_qualname(cls, _hash_fn(names))


def _hash_exception(cls, names):
    raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)

_hash_action = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): _hash_set_none,
    (False, True, False, True): None,
    (False, True, True, False): _hash_add,
    (False, True, True, True): None,
    (True, False, False, False): _hash_add,
    (True, False, False, True): _hash_exception,
    (True, False, True, False): _hash_add,
    (True, False, True, True): _hash_exception,
    (True, True, False, False): _hash_add,
    (True, True, False, True): _hash_exception,
    (True, True, True, False): _hash_add,
    (True, True, True, True): _hash_exception,
}


# ---------------------------------------------------------------------------
# text signature for the generated __doc__ (what inspect.signature prints)

def _annotation_text(a):
    if isinstance(a, str):
        return repr(a)
    if getattr(a, '__module__', None) == 'typing':
        return repr(a).replace('typing.', '')
    if isinstance(a, types.GenericAlias):
        return str(a)
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return '%s.%s' % (a.__module__, a.__qualname__)
    return repr(a)


def _text_signature(std_fields, kw_fields):
    def one(f):
        s = '%s: %s' % (f.name, _annotation_text(f.type))
        if f.default is not MISSING:
            s += ' = %r' % (f.default,)
        elif f.default_factory is not MISSING:
            s += ' = <factory>'
        return s
    parts = [one(f) for f in std_fields]
    if kw_fields:
        parts.append('*')
        parts.extend([one(f) for f in kw_fields])
    return '(' + ', '.join(parts) + ')'


# ---------------------------------------------------------------------------

def _class_annotations(cls):
    try:
        ann = cls.__dict__.get('__annotations__')
    except AttributeError:
        ann = None
    if ann is None:
        # interpreters keeping annotations only as an attribute: take it when
        # it is the class's own (not inherited from a base)
        ann = getattr(cls, '__annotations__', None)
        if ann is not None:
            for base in cls.__mro__[1:]:
                if getattr(base, '__annotations__', None) is ann:
                    ann = None
                    break
    return ann or {}


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))
    frozen_base = False
    dataclass_base = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            dataclass_base = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                frozen_base = True

    annotations = _class_annotations(cls)
    own_fields = []
    kw_only_seen = False
    me = sys.modules[__name__]
    for name, a_type in annotations.items():
        if (_is_kw_only(a_type, me)
                or (isinstance(a_type, str)
                    and _string_is(a_type, cls, me, _is_kw_only))):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been '
                                'specified' % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            own_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in own_fields:
        all_fields[f.name] = f
        # the Field left in the class would shadow instance attributes: put
        # the plain default there instead, or nothing
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if dataclass_base:
        if frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (own_hash is MISSING
                         or (own_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values()
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_fields, kw_fields = _fields_in_init_order(init_fields)
    if init:
        _set_new_attribute(cls, '__init__', _init_fn(
            cls, init_fields, std_fields, kw_fields, frozen,
            hasattr(cls, _POST_INIT_NAME),
            '__dataclass_self__' if 'self' in all_fields else 'self'))

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr]))
    cmp_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==', cmp_names))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, cmp_names)):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))
    if frozen:
        for fn in _frozen_methods(cls, [f.name for f in field_list]):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    action = _hash_action[(bool(unsafe_hash), bool(eq), bool(frozen), explicit_hash)]
    if action is not None:
        hash_names = [f.name for f in field_list
                      if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = action(cls, hash_names)

    if not getattr(cls, '__doc__', None):
        cls.__doc__ = cls.__name__ + _text_signature(std_fields, kw_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple([f.name for f in std_fields]))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _slots_of(cls):
    s = cls.__dict__.get('__slots__')
    if s is None:
        if getattr(cls, '__weakrefoffset__', False):
            return ('__weakref__',)
        return ()
    if isinstance(s, str):
        return (s,)
    return tuple(s)


def _add_slots(cls, is_frozen, weakref_slot):
    ns = dict(cls.__dict__)
    names = tuple([f.name for f in fields(cls)])
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    ns['__slots__'] = tuple([n for n in wanted if n not in inherited])
    for n in names:
        ns.pop(n, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in ns:
            new_cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in ns:
            new_cls.__setstate__ = _dataclass_setstate
    return new_cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator adding generated special methods for the class's
    annotated fields; usable bare (@dataclass) or with options
    (@dataclass(order=True, frozen=True))."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------------
# conversions

try:
    import copy as _copy
except ImportError:
    _copy = None


def _deepcopy(obj):
    if _copy is None:
        return obj
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into
    dataclasses, lists, tuples and dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing like
    asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass from a list of fields: each a name, a
    (name, type) pair or a (name, type, Field) triple."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp

    def body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations
    cls = types.new_class(cls_name, bases, {}, body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj with the given fields changed (through
    __init__, so __post_init__ runs)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it '
                                 'cannot be specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()'
                                 % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
