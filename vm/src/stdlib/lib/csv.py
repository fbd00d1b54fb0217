"""CSV parsing and writing (Spindle).

Same behaviour as CPython 3.11's csv module (the C _csv parser included):
reader, writer, DictReader, DictWriter, dialects and their registry, the
QUOTE_* constants, field_size_limit and a heuristic Sniffer.
"""

import sys

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    __module__ = '_csv'


def field_size_limit(*args, **kwargs):
    """Set (with one argument) and return the old maximum field size."""
    global _field_limit
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)"
                        % len(args))
    old = _field_limit
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError("limit must be an integer")
        _field_limit = new
    return old


# ---------------------------------------------------------------- dialects

_DIALECT_KEYS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                 'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _char(name, value, default, allow_none):
    if value is _missing:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s'
                            % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s'
                        % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_missing = object()


class Dialect:
    """A validated, read-only set of formatting parameters (CPython's _csv.Dialect)."""

    __module__ = '_csv'

    __slots__ = ('_delimiter', '_doublequote', '_escapechar',
                 '_lineterminator', '_quotechar', '_quoting',
                 '_skipinitialspace', '_strict')

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("Dialect() takes at most 1 argument")
        dialect = args[0] if args else kwargs.pop('dialect', None)
        for k in kwargs:
            if k not in _DIALECT_KEYS:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % k)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            values = {}
            for k in _DIALECT_KEYS:
                values[k] = getattr(dialect, k, _missing)
            values.update(kwargs)
        else:
            values = kwargs
        get = values.get
        s = object.__setattr__
        s(self, '_delimiter', _char('delimiter', get('delimiter', _missing), ',', False))
        v = get('doublequote', _missing)
        s(self, '_doublequote', True if v is _missing else bool(v))
        s(self, '_escapechar', _char('escapechar', get('escapechar', _missing), None, True))
        v = get('lineterminator', _missing)
        if v is _missing:
            v = '\r\n'
        elif v is not None and not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        s(self, '_lineterminator', v)
        quotechar = get('quotechar', _missing)
        s(self, '_quotechar', _char('quotechar', quotechar, '"', True))
        quoting = get('quoting', _missing)
        if quoting is _missing:
            q = QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        else:
            q = quoting
        s(self, '_quoting', q)
        v = get('skipinitialspace', _missing)
        s(self, '_skipinitialspace', False if v is _missing else bool(v))
        v = get('strict', _missing)
        s(self, '_strict', False if v is _missing else bool(v))

        if q not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if quotechar is None and quoting is _missing:
            s(self, '_quoting', QUOTE_NONE)
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self._lineterminator is None:
            raise TypeError("lineterminator must be set")

    def __setattr__(self, name, value):
        if name in _DIALECT_KEYS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects "
                                 "is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


_Dialect = Dialect


def _make_dialect(dialect, kwargs):
    if not kwargs and type(dialect) is _Dialect:
        return dialect
    return _Dialect(dialect, **kwargs)


_dialects = {}


def register_dialect(name, *args, **fmtparams):
    """register_dialect(name, dialect=None, **fmtparams)

    Register `dialect` (and/or formatting parameters) under `name`."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    if len(args) > 1:
        raise TypeError("register_dialect() expected at most 2 arguments, got %d"
                        % (len(args) + 1))
    _dialects[name] = _Dialect(*args, **fmtparams)


def unregister_dialect(name):
    """Remove a registered dialect."""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    """The registered dialect called `name`."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


class Dialect:
    """Describe a CSV dialect: subclass it and set the class attributes."""
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


# ---------------------------------------------------------------- reader

# parser states
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, \
    _AFTER_ESCAPED_CRNL = range(9)

_EOL = None    # the end-of-line marker fed after each line


class reader:
    """CSV reader: iterate to get the rows (lists of strings)."""

    __module__ = '_csv'

    def __init__(self, iterable, dialect, kwargs):
        self._input = iter(iterable)
        self.dialect = d = _make_dialect(dialect, kwargs)
        self.line_num = 0
        self._delim = d._delimiter
        q = d._quotechar
        self._quote = q if d._quoting != QUOTE_NONE else None
        self._esc = d._escapechar
        self._skipspace = d._skipinitialspace
        self._numeric = d._quoting == QUOTE_NONNUMERIC
        self._strict = d._strict
        self._doublequote = d._doublequote
        self._fast_ok = not (self._skipspace and self._delim == ' ')
        self._quoted_ok = self._delim != self._quote and self._delim != self._esc

    def __iter__(self):
        return self

    def __next__(self):
        line_iter = self._input
        try:
            line = next(line_iter)
        except StopIteration:
            raise
        if type(line) is not str and not isinstance(line, str):
            raise Error("iterator should return strings, not %s "
                        "(the file should be opened in text mode)"
                        % type(line).__name__)
        self.line_num += 1
        # fast paths: a one-line record without escapes, and either no
        # quote at all or well-formed quoted fields
        if self._fast_ok and len(line) <= _field_limit:
            esc = self._esc
            if esc is None or esc not in line:
                body = line.rstrip('\r\n')
                if '\r' not in body and '\n' not in body:
                    quote = self._quote
                    if quote is None or quote not in body:
                        if not body:
                            return []
                        fields = body.split(self._delim)
                        if self._skipspace:
                            fields = [f.lstrip(' ') for f in fields]
                        if self._numeric:
                            fields = [float(f) if f else f for f in fields]
                        return fields
                    if self._quoted_ok:
                        fields = self._quoted_line(body)
                        if fields is not None:
                            return fields
        return self._parse(line)

    def _quoted_line(self, body):
        # Split a line holding quoted fields; None when it needs the state
        # machine (unbalanced or misplaced quotes: error or odd cases).
        quote = self._quote
        delim = self._delim
        skipspace = self._skipspace
        numeric = self._numeric
        pair = quote + quote if self._doublequote else None
        pieces = body.split(delim)
        fields = []
        i = 0
        n = len(pieces)
        while i < n:
            p = pieces[i]
            i += 1
            if skipspace:
                p = p.lstrip(' ')
            if not p.startswith(quote):
                if numeric and p:
                    p = float(p)
                fields.append(p)
                continue
            s = p[1:]
            while True:
                if s.endswith(quote):
                    inner = s[:-1]
                    if quote not in inner:
                        fields.append(inner)
                        break
                    if pair is not None and quote not in inner.replace(pair, ''):
                        fields.append(inner.replace(pair, quote))
                        break
                if i >= n:
                    return None
                s = s + delim + pieces[i]
                i += 1
        return fields

    def _parse(self, line):
        # The full state machine (CPython's parse_process_char) for one
        # record, moving over runs of ordinary characters with str.find.
        fields = []
        field = []          # pieces of the current field
        flen = 0            # its length
        state = _START_RECORD
        numeric = False
        delim = self._delim
        quote = self._quote
        esc = self._esc
        skipspace = self._skipspace
        strict = self._strict
        doublequote = self._doublequote
        quote_numeric = self._numeric
        limit = _field_limit
        while True:
            i = 0
            n = len(line)
            while i < n:
                if state == _IN_QUOTED_FIELD:
                    j = line.find(quote, i) if quote is not None else -1
                    if esc is not None:
                        k = line.find(esc, i)
                        if k >= 0 and (j < 0 or k < j):
                            j = k
                    if j < 0:
                        j = n
                    if j > i:
                        flen += j - i
                        if flen > limit:
                            raise _too_large()
                        field.append(line[i:j])
                    if j == n:
                        break
                    c = line[j]
                    i = j + 1
                    if c == esc:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif doublequote:
                        state = _QUOTE_IN_QUOTED_FIELD
                    else:
                        state = _IN_FIELD
                    continue
                if state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                    j = line.find(delim, i)
                    if j < 0:
                        j = n
                    seg = line[i:j] if (i or j != n) else line
                    if (esc is not None and esc in seg) or '\n' in seg or '\r' in seg:
                        # stop at the first special character
                        k = i
                        while k < j:
                            c = line[k]
                            if c == esc or c == '\n' or c == '\r':
                                break
                            k += 1
                        j = k
                        seg = line[i:j]
                    if seg:
                        flen += j - i
                        if flen > limit:
                            raise _too_large()
                        field.append(seg)
                    if j == n:
                        break
                    c = line[j]
                    i = j + 1
                    if c == '\n' or c == '\r':
                        fields.append(_finish(field, numeric))
                        field = []
                        flen = 0
                        numeric = False
                        state = _EAT_CRNL
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    else:   # the delimiter
                        fields.append(_finish(field, numeric))
                        field = []
                        flen = 0
                        numeric = False
                        state = _START_FIELD
                    continue
                c = line[i]
                i += 1
                if state == _START_RECORD:
                    if c == '\n' or c == '\r':
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c == '\n' or c == '\r':
                        fields.append(_finish(field, numeric))
                        field = []
                        flen = 0
                        numeric = False
                        state = _EAT_CRNL
                    elif c == quote:
                        state = _IN_QUOTED_FIELD
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == ' ' and skipspace:
                        pass
                    elif c == delim:
                        fields.append(_finish(field, numeric))
                        field = []
                        flen = 0
                        numeric = False
                    else:
                        if quote_numeric:
                            numeric = True
                        flen += 1
                        if flen > limit:
                            raise _too_large()
                        field.append(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    flen += 1
                    if flen > limit:
                        raise _too_large()
                    field.append(c)
                    if c == '\n' or c == '\r':
                        state = _AFTER_ESCAPED_CRNL
                    else:
                        state = _IN_FIELD
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    flen += 1
                    if flen > limit:
                        raise _too_large()
                    field.append(c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if c == quote:
                        flen += 1
                        if flen > limit:
                            raise _too_large()
                        field.append(c)
                        state = _IN_QUOTED_FIELD
                    elif c == delim:
                        fields.append(_finish(field, numeric))
                        field = []
                        flen = 0
                        numeric = False
                        state = _START_FIELD
                    elif c == '\n' or c == '\r':
                        fields.append(_finish(field, numeric))
                        field = []
                        flen = 0
                        numeric = False
                        state = _EAT_CRNL
                    elif not strict:
                        flen += 1
                        if flen > limit:
                            raise _too_large()
                        field.append(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (delim, quote))
                elif state == _EAT_CRNL:
                    if c != '\n' and c != '\r':
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file in "
                                    "universal-newline mode?")
            # end of the line (the EOL marker)
            if state == _START_RECORD or state == _EAT_CRNL:
                return fields
            if state == _START_FIELD or state == _IN_FIELD or \
                    state == _QUOTE_IN_QUOTED_FIELD:
                fields.append(_finish(field, numeric))
                return fields
            if state == _ESCAPED_CHAR or state == _ESCAPE_IN_QUOTED_FIELD:
                flen += 1
                if flen > limit:
                    raise _too_large()
                field.append('\n')
                state = _IN_FIELD if state == _ESCAPED_CHAR else _IN_QUOTED_FIELD
            # _IN_QUOTED_FIELD, _AFTER_ESCAPED_CRNL: the record goes on
            try:
                line = next(self._input)
            except StopIteration:
                if flen or state == _IN_QUOTED_FIELD:
                    if strict:
                        raise Error("unexpected end of data") from None
                    fields.append(_finish(field, numeric))
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1


_reader = reader


def _finish(field, numeric):
    s = ''.join(field)
    if numeric:
        return float(s)
    return s


def _too_large():
    return Error("field larger than field limit (%d)" % _field_limit)


def reader(*args, **kwargs):
    """reader(iterable, dialect='excel', **fmtparams) -> iterator of rows.

    `iterable` yields lines (strings); each row is a list of strings (floats
    for unquoted fields with QUOTE_NONNUMERIC).
    """
    iterable, dialect = _split_args(args, kwargs)
    return _reader(iterable, dialect, kwargs)


def _split_args(args, kwargs):
    # (first argument, dialect) from reader()/writer() arguments
    n = len(args)
    if n == 0:
        # (CPython's message starts with a space, too)
        raise TypeError(" expected at least 1 argument, got 0")
    if n > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % n)
    dialect = args[1] if n > 1 else None
    if 'dialect' in kwargs:
        if n > 1:
            raise TypeError("argument for reader() given by name ('dialect') "
                            "and position (2)")
        dialect = kwargs.pop('dialect')
    return args[0], dialect




# ---------------------------------------------------------------- writer

def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return (hasattr(t, '__float__') or hasattr(t, '__index__')
            or hasattr(t, '__int__') or hasattr(t, '__complex__'))


class writer:
    """CSV writer: writerow(row) / writerows(rows) to the file-like object."""

    __module__ = '_csv'

    def __init__(self, fileobj, dialect, kwargs):
        write = getattr(fileobj, 'write', None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = d = _make_dialect(dialect, kwargs)
        self._delim = d._delimiter
        self._quote = d._quotechar
        self._esc = d._escapechar
        self._quoting = d._quoting
        self._doublequote = d._doublequote
        self._term = d._lineterminator
        special = {d._delimiter}
        if d._quotechar is not None:
            special.add(d._quotechar)
        if d._escapechar is not None:
            special.add(d._escapechar)
        for c in d._lineterminator:
            special.add(c)
        self._special = tuple(special)
        # the same, padded to five characters (for an inlined test)
        if len(special) <= 5:
            self._special5 = (self._special + (d._delimiter,) * 5)[:5]
        else:
            self._special5 = None

    def _field(self, s, quoted):
        # One field's text (CPython's join_append_data).
        quote = self._quote
        esc = self._esc
        if self._quoting != QUOTE_NONE and (esc is None or esc not in s):
            if quote not in s:
                # nothing to escape: quote it if it holds a special character
                if not quoted:
                    for c in self._special:
                        if c in s:
                            quoted = True
                            break
                return quote + s + quote if quoted else s
            if self._doublequote:
                return quote + s.replace(quote, quote + quote) + quote
        for c in self._special:
            if c in s:
                break
        else:
            if quoted:
                return quote + s + quote
            return s
        quote = self._quote
        esc = self._esc
        none = self._quoting == QUOTE_NONE
        out = []
        for c in s:
            if c in self._special:
                want_escape = False
                if none:
                    want_escape = True
                else:
                    if c == quote:
                        if self._doublequote:
                            out.append(quote)
                        else:
                            want_escape = True
                    elif c == esc:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
            out.append(c)
        s = ''.join(out)
        if quoted:
            return quote + s + quote
        return s

    def writerow(self, row):
        """Write one row (an iterable of fields) and return write()'s result."""
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        quoting = self._quoting
        if quoting == QUOTE_MINIMAL or quoting == QUOTE_NONE:
            parts = list(it)
            try:
                joined = ''.join(parts)
            except TypeError:
                if None in parts:
                    parts = ['' if f is None else f if isinstance(f, str) else str(f)
                             for f in parts]
                else:
                    parts = [f if isinstance(f, str) else str(f) for f in parts]
                joined = ''.join(parts)
            for c in self._special:
                if c in joined:
                    field = self._field
                    five = self._special5
                    if five is None:
                        parts = [field(f, False) for f in parts]
                    else:
                        c1, c2, c3, c4, c5 = five
                        parts = [field(f, False) if (c1 in f or c2 in f or c3 in f
                                                     or c4 in f or c5 in f) else f
                                 for f in parts]
                    break
        else:
            parts = []
            append = parts.append
            for field in it:
                if quoting == QUOTE_ALL:
                    quoted = True
                else:
                    quoted = not _is_number(field)
                if type(field) is str:
                    s = field
                elif field is None:
                    s = ''
                else:
                    s = str(field)
                append(self._field(s, quoted))
        if len(parts) == 1 and not parts[0]:
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = self._quote * 2
        return self._write(self._delim.join(parts) + self._term)

    def writerows(self, rows):
        """Write every row of an iterable of rows."""
        writerow = self.writerow
        for row in rows:
            writerow(row)


_writer = writer


def writer(*args, **kwargs):
    """writer(fileobj, dialect='excel', **fmtparams) -> CSV writer.

    `fileobj` is any object with a write() method.
    """
    fileobj, dialect = _split_args(args, kwargs)
    return _writer(fileobj, dialect, kwargs)


# ---------------------------------------------------------------- dict I/O

class DictReader:
    """Read rows as dicts keyed by the field names (default: the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # the header row is read first
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # skip blank rows
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    def __class_getitem__(cls, item):
        return cls


class DictWriter:
    """Write dicts as rows, in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Write a row made of the field names."""
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        get = rowdict.get
        restval = self.restval
        return [get(key, restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        """Write one dict."""
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        """Write every dict of an iterable."""
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    def __class_getitem__(cls, item):
        return cls


# ---------------------------------------------------------------- sniffer

class Sniffer:
    """Guess the dialect of a CSV sample, and whether it has a header row."""

    def __init__(self):
        # delimiters tried first when several are plausible
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing `sample`."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            _guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = _guess_delimiter(
                sample, delimiters, self.preferred)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
            # escapechar = ''

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        # _csv.reader won't accept a quotechar of ''
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def has_header(self, sample):
        """Guess whether the first row of `sample` is a header.

        A column votes for a header when its first value's type (int, float
        or complex) or, for text columns, its length differs from what the
        other rows consistently have.
        """
        import io
        rdr = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {}
        for i in range(columns):
            column_types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types):
                this_type = _value_type(row[col])
                if this_type != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = this_type
                    else:
                        del column_types[col]
        votes = 0
        for col, col_type in column_types.items():
            if type(col_type) == type(0):
                if len(header[col]) != col_type:
                    votes += 1
                else:
                    votes -= 1
            else:
                try:
                    col_type(header[col])
                except (TypeError, ValueError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0


def _value_type(value):
    # `complex` if the value parses as a number, else its length
    try:
        _complex(value)
        return _complex
    except (ValueError, OverflowError):
        return len(value)


def _complex_text(s):
    # complex(s) for interpreters without complex numbers: checks the
    # syntax (returns s) or raises ValueError.
    if not isinstance(s, str):
        raise TypeError("complex() argument must be a string or a number")
    t = s.strip()
    if t.startswith('(') and t.endswith(')'):
        t = t[1:-1].strip()
    try:
        float(t)
        if t and '_' not in t[:1]:
            return s
    except ValueError:
        pass
    if t[-1:] in ('j', 'J'):
        body = t[:-1]
        if body in ('', '+', '-'):
            return s
        cut = -1
        for i in range(len(body) - 1, 0, -1):
            if body[i] in '+-' and body[i - 1] not in 'eE':
                cut = i
                break
        try:
            if cut < 0:
                float(body)
            else:
                float(body[:cut])
                imag = body[cut:]
                if imag not in ('+', '-'):
                    float(imag)
            return s
        except ValueError:
            pass
    raise ValueError("complex() arg is a malformed string")


try:
    _complex = complex
except NameError:       # Spindle without complex numbers
    _complex = _complex_text


def _is_word(c):
    return c.isalnum() or c == '_'


def _delim_candidate(c):
    return not (c.isalnum() or c == '_' or c == '\n' or c == '"' or c == "'")


def _close_quote(data, q, start, ok):
    # The first index k >= start with data[k] == q and ok(k + 1), or -1.
    k = data.find(q, start)
    while k >= 0:
        if ok(k + 1):
            return k
        k = data.find(q, k + 1)
    return -1


def _quoted_fields(data):
    # Quoted fields of the sample as (quote, delimiter, space) triples,
    # from the first of these shapes that occurs at all (scanning left to
    # right, a quoted field may span lines):
    #   1. delimiter, optional space, "...", the same delimiter
    #   2. "..." at the start of a line, then a delimiter and optional space
    #   3. delimiter, optional space, "..." at the end of a line
    #   4. a whole line "..."
    n = len(data)

    def line_end(i):
        return i >= n or data[i] == '\n'

    def after_delim(p):
        # (quote index, space) when data[p] is a delimiter candidate
        # followed by an optional space and a quote; else (-1, '')
        j = p + 1
        if j < n and data[j] == ' ' and j + 1 < n and data[j + 1] in '"\'':
            return j + 1, ' '
        if j < n and data[j] in '"\'':
            return j, ''
        return -1, ''

    def at_line_start(p):
        return (p == 0 or data[p - 1] == '\n') and data[p] in '"\''

    found = []
    p = 0
    while p < n:                                    # shape 1
        c = data[p]
        if _delim_candidate(c):
            j, space = after_delim(p)
            if j >= 0:
                q = data[j]
                k = data.find(q + c, j + 1)
                if k >= 0:
                    found.append((q, c, space))
                    p = k + 2
                    continue
        p += 1
    if found:
        return found
    p = 0
    while p < n:                                    # shape 2
        if at_line_start(p):
            q = data[p]
            k = _close_quote(data, q, p + 1,
                             lambda i: i < n and _delim_candidate(data[i]))
            if k >= 0:
                space = ' ' if k + 2 < n and data[k + 2] == ' ' else ''
                found.append((q, data[k + 1], space))
                p = k + 2 + len(space)
                continue
        p += 1
    if found:
        return found
    p = 0
    while p < n:                                    # shape 3
        c = data[p]
        if _delim_candidate(c):
            j, space = after_delim(p)
            if j >= 0:
                k = _close_quote(data, data[j], j + 1, line_end)
                if k >= 0:
                    found.append((data[j], c, space))
                    p = k + 1
                    continue
        p += 1
    if found:
        return found
    p = 0
    while p < n:                                    # shape 4
        if at_line_start(p):
            k = _close_quote(data, data[p], p + 1, line_end)
            if k >= 0:
                found.append((data[p], '', ''))
                p = k + 1
                continue
        p += 1
    return found


def _guess_quote_and_delimiter(data, delimiters):
    fields = _quoted_fields(data)
    if not fields:
        return ('', False, None, 0)
    quotes = {}
    delims = {}
    spaces = 0
    for quote, delim, space in fields:
        quotes[quote] = quotes.get(quote, 0) + 1
        if delim and (delimiters is None or delim in delimiters):
            delims[delim] = delims.get(delim, 0) + 1
        if space:
            spaces += 1
    quotechar = max(quotes, key=quotes.get)
    if delims:
        delim = max(delims, key=delims.get)
        skipinitialspace = delims[delim] == spaces
    else:
        delim = ''
        skipinitialspace = 0
    return (quotechar, _has_doubled_quotes(data, quotechar, delim),
            delim, skipinitialspace)


def _has_doubled_quotes(data, quote, delim):
    # Is there a field holding at least three quote characters, with only
    # non-word characters before the first and after the last one?
    for line in data.split('\n'):
        if line.count(quote) < 3:
            continue
        if not delim:
            return True
        for piece in line.split(delim):
            if piece.count(quote) < 3:
                continue
            head = piece[:piece.index(quote)]
            tail = piece[piece.rindex(quote) + 1:]
            if not any(_is_word(c) for c in head) and \
                    not any(_is_word(c) for c in tail):
                return True
    return False


def _guess_delimiter(data, delimiters, preferred):
    # A delimiter shows up the same number of times on (nearly) every line.
    # Lines are examined in chunks of 10; for each character the most common
    # per-line count is its "mode", weakened by the lines that disagree.
    lines = [line for line in data.split('\n') if line]
    if not lines:
        return ('', 0)
    chars = [chr(c) for c in range(127)]
    chunk = min(10, len(lines))
    freq = {}           # char -> {count per line: number of lines}
    modes = {}
    delims = {}
    start, end = 0, chunk
    iteration = 0
    while start < len(lines):
        iteration += 1
        for line in lines[start:end]:
            for ch in chars:
                table = freq.get(ch)
                if table is None:
                    table = freq[ch] = {}
                n = line.count(ch)
                table[n] = table.get(n, 0) + 1
        for ch, table in freq.items():
            items = list(table.items())
            if len(items) == 1 and items[0][0] == 0:
                continue
            if len(items) > 1:
                best = max(items, key=lambda kv: kv[1])
                others = sum([v for k, v in items]) - best[1]
                modes[ch] = (best[0], best[1] - others)
            else:
                modes[ch] = items[0]
        total = float(min(chunk * iteration, len(lines)))
        consistency = 1.0
        threshold = 0.9
        while not delims and consistency >= threshold:
            for ch, (count, support) in modes.items():
                if count > 0 and support > 0:
                    if (support / total) >= consistency and \
                            (delimiters is None or ch in delimiters):
                        delims[ch] = (count, support)
            consistency -= 0.01
        if len(delims) == 1:
            delim = list(delims)[0]
            first = lines[0]
            return (delim, first.count(delim) == first.count(delim + ' '))
        start = end
        end += chunk
    if not delims:
        return ('', 0)
    if len(delims) > 1:
        for d in preferred:
            if d in delims:
                first = lines[0]
                return (d, first.count(d) == first.count(d + ' '))
    ranked = sorted((v, k) for k, v in delims.items())
    delim = ranked[-1][1]
    first = lines[0]
    return (delim, first.count(delim) == first.count(delim + ' '))
