"""Logging for Spindle: loggers in a dotted-name hierarchy, handlers,
formatters (%-, {- and $-style), filters and basicConfig, behaving as
CPython 3.11's logging package. There is no file access: FileHandler
raises PermissionError.
"""

import sys
import time

try:
    import threading
except ImportError:
    threading = None
try:
    import os
except ImportError:
    os = None
try:
    from collections.abc import Mapping as _Mapping
except ImportError:
    _Mapping = dict
try:
    PermissionError
except NameError:  # Spindle without the OSError subclasses
    PermissionError = OSError

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

_startTime = time.time()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a numeric level ('Level N' if it has none), or the
    number of a level name."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    _acquireLock()
    try:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level
    finally:
        _releaseLock()


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# The module lock guards the logger tree and the handler registry.
if threading is not None:
    _lock = threading.RLock()

    def _acquireLock():
        _lock.acquire()

    def _releaseLock():
        _lock.release()
else:
    _lock = None

    def _acquireLock():
        pass

    def _releaseLock():
        pass


def _exc_info():
    f = getattr(sys, "exc_info", None)
    if f is None:
        return (None, None, None)
    return f()


def currentframe():
    return sys._getframe(1)


def _current_frame():
    f = getattr(sys, "_getframe", None)
    if f is None:
        return None
    try:
        return f(1)
    except (ValueError, AttributeError):
        return None


def _basename(path):
    i = path.rfind("/")
    return path[i + 1:] if i >= 0 else path


def _stem(filename):
    i = filename.rfind(".")
    if i <= 0 or filename[:i].strip(".") == "":
        return filename
    return filename[:i]


# ---------------------------------------------------------------------------
# LogRecord

class LogRecord(object):
    """One logged event: the message, its arguments and where and when it
    was logged."""

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if (args and len(args) == 1 and args[0]
                and isinstance(args[0], _Mapping)):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = _basename(pathname)
            self.module = _stem(self.filename)
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        if logThreads:
            if threading is not None:
                self.thread = threading.get_ident()
                self.threadName = threading.current_thread().name
            else:
                self.thread = None
                self.threadName = "MainThread"
        else:
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:
            self.processName = None
        else:
            self.processName = 'MainProcess'
        self.process = None
        if logProcesses and os is not None and hasattr(os, 'getpid'):
            try:
                self.process = os.getpid()
            except OSError:
                # The sandbox does not reveal the host's process id.
                pass

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes are the items of dict."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# ---------------------------------------------------------------------------
# Time formatting (time.strftime/localtime when the time module has them)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
         "Sunday")


def _gmtime(t=None):
    """(year, month, day, hour, minute, second, weekday, yearday, 0) in UTC."""
    if t is None:
        t = time.time()
    secs = int(t // 1)
    days, rem = divmod(secs, 86400)
    hour, rem = divmod(rem, 3600)
    minute, second = divmod(rem, 60)
    wday = (days + 3) % 7      # 1970-01-01 was a Thursday
    # civil date from days since the epoch
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    cum = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    yday = cum[m - 1] + d + (1 if leap and m > 2 else 0)
    return (y, m, d, hour, minute, second, wday, yday, 0)


def _strftime(fmt, tt):
    y, mo, d, h, mi, s, wd, yd = (tt[0], tt[1], tt[2], tt[3], tt[4], tt[5],
                                  tt[6], tt[7])
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == "Y":
            out.append("%d" % y)
        elif k == "m":
            out.append("%02d" % mo)
        elif k == "d":
            out.append("%02d" % d)
        elif k == "H":
            out.append("%02d" % h)
        elif k == "M":
            out.append("%02d" % mi)
        elif k == "S":
            out.append("%02d" % s)
        elif k == "y":
            out.append("%02d" % (y % 100))
        elif k == "j":
            out.append("%03d" % yd)
        elif k == "I":
            out.append("%02d" % ((h % 12) or 12))
        elif k == "p":
            out.append("AM" if h < 12 else "PM")
        elif k == "a":
            out.append(_DAYS[wd][:3])
        elif k == "A":
            out.append(_DAYS[wd])
        elif k == "b":
            out.append(_MONTHS[mo - 1][:3])
        elif k == "B":
            out.append(_MONTHS[mo - 1])
        elif k == "e":
            out.append("%2d" % d)
        elif k == "z":
            out.append("+0000")
        elif k == "Z":
            out.append("UTC")
        elif k == "%":
            out.append("%")
        elif k == "F":
            out.append("%d-%02d-%02d" % (y, mo, d))
        elif k == "T":
            out.append("%02d:%02d:%02d" % (h, mi, s))
        elif k == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAYS[wd][:3], _MONTHS[mo - 1][:3], d, h, mi, s, y))
        else:
            out.append("%" + k)
    return "".join(out)


_time_converter = getattr(time, "localtime", None) or _gmtime
_time_strftime = getattr(time, "strftime", None) or _strftime


# ---------------------------------------------------------------------------
# Formatting styles

def _percent_ok(fmt):
    """True if fmt holds at least one %(name)... conversion."""
    i = fmt.find("%(")
    while i >= 0:
        j = fmt.find(")", i + 2)
        if j < 0:
            return False
        name = fmt[i + 2:j]
        if name and (name.isidentifier() or name.replace("_", "a").isalnum()
                     or name.isdigit()):
            k = j + 1
            n = len(fmt)
            while k < n and fmt[k] in "#0+ -":
                k += 1
            if k < n and fmt[k] == "*":
                k += 1
            else:
                while k < n and fmt[k].isdigit():
                    k += 1
            if k + 1 < n and fmt[k] == "." and (fmt[k + 1] == "*"
                                                or fmt[k + 1].isdigit()):
                k += 1
                if fmt[k] == "*":
                    k += 1
                else:
                    while k < n and fmt[k].isdigit():
                        k += 1
            if k < n and fmt[k] in "diouxefgcrsaDIOUXEFGCRSA%":
                return True
        i = fmt.find("%(", i + 2)
    return False


def _parse_braces(fmt):
    """The fields of a str.format string as (name, conversion, spec), with
    str.format's errors for a malformed string."""
    fields = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "{":
            if i + 1 < n and fmt[i + 1] == "{":
                i += 2
                continue
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            depth = 1
            j = i + 1
            in_spec = False
            in_bracket = False
            while j < n:
                ch = fmt[j]
                if in_bracket:
                    if ch == "]":
                        in_bracket = False
                elif ch == "[" and not in_spec:
                    in_bracket = True
                elif ch == "!" and not in_spec:
                    in_spec = True
                    j += 1          # the conversion character
                elif ch == ":":
                    in_spec = True
                elif ch == "{":
                    depth += 1
                elif ch == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if in_spec:
                    raise ValueError("unmatched '{' in format spec")
                raise ValueError("expected '}' before end of string")
            body = fmt[i + 1:j]
            spec = ""
            conv = None
            k = 0
            # the field name ends at the first ! or : outside brackets
            while k < len(body):
                ch = body[k]
                if ch == "[":
                    e = body.find("]", k)
                    if e < 0:
                        raise ValueError("Missing ']' in format string")
                    k = e + 1
                    continue
                if ch == "!" or ch == ":":
                    break
                k += 1
            name = body[:k]
            rest = body[k:]
            if rest.startswith("!"):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for "
                                     "conversion specifier")
                conv = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(":"):
                    raise ValueError("expected ':' after conversion "
                                     "specifier")
            if rest.startswith(":"):
                spec = rest[1:]
            fields.append((name, conv, spec))
            i = j + 1
        elif c == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            i += 1
    return fields


def _field_name_ok(name):
    if not name:
        return False
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if not (first.isdigit() or first.replace("_", "a").isalnum()):
        return False
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            part = name[i + 1:j]
            if not part or not part.replace("_", "a").isalnum():
                return False
            i = j
        else:
            j = name.find("]", i)
            if j < 0 or j == i + 1:
                return False
            i = j + 1
    return True


def _spec_ok(spec):
    """Checks a format spec: [[fill]align][sign][#][0][width][,|_]
    [.precision][type], where width and precision may be {name}."""
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in "<>=^":
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        i = 1
    if i < n and spec[i] in "+ -":
        i += 1
    if i < n and spec[i] == "#":
        i += 1
    if i < n and spec[i] == "0":
        i += 1

    def number(i):
        if i < n and spec[i] == "{":
            j = spec.find("}", i)
            if j < 0 or j == i + 1:
                return -1
            if not spec[i + 1:j].replace("_", "a").isalnum():
                return -1
            return j + 1
        while i < n and spec[i].isdigit():
            i += 1
        return i

    i = number(i)
    if i < 0:
        return False
    if i < n and spec[i] in ",_":
        i += 1
    if i < n and spec[i] == ".":
        j = number(i + 1)
        if j < 0 or j == i + 1:
            return False
        i = j
    if i < n and spec[i] in "bcdefgnosxBCDEFGNOSX%":
        i += 1
    return i == n


class PercentStyle(object):

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not _percent_ok(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        fmt = self._fmt
        if fmt == '%(message)s' and not self._defaults:
            msg = record.message
            return msg if msg.__class__ is str else str(msg)
        defaults = self._defaults
        if defaults:
            values = dict(defaults)
            values.update(record.__dict__)
        else:
            values = record.__dict__
        return fmt % values

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        defaults = self._defaults
        if defaults:
            values = dict(defaults)
            values.update(record.__dict__)
            return self._fmt.format(**values)
        return self._fmt.format(**record.__dict__)

    def validate(self):
        names = set()
        try:
            for name, conv, spec in _parse_braces(self._fmt):
                if name:
                    if not _field_name_ok(name):
                        raise ValueError('invalid field name/expression: %r'
                                         % name)
                    names.add(name)
                if conv is not None and conv not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conv)
                if spec and not _spec_ok(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not names:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        from string import Template
        self._tpl = Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        fmt = self._fmt
        fields = set()
        i = fmt.find("$")
        n = len(fmt)
        while i >= 0:
            j = i + 1
            if j < n and fmt[j] == "$":
                i = fmt.find("$", j + 1)
                continue
            if j < n and fmt[j] == "{":
                e = fmt.find("}", j)
                name = fmt[j + 1:e] if e > 0 else ""
                if e > 0 and _is_ident(name):
                    fields.add(name)
                    i = fmt.find("$", e + 1)
                    continue
            else:
                k = j
                while k < n and (fmt[k] == "_" or fmt[k].isalnum()) \
                        and fmt[k].isascii():
                    k += 1
                name = fmt[j:k]
                if _is_ident(name):
                    fields.add(name)
                    i = fmt.find("$", k)
                    continue
            raise ValueError("invalid format: bare '$' not allowed")
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        defaults = self._defaults
        if defaults:
            values = dict(defaults)
            values.update(record.__dict__)
            return self._tpl.substitute(**values)
        return self._tpl.substitute(**record.__dict__)


def _is_ident(name):
    if not name or not name.isascii():
        return False
    if not (name[0] == "_" or name[0].isalpha()):
        return False
    return name.replace("_", "a").isalnum()


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _format_exception(ei):
    """The text of an exception as a traceback prints it."""
    etype, value, tb = ei
    try:
        import traceback
    except ImportError:
        traceback = None
    if traceback is not None:
        return "".join(traceback.format_exception(etype, value, tb))
    if etype is None:
        etype = type(value)
    lines = []
    if tb is not None:
        lines.append("Traceback (most recent call last):\n")
    mod = getattr(etype, "__module__", "builtins")
    qn = getattr(etype, "__qualname__", None) or getattr(etype, "__name__",
                                                          str(etype))
    if mod not in ("builtins", "__main__"):
        qn = mod + "." + qn
    text = str(value)
    lines.append("%s: %s\n" % (qn, text) if text else "%s\n" % qn)
    return "".join(lines)


class Formatter(object):
    """Turns a LogRecord into text, with a %-, {- or $-style format."""

    converter = staticmethod(_time_converter)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(
                _STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        ct = self.converter(record.created)
        if datefmt:
            s = _time_strftime(datefmt, ct)
        else:
            s = _time_strftime(self.default_time_format, ct)
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        s = _format_exception(ei)
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records, with an optional header and footer."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# ---------------------------------------------------------------------------
# Filters

class Filter(object):
    """Lets through records of the logger named `name` and its children
    (all records when name is empty)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        elif self.name == record.name:
            return True
        elif record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer(object):
    """Base class of loggers and handlers: a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        rv = True
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                rv = False
                break
        return rv


# ---------------------------------------------------------------------------
# Handlers

try:
    import weakref as _weakref
except ImportError:
    _weakref = None

_handlers = {}       # name -> handler
# Every handler, for shutdown(): weak references as in CPython when the
# weakref module exists, else the handlers themselves.
_handlerList = []


def _removeHandlerRef(wr):
    _acquireLock()
    try:
        if wr in _handlerList:
            _handlerList.remove(wr)
    finally:
        _releaseLock()


def _addHandlerRef(handler):
    _acquireLock()
    try:
        if _weakref is not None:
            _handlerList.append(_weakref.ref(handler, _removeHandlerRef))
        else:
            _handlerList.append(handler)
    finally:
        _releaseLock()


class Handler(Filterer):
    """Sends records somewhere; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        _acquireLock()
        try:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self
        finally:
            _releaseLock()

    name = property(get_name, set_name)

    def createLock(self):
        if threading is not None:
            self.lock = threading.RLock()
        else:
            self.lock = None

    def _at_fork_reinit(self):
        pass

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter
        if fmt is None:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            lock = self.lock
            if lock:
                lock.acquire()
                try:
                    self.emit(record)
                finally:
                    lock.release()
            else:
                self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        _acquireLock()
        try:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]
        finally:
            _releaseLock()

    def handleError(self, record):
        """Reports an exception raised while emitting to sys.stderr (when
        raiseExceptions is true) and carries on."""
        if raiseExceptions and sys.stderr:
            t, v, tb = _exc_info()
            try:
                w = sys.stderr.write
                w('--- Logging error ---\n')
                if v is not None:
                    w(_format_exception((t, v, tb)))
                w('Call stack:\n')
                f = tb.tb_frame if tb is not None else _current_frame()
                while f is not None and f.f_code.co_filename == _srcfile:
                    f = f.f_back
                try:
                    import traceback
                except ImportError:
                    traceback = None
                if f is not None and traceback is not None:
                    w("".join(traceback.format_stack(f)))
                else:
                    w('Logged from file %s, line %s\n' % (
                        record.filename, record.lineno))
                try:
                    w('Message: %r\n'
                      'Arguments: %s\n' % (record.msg, record.args))
                except RecursionError:
                    raise
                except Exception:
                    w('Unable to print the message and arguments'
                      ' - possible formatting error.\nUse the'
                      ' traceback above to help find the error.\n')
            except OSError:
                pass

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        lock = self.lock
        if lock:
            lock.acquire()
        try:
            stream = self.stream
            if stream and hasattr(stream, "flush"):
                stream.flush()
        finally:
            if lock:
                lock.release()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            result = None
        else:
            result = self.stream
            self.acquire()
            try:
                self.flush()
                self.stream = stream
            finally:
                self.release()
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        stream = self.stream
        name = getattr(stream, 'name', None)
        if name is None:
            # Spindle's standard streams have no name attribute
            if stream is sys.stdout:
                name = '<stdout>'
            elif stream is sys.stderr:
                name = '<stderr>'
            else:
                name = ''
        name = str(name)
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)


class FileHandler(StreamHandler):
    """Logging to a file: not available in Spindle (no file access)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        raise PermissionError(13, "Permission denied", filename)


class _StderrHandler(StreamHandler):
    """The handler of last resort: sys.stderr as it is at emit time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """A handler that does nothing."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------
# Loggers and the logger tree

class PlaceHolder(object):
    """Stands in the tree for a logger not created yet that has children."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Holds the logger tree."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        _acquireLock()
        try:
            rv = self.loggerDict.get(name)
            if rv is None:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
            elif isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)
                self._fixupParents(rv)
        finally:
            _releaseLock()
        return rv

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: "
                                + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            obj = self.loggerDict.get(substr)
            if obj is None:
                self.loggerDict[substr] = PlaceHolder(alogger)
            elif isinstance(obj, Logger):
                rv = obj
            else:
                obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        _acquireLock()
        try:
            for logger in self.loggerDict.values():
                if isinstance(logger, Logger):
                    logger._cache.clear()
            self.root._cache.clear()
        finally:
            _releaseLock()


class Logger(Filterer):
    """A named channel for log messages. Loggers form a tree by dotted
    name; records go to the handlers of the logger and its ancestors."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.disabled:
            return
        try:
            enabled = self._cache[DEBUG]
        except KeyError:
            enabled = self.isEnabledFor(DEBUG)
        if enabled:
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.disabled:
            return
        try:
            enabled = self._cache[INFO]
        except KeyError:
            enabled = self.isEnabledFor(INFO)
        if enabled:
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.disabled:
            return
        try:
            enabled = self._cache[WARNING]
        except KeyError:
            enabled = self.isEnabledFor(WARNING)
        if enabled:
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.disabled:
            return
        try:
            enabled = self._cache[ERROR]
        except KeyError:
            enabled = self.isEnabledFor(ERROR)
        if enabled:
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.disabled:
            return
        try:
            enabled = self._cache[CRITICAL]
        except KeyError:
            enabled = self.isEnabledFor(CRITICAL)
        if enabled:
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            else:
                return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text) of the
        caller of the logging call."""
        if _getframe is None:
            return "(unknown file)", 0, "(unknown function)", None
        f = _getframe(0)
        while stacklevel > 0:
            next_f = f.f_back
            if next_f is None:
                break
            f = next_f
            if f.f_code.co_filename != _srcfile:
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            try:
                import traceback
                sinfo = "Stack (most recent call last):\n" + "".join(
                    traceback.format_stack(f))
                if sinfo[-1] == "\n":
                    sinfo = sinfo[:-1]
            except ImportError:
                sinfo = "Stack (most recent call last):"
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                               func, sinfo)
        if extra is not None:
            d = rv.__dict__
            for key in extra:
                if (key in ["message", "asctime"]) or (key in d):
                    raise KeyError("Attempt to overwrite %r in LogRecord"
                                   % key)
                d[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info,
                                                       stacklevel)
            except ValueError:
                fn, lno, func, sinfo = ("(unknown file)", 0,
                                        "(unknown function)", None)
        else:
            fn, lno, func, sinfo = ("(unknown file)", 0,
                                    "(unknown function)", None)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info,
                            exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = _exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        _acquireLock()
        try:
            if not (hdlr in self.handlers):
                self.handlers.append(hdlr)
        finally:
            _releaseLock()

    def removeHandler(self, hdlr):
        _acquireLock()
        try:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)
        finally:
            _releaseLock()

    def hasHandlers(self):
        c = self
        rv = False
        while c:
            if c.handlers:
                rv = True
                break
            if not c.propagate:
                break
            else:
                c = c.parent
        return rv

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            _acquireLock()
            try:
                if self.manager.disable >= level:
                    is_enabled = self._cache[level] = False
                else:
                    is_enabled = self._cache[level] = (
                        level >= self.getEffectiveLevel())
            finally:
                _releaseLock()
            return is_enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


_getframe = getattr(sys, "_getframe", None)
_has_getframe = _getframe is not None


def _own_file():
    """The file name the frames of this module's code carry."""
    if not _has_getframe:
        return None
    try:
        return sys._getframe(0).f_code.co_filename
    except Exception:
        return None


_srcfile = _own_file()


class RootLogger(Logger):
    """The logger at the top of the tree, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add contextual information (extra) to its
    records."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info,
                                extra=extra, stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------
# Configuration and module-level functions

def basicConfig(**kwargs):
    """Gives the root logger a StreamHandler (or the given handlers) with a
    Formatter, unless it already has handlers (or force=True)."""
    _acquireLock()
    try:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    h = FileHandler(filename, mode, encoding=encoding,
                                    errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(
                    _STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)
    finally:
        _releaseLock()


def getLogger(name=None):
    """The logger with the given dotted name (the root logger for none)."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, "
                  "use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Turns off every logging call at `level` and below."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler."""
    for wr in reversed(handlerList[:]):
        try:
            h = wr() if _weakref is not None else wr
            if h:
                try:
                    h.acquire()
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except:  # noqa: E722 -- as CPython: ignore errors at shutdown
            if raiseExceptions:
                raise


try:
    import atexit
except ImportError:
    atexit = None
if atexit is not None:
    atexit.register(shutdown)


_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file,
                                  line)
    else:
        import warnings
        s = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning("%s", s)


def captureWarnings(capture):
    """Sends warnings to the 'py.warnings' logger (capture true) or back to
    the warnings module's showwarning."""
    global _warnings_showwarning
    import warnings
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning
            _warnings_showwarning = None
