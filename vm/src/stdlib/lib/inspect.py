"""Introspection of live objects: kind predicates (isclass, isfunction,
...), getmembers, getmro, getdoc/cleandoc, unwrap, getattr_static, and
Signature/Parameter with signature() where functions expose their code."""

import sys
import types
import functools

__all__ = [
    'isclass', 'isfunction', 'ismethod', 'ismodule', 'isbuiltin', 'isroutine',
    'isgenerator', 'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction',
    'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'iscode', 'isframe',
    'istraceback', 'isabstract', 'ismethoddescriptor', 'isdatadescriptor',
    'isgetsetdescriptor', 'ismemberdescriptor', 'ismethodwrapper',
    'getmembers', 'getmembers_static', 'getmro', 'getdoc', 'cleandoc',
    'getmodule', 'getfile', 'getmodulename', 'unwrap', 'getattr_static',
    'signature', 'Signature', 'Parameter', 'BoundArguments',
    'currentframe', 'stack', 'getattr_static', 'get_annotations',
]

# code flags
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# ---------------------------------------------------------------------------
# predicates

def ismodule(object):
    """True for modules."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods of Python functions."""
    return isinstance(object, types.MethodType) and isfunction(
        getattr(object, '__func__', None))


def isfunction(object):
    """True for functions defined with def or lambda."""
    return isinstance(object, types.FunctionType)


def _code_flags(f):
    while ismethod(f):
        f = f.__func__
    f = functools._unwrap_partial(f) if hasattr(functools, '_unwrap_partial') else f
    if not isfunction(f):
        return 0
    code = getattr(f, '__code__', None)
    return getattr(code, 'co_flags', 0)


def isgeneratorfunction(obj):
    """True for functions whose calls return generators."""
    return bool(_code_flags(obj) & CO_GENERATOR)


def iscoroutinefunction(obj):
    """True for async def functions."""
    return bool(_code_flags(obj) & CO_COROUTINE)


def isasyncgenfunction(obj):
    """True for async generator functions."""
    return bool(_code_flags(obj) & CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """True for async generator objects."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """True for generator objects."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """True for coroutine objects."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """True for objects usable in an await expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        return bool(getattr(getattr(object, 'gi_code', None), 'co_flags', 0)
                    & CO_ITERABLE_COROUTINE)
    return hasattr(type(object), '__await__')


def istraceback(object):
    """True for traceback objects."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """True for frame objects."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """True for code objects."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """True for built-in functions and methods."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """True for method-wrapper objects."""
    return isinstance(object, types.MethodWrapperType)


def ismethoddescriptor(object):
    """True for non-data descriptors that are not classes, methods or
    functions (e.g. int.__add__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """True for objects whose type defines __set__ or __delete__."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """True for slot member descriptors."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """True for getset descriptors of extension types."""
    return isinstance(object, types.GetSetDescriptorType)


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object)
            or isinstance(object, types.MethodType))


def isabstract(object):
    """True for classes with abstract methods left."""
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', None))


# ---------------------------------------------------------------------------
# members, MRO, docs, modules

def getmembers(object, predicate=None):
    """(name, value) pairs of object's attributes, sorted by name,
    optionally filtered by predicate(value)."""
    results = []
    names = dir(object)
    if isclass(object):
        mro = getmro(object)
        # class attributes that are only reachable through the metaclass
        # or a base's __dict__ are included by dir()
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers_static(object, predicate=None):
    """getmembers() without triggering descriptors or __getattr__."""
    results = []
    for key in dir(object):
        try:
            value = getattr_static(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    """The class's method resolution order, as a tuple."""
    return cls.__mro__


def cleandoc(doc):
    """Remove the indentation common to the docstring's second and later
    lines, and blank lines at both ends."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """The object's docstring, cleaned up; inherited from a class's bases
    (or the defining class for methods) when the object has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _inherited_doc(object)
        if doc is None:
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = getattr(base, '__doc__', None)
            if doc is not None:
                return doc
        return None
    name = getattr(obj, '__name__', None)
    qualname = getattr(obj, '__qualname__', '')
    if name is None or '.' not in qualname:
        return None
    owner = None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
    else:
        module = sys.modules.get(getattr(obj, '__module__', None))
        owner = module
        for part in qualname.split('.')[:-1]:
            owner = getattr(owner, part, None)
    if not isclass(owner):
        return None
    for base in owner.__mro__[1:]:
        meth = base.__dict__.get(name) if hasattr(base, '__dict__') else None
        doc = getattr(meth, '__doc__', None)
        if doc is not None:
            return doc
    return None


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    return None


def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        f = getattr(object, '__file__', None)
        if f:
            return f
        raise TypeError('%r is a built-in module' % (object,))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        f = getattr(module, '__file__', None)
        if f:
            return f
        raise TypeError('%r is a built-in class' % (object,))
    if ismethod(object):
        object = object.__func__
    code = getattr(object, '__code__', None)
    if code is not None:
        return code.co_filename
    module = sys.modules.get(getattr(object, '__module__', None))
    f = getattr(module, '__file__', None)
    if f:
        return f
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got %s' % type(object).__name__)


def getmodulename(path):
    """The module name a file path would be imported as, or None."""
    base = path.replace('\\', '/').rsplit('/', 1)[-1]
    for suffix in ('.py', '.pyc', '.pyw'):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain to the innermost function."""
    f = func
    seen = {id(f)}
    limit = sys.getrecursionlimit() if hasattr(sys, 'getrecursionlimit') else 1000
    while hasattr(f, '__wrapped__'):
        if stop is not None and stop(f):
            break
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping %r' % (func,))
        seen.add(id(f))
    return f


def currentframe():
    """The caller's frame object (None where frames are unavailable)."""
    getframe = getattr(sys, '_getframe', None)
    return getframe(1) if getframe is not None else None


def stack(context=1):
    """The caller's stack as a list of frames, innermost first (frames
    only: no source context here)."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return []
    out = []
    f = getframe(1)
    while f is not None:
        out.append(f)
        f = getattr(f, 'f_back', None)
    return out


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's own annotations (a class, module or callable),
    with string annotations evaluated when eval_str is true."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
    elif ismodule(obj) or callable(obj):
        ann = getattr(obj, '__annotations__', None)
    else:
        raise TypeError('%r is not a module, class, or callable.' % (obj,))
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError('%r.__annotations__ is neither a dict nor None' % (obj,))
    if not eval_str:
        return dict(ann)
    if globals is None:
        module = sys.modules.get(getattr(obj, '__module__', None))
        globals = getattr(obj, '__globals__', None) or (
            {k: getattr(module, k) for k in dir(module)} if module else {})
    return {k: v if not isinstance(v, str) else eval(v, globals, locals)
            for k, v in ann.items()}


# ---------------------------------------------------------------------------
# getattr_static

_sentinel = object()


def _static_mro(klass):
    return type.__dict__['__mro__'].__get__(klass) if hasattr(
        type.__dict__.get('__mro__', None), '__get__') else klass.__mro__


def _class_lookup(klass, attr):
    for entry in klass.__mro__:
        d = entry.__dict__
        if attr in d:
            return d[attr]
    return _sentinel


def _instance_dict(obj):
    try:
        return object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return {}


def getattr_static(obj, attr, default=_sentinel):
    """Look attr up the way getattr() would, but without running
    descriptors, __getattr__ or __getattribute__: the raw object stored in
    the instance or class dict is returned."""
    is_class = isinstance(obj, type)
    klass = obj if is_class else type(obj)
    instance_result = _sentinel
    if not is_class:
        d = _instance_dict(obj)
        if isinstance(d, dict) and attr in d:
            instance_result = d[attr]
    klass_result = _class_lookup(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        kt = type(klass_result)
        if (_class_lookup(kt, '__get__') is not _sentinel
                and (_class_lookup(kt, '__set__') is not _sentinel
                     or _class_lookup(kt, '__delete__') is not _sentinel)):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if is_class:
        meta_result = _class_lookup(type(klass), attr)
        if meta_result is not _sentinel:
            return meta_result
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------------------
# signatures

class _empty:
    """Marker for 'no default' / 'no annotation'."""


class _void:
    """Marker for 'argument not given' in replace()."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    def __init__(self, *args):
        pass

    @property
    def name(self):
        return self._name_

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._name_, int(self))

    def __str__(self):
        return self._name_

_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation
    (Parameter.empty when absent)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        kinds = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
                 _KEYWORD_ONLY, _VAR_KEYWORD)
        for k in kinds:
            if kind == k:
                kind = k
                break
        else:
            raise ValueError('value %r is not a valid Parameter.kind' % (kind,))
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('%s parameters cannot have default values'
                             % (kind.description,))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a %s' % (type(name).__name__,))
        if not name.isidentifier():
            raise ValueError('%r is not a valid parameter name' % (name,))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self._kind
        text = self._name
        if self._annotation is not _empty:
            text = '%s: %s' % (text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = '%s = %r' % (text, self._default)
            else:
                text = '%s=%r' % (text, self._default)
        if kind == _VAR_POSITIONAL:
            text = '*' + text
        elif kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<%s "%s">' % (self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): arguments mapped to parameters."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                value = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                value = self.arguments[name]
            except KeyError:
                continue
            if param.kind == _VAR_KEYWORD:
                out.update(value)
            else:
                out[name] = value
        return out

    def apply_defaults(self):
        arguments = self.arguments
        new = []
        for name, param in self._signature.parameters.items():
            try:
                new.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind == _VAR_POSITIONAL:
                    val = ()
                elif param.kind == _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new.append((name, val))
        self.arguments = dict(new)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['%s=%r' % (k, v) for k, v in self.arguments.items()]
        return '<%s (%s)>' % (self.__class__.__name__, ', '.join(args))


class Signature:
    """A callable's parameters (an ordered mapping name -> Parameter) and
    return annotation; str() gives the familiar '(a, b=1, *, c) -> int'."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    if kind < top_kind:
                        raise ValueError('wrong parameter order: %s parameter before %s '
                                         'parameter' % (top_kind.description,
                                                        kind.description))
                    if kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows '
                                                 'default argument')
                        else:
                            seen_default = True
                    if param.name in params:
                        raise ValueError('duplicate parameter name: %r' % (param.name,))
                    params[param.name] = param
            else:
                params = dict((p.name, p) for p in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_of(obj, follow_wrapped, cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        return hash((tuple(self.parameters.values()), self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self.parameters.items()) == list(other.parameters.items()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = list(self.parameters.values())
        i = 0
        n = len(params)
        args = list(args)
        ai = 0
        while ai < len(args):
            if i >= n:
                raise TypeError('too many positional arguments')
            param = params[i]
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments')
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[ai:])
                ai = len(args)
                i += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument %r' % (param.name,))
            arguments[param.name] = args[ai]
            ai += 1
            i += 1
        kwargs_param = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            if name in kwargs and param.kind != _POSITIONAL_ONLY:
                arguments[name] = kwargs.pop(name)
            elif not partial and param.default is _empty:
                if param.kind == _POSITIONAL_ONLY and name in kwargs:
                    raise TypeError('%r parameter is positional only, but was passed '
                                    'as a keyword' % (name,))
                raise TypeError('missing a required argument: %r' % (name,))
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument %r'
                                % (next(iter(kwargs)),))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map args and kwargs to parameters; TypeError if they do not fit."""
        return self._bind(args, dict(kwargs))

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), allowing required arguments to be missing."""
        return self._bind(args, dict(kwargs), partial=True)

    def __repr__(self):
        return '<%s %s>' % (self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only = False
        render_kw_only = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only = True
            elif render_pos_only:
                result.append('/')
                render_pos_only = False
            if kind == _VAR_POSITIONAL:
                render_kw_only = False
            elif kind == _KEYWORD_ONLY and render_kw_only:
                result.append('*')
                render_kw_only = False
            result.append(str(param))
        if render_pos_only:
            result.append('/')
        text = '(%s)' % ', '.join(result)
        if self._return_annotation is not _empty:
            text += ' -> %s' % formatannotation(self._return_annotation)
        return text


def _signature_from_function(cls, func, skip_first=False):
    code = getattr(func, '__code__', None)
    if code is None:
        raise ValueError('no signature found for %r' % (func,))
    names = code.co_varnames
    posonly = getattr(code, 'co_posonlyargcount', 0)
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    flags = code.co_flags
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    # co_varnames order: positional, keyword-only, *args, **kwargs
    for name in names[npos:npos + nkw]:
        kwonly_param = Parameter(name, _KEYWORD_ONLY,
                                 default=kwdefaults.get(name, _empty),
                                 annotation=annotations.get(name, _empty))
        params.append(kwonly_param)
    idx = npos + nkw
    if flags & CO_VARARGS:
        name = names[idx]
        params.insert(npos, Parameter(name, _VAR_POSITIONAL,
                                      annotation=annotations.get(name, _empty)))
        idx += 1
    if flags & CO_VARKEYWORDS:
        name = names[idx]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    if skip_first and params:
        params = params[1:]
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _signature_of(obj, follow_wrapped=True, sigcls=None):
    if sigcls is None:
        sigcls = Signature
    if not callable(obj):
        raise TypeError('%r is not a callable object' % (obj,))
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, follow_wrapped, sigcls)
        params = list(sig.parameters.values())
        if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
            raise ValueError('invalid method signature')
        if params[0].kind == _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=params[1:])
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object %r in __signature__ attribute' % (sig,))
        return sig
    if isinstance(obj, functools.partial):
        sig = _signature_of(obj.func, follow_wrapped, sigcls)
        return _partial_signature(sig, obj.args, obj.keywords)
    if isfunction(obj):
        return _signature_from_function(sigcls, obj)
    if isinstance(obj, type):
        for name in ('__init__', '__new__'):
            for base in obj.__mro__:
                if base is object:
                    break
                meth = base.__dict__.get(name)
                if meth is not None:
                    if isinstance(meth, staticmethod):
                        meth = meth.__func__
                    if isfunction(meth):
                        return _signature_from_function(sigcls, meth, skip_first=True)
        return sigcls([])
    call = getattr(type(obj), '__call__', None)
    if isfunction(call):
        return _signature_from_function(sigcls, call, skip_first=True)
    raise ValueError('no signature found for %r' % (obj,))


def _partial_signature(sig, args, keywords):
    # Arguments given positionally disappear; ones given by keyword get
    # that default and become keyword-only, as do the positional-or-keyword
    # parameters after them (a *args after them disappears).
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError as e:
        raise ValueError('partial object has incorrect arguments') from e
    head = []
    tail = []
    to_kwonly = False
    for p in sig.parameters.values():
        given = p.name in bound.arguments
        if given and p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) \
                and p.name not in keywords:
            continue
        if given and p.kind != _VAR_POSITIONAL and p.kind != _VAR_KEYWORD:
            p = p.replace(default=bound.arguments[p.name])
            if p.kind == _POSITIONAL_OR_KEYWORD:
                to_kwonly = True
        if to_kwonly:
            if p.kind == _POSITIONAL_OR_KEYWORD:
                tail.append(p.replace(kind=_KEYWORD_ONLY))
            elif p.kind == _VAR_POSITIONAL:
                continue
            elif p.kind == _KEYWORD_ONLY:
                tail.append(p)
            else:
                tail.append(p)
        else:
            head.append(p)
    kw_tail = [p for p in tail if p.kind != _VAR_KEYWORD]
    var_kw = [p for p in tail if p.kind == _VAR_KEYWORD]
    return sig.replace(parameters=head + kw_tail + var_kw)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable (needs the function's code object;
    ValueError where the interpreter does not expose one)."""
    return _signature_of(obj, follow_wrapped)
