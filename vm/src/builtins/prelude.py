# Built-in types written in Python: `bytearray` and `memoryview`. This
# source runs once per process, when the first interpreter starts; its
# classes become built-ins (`vm::builtins::python_builtins`). The bytes
# methods are the native `bytes` methods applied to a snapshot, with
# results of type bytes turned back into bytearrays, as CPython's
# bytearray methods return.

_bytes = bytes


def _index(v):
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), '__index__', None)
    if f is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return f(v)


def _byte(v):
    v = _index(v)
    if not 0 <= v <= 255:
        raise ValueError("byte must be in range(0, 256)")
    return v


def _as_bytes(v, what='a bytes-like object is required'):
    if isinstance(v, _bytes):
        return v
    if isinstance(v, (bytearray, memoryview)):
        return v.tobytes() if isinstance(v, memoryview) else _bytes(v._b)
    raise TypeError(f"{what}, not '{type(v).__name__}'")


class bytearray:
    """bytearray(iterable_of_ints) -> bytearray
bytearray(string, encoding[, errors]) -> bytearray
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer
bytearray(int) -> bytes array of size given by the parameter initialized with null bytes
bytearray() -> empty bytes array"""

    __slots__ = ('_b',)
    __hash__ = None

    def __init__(self, source=None, encoding=None, errors=None):
        if source is None:
            if encoding is not None or errors is not None:
                raise TypeError("encoding or errors without sequence argument")
            self._b = []
        elif isinstance(source, str):
            if encoding is None:
                raise TypeError("string argument without an encoding")
            self._b = list(source.encode(encoding, errors or 'strict'))
        elif encoding is not None or errors is not None:
            raise TypeError("encoding or errors without a string argument")
        elif isinstance(source, int):
            if source < 0:
                raise ValueError("negative count")
            self._b = [0] * source
        elif isinstance(source, _bytes):
            self._b = list(source)
        elif isinstance(source, bytearray):
            self._b = list(source._b)
        elif isinstance(source, memoryview):
            self._b = list(source.tobytes())
        else:
            if hasattr(type(source), '__index__'):
                n = _index(source)
                if n < 0:
                    raise ValueError("negative count")
                self._b = [0] * n
                return
            self._b = [_byte(x) for x in source]

    @classmethod
    def fromhex(cls, s):
        return cls(_bytes.fromhex(s))

    def __bytes__(self):
        return _bytes(self._b)

    def tobytes(self):
        return _bytes(self._b)

    def __repr__(self):
        r = repr(_bytes(self._b))
        name = type(self).__name__
        return f"{name}({r})"

    __str__ = __repr__

    def __len__(self):
        return len(self._b)

    def __iter__(self):
        return iter(self._b)

    def __contains__(self, x):
        if isinstance(x, int):
            return _byte(x) in self._b
        return _as_bytes(x) in _bytes(self._b)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return bytearray(self._b[i])
        try:
            return self._b[_index(i)]
        except IndexError:
            raise IndexError("bytearray index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if isinstance(v, int):
                raise TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            self._b[i] = list(_as_bytes(v)) if isinstance(v, (_bytes, bytearray, memoryview)) else [_byte(x) for x in v]
            return
        try:
            self._b[_index(i)] = _byte(v)
        except IndexError:
            raise IndexError("bytearray index out of range") from None

    def __delitem__(self, i):
        try:
            del self._b[i if isinstance(i, slice) else _index(i)]
        except IndexError:
            raise IndexError("bytearray index out of range") from None

    def _cmp(self, other):
        if isinstance(other, (_bytes, bytearray, memoryview)):
            return _as_bytes(other)
        return None

    def __eq__(self, other):
        o = self._cmp(other)
        return NotImplemented if o is None else _bytes(self._b) == o

    def __ne__(self, other):
        o = self._cmp(other)
        return NotImplemented if o is None else _bytes(self._b) != o

    def __lt__(self, other):
        o = self._cmp(other)
        return NotImplemented if o is None else _bytes(self._b) < o

    def __le__(self, other):
        o = self._cmp(other)
        return NotImplemented if o is None else _bytes(self._b) <= o

    def __gt__(self, other):
        o = self._cmp(other)
        return NotImplemented if o is None else _bytes(self._b) > o

    def __ge__(self, other):
        o = self._cmp(other)
        return NotImplemented if o is None else _bytes(self._b) >= o

    def __add__(self, other):
        return bytearray(_bytes(self._b) + _as_bytes(other, f"can't concat {type(other).__name__} to bytearray"))

    def __radd__(self, other):
        if isinstance(other, _bytes):
            return other + _bytes(self._b)
        return NotImplemented

    def __iadd__(self, other):
        self._b.extend(_as_bytes(other, f"can't concat {type(other).__name__} to bytearray"))
        return self

    def __mul__(self, n):
        return bytearray(_bytes(self._b) * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._b = self._b * n
        return self

    def __mod__(self, args):
        return bytearray(_bytes(self._b) % args)

    def __alloc__(self):
        return len(self._b) + 1

    def __reduce_ex__(self, protocol):
        if protocol < 3:
            return (type(self), (_bytes(self._b).decode('latin-1'), 'latin-1'), None)
        return (type(self), (_bytes(self._b),), None)

    def append(self, item):
        self._b.append(_byte(item))

    def extend(self, iterable):
        if isinstance(iterable, (_bytes, bytearray, memoryview)):
            self._b.extend(_as_bytes(iterable))
        elif isinstance(iterable, str):
            raise TypeError("expected iterable of integers; got: 'str'")
        else:
            self._b.extend([_byte(x) for x in iterable])

    def insert(self, index, item):
        self._b.insert(_index(index), _byte(item))

    def pop(self, index=-1):
        if not self._b:
            raise IndexError("pop from empty bytearray")
        try:
            return self._b.pop(index)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, value):
        try:
            self._b.remove(_byte(value))
        except ValueError:
            raise ValueError("value not found in bytearray") from None

    def clear(self):
        self._b.clear()

    def copy(self):
        return bytearray(self._b)

    def reverse(self):
        self._b.reverse()

    def decode(self, encoding='utf-8', errors='strict'):
        return _bytes(self._b).decode(encoding, errors)

    def hex(self, *args):
        return _bytes(self._b).hex(*args)

    def join(self, iterable):
        return bytearray(_bytes(self._b).join([_as_bytes(x, 'sequence item: expected a bytes-like object') for x in iterable]))


def _delegate(name, wrap):
    method = getattr(_bytes, name)

    def f(self, *args, **kwargs):
        args = [_as_bytes(a) if isinstance(a, (bytearray, memoryview)) else a for a in args]
        r = method(_bytes(self._b), *args, **kwargs)
        if not wrap:
            return r
        if isinstance(r, _bytes):
            return bytearray(r)
        if isinstance(r, list):
            return [bytearray(x) for x in r]
        if isinstance(r, tuple):
            return tuple(bytearray(x) for x in r)
        return r

    f.__name__ = name
    f.__qualname__ = 'bytearray.' + name
    setattr(bytearray, name, f)


for _n in ('capitalize', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip', 'partition',
           'replace', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines',
           'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill', 'removeprefix',
           'removesuffix'):
    if hasattr(_bytes, _n):
        _delegate(_n, True)
for _n in ('count', 'endswith', 'find', 'index', 'isalnum', 'isalpha', 'isascii',
           'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'rfind', 'rindex',
           'startswith'):
    if hasattr(_bytes, _n):
        _delegate(_n, False)
del _n



class memoryview:
    """Create a new memoryview object which references the given object."""

    __slots__ = ('_obj', '_start', '_stop', '_released')

    def __init__(self, object):
        if isinstance(object, memoryview):
            self._obj, self._start, self._stop = object._obj, object._start, object._stop
        elif isinstance(object, (_bytes, bytearray)):
            self._obj, self._start, self._stop = object, 0, len(object)
        elif hasattr(object, 'tobytes') and hasattr(object, 'typecode'):
            self._obj, self._start, self._stop = object, 0, len(object)
        else:
            raise TypeError(f"memoryview: a bytes-like object is required, not '{type(object).__name__}'")
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def _data(self):
        o = self._obj
        if isinstance(o, _bytes):
            return o[self._start:self._stop]
        if isinstance(o, bytearray):
            return _bytes(o._b[self._start:self._stop])
        return o.tobytes()

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def readonly(self):
        return not isinstance(self._obj, bytearray)

    @property
    def nbytes(self):
        return self._stop - self._start

    itemsize = 1
    format = 'B'
    ndim = 1

    @property
    def shape(self):
        return (self._stop - self._start,)

    @property
    def strides(self):
        return (1,)

    @property
    def released(self):
        return self._released

    def release(self):
        self._released = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.release()

    def __len__(self):
        self._check()
        return self._stop - self._start

    def __getitem__(self, i):
        self._check()
        if isinstance(i, slice):
            start, stop, step = i.indices(self._stop - self._start)
            if step != 1:
                return memoryview(self._data()[i])
            m = memoryview(self)
            m._start = self._start + start
            m._stop = self._start + max(start, stop)
            return m
        n = self._stop - self._start
        i = _index(i)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("index out of bounds on dimension 1")
        return self._obj[self._start + i]

    def __setitem__(self, i, v):
        self._check()
        if self.readonly:
            raise TypeError("cannot modify read-only memory")
        if isinstance(i, slice):
            start, stop, step = i.indices(self._stop - self._start)
            data = _as_bytes(v)
            if len(range(start, stop, step)) != len(data):
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            for k, b in zip(range(start, stop, step), data):
                self._obj[self._start + k] = b
            return
        n = self._stop - self._start
        i = _index(i)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("index out of bounds on dimension 1")
        self._obj[self._start + i] = v

    def __iter__(self):
        self._check()
        return iter(self._data())

    def __eq__(self, other):
        if isinstance(other, (_bytes, bytearray, memoryview)):
            return self._data() == _as_bytes(other)
        return NotImplemented

    def __bytes__(self):
        return self._data()

    def tobytes(self, order='C'):
        self._check()
        return self._data()

    def tolist(self):
        self._check()
        return list(self._data())

    def hex(self, *args):
        return self._data().hex(*args)

    def toreadonly(self):
        return memoryview(self._data())

    def cast(self, format, shape=None):
        if format != 'B':
            raise NotImplementedError("memoryview: only the 'B' format is supported")
        return memoryview(self)

    def __repr__(self):
        return "<memory>" if not self._released else "<released memory>"

    __hash__ = None




class BaseExceptionGroup(BaseException):
    """A group of exceptions raised together (PEP 654)."""

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError("argument 1 must be str, not " + type(message).__name__)
        try:
            excs = tuple(exceptions)
        except TypeError:
            raise TypeError("second argument (exceptions) must be a sequence") from None
        if isinstance(exceptions, (set, frozenset, dict)) or exceptions is None:
            raise TypeError("second argument (exceptions) must be a sequence")
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
        if cls is BaseExceptionGroup:
            if all(isinstance(e, Exception) for e in excs):
                cls = ExceptionGroup
        elif issubclass(cls, Exception):
            for e in excs:
                if not isinstance(e, Exception):
                    if cls is ExceptionGroup:
                        raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
                    raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = BaseException.__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'s' if n != 1 else ''})"

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _copy_meta(self, eg):
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        if hasattr(self, '__notes__'):
            eg.__notes__ = list(self.__notes__)
        return eg

    def _test(self, condition):
        if isinstance(condition, type) and issubclass(condition, BaseException):
            return lambda e: isinstance(e, condition)
        if isinstance(condition, tuple) and all(
                isinstance(c, type) and issubclass(c, BaseException) for c in condition):
            return lambda e: isinstance(e, condition)
        if callable(condition) and not isinstance(condition, type):
            return condition
        raise TypeError("expected a function, exception type or tuple of exception types")

    def split(self, condition):
        test = self._test(condition)
        if test(self):
            return self, None
        match, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(test)
                if m is not None:
                    match.append(m)
                if r is not None:
                    rest.append(r)
            elif test(e):
                match.append(e)
            else:
                rest.append(e)
        if not rest:
            return self, None
        if not match:
            return None, self
        m = self._copy_meta(self.derive(match))
        r = self._copy_meta(self.derive(rest))
        return m, r

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


def __spindle_eg_start__(exc):
    # The group an except* statement matches against: a naked exception
    # is wrapped (and unwrapped again when re-raised unmatched).
    if isinstance(exc, BaseExceptionGroup):
        return exc
    return BaseExceptionGroup("", (exc,))


def __spindle_eg_split__(rest, types):
    if rest is None:
        return None, None
    if isinstance(types, type) and issubclass(types, BaseExceptionGroup) or (
            isinstance(types, tuple) and any(
                isinstance(t, type) and issubclass(t, BaseExceptionGroup) for t in types)):
        raise TypeError("catching ExceptionGroup with except* is not allowed. "
                        "Use except instead.")
    return rest.split(types)


def __spindle_eg_finish__(original, rest, raised):
    # What the except* statement raises at its end: None, the original
    # exception itself (re-raised as it was), or a new group.
    naked = not isinstance(original, BaseExceptionGroup)
    if not raised:
        if rest is None:
            return None
        if naked or rest is original:
            return original
        return rest
    remaining = list(raised)
    if rest is not None:
        remaining.append(original if naked else rest)
    if len(remaining) == 1:
        # One exception raised in a handler, nothing left unhandled: it
        # propagates by itself (CPython's _PyExc_PrepReraiseStar).
        return remaining[0]
    return BaseExceptionGroup("", remaining)
