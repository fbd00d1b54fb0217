"""Enumerations: Enum, IntEnum, StrEnum, Flag and IntFlag, behaving as in
CPython 3.11 (reprs, str(), format(), aliases, functional API, flags)."""

import sys
from types import MappingProxyType, DynamicClassAttribute, FunctionType

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

_plain_property = property
_plain_bin = bin

# The metaclass consults these while the base classes are being built.
Enum = ReprEnum = Flag = None
STRICT = CONFORM = EJECT = KEEP = None


class nonmember:
    """Wrap a class-body value so that it stays a plain attribute."""
    def __init__(self, value):
        self.value = value


class member:
    """Wrap a class-body value so that it becomes a member."""
    def __init__(self, value):
        self.value = value


class _NoValue:
    def __repr__(self):
        return '_auto_null'

_NO_VALUE = _NoValue()


class auto:
    """Placeholder for a member value chosen by _generate_next_value_."""
    def __init__(self, value=_NO_VALUE):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


# ---------------------------------------------------------------------------
# name classification

def _dunder(name):
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _private(clsname, name):
    prefix = '_' + clsname.lstrip('_') + '__'
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not name.endswith('__'))


def _descriptor(obj):
    if isinstance(obj, (FunctionType, classmethod, staticmethod, _plain_property)):
        return True
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _one_bit(n):
    return n != 0 and n & (n - 1) == 0


def _bits(n):
    # the set bits of a non-negative int, lowest first
    while n:
        low = n & -n
        yield low
        n ^= low


def show_flag_values(value):
    return list(_bits(value))


def bin(num, max_bits=None):
    """bin() in two's complement, with the sign bit set apart: bin(10) is
    '0b0 1010', bin(-11) is '0b1 0101'."""
    top = 1 << num.bit_length()
    if num >= 0:
        text = _plain_bin(num + top).replace('1', '0', 1)
    else:
        text = _plain_bin(~num ^ (top - 1) + top)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return sign + ' ' + digits


_ALLOWED_SUNDERS = frozenset([
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_',
])


# ---------------------------------------------------------------------------
# the class-body namespace

class _EnumDict(dict):
    """Namespace of an enum class body: records the member names in order,
    turns auto() into values and rejects reused names."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = ''
        self._generate_next_value = None
        self._stores = 0
        self._baseline = 0

    def __setitem__(self, key, value):
        self._stores += 1
        if _private(self._cls_name, key):
            pass
        elif _sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for '
                                 'future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined '
                                    'before members')
                if isinstance(value, staticmethod):
                    self._generate_next_value = value.__func__
                else:
                    self._generate_next_value = value
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                clash = set(value) & set(self._member_names)
                if clash:
                    raise ValueError('_ignore_ cannot specify already set '
                                     'names: %r' % (clash,))
        elif _dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
        dict.__setitem__(self, key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            value = self._auto_value(key, value)
            self._last_values.append(value)
            return value
        if type(value) is tuple:
            has_auto = False
            for v in value:
                if isinstance(v, auto):
                    has_auto = True
                    break
            if has_auto:
                out = []
                for v in value:
                    if isinstance(v, auto):
                        v = self._auto_value(key, v)
                        self._last_values.append(v)
                    out.append(v)
                return tuple(out)
        self._last_values.append(value)
        return value

    def _auto_value(self, key, a):
        if a.value is _NO_VALUE:
            a.value = self._generate_next_value(
                key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        return a.value

    def update(self, other=(), **kw):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v


def _type_setattr(cls, name, value):
    # set a class attribute without going through EnumType.__setattr__
    try:
        type.__setattr__(cls, name, value)
    except TypeError:
        setattr(cls, name, value)


def _type_delattr(cls, name):
    try:
        type.__delattr__(cls, name)
    except TypeError:
        delattr(cls, name)


# ---------------------------------------------------------------------------
# member creation

class _Pending:
    """Stands in the class namespace for a member until the class exists.
    The first __set_name__ call builds every member of the class, in
    definition order, so that they exist by the time __init_subclass__
    runs."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, cls, name):
        _build_members(cls)


def _build_members(cls):
    pending = cls.__dict__.get('_pending_members_')
    if pending is None:
        return
    _type_delattr(cls, '_pending_members_')
    for name, p in pending:
        _type_delattr(cls, name)
    for name, p in pending:
        _add_member(cls, name, p.value)


def _add_member(cls, name, value):
    args = value if isinstance(value, tuple) else (value,)
    mtype = cls._member_type_
    if mtype is tuple:
        args = (args,)
    if cls._use_args_:
        obj = cls._new_member_(cls, *args)
    else:
        obj = cls._new_member_(cls)
    if not hasattr(obj, '_value_'):
        if mtype is object:
            obj._value_ = value
        else:
            try:
                obj._value_ = mtype(*args)
            except Exception as e:
                err = TypeError('_value_ not set in __new__, unable to create it')
                err.__cause__ = e
                raise err
    value = obj._value_
    obj._name_ = name
    obj.__objclass__ = cls
    obj.__init__(*args)
    obj._sort_order_ = len(cls._member_names_)

    is_flag = Flag is not None and issubclass(cls, Flag)
    if is_flag and isinstance(value, int):
        cls._flag_mask_ |= value
        if _one_bit(value):
            cls._singles_mask_ |= value
        cls._all_bits_ = (1 << cls._flag_mask_.bit_length()) - 1

    # an earlier member with an equal value makes this name an alias
    canonical = None
    try:
        canonical = cls._value2member_map_.get(value)
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                canonical = m
                break
    if canonical is not None:
        obj = canonical
    elif not is_flag or _one_bit(value):
        cls._member_names_.append(name)

    # a property of the same name further up (Enum.name, Enum.value, ...)
    # must keep working for members, so the class gets a redirecting
    # enum.property instead of the member itself
    shadowed = None
    for base in cls.__mro__[1:]:
        d = base.__dict__.get(name)
        if d is None:
            continue
        if isinstance(d, (_plain_property, DynamicClassAttribute)):
            shadowed = d
            break
        if hasattr(d, 'fget') and hasattr(d, 'fset') and hasattr(d, 'fdel'):
            shadowed = d
    if shadowed is not None:
        redirect = property(shadowed.fget, shadowed.fset, shadowed.fdel)
        redirect.__set_name__(cls, name)
        _type_setattr(cls, name, redirect)
    else:
        _type_setattr(cls, name, obj)
    cls._member_map_[name] = obj
    try:
        cls._value2member_map_.setdefault(value, obj)
    except TypeError:
        cls._unhashable_values_.append(value)


# ---------------------------------------------------------------------------
# the metaclass

def _renamespace(ns):
    # The interpreter may fill a __prepare__d namespace without calling its
    # __setitem__; in that case send every definition through it now, in
    # definition order.
    fresh = _EnumDict()
    fresh._cls_name = ns._cls_name
    fresh._generate_next_value = ns._generate_next_value
    for k, v in dict.items(ns):
        fresh[k] = v
    return fresh


class EnumType(type):
    """Metaclass of Enum: builds the members and answers class-level
    operations (iteration, lookup by value or name, len, membership)."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        ns = _EnumDict()
        ns._cls_name = cls
        first = metacls._get_mixins_(cls, bases)[1]
        if first is not None:
            ns['_generate_next_value_'] = getattr(first, '_generate_next_value_', None)
        ns._baseline = ns._stores
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        if not isinstance(classdict, _EnumDict):
            given = classdict
            classdict = metacls.__prepare__(cls, bases)
            for k, v in given.items():
                dict.__setitem__(classdict, k, v)
        if classdict._stores == classdict._baseline and len(classdict) > classdict._baseline:
            classdict = _renamespace(classdict)

        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for k in list(ignore) + ['_ignore_']:
            dict.pop(classdict, k, None)
        names = list(classdict._member_names)
        bad = [n for n in names if n in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(n) for n in bad))
        order = dict.pop(classdict, '_order_', None)
        ns = dict(dict.items(classdict))

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(ns, member_type, first_enum)
        ns['_new_member_'] = new
        ns['_use_args_'] = use_args
        pending = []
        for n in names:
            p = _Pending(ns[n])
            ns[n] = p
            pending.append((n, p))
        ns['_pending_members_'] = pending
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        ns['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        ns['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        ns['_flag_mask_'] = 0
        ns['_singles_mask_'] = 0
        ns['_all_bits_'] = 0
        ns['_inverted_'] = None

        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        _build_members(enum_class)
        own = ns
        cd = enum_class.__dict__
        for k in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if k not in own and k in cd:
                own[k] = cd[k]

        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data '
                                'type (i.e. int, str, float, etc.)')
            if '__format__' not in own:
                _type_setattr(enum_class, '__format__', member_type.__format__)
                own['__format__'] = member_type.__format__
            if '__str__' not in own:
                s = member_type.__str__
                if s is object.__str__:
                    s = member_type.__repr__
                _type_setattr(enum_class, '__str__', s)
                own['__str__'] = s
        # the data type's repr/str/format/pickling must not win over the
        # enum's own through the MRO
        for k in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if k in own:
                continue
            found = getattr(enum_class, k)
            if found == getattr(member_type, k, None) or found == getattr(object, k, None):
                _type_setattr(enum_class, k, getattr(first_enum, k))

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            for k in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                      '__rxor__', '__invert__'):
                if k not in own:
                    _type_setattr(enum_class, k, Flag.__dict__[k])
        if Enum is not None:
            if save_new:
                _type_setattr(enum_class, '__new_member__', new)
            _type_setattr(enum_class, '__new__', _lookup)

        if is_flag or (Flag is None and cls == 'Flag'):
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                _type_setattr(enum_class, '_iter_member_',
                                 enum_class._iter_member_by_def_)
        else:
            for k in ('_boundary_', '_flag_mask_', '_singles_mask_',
                      '_all_bits_', '_inverted_'):
                _type_delattr(enum_class, k)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            mm = enum_class._member_map_
            if is_flag:
                order = [o for o in order if o not in mm or _one_bit(mm[o]._value_)]
            order = [o for o in order
                     if o not in mm or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(obj).__qualname__, type(cls).__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        names = set(['__class__', '__contains__', '__doc__', '__getitem__',
                     '__iter__', '__len__', '__members__', '__module__',
                     '__name__', '__qualname__'])
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        mm = cls._member_map_
        return (mm[n] for n in cls._member_names_)

    def __reversed__(cls):
        mm = cls._member_map_
        return (mm[n] for n in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_plain_property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first = metacls._get_mixins_(class_name, bases)[1]
        ns = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            seen = []
            for i, n in enumerate(names):
                v = first._generate_next_value_(n, start, i, seen[:])
                seen.append(v)
                pairs.append((n, v))
            names = pairs
        if hasattr(names, 'keys'):
            for n in names.keys():
                ns[n] = names[n]
        else:
            for n, v in names:
                ns[n] = v
        if module is None:
            module = _calling_module(2)
        if module is None:
            def _unpicklable(self, proto):
                raise TypeError('%r cannot be pickled' % self)
            ns['__reduce_ex__'] = _unpicklable
            ns['__module__'] = '<unknown>'
        else:
            ns['__module__'] = module
        if qualname is not None:
            ns['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, ns, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for b in bases:
            for c in b.__mro__:
                if isinstance(c, EnumType) and c._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, c))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return mcls._find_data_type_(class_name, bases) or object, last

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for b in bases:
            for c in b.__mro__:
                if c is object:
                    continue
                if isinstance(c, EnumType):
                    return c.__dict__.get('_value_repr_')
                if '__repr__' in c.__dict__:
                    return c.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = set()
        for b in bases:
            plain_mixin = None
            for c in b.__mro__:
                if c is object:
                    continue
                if isinstance(c, EnumType):
                    if c._member_type_ is not object:
                        found.add(c._member_type_)
                        break
                elif ('__new__' in c.__dict__ or '__init__' in c.__dict__
                        or c.__module__ == 'builtins'):
                    found.add(plain_mixin or c)
                    break
                elif plain_mixin is None:
                    plain_mixin = c
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        new = classdict.get('__new__')
        if isinstance(new, staticmethod):
            new = new.__func__
        save_new = first_enum is not None and new is not None
        if new is None:
            generic = [object.__new__]
            if Enum is not None:
                generic.append(_lookup)
            for attr in ('__new_member__', '__new__'):
                for owner in (member_type, first_enum):
                    target = getattr(owner, attr, None)
                    if target is None:
                        continue
                    if attr == '__new__' and owner is member_type and owner is not object:
                        # the data type's constructor (int.__new__, ...)
                        new = target
                        break
                    if not any(target is g for g in generic):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new is object.__new__
                        or new is _lookup)
        if member_type is not object and new is object.__new__:
            use_args = True
        return new, save_new, use_args


EnumMeta = EnumType


def _calling_module(depth):
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    try:
        return getframe(depth + 1).f_globals['__name__']
    except (AttributeError, ValueError, KeyError):
        return None


class property(DynamicClassAttribute):
    """Descriptor for enum attributes that members may shadow: on a member it
    acts like property(); on the class it finds the member of that name."""

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r'
                                     % (ownerclass, self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r'
                                 % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r'
                                 % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# ---------------------------------------------------------------------------
# Enum

def _lookup(cls, value):
    # Enum.__new__: find the member for a value (Color(1)), else _missing_
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    error = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        error = e
        result = None
    if isinstance(result, cls):
        return result
    if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
            and isinstance(result, int)):
        return result
    invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if error is None:
        if result is None:
            raise invalid
        error = TypeError('error in %s._missing_: returned %r instead of None '
                          'or a valid member' % (cls.__name__, result))
    if not isinstance(error, ValueError):
        error.__context__ = invalid
    raise error


class Enum(metaclass=EnumType):
    """Base class of enumerations: a fixed set of named, unique members.

    class Color(Enum):
        RED = 1
        GREEN = 2

    Color.RED, Color(1) and Color['RED'] all give <Color.RED: 1>.
    """

    __new__ = _lookup

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        vr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (self.__class__.__name__, vr(self._value_))
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, vr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        if self._member_type_ is object:
            names = set(['__class__', '__doc__', '__eq__', '__hash__',
                         '__module__', 'name', 'value'])
        else:
            names = set(dir(self._member_type_))
        for n in getattr(self, '__dict__', ()):
            if n[0] != '_':
                names.add(n)
        members = self._member_map_
        for c in self.__class__.__mro__:
            for n, obj in c.__dict__.items():
                if n[0] == '_':
                    continue
                if isinstance(obj, (_plain_property, DynamicClassAttribute)):
                    if obj.fget is not None or n not in members:
                        names.add(n)
                    else:
                        names.discard(n)
                elif n not in members:
                    names.add(n)
        names.update(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Enum whose str() and format() are those of the mixed-in data type;
    only repr() is the enum's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with bits no member covers: STRICT raises, CONFORM
    drops them, EJECT returns a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()

STRICT, CONFORM, EJECT, KEEP = list(FlagBoundary)


# ---------------------------------------------------------------------------
# Flag

def _flag_operand(self, other):
    if isinstance(other, self.__class__):
        return other._value_
    if self._member_type_ is not object and isinstance(other, self._member_type_):
        return other
    return None


class Flag(Enum, boundary=STRICT):
    """Enum whose members can be combined with |, & and ^."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        top = max(last_values)
        try:
            return 1 << top.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % top) from None

    @classmethod
    def _iter_member_by_value_(cls, value):
        get = cls._value2member_map_.get
        for bit in _bits(value & cls._flag_mask_):
            yield get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        # build (and cache) the pseudo-member of a combination of flags
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles = cls._singles_mask_
        all_bits = cls._all_bits_
        negative = None
        if not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(flag_mask, width)))
            elif boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 1 << value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        aliases = value & ~singles
        known = value & singles
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if known or aliases:
            parts = list(cls._iter_member_(known))
            combined = 0
            for m in parts:
                combined |= m._value_
            if aliases:
                value = known | aliases
                for m in cls._member_map_.values():
                    v = m._value_
                    if m not in parts and v and v & value == v:
                        parts.append(m)
                        combined |= v
            unknown = value ^ combined
            if not combined:
                pseudo._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            else:
                pseudo._name_ = '|'.join([m._name_ for m in parts])
                if unknown:
                    pseudo._name_ += '|' + cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        vr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (self.__class__.__name__, vr(self._value_))
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, vr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        v = _flag_operand(self, other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = _flag_operand(self, other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = _flag_operand(self, other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ is EJECT or self._boundary_ is KEEP:
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __reduce_ex__(self, proto):
        cls = self.__class__
        unknown = self._value_ & ~cls._flag_mask_
        known = self._value_ & cls._flag_mask_
        if unknown and known:
            return _or_, (cls(known), unknown)
        for bit in _bits(known):
            rest = known & ~bit
            if rest:
                return _or_, (cls(rest), cls._value2member_map_.get(bit))
            break
        if self._name_ is None:
            return cls, (self._value_,)
        return getattr, (cls, self._name_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints."""


def _or_(a, b):
    return a | b


# ---------------------------------------------------------------------------
# decorators and helpers

def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    dups = ['%s -> %s' % (n, m.name) for n, m in enumeration.__members__.items()
            if n != m.name]
    if dups:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join(dups)))
    return enumeration


def global_enum_repr(self):
    return '%s.%s' % (self.__class__.__module__.split('.')[-1], self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    if _one_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    parts = []
    for n in self._name_.split('|'):
        if self._boundary_ is KEEP and n[0].isdigit():
            parts.append(n)
        else:
            parts.append('%s.%s' % (module, n))
    return '|'.join(parts)


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members repr as module.NAME and are exported to the
    enum's module."""
    if issubclass(cls, Flag):
        _type_setattr(cls, '__repr__', global_flag_repr)
    else:
        _type_setattr(cls, '__repr__', global_enum_repr)
    if update_str or not issubclass(cls, ReprEnum):
        _type_setattr(cls, '__str__', global_str)
    modules = getattr(sys, 'modules', None)
    if modules is not None and cls.__module__ in modules:
        target = modules[cls.__module__]
        for n, m in cls.__members__.items():
            setattr(target, n, m)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator turning a plain class into an enum of type etype."""
    def convert(cls):
        kw = {} if boundary is None else {'boundary': boundary}
        meta = type(etype)
        ns = meta.__prepare__(cls.__name__, (etype,), **kw)
        for n, v in cls.__dict__.items():
            if n not in ('__dict__', '__weakref__'):
                ns[n] = v
        return meta(cls.__name__, (etype,), ns, **kw)
    return convert


class EnumCheck(StrEnum):
    """Conditions verify() can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'

CONTINUOUS, NAMED_FLAGS, UNIQUE = list(EnumCheck)


class verify:
    """Class decorator checking an enumeration against EnumCheck conditions."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                dups = ['%s -> %s' % (n, m.name)
                        for n, m in enumeration.__members__.items() if n != m.name]
                if dups:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join(dups)))
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                lo, hi = min(values), max(values)
                if kind == 'flag':
                    missing = [1 << i for i in range(lo.bit_length(), hi.bit_length() - 1)
                               if (1 << i) not in values]
                else:
                    missing = [i for i in range(lo + 1, hi) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s'
                                      % (kind, name, ', '.join(map(str, missing))))[:256])
            elif check is NAMED_FLAGS:
                canonical = enumeration._member_names_
                values = [m.value for m in enumeration]
                bad_names = []
                bad_bits = 0
                for n, alias in enumeration._member_map_.items():
                    if n in canonical or alias.value < 0:
                        continue
                    missed = [b for b in _bits(alias.value) if b not in values]
                    if missed:
                        bad_names.append(n)
                        for b in missed:
                            bad_bits |= b
                if bad_names:
                    if len(bad_names) == 1:
                        what = 'alias %s is missing' % bad_names[0]
                    else:
                        what = 'aliases %s and %s are missing' % (
                            ', '.join(bad_names[:-1]), bad_names[-1])
                    if _one_bit(bad_bits):
                        val = 'value 0x%x' % bad_bits
                    else:
                        val = 'combined values of 0x%x' % bad_bits
                    raise ValueError('invalid Flag %r: %s %s [use '
                                     'enum.show_flag_values(value) for details]'
                                     % (name, what, val))
        return enumeration
