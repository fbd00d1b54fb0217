# The Python half of `time` (the clocks and sleep are native): struct_time,
# calendar conversions, asctime/ctime, strftime with glibc's C-locale output,
# strptime and the clock helpers.  The sandbox has no time zone database, so
# local time is UTC (glibc with TZ=UTC is the reference behaviour).

_MISSING = object()
_dict = dict
_tuple_new = tuple.__new__
_osetattr = object.__setattr__

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')
_STRUCT_TM_ITEMS = 11

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

_WDAY = ('Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat')
_WDAY_FULL = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday')
_MON = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
        'Dec')
_MON_FULL = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers.

 Note that several fields' values are not the same as those defined by
 the C language standard for struct tm.  For example, the value of the
 field tm_year is the actual year, not year - 1900.  See individual
 fields' descriptions for details."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0
    __match_args__ = _FIELDS
    tm_zone = None
    tm_gmtoff = None

    def __new__(cls, sequence, dict=_MISSING):
        if type(sequence) is not tuple and type(sequence) is not list:
            try:
                it = iter(sequence)
            except TypeError:
                raise TypeError('constructor requires a sequence') from None
            sequence = list(it)
        if dict is not _MISSING and not isinstance(dict, _dict):
            raise TypeError('time.struct_time() takes a dict as second arg, if any')
        n = len(sequence)
        if n < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence '
                            f'({n}-sequence given)')
        if n > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence '
                            f'({n}-sequence given)')
        self = _tuple_new(cls, sequence[:9])
        if n > 9:
            zone = sequence[9]
        elif dict is not _MISSING:
            zone = dict.get('tm_zone')
        else:
            zone = None
        if n > 10:
            off = sequence[10]
        elif dict is not _MISSING:
            off = dict.get('tm_gmtoff')
        else:
            off = None
        _osetattr(self, 'tm_zone', zone)
        _osetattr(self, 'tm_gmtoff', off)
        return self

    tm_year = property(lambda self: self[0], doc='year, for example, 1993')
    tm_mon = property(lambda self: self[1], doc='month of year, range [1, 12]')
    tm_mday = property(lambda self: self[2], doc='day of month, range [1, 31]')
    tm_hour = property(lambda self: self[3], doc='hours, range [0, 23]')
    tm_min = property(lambda self: self[4], doc='minutes, range [0, 59]')
    tm_sec = property(lambda self: self[5], doc='seconds, range [0, 61])')
    tm_wday = property(lambda self: self[6], doc='day of week, range [0, 6], Monday is 0')
    tm_yday = property(lambda self: self[7], doc='day of year, range [1, 366]')
    tm_isdst = property(lambda self: self[8],
                        doc='1 if summer time is in effect, 0 if not, and -1 if unknown')

    def __setattr__(self, name, value):
        if name in _FIELDS or name == 'tm_zone' or name == 'tm_gmtoff':
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'time.struct_time' object has no attribute '{name}'")

    __delattr__ = lambda self, name: struct_time.__setattr__(self, name, None)

    def __repr__(self):
        return ('time.struct_time(tm_year=%r, tm_mon=%r, tm_mday=%r, tm_hour=%r, '
                'tm_min=%r, tm_sec=%r, tm_wday=%r, tm_yday=%r, tm_isdst=%r)'
                % tuple(self))

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self.tm_zone,
                                            'tm_gmtoff': self.tm_gmtoff}))


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days(y, m, d):
    # days since 1970-01-01 of the proleptic Gregorian date y-m-d (m in 1..12)
    if m <= 2:
        y -= 1
        m += 9
    else:
        m -= 3
    era = y // 400
    yoe = y - era * 400
    return (era * 146097 + yoe * 365 + yoe // 4 - yoe // 100
            + (153 * m + 2) // 5 + d - 719469)


def _fields(t, zone):
    # C-style fields of the UTC time t (seconds): [year, mon0, mday, hour, min,
    # sec, wday (0=Sunday), yday0, isdst, zone, gmtoff]
    days, rem = divmod(t, 86400)
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    y = yoe + era * 400
    if mp < 10:
        mon0 = mp + 2
        yday0 = doy + 59
        if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
            yday0 += 1
    else:
        mon0 = mp - 10
        yday0 = doy - 306
        y += 1
    if y < -2147481748 or y > 2147485547:
        raise OSError(75, 'Value too large for defined data type')
    return [y, mon0, doy - (153 * mp + 2) // 5 + 1, rem // 3600, rem // 60 % 60, rem % 60,
            (days + 4) % 7, yday0, 0, zone, 0]


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        m = type(v).__index__
    except AttributeError:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") \
            from None
    return m(v)


def _secs(secs):
    # timestamp -> int, rounding floats toward -inf (CPython's time_t conversion)
    if secs is None:
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.223372036854776e18 <= secs < 9.223372036854776e18:
            raise OverflowError('timestamp out of range for platform time_t')
        i = int(secs)
        return i - 1 if i > secs else i
    if type(secs) is not int:
        secs = _index(secs)
    if not -9223372036854775808 <= secs <= 9223372036854775807:
        raise OverflowError('timestamp out of range for platform time_t')
    return secs


# The last struct_time made by gmtime/localtime and its C-style fields: passing it
# straight to strftime/asctime/mktime (logging's localtime + strftime) skips the
# argument checks, whose outcome is known for it.
_last_st = object()
_last_f = None


def _mkst(f):
    global _last_st, _last_f
    st = _tuple_new(struct_time, (f[0], f[1] + 1, f[2], f[3], f[4], f[5], (f[6] + 6) % 7,
                                  f[7] + 1, f[8]))
    _osetattr(st, 'tm_zone', f[9])
    _osetattr(st, 'tm_gmtoff', f[10])
    if f[0] <= 2147483647:
        _last_st = st
        _last_f = f
    return st


def gmtime(seconds=None, /):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return _mkst(_fields(_secs(seconds), 'GMT'))


def localtime(seconds=None, /):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return _mkst(_fields(_secs(seconds), 'UTC'))


def _cint(v):
    if type(v) is not int:
        v = _index(v)
    if v > 2147483647:
        raise OverflowError('signed integer is greater than maximum')
    if v < -2147483648:
        raise OverflowError('signed integer is less than minimum')
    return v


def _tmarg(t, name):
    # CPython's gettmarg: a 9-tuple -> C-style fields (see _fields)
    if t is _last_st:
        return _last_f[:]
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(name + '(): illegal time tuple argument')
    f = list(t)
    for v in f:
        if type(v) is not int or not -2147483648 <= v <= 2147483647:
            f = [_cint(v) for v in f]
            break
    if f[0] < -2147481748:
        raise OverflowError('year out of range')
    # the C code decrements/increments in int arithmetic (wrapping at the ends)
    f[1] = f[1] - 1 if f[1] != -2147483648 else 2147483647
    w = f[6] + 1 if f[6] != 2147483647 else -2147483648
    f[6] = w % 7 if w >= 0 else -(-w % 7)
    f[7] = f[7] - 1 if f[7] != -2147483648 else 2147483647
    zone = off = None
    if type(t) is struct_time:
        zone = t.tm_zone
        off = t.tm_gmtoff
        if zone is not None and not isinstance(zone, str):
            raise TypeError('bad argument type for built-in operation')
        if off is not None:
            off = _index(off)
            if not -9223372036854775808 <= off <= 9223372036854775807:
                raise OverflowError('Python int too large to convert to C long')
    f.append(zone)
    f.append(off or 0)
    return f


def _checktm(f):
    if (0 <= f[1] <= 11 and 1 <= f[2] <= 31 and 0 <= f[3] <= 23 and 0 <= f[4] <= 59
            and 0 <= f[5] <= 61 and f[6] >= 0 and 0 <= f[7] <= 365):
        return
    if f[1] == -1:
        f[1] = 0
    elif f[1] < 0 or f[1] > 11:
        raise ValueError('month out of range')
    if f[2] == 0:
        f[2] = 1
    elif f[2] < 0 or f[2] > 31:
        raise ValueError('day of month out of range')
    if f[3] < 0 or f[3] > 23:
        raise ValueError('hour out of range')
    if f[4] < 0 or f[4] > 59:
        raise ValueError('minute out of range')
    if f[5] < 0 or f[5] > 61:
        raise ValueError('seconds out of range')
    if f[6] < 0:
        raise ValueError('day of week out of range')
    if f[7] == -1:
        f[7] = 0
    elif f[7] < 0 or f[7] > 365:
        raise ValueError('day of year out of range')


def mktime(t, /):
    """Convert a time tuple in local time to seconds since the Epoch."""
    f = _tmarg(t, 'mktime')
    y = f[0] + f[1] // 12
    d = _days(y, f[1] % 12 + 1, 1) + f[2] - 1
    secs = d * 86400 + f[3] * 3600 + f[4] * 60 + f[5]
    if not -2141481748 < y < 2141485547:
        # out-of-range fields can carry the year past what struct tm holds
        try:
            _fields(secs, None)
        except OSError:
            raise OverflowError('mktime argument out of range') from None
    if f[8] > 0:
        secs -= 3600
    return float(secs)


def _asctime(f):
    y = f[0]
    if y > 2147483647:
        y -= 4294967296    # C computes 1900 + tm_year in int arithmetic
    return '%s %s%3d %02d:%02d:%02d %d' % (_WDAY[f[6]], _MON[f[1]], f[2], f[3], f[4],
                                           f[5], y)


def asctime(t=_MISSING, /):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is _MISSING:
        return _asctime(_fields(_secs(None), 'UTC'))
    f = _tmarg(t, 'asctime')
    _checktm(f)
    return _asctime(f)


def ctime(seconds=None, /):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return _asctime(_fields(_secs(seconds), 'UTC'))


# ---- strftime -----------------------------------------------------------
#
# A format is compiled once into a %-template and a tuple of getters: an int
# indexes the field list, a callable computes the value from it.  Field list:
# 0 year, 1 mon0, 2 mday, 3 hour, 4 min, 5 sec, 6 wday (0=Sunday), 7 yday0,
# 8 isdst (-1..1), 9 zone, 10 gmtoff, 11 mon (1-12), 12 yday (1-366),
# 13 hour (1-12), 14 year % 100.

_strf_cache = {}
_strf_plain = None
_SUBFORMATS = {'c': '%a %b %e %H:%M:%S %Y', 'D': '%m/%d/%y', 'F': '%Y-%m-%d',
               'r': '%I:%M:%S %p', 'R': '%H:%M', 'T': '%H:%M:%S', 'x': '%m/%d/%y',
               'X': '%H:%M:%S'}
# modifiers glibc accepts per conversion (others make the directive literal text)
_MODS = {'a': '', 'A': '', 'D': '', 'F': '',
         'c': 'E', 'x': 'E', 'X': 'E', 'Y': 'E',
         'n': 'EO', 'p': 'EO', 'P': 'EO', 'r': 'EO', 'R': 'EO', 's': 'EO', 't': 'EO',
         'T': 'EO', 'u': 'EO', 'z': 'EO', 'Z': 'EO', '%': 'EO', 'C': 'EO', 'y': 'EO'}


def _iso(f):
    # (ISO year, ISO week) from year, yday and wday as glibc computes them
    y = f[0]
    yd = f[7]
    w = f[6]
    days = yd - (yd - w + 382) % 7 + 3
    if days < 0:
        yd += 366 if _leap(y - 1) else 365
        return y - 1, (yd - (yd - w + 382) % 7 + 3) // 7 + 1
    yd -= 366 if _leap(y) else 365
    d = yd - (yd - w + 382) % 7 + 3
    if d >= 0:
        return y + 1, d // 7 + 1
    return y, days // 7 + 1


def _strf_epoch(f):
    y = f[0] + f[1] // 12
    s = (_days(y, f[1] % 12 + 1, 1) + f[2] - 1) * 86400 + f[3] * 3600 + f[4] * 60 + f[5]
    return s - 3600 if f[8] > 0 else s


def _strf_zone(f):
    z = f[9]
    if z:
        return z
    return tzname[f[8]] if f[8] >= 0 else ''


def _strf_z(f):
    if f[8] < 0:
        return ''
    d = (f[10] + 2147483648) % 4294967296 - 2147483648
    if d < 0:
        d = -d // 60
        return '-%04d' % (d // 60 * 100 + d % 60)
    d //= 60
    return '+%04d' % (d // 60 * 100 + d % 60)


def _plain_table():
    global _strf_plain
    _strf_plain = {
        'a': ('%s', lambda f: _WDAY[f[6]]),
        'A': ('%s', lambda f: _WDAY_FULL[f[6]]),
        'b': ('%s', lambda f: _MON[f[1]]),
        'h': ('%s', lambda f: _MON[f[1]]),
        'B': ('%s', lambda f: _MON_FULL[f[1]]),
        'C': ('%d', lambda f: f[0] // 100),
        'd': ('%02d', 2),
        'e': ('%2d', 2),
        'g': ('%02d', lambda f: _iso(f)[0] % 100),
        'G': ('%d', lambda f: _iso(f)[0]),
        'H': ('%02d', 3),
        'I': ('%02d', 13),
        'j': ('%03d', 12),
        'k': ('%2d', 3),
        'l': ('%2d', 13),
        'm': ('%02d', 11),
        'M': ('%02d', 4),
        'p': ('%s', lambda f: 'AM' if f[3] < 12 else 'PM'),
        'P': ('%s', lambda f: 'am' if f[3] < 12 else 'pm'),
        's': ('%d', _strf_epoch),
        'S': ('%02d', 5),
        'u': ('%d', lambda f: (f[6] + 6) % 7 + 1),
        'U': ('%02d', lambda f: (f[7] - f[6] + 7) // 7),
        'V': ('%02d', lambda f: _iso(f)[1]),
        'w': ('%d', 6),
        'W': ('%02d', lambda f: (f[7] - (f[6] + 6) % 7 + 7) // 7),
        'y': ('%02d', 14),
        'Y': ('%d', 0),
        'z': ('%s', _strf_z),
        'Z': ('%s', _strf_zone),
        'n': ('\n', None),
        't': ('\t', None),
        '%': ('%%', None),
    }
    return _strf_plain


def _pad(s, width, pad):
    n = width - len(s)
    if n > 0:
        return ('0' if pad == '0' else ' ') * n + s
    return s


def _num(d, v, pad, width):
    # glibc's DO_NUMBER: at least max(d, width) digits
    s = str(v)
    if pad == '-':
        return _pad(s, width, ' ')
    n = (d if d > width else width) - len(s)
    if n > 0:
        if pad == '_':
            return ' ' * n + s
        if v < 0:
            return '-' + '0' * n + s[1:]
        return '0' * n + s
    return s


_NUMERIC = {'C': 1, 'd': 2, 'e': 2, 'g': 2, 'G': 1, 'H': 2, 'I': 2, 'j': 3, 'k': 2, 'l': 2,
            'm': 2, 'M': 2, 'S': 2, 'u': 1, 'U': 2, 'V': 2, 'w': 1, 'W': 2, 'y': 2, 'Y': 1}


def _flagged(f, ch, pad, width, upper, swap):
    # one conversion with flags and/or a width, as glibc formats it
    d = _NUMERIC.get(ch)
    if d is not None:
        if not pad and (ch == 'e' or ch == 'k' or ch == 'l'):
            pad = '_'
        g = _strf_plain[ch][1]
        return _num(d, f[g] if g.__class__ is int else g(f), pad, width)
    if ch in 'aAbhBpPZ':
        lower = False
        if ch == 'P':
            lower = True
        elif swap:
            if ch == 'p' or ch == 'Z':
                lower = True
            else:
                upper = True
        s = _strf_plain[ch][1](f)
        if lower:
            s = s.lower()
        elif upper:
            s = s.upper()
        return _pad(s, width, pad)
    if ch == 's':
        return _pad(str(_strf_epoch(f)), width, pad)
    if ch == 'z':
        if f[8] < 0:
            return ''
        d = (f[10] + 2147483648) % 4294967296 - 2147483648
        sign = '+'
        if d < 0:
            sign = '-'
            d = -d
        d //= 60
        return _pad(sign, width, pad) + _num(4, d // 60 * 100 + d % 60, pad, width)
    if ch in 'nt%':
        return _pad('\n' if ch == 'n' else '\t' if ch == 't' else '%', width, pad)
    s = _strftime(_SUBFORMATS[ch], f)
    if upper:
        s = s.upper()
    return _pad(s, width, pad)


def _strf_compile(fmt):
    table = _strf_plain or _plain_table()
    nbytes = len(fmt.encode('utf-8', 'surrogatepass'))
    limit = 1024
    while limit < 256 * nbytes:
        limit += limit
    tmpl = []
    getters = []
    simple = True
    i = 0
    n = len(fmt)
    while True:
        j = fmt.find('%', i)
        if j < 0:
            tmpl.append(fmt[i:].replace('%', '%%'))
            break
        tmpl.append(fmt[i:j])
        k = j + 1
        pad = ''
        upper = swap = False
        while k < n:
            c = fmt[k]
            if c == '_' or c == '-' or c == '0':
                pad = c
            elif c == '^':
                upper = True
            elif c == '#':
                swap = True
            else:
                break
            k += 1
        w = k
        while k < n and '0' <= fmt[k] <= '9':
            k += 1
        width = int(fmt[w:k]) if k > w else 0
        if width > limit:
            width = limit    # any piece this long makes the whole result ''
        mod = ''
        if k < n and (fmt[k] == 'E' or fmt[k] == 'O'):
            mod = fmt[k]
            k += 1
        ch = fmt[k] if k < n else ''
        i = k + 1
        sub = _SUBFORMATS.get(ch)
        entry = table.get(ch)
        if (entry is None and sub is None) or (mod and mod not in _MODS.get(ch, 'O')):
            # unknown conversion: glibc copies it (from its last '%') verbatim
            text = '%' if ch == '%' else fmt[j:i]
            if upper or (swap and ch and ch in 'bhB'):    # glibc sets the case first
                text = text.upper()
            tmpl.append(_pad(text, width, pad).replace('%', '%%'))
        elif pad or width or upper or swap:
            tmpl.append('%s')
            getters.append(lambda f, a=(ch, pad, width, upper, swap): _flagged(f, *a))
            simple = False
        elif sub is not None:
            t2, g2, s2, _ = _strf_compile(sub)
            tmpl.append(t2)
            getters.extend(g2)
            simple = simple and s2
        else:
            tmpl.append(entry[0])
            g = entry[1]
            if g is not None:
                getters.append(g)
                if g.__class__ is not int:
                    simple = False
    res = (''.join(tmpl), tuple(getters), simple, limit)
    if len(_strf_cache) > 200:
        _strf_cache.clear()
    _strf_cache[fmt] = res
    return res


def _strftime(fmt, f):
    c = _strf_cache.get(fmt)
    if c is None:
        c = _strf_compile(fmt)
    if c[2]:
        out = c[0] % tuple([f[g] for g in c[1]])
    else:
        out = c[0] % tuple([f[g] if g.__class__ is int else g(f) for g in c[1]])
    if len(out) * 4 >= c[3]:
        # CPython gives up (returns '') when the output does not fit its largest
        # buffer, 256 times the format's length rounded up to 1024 * 2**k bytes
        try:
            n = len(out.encode('utf-8', 'surrogateescape'))
        except UnicodeError:
            n = len(out.encode('utf-8', 'surrogatepass'))
        if n >= c[3]:
            return ''
    return out


def strftime(format, t=_MISSING, /):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    if t is _MISSING:
        f = _fields(_secs(None), 'UTC')
    else:
        f = _tmarg(t, 'strftime')
        _checktm(f)
        if f[8] < -1:
            f[8] = -1
        elif f[8] > 1:
            f[8] = 1
    if '\0' in format:
        raise ValueError('embedded null character')
    f += (f[1] + 1, f[7] + 1, f[3] % 12 or 12, f[0] % 100)
    return _strftime(format, f)


# ---- strptime -----------------------------------------------------------

_strp_cache = {}
_strp_table = None


def _strp_names(names, key, re):
    names = sorted([s.lower() for s in names], key=len, reverse=True)
    return '(?P<%s>%s)' % (key, '|'.join([re.escape(s) for s in names]))


def _strp_directives(re):
    global _strp_table
    zones = {'utc', 'gmt', tzname[0].lower()}
    if daylight:
        zones.add(tzname[1].lower())
    t = {
        'd': r'(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])',
        'f': r'(?P<f>[0-9]{1,6})',
        'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
        'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
        'G': r'(?P<G>\d\d\d\d)',
        'j': r'(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
        'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
        'M': r'(?P<M>[0-5]\d|\d)',
        'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
        'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
        'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
        'w': r'(?P<w>[0-6])',
        'u': r'(?P<u>[1-7])',
        'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
        'y': r'(?P<y>\d\d)',
        'Y': r'(?P<Y>\d\d\d\d)',
        'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
        'A': _strp_names(_WDAY_FULL, 'A', re),
        'a': _strp_names(_WDAY, 'a', re),
        'B': _strp_names(_MON_FULL, 'B', re),
        'b': _strp_names(_MON, 'b', re),
        'p': '(?P<p>am|pm)',
        'Z': _strp_names(zones, 'Z', re),
        '%': '%',
    }
    _strp_table = t
    t['c'] = _strp_pattern('%a %b %d %H:%M:%S %Y', re)
    t['x'] = _strp_pattern('%m/%d/%y', re)
    t['X'] = _strp_pattern('%H:%M:%S', re)
    return t


def _strp_pattern(fmt, re):
    table = _strp_table or _strp_directives(re)
    s = re.sub(r'([\\.^$*+?(){}\[\]|])', r'\\\1', fmt)
    s = re.sub(r'\s+', r'\\s+', s)
    out = []
    while True:
        i = s.find('%')
        if i < 0:
            break
        out.append(s[:i])
        if i + 1 >= len(s):
            raise IndexError(fmt)
        out.append(table[s[i + 1]])
        s = s[i + 2:]
    out.append(s)
    return ''.join(out)


def _ord(y, m, d):
    # proleptic Gregorian ordinal (0001-01-01 is 1), validated like datetime.date
    if not 1 <= y <= 9999:
        raise ValueError(f'year {y} is out of range')
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if d < 1 or d > (29 if m == 2 and _leap(y) else
                     (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]):
        raise ValueError('day is out of range for month')
    return _days(y, m, d) + 719163


def _from_ord(n):
    if n < 1:
        raise ValueError('ordinal must be >= 1')
    f = _fields((n - 719163) * 86400, None)
    if f[0] > 9999:
        raise ValueError(f'year {f[0]} is out of range')
    return f[0], f[1] + 1, f[2]


def _strptime(string, fmt):
    import re
    for i, arg in enumerate((string, fmt)):
        if not isinstance(arg, str):
            raise TypeError(f'strptime() argument {i} must be str, not {type(arg)!r}')
    rx = _strp_cache.get(fmt)
    if rx is None:
        try:
            rx = re.compile(_strp_pattern(fmt, re), re.IGNORECASE)
        except KeyError as e:
            bad = e.args[0]
            if bad == '\\':
                bad = '%'
            raise ValueError(f"'{bad}' is a bad directive in format '{fmt}'") from None
        except IndexError:
            raise ValueError(f"stray % in format '{fmt}'") from None
        if len(_strp_cache) > 100:
            _strp_cache.clear()
        _strp_cache[fmt] = rx
    m = rx.match(string)
    if m is None:
        raise ValueError(f'time data {string!r} does not match format {fmt!r}')
    if m.end() != len(string):
        raise ValueError(f'unconverted data remains: {string[m.end():]}')
    year = iso_year = month = day = julian = weekday = iso_week = week = None
    hour = minute = second = 0
    week_starts_mon = False
    tz = -1
    gmtoff = tzn = None
    found = m.groupdict()
    for key, v in found.items():
        if key == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(v)
        elif key == 'G':
            iso_year = int(v)
        elif key == 'm':
            month = int(v)
        elif key == 'B':
            month = [s.lower() for s in _MON_FULL].index(v.lower()) + 1
        elif key == 'b':
            month = [s.lower() for s in _MON].index(v.lower()) + 1
        elif key == 'd':
            day = int(v)
        elif key == 'H':
            hour = int(v)
        elif key == 'I':
            hour = int(v)
            ampm = (found.get('p') or '').lower()
            if ampm == 'pm':
                if hour != 12:
                    hour += 12
            elif hour == 12:
                hour = 0
        elif key == 'M':
            minute = int(v)
        elif key == 'S':
            second = int(v)
        elif key == 'A':
            weekday = ([s.lower() for s in _WDAY_FULL].index(v.lower()) + 6) % 7
        elif key == 'a':
            weekday = ([s.lower() for s in _WDAY].index(v.lower()) + 6) % 7
        elif key == 'w':
            weekday = (int(v) + 6) % 7
        elif key == 'u':
            weekday = int(v) - 1
        elif key == 'j':
            julian = int(v)
        elif key == 'U' or key == 'W':
            week = int(v)
            week_starts_mon = key == 'W'
        elif key == 'V':
            iso_week = int(v)
        elif key == 'z':
            if v == 'Z':
                gmtoff = 0
            else:
                z = v
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError(f'Inconsistent use of : in {v}')
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                if z[0] == '-':
                    gmtoff = -gmtoff
        elif key == 'Z':
            tzn = v
            lz = v.lower()
            if lz == 'utc' or lz == 'gmt':
                tz = 0
            elif lz == tzname[0].lower() or (daylight and lz == tzname[1].lower()):
                if not (daylight and tzname[0] == tzname[1]):
                    tz = 0 if lz == tzname[0].lower() else 1
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    if month is None:
        month = 1
    if day is None:
        day = 1
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            # day of the year from a %U/%W week number and a weekday
            first = (_ord(year, 1, 1) + 6) % 7     # Monday = 0
            wd = weekday
            if not week_starts_mon:
                first = (first + 1) % 7
                wd = (wd + 1) % 7
            if week == 0:
                julian = 1 + wd - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week - 1) + wd
        elif iso_year is not None and iso_week is not None:
            # ISO weeks: week 1 holds January 4th
            jan4 = _ord(iso_year, 1, 4)
            julian = iso_week * 7 + weekday + 1 - ((jan4 + 6) % 7 + 4)
            year = iso_year
            if julian < 1:
                julian += _ord(iso_year, 1, 1)
                year -= 1
                julian -= _ord(year, 1, 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365
    if julian is None:
        julian = _ord(year, month, day) - _ord(year, 1, 1) + 1
    else:
        year, month, day = _from_ord(julian - 1 + _ord(year, 1, 1))
    if weekday is None:
        weekday = (_ord(year, month, day) + 6) % 7
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz, tzn, gmtoff)


def strptime(string, format='%a %b %d %H:%M:%S %Y', /):
    """Parse a string to a time tuple according to a format specification."""
    return struct_time(_strptime(string, format))


# ---- clocks -------------------------------------------------------------

def get_clock_info(name, /):
    """Get information of the specified clock."""
    if not isinstance(name, str):
        raise TypeError(f'get_clock_info() argument 1 must be str, not {type(name).__name__}')
    if name == 'time':
        impl, mono, adj = 'clock_gettime(CLOCK_REALTIME)', False, True
    elif name == 'monotonic' or name == 'perf_counter':
        impl, mono, adj = 'clock_gettime(CLOCK_MONOTONIC)', True, False
    elif name == 'process_time':
        impl, mono, adj = 'clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False
    elif name == 'thread_time':
        impl, mono, adj = 'clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False
    else:
        raise ValueError('unknown clock')
    import types
    return types.SimpleNamespace(implementation=impl, monotonic=mono, adjustable=adj,
                                 resolution=1e-09)


try:
    process_time_ns
except NameError:
    def process_time_ns():
        """Process time for profiling as nanoseconds: sum of system and user CPU time."""
        return int(process_time() * 1e9)

try:
    thread_time
except NameError:
    # the interpreter runs Python code on one thread: its CPU time is the process's
    def thread_time():
        """Thread time for profiling: sum of the kernel and user-space CPU time."""
        return process_time()

    def thread_time_ns():
        """Thread time for profiling as nanoseconds."""
        return process_time_ns()


def _clock(clk_id, ns):
    clk_id = _cint(clk_id)
    if clk_id == 0 or clk_id == 11:
        return time_ns() if ns else time()
    if clk_id == 1 or clk_id == 4 or clk_id == 7:
        return monotonic_ns() if ns else monotonic()
    if clk_id == 2 or clk_id == 3:
        return process_time_ns() if ns else process_time()
    raise OSError(22, 'Invalid argument')


def clock_gettime(clk_id, /):
    """Return the time of the specified clock clk_id."""
    return _clock(clk_id, False)


def clock_gettime_ns(clk_id, /):
    """Return the time of the specified clock clk_id as nanoseconds."""
    return _clock(clk_id, True)


def clock_getres(clk_id, /):
    """Return the resolution (precision) of the specified clock clk_id."""
    if _cint(clk_id) not in (0, 1, 2, 3, 4, 7, 11):
        raise OSError(22, 'Invalid argument')
    return 1e-09


def clock_settime(clk_id, time, /):
    """Set the time of the specified clock clk_id."""
    if _cint(clk_id) not in (0, 1, 2, 3, 4, 7, 11):
        raise OSError(22, 'Invalid argument')
    raise PermissionError(1, 'Operation not permitted')


def clock_settime_ns(clk_id, time, /):
    """Set the time of the specified clock clk_id with nanoseconds."""
    return clock_settime(clk_id, time)


def tzset():
    """Initialize, or reinitialize, the local timezone (always UTC here)."""


class _BuiltinFunction:
    """Makes a function behave as CPython's built-in functions do: stored
    as a class attribute (``converter = time.gmtime``) it is not bound to
    the instance."""

    __slots__ = ('__wrapped__',)

    def __init__(self, f):
        self.__wrapped__ = f

    def __call__(self, *args, **kwargs):
        return self.__wrapped__(*args, **kwargs)

    @property
    def __name__(self):
        return self.__wrapped__.__name__

    @property
    def __doc__(self):
        return self.__wrapped__.__doc__

    __module__ = 'time'

    def __repr__(self):
        return f'<built-in function {self.__wrapped__.__name__}>'


_BuiltinFunction.__name__ = 'builtin_function_or_method'
gmtime = _BuiltinFunction(gmtime)
localtime = _BuiltinFunction(localtime)
mktime = _BuiltinFunction(mktime)
asctime = _BuiltinFunction(asctime)
ctime = _BuiltinFunction(ctime)
strftime = _BuiltinFunction(strftime)
strptime = _BuiltinFunction(strptime)
