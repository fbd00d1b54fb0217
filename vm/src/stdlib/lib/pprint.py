"""Data pretty printer (Spindle's pure-Python pprint, CPython 3.11 layout)."""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object (dicts keep their insertion order)."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key wrapper: falls back to (type name, id) for unorderable types."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _first(t):
    return t[0]


def _sorted_items(d):
    # Ordering of a dict's items by key, as sorted(items, key=_safe_tuple).
    # Keys of a dict are never equal to one another, so only keys get
    # compared; the plain sort makes the very same comparisons unless one
    # of them raises TypeError, in which case the safe sort starts over.
    items = list(d.items())
    try:
        items.sort(key=_first)
    except TypeError:
        items = sorted(d.items(), key=_safe_tuple)
    return items


def _sorted_elems(s):
    try:
        return sorted(s)
    except TypeError:
        return sorted(s, key=_safe_key)


def _recursion(object):
    return ("<Recursion on %s with id=%s>"
            % (type(object).__name__, id(object)))


class _Sink:
    __slots__ = ('parts', 'write')

    def __init__(self):
        self.parts = []
        self.write = self.parts.append


def _scalar_types():
    types = {str, bytes, float, bool, type(None)}
    try:
        types.add(complex)
    except NameError:  # not in every Spindle build yet
        pass
    try:
        types.add(bytearray)
    except NameError:
        pass
    return frozenset(types)


_SCALARS = _scalar_types()

_dict_repr = dict.__repr__
_list_repr = list.__repr__
_tuple_repr = tuple.__repr__


def _split_words(line):
    # re.findall(r'\S*\s*', line) without its trailing empty match
    parts = []
    n = len(line)
    i = 0
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _wrap_bytes_repr(object, width, allowance):
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i: i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        sink = _Sink()
        self._format(object, sink, 0, 0, {}, 0)
        return ''.join(sink.parts)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        max_width = self._width - indent - allowance
        if self.__class__.format is PrettyPrinter.format:
            # Same layout as computing the whole repr first, but a container
            # stops building its repr as soon as it cannot fit in the line.
            rep = self._lim_repr(object, context, self._depth, level, max_width)
            if rep is not None and len(rep) <= max_width:
                stream.write(rep)
                return
        else:
            rep = self._repr(object, context, level)
            if len(rep) <= max_width:
                stream.write(rep)
                return
        p = self._dispatch.get(type(object).__repr__, None)
        if p is not None:
            context[objid] = 1
            p(self, object, stream, indent, allowance, context, level + 1)
            del context[objid]
            return
        if self._is_plain_dataclass(object):
            context[objid] = 1
            self._pprint_dataclass(object, stream, indent, allowance, context, level + 1)
            del context[objid]
            return
        if rep is None:
            rep = self._repr(object, context, level)
        stream.write(rep)

    def _lim_repr(self, object, context, maxlevels, level, limit):
        # _safe_repr(...)[0] of object, except that a list, tuple or dict
        # whose repr would be longer than limit gives None (early).
        typ = type(object)
        if typ in _SCALARS:
            return repr(object)
        if typ is int:
            if self._underscore_numbers:
                return "{:_d}".format(object)
            return repr(object)
        r = typ.__repr__
        if r is _list_repr or r is _tuple_repr:
            if r is _list_repr:
                if not object:
                    return "[]"
                fmt = "[%s]"
                left = limit - 2
            elif len(object) == 1:
                fmt = "(%s,)"
                left = limit - 3
            else:
                if not object:
                    return "()"
                fmt = "(%s)"
                left = limit - 2
            objid = id(object)
            if maxlevels and level >= maxlevels:
                self._readable = False
                return fmt % "..."
            if objid in context:
                self._readable = False
                self._recursive = True
                return _recursion(object)
            if left < 0:
                return None
            context[objid] = 1
            components = []
            append = components.append
            level += 1
            left += 2
            lim = self._lim_repr
            for o in object:
                orepr = lim(o, context, maxlevels, level, left - 2)
                if orepr is None:
                    del context[objid]
                    return None
                left -= len(orepr) + 2
                if left < 0:
                    del context[objid]
                    return None
                append(orepr)
            del context[objid]
            return fmt % ", ".join(components)
        if r is _dict_repr:
            if not object:
                return "{}"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                self._readable = False
                return "{...}"
            if objid in context:
                self._readable = False
                self._recursive = True
                return _recursion(object)
            left = limit
            if left < 2:
                return None
            context[objid] = 1
            components = []
            append = components.append
            level += 1
            if self._sort_dicts:
                items = _sorted_items(object)
            else:
                items = object.items()
            lim = self._lim_repr
            for k, v in items:
                krepr = lim(k, context, maxlevels, level, left - 4)
                if krepr is None:
                    del context[objid]
                    return None
                left -= len(krepr) + 4
                if left < 0:
                    del context[objid]
                    return None
                vrepr = lim(v, context, maxlevels, level, left)
                if vrepr is None:
                    del context[objid]
                    return None
                left -= len(vrepr)
                if left < 0:
                    del context[objid]
                    return None
                append(krepr + ": " + vrepr)
            del context[objid]
            return "{%s}" % ", ".join(components)
        return repr(object)

    @staticmethod
    def _is_plain_dataclass(object):
        cls = type(object)
        if getattr(cls, '__dataclass_fields__', None) is None or isinstance(object, type):
            return False
        params = getattr(cls, '__dataclass_params__', None)
        if params is None or not getattr(params, 'repr', False):
            return False
        r = cls.__repr__
        wrapped = getattr(r, '__wrapped__', None)
        if wrapped is not None and '__create_fn__' in getattr(wrapped, '__qualname__', ''):
            return True     # CPython's dataclasses
        # Spindle's dataclasses: the generated __repr__ is defined there
        return getattr(r, '__module__', None) == 'dataclasses'

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        items = [(f.name, getattr(object, f.name))
                 for f in dataclasses.fields(object) if f.repr]
        stream.write(cls_name + '(')
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(')')

    _dispatch = {}

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        if len(object):
            if self._sort_dicts:
                items = _sorted_items(object)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1,
                                    context, level)
        write('}')

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        self._format(list(object.items()), stream,
                     indent + len(cls.__name__) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar),
                           context, level)
        stream.write(endchar)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write(typ.__name__ + '({')
            endchar = '})'
            indent += len(typ.__name__) + 1
        object = _sorted_elems(object)
        self._format_items(object, stream, indent, allowance + len(endchar),
                           context, level)
        stream.write(endchar)

    _dispatch[set.__repr__] = _pprint_set
    _dispatch[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        nlines = len(lines)
        for i in range(nlines):
            line = lines[i]
            rep = repr(line)
            if i == nlines - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                parts = _split_words(line)
                max_width2 = max_width
                current = ''
                nparts = len(parts)
                for j in range(nparts):
                    part = parts[j]
                    candidate = current + part
                    if j == nparts - 1 and i == nlines - 1:
                        max_width2 -= allowance
                    if len(repr(candidate)) > max_width2:
                        if current:
                            chunks.append(repr(current))
                        current = part
                    else:
                        current = candidate
                if current:
                    chunks.append(repr(current))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        for i in range(len(chunks)):
            if i > 0:
                write('\n' + ' ' * indent)
            write(chunks[i])
        if level == 1:
            write(')')

    _dispatch[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            write('(')
        delim = ''
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            write(delim)
            write(rep)
            if not delim:
                delim = '\n' + ' ' * indent
        if parens:
            write(')')

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10,
                           allowance + 1, context, level + 1)
        write(')')

    try:
        _dispatch[bytearray.__repr__] = _pprint_bytearray
    except NameError:
        pass

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object).__name__ == 'SimpleNamespace' and type(object).__module__ == 'types':
            cls_name = 'namespace'
        else:
            cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        items = list(object.__dict__.items())
        stream.write(cls_name + '(')
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        i = 0
        for key, ent in items:
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(ent, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                write(delimnl)
            i += 1

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        i = 0
        for key, ent in items:
            last = i == last_index
            write(key)
            write('=')
            if id(ent) in context:
                # Special-case representation of recursion to match standard
                # recursive dataclass repr.
                write("...")
            else:
                self._format(ent, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                write(delimnl)
            i += 1

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        it = iter(items)
        try:
            next_ent = next(it)
        except StopIteration:
            return
        last = False
        compact = self._compact
        fmt = self._format
        while not last:
            ent = next_ent
            try:
                next_ent = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            fmt(ent, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        if self.__class__.format is PrettyPrinter.format:
            repr, readable, recursive = self._safe_repr(object, context.copy(),
                                                        self._depth, level)
        else:
            repr, readable, recursive = self.format(object, context.copy(),
                                                    self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return repr

    def format(self, object, context, maxlevels, level):
        """Format object for a specific context, returning a string
        and flags indicating whether the representation is 'readable'
        and whether the object represents a recursive construct.
        """
        return self._safe_repr(object, context, maxlevels, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        rdf = self._repr(object.default_factory, context, level)
        cls = object.__class__
        indent += len(cls.__name__) + 1
        stream.write('%s(%s,\n%s' % (cls.__name__, rdf, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        items = object.most_common()
        self._format_dict_items(items, stream,
                                indent + len(cls.__name__) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        indent += len(cls.__name__) + 1
        last = len(maps) - 1
        for i in range(len(maps)):
            m = maps[i]
            if i == last:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        indent += len(cls.__name__) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            rml = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, rml))

    def _pprint_user_dict(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_user_list(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_user_string(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _safe_repr(self, object, context, maxlevels, level):
        # Return triple (repr_string, isreadable, isrecursive).
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False

        r = typ.__repr__
        if r is _list_repr or r is _tuple_repr:
            if r is _list_repr:
                if not object:
                    return "[]", True, False
                fmt = "[%s]"
            elif len(object) == 1:
                fmt = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                fmt = "(%s)"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return fmt % "...", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            append = components.append
            level += 1
            if self.__class__.format is PrettyPrinter.format:
                sr = self._safe_repr
            else:
                sr = self.format
            for o in object:
                orepr, oreadable, orecur = sr(o, context, maxlevels, level)
                append(orepr)
                if not oreadable:
                    readable = False
                if orecur:
                    recursive = True
            del context[objid]
            return fmt % ", ".join(components), readable, recursive

        if r is _dict_repr:
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            append = components.append
            level += 1
            if self._sort_dicts:
                items = _sorted_items(object)
            else:
                items = object.items()
            if self.__class__.format is PrettyPrinter.format:
                sr = self._safe_repr
            else:
                sr = self.format
            for k, v in items:
                krepr, kreadable, krecur = sr(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = sr(v, context, maxlevels, level)
                append("%s: %s" % (krepr, vrepr))
                if not (kreadable and vreadable):
                    readable = False
                if krecur or vrecur:
                    recursive = True
            del context[objid]
            return "{%s}" % ", ".join(components), readable, recursive

        if typ is int:
            if self._underscore_numbers:
                return "{:_d}".format(object), True, False
            return repr(object), True, False

        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False


def _register_collections():
    d = PrettyPrinter._dispatch
    try:
        import collections as _c
    except ImportError:
        return
    for name, meth in (('OrderedDict', PrettyPrinter._pprint_ordered_dict),
                       ('defaultdict', PrettyPrinter._pprint_default_dict),
                       ('Counter', PrettyPrinter._pprint_counter),
                       ('ChainMap', PrettyPrinter._pprint_chain_map),
                       ('deque', PrettyPrinter._pprint_deque),
                       ('UserDict', PrettyPrinter._pprint_user_dict),
                       ('UserList', PrettyPrinter._pprint_user_list),
                       ('UserString', PrettyPrinter._pprint_user_string)):
        cls = getattr(_c, name, None)
        if cls is not None:
            d[cls.__repr__] = meth


_register_collections()


def _register_types():
    # types is cheap to import lazily only if already loaded elsewhere, but
    # SimpleNamespace and mappingproxy are formatted specially by CPython.
    try:
        import types as _t
    except ImportError:
        return
    d = PrettyPrinter._dispatch
    ns = getattr(_t, 'SimpleNamespace', None)
    if ns is not None:
        d[ns.__repr__] = PrettyPrinter._pprint_simplenamespace
    mp = getattr(_t, 'MappingProxyType', None)
    if mp is not None:
        d[mp.__repr__] = PrettyPrinter._pprint_mappingproxy


_register_types()
