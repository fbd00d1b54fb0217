"""Concrete date/time and related types (Spindle's implementation).

Behaves like CPython 3.11's datetime module: date, time, datetime,
timedelta, tzinfo and timezone, with the same reprs, errors, ISO 8601
parsing and formatting, strftime/strptime (C locale) and pickle support.
The local time zone is what time.localtime reports when the time module
has it; otherwise local time is UTC.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date.max.toordinal()
_MAX_DELTA_DAYS = 999999999
_US_PER_DAY = 86400000000
_EPOCH_ORD = 719163            # date(1970, 1, 1).toordinal()

# ---------------------------------------------------------------------------
# Calendar arithmetic (proleptic Gregorian, ordinal 1 == 0001-01-01)

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday")
_DAY_ABBRS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November",
                "December")
_MONTH_ABBRS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                "Sep", "Oct", "Nov", "Dec")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    n = _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and _is_leap(year):
        n += 1
    return n


def _ord2ymd(n):
    # Split the ordinal into 400-, 100-, 4- and 1-year cycles.
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        # Last day of a leap cycle: December 31 of the previous year.
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7          # 0 == Monday
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _isocalendar(year, month, day):
    today = _ymd2ord(year, month, day)
    week1 = _iso_week1_monday(year)
    week, wd = divmod(today - week1, 7)
    if week < 0:
        year -= 1
        week1 = _iso_week1_monday(year)
        week, wd = divmod(today - week1, 7)
    elif week >= 52 and today >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, wd + 1


def _iso_to_ymd(year, week, day):
    # Returns (y, m, d) or an int error code: -2 bad week, -3 bad weekday.
    if week <= 0 or week >= 53:
        bad = True
        if week == 53:
            first = _ymd2ord(year, 1, 1) % 7
            if first == 4 or (first == 3 and _is_leap(year)):
                bad = False
        if bad:
            return -2
    if day <= 0 or day >= 8:
        return -3
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(n)


# ---------------------------------------------------------------------------
# Argument checking

_MISSING = object()   # "argument not given" (None is a bad value)

def _index(v):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    idx = getattr(type(v), "__index__", None)
    if idx is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return idx(v)


def _cint(v):
    # An argument converted the way C's "i" format does.
    v = _index(v)
    if v > 2147483647:
        raise OverflowError("signed integer is greater than maximum")
    if v < -2147483648:
        raise OverflowError("signed integer is less than minimum")
    return v


def _tname(x):
    # the type name in argument errors ("not None" for None)
    return "None" if x is None else type(x).__name__


def _missing(name, pos):
    return TypeError("function missing required argument '%s' (pos %d)"
                     % (name, pos))


def _check_date_fields(year, month, day):
    if type(year) is not int:
        year = _cint(year)
    if type(month) is not int:
        month = _cint(month)
    if type(day) is not int:
        day = _cint(day)
    if not MINYEAR <= year <= MAXYEAR:
        if year > 2147483647 or year < -2147483648:
            _cint(year)
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        if month > 2147483647 or month < -2147483648:
            _cint(month)
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= 28 and not 1 <= day <= _days_in_month(year, month):
        if day > 2147483647 or day < -2147483648:
            _cint(day)
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    if type(hour) is not int:
        hour = _cint(hour)
    if type(minute) is not int:
        minute = _cint(minute)
    if type(second) is not int:
        second = _cint(second)
    if type(microsecond) is not int:
        microsecond = _cint(microsecond)
    if type(fold) is not int:
        fold = _cint(fold)
    if not 0 <= hour <= 23:
        _cint(hour)
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        _cint(minute)
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        _cint(second)
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        _cint(microsecond)
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        _cint(fold)
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _type_name(obj):
    cls = type(obj)
    if cls in _PUBLIC:
        return "datetime." + cls.__name__
    if cls.__module__ == "builtins":
        return cls.__name__
    return cls.__name__


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_type_name(x), _type_name(y)))


def _repr_prefix(obj):
    # C types print their full name ("datetime.date"), subclasses their
    # own __name__.
    cls = type(obj)
    if cls in _PUBLIC:
        return "datetime." + cls.__name__
    return cls.__name__


def _div_nearest(a, b):
    # a / b rounded to the nearest integer, ties to even (b may be < 0).
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q & 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q & 1):
            q += 1
    return q


def _c_round(x):
    # C's round(): halves away from zero.
    i = float(int(x))
    f = x - i
    if f >= 0.5:
        i += 1.0
    elif f <= -0.5:
        i -= 1.0
    return i


# ---------------------------------------------------------------------------
# Utc offsets and tzinfo results

def _check_offset_value(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -_ONE_DAY < off < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _call_utcoffset(tz, arg):
    if tz is None:
        return None
    return _check_offset_value("utcoffset", tz.utcoffset(arg))


def _call_dst(tz, arg):
    if tz is None:
        return None
    return _check_offset_value("dst", tz.dst(arg))


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % type(name).__name__)
    return name


def _format_offset(off, sep):
    # "+HH<sep>MM[<sep>SS[.ffffff]]" for a timedelta offset; "" for None.
    if off is None:
        return ""
    if off._days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off._microseconds:
        s += "%s%02d" % (sep, ss)
        if off._microseconds:
            s += ".%06d" % off._microseconds
    return s


def _format_time(hh, mm, ss, us, timespec, argpos=1):
    if timespec == "auto":
        if us:
            return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    if not isinstance(timespec, str):
        raise TypeError("isoformat() argument %d must be str, not %s"
                        % (argpos, _tname(timespec)))
    raise ValueError("Unknown timespec value")


# ---------------------------------------------------------------------------
# strftime (glibc behaviour in the C locale, plus CPython's %f, %z, %Z)

def _pad(value, digits, width, flag, default_pad):
    # A number the way glibc pads it: `digits` is the directive's natural
    # width, `width` an explicit one; "-" pads only to an explicit width.
    s = str(value)
    if flag == "-":
        if len(s) < width:
            s = s.rjust(width, " ")
        return s
    if width < digits:
        width = digits
    if len(s) < width:
        pad = default_pad
        if flag == "_":
            pad = " "
        elif flag == "0":
            pad = "0"
        if value < 0 and pad == "0":
            return "-" + s[1:].rjust(width - 1, "0")
        s = s.rjust(width, pad)
    return s


_E_OK = "cCnpPrRstTuxXyYzZ%"
_O_OK = "bBCdegGhHIjklmMnpPrRsStTuUVwWyzZ%"


def _strftime(fmt, tt, us, obj, tz_of):
    # tt: (year, month, day, hour, minute, second, weekday (Monday 0),
    # day of the year (from 1), isdst).  obj, when not None, is the time or
    # datetime whose tzinfo gives %z and %Z; tz_of(obj) is the argument
    # its tzinfo methods get.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % _tname(fmt))
    if "%" not in fmt:
        return fmt
    if "z" in fmt or "Z" in fmt or "f" in fmt:
        fmt = _strftime_tz(fmt, us, obj, tz_of)
    return _strftime_c(fmt, tt)


def _strftime_tz(fmt, us, obj, tz_of):
    # CPython's own pass: the exact pairs %z, %Z and %f are replaced before
    # the C library sees the format.
    out = []
    i = 0
    n = len(fmt)
    zrep = Zrep = None
    while i < n:
        j = fmt.find("%", i)
        if j < 0 or j + 1 >= n:
            out.append(fmt[i:])
            break
        c = fmt[j + 1]
        if c == "z":
            if zrep is None:
                zrep = ""
                if obj is not None and obj._tzinfo is not None:
                    zrep = _format_offset(
                        _call_utcoffset(obj._tzinfo, tz_of(obj)), "")
            out.append(fmt[i:j])
            out.append(zrep)
        elif c == "Z":
            if Zrep is None:
                Zrep = ""
                if obj is not None and obj._tzinfo is not None:
                    name = _call_tzname(obj._tzinfo, tz_of(obj))
                    if name is not None:
                        Zrep = name.replace("%", "%%")
            out.append(fmt[i:j])
            out.append(Zrep)
        elif c == "f":
            out.append(fmt[i:j])
            out.append("%06d" % us)
        else:
            out.append(fmt[i:j + 2])
        i = j + 2
    return "".join(out)


def _strftime_c(fmt, tt):
    # glibc's strftime in the C locale.
    out = []
    i = 0
    n = len(fmt)
    year, month, day, hour, minute, second, wday, yday, isdst = tt
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        if j > i:
            out.append(fmt[i:j])
        start = j
        j += 1
        if j >= n:
            out.append("%")
            break
        c = fmt[j]
        flag = ""
        case = ""
        width = 0
        if c in "-_0^#123456789EO":
            # glibc flags, field width and E/O modifiers
            while j < n and fmt[j] in "-_0^#":
                c = fmt[j]
                if c == "^":
                    case = "^"
                elif c == "#":
                    if case != "^":
                        case = "#"
                else:
                    flag = c
                j += 1
            w0 = j
            while j < n and "0" <= fmt[j] <= "9":
                j += 1
            if j > w0:
                width = int(fmt[w0:j])
            mod = ""
            if j < n and fmt[j] in "EO":
                mod = fmt[j]
                j += 1
            if j >= n:
                out.append(fmt[start:].rjust(width,
                                             "0" if flag == "0" else " "))
                break
            c = fmt[j]
            if mod and c not in (_E_OK if mod == "E" else _O_OK):
                c = "?"
        j += 1
        i = j
        val = None      # a number to pad
        digits = 2
        dpad = "0"
        text = None
        if c == "Y":
            val, digits = year, 1
        elif c == "m":
            val = month
        elif c == "d":
            val = day
        elif c == "H":
            val = hour
        elif c == "M":
            val = minute
        elif c == "S":
            val = second
        elif c == "y":
            val = year % 100
        elif c == "a":
            text = _DAY_ABBRS[wday]
        elif c == "A":
            text = _DAY_NAMES[wday]
        elif c == "b" or c == "h":
            text = _MONTH_ABBRS[month]
        elif c == "B":
            text = _MONTH_NAMES[month]
        elif c == "p":
            text = "AM" if hour < 12 else "PM"
            if case == "#":
                text = text.lower()
                case = ""
        elif c == "P":
            text = "am" if hour < 12 else "pm"
            case = ""
        elif c == "I":
            val = hour % 12 or 12
        elif c == "l":
            val, dpad = hour % 12 or 12, " "
        elif c == "k":
            val, dpad = hour, " "
        elif c == "e":
            val, dpad = day, " "
        elif c == "j":
            val, digits = yday, 3
        elif c == "w":
            val, digits = (wday + 1) % 7, 1
        elif c == "u":
            val, digits = wday + 1, 1
        elif c == "U":
            val = (yday + 6 - (wday + 1) % 7) // 7
        elif c == "W":
            val = (yday + 6 - wday) // 7
        elif c == "G" or c == "g" or c == "V":
            iy, iw, _ = _isocalendar(year, month, day)
            if c == "G":
                val, digits = iy, 1
            elif c == "g":
                val = iy % 100
            else:
                val = iw
        elif c == "C":
            val, digits = year // 100, 1
        elif c == "z":
            # what glibc makes of a struct tm with tm_gmtoff 0
            if isdst >= 0:
                if width <= 1:
                    out.append("+")
                else:
                    out.append("+".rjust(width, "0" if flag == "0" else " "))
                out.append(_pad(0, 4, width, flag, "0"))
            continue
        elif c == "Z":
            text = ""
            if isdst >= 0:
                text = _local_zone_name(isdst)
            if case == "#":
                text = text.lower()
                case = ""
        elif c == "%":
            text = "%"
        elif c == "n":
            text = "\n"
        elif c == "t":
            text = "\t"
        elif c == "c":
            text = "%s %s %2d %02d:%02d:%02d %d" % (
                _DAY_ABBRS[wday], _MONTH_ABBRS[month], day, hour, minute,
                second, year)
        elif c == "x" or c == "D":
            text = "%02d/%02d/%02d" % (month, day, year % 100)
        elif c == "X" or c == "T":
            text = "%02d:%02d:%02d" % (hour, minute, second)
        elif c == "R":
            text = "%02d:%02d" % (hour, minute)
        elif c == "r":
            text = "%02d:%02d:%02d %s" % (hour % 12 or 12, minute, second,
                                         "AM" if hour < 12 else "PM")
        elif c == "F":
            text = "%d-%02d-%02d" % (year, month, day)
        elif c == "s":
            secs = (_ymd2ord(year, month, day) - _EPOCH_ORD) * 86400 + \
                hour * 3600 + minute * 60 + second
            val, digits = _local_mktime(secs), 1
        else:
            # not a directive: copied as it is
            text = fmt[start:j]
        if val is not None:
            if width or flag or val < 0:
                out.append(_pad(val, digits, width, flag, dpad))
            elif digits == 2:
                out.append(("%02d" if dpad == "0" else "%2d") % val)
            elif digits == 1:
                out.append(str(val))
            else:
                out.append(_pad(val, digits, 0, "", dpad))
            continue
        if case == "^" or (case == "#" and c in "aAbBh"):
            text = text.upper()
        if len(text) < width:
            text = text.rjust(width, "0" if flag == "0" else " ")
        out.append(text)
    res = "".join(out)
    if len(res) >= 1023:
        # CPython gives up (returns '') when the C buffer, grown up to 256
        # bytes per format byte, cannot hold the result.
        flen = len(fmt.encode("utf-8", "surrogatepass"))
        size = 1024
        while size < 256 * flen:
            size += size
        if len(res.encode("utf-8", "surrogatepass")) >= size:
            return ""
    return res


# ---------------------------------------------------------------------------
# Local time

_have_localtime = hasattr(_time, "localtime")


def _local_zone_name(isdst):
    if _have_localtime:
        names = getattr(_time, "tzname", None)
        if names:
            return names[1 if isdst > 0 else 0]
    return "UTC"


def _local_fields(t):
    # (y, m, d, hh, mm, ss, gmtoff, zone) of the integer POSIX time t.
    if _have_localtime:
        tm = _time.localtime(t)
        gmtoff = getattr(tm, "tm_gmtoff", None)
        if gmtoff is None:
            gmtoff = -_time.timezone
        return (tm[0], tm[1], tm[2], tm[3], tm[4], tm[5], gmtoff,
                getattr(tm, "tm_zone", None) or "UTC")
    y, m, d, hh, mm, ss = _utc_fields(t, False)
    return y, m, d, hh, mm, ss, 0, "UTC"


def _utc_fields(t, check=True):
    # gmtime(t) as (y, m, d, hh, mm, ss); with `check`, years outside
    # 1..9999 raise ValueError.
    days, secs = divmod(t, 86400)
    ordinal = days + _EPOCH_ORD
    if 1 <= ordinal <= _MAXORDINAL:
        y, m, d = _ord2ymd(ordinal)
    else:
        y, m, d = _ord2ymd(ordinal)
        if not -2147483648 <= y - 1900 <= 2147483647:
            raise OSError(75, "Value too large for defined data type")
        if check:
            raise ValueError("year %d is out of range" % y)
    hh, rem = divmod(secs, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _local_timezone_at(ts):
    f = _local_fields(ts)
    return timezone(_delta(0, f[6], 0), f[7])


def _local(u):
    # The local wall time of POSIX time u, in seconds on the same scale;
    # ValueError when its year is outside 1..9999.
    if not _have_localtime:
        o = u // 86400 + _EPOCH_ORD
        if 1 <= o <= _MAXORDINAL:
            return u
        raise ValueError("year %d is out of range" % _ord2ymd(o)[0])
    f = _local_fields(u)
    if not MINYEAR <= f[0] <= MAXYEAR:
        raise ValueError("year %d is out of range" % f[0])
    return u + f[6]


def _local_mktime(lt):
    # POSIX time of the naive local wall time lt (seconds since the epoch,
    # as if UTC), for %s.  (glibc's mktime picks either of two repeated
    # wall times depending on its earlier calls; this takes the first.)
    return _local_to_utc(lt, 0)


def _local_to_utc(t, fold):
    # Solve t == _local(u) for u; `fold` picks the later of two solutions,
    # and for a time in a gap, the earlier instant.
    lt = _local(t)
    a = lt - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        u2 = u1 + 86400 if fold else u1 - 86400
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    if _local(u2) == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _timestamp_parts(t, round_half_even):
    # Split a timestamp into whole seconds and microseconds.
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (_INF, -_INF):
            raise OverflowError("timestamp out of range for platform time_t")
        frac, whole = _math.modf(t)
        frac *= 1e6
        if round_half_even:
            r = round(frac)
        else:
            r = _math.floor(frac)
        us = int(r)
        secs = int(whole)
        if us >= 1000000:
            us -= 1000000
            secs += 1
        elif us < 0:
            us += 1000000
            secs -= 1
        if not -2 ** 63 <= secs < 2 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        return secs, us
    if isinstance(t, int):
        t = int(t)
        if not -2 ** 63 <= t < 2 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        return t, 0
    return _timestamp_parts(_index(t), round_half_even)


_INF = float("inf")


# ---------------------------------------------------------------------------
# timedelta

def _accum(name, total, num, factor, leftover):
    if type(num) is int or isinstance(num, int):
        return total + int(num) * factor, leftover
    if isinstance(num, float):
        frac, whole = _math.modf(num)
        total += int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(factor * frac)
        return total + int(whole), leftover + frac
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (name, type(num).__name__))


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int
                and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                  + seconds) * 1000000 + milliseconds * 1000 + microseconds
            return _delta_from_us(cls, us)
        total = 0
        left = 0.0
        total, left = _accum("microseconds", total, microseconds, 1, left)
        total, left = _accum("milliseconds", total, milliseconds, 1000, left)
        total, left = _accum("seconds", total, seconds, 1000000, left)
        total, left = _accum("minutes", total, minutes, 60000000, left)
        total, left = _accum("hours", total, hours, 3600000000, left)
        total, left = _accum("days", total, days, _US_PER_DAY, left)
        total, left = _accum("weeks", total, weeks, 7 * _US_PER_DAY, left)
        if left:
            whole = _c_round(left)
            if abs(whole - left) == 0.5:
                odd = total & 1
                whole = 2.0 * _c_round((left + odd) * 0.5) - odd
            total += int(whole)
        return _delta_from_us(cls, total)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return ((self._days * 86400 + self._seconds) * 10 ** 6
                + self._microseconds) / 10 ** 6

    def _to_us(self):
        return ((self._days * 86400 + self._seconds) * 1000000
                + self._microseconds)

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_repr_prefix(self), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            d = self._days
            s = "%d day%s, %s" % (d, "" if d == 1 or d == -1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(timedelta, -self._to_us())

    def __pos__(self):
        return _delta_from_us(timedelta, self._to_us())

    def __abs__(self):
        if self._days < 0:
            return -self
        return _delta_from_us(timedelta, self._to_us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(timedelta, self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _delta_from_us(timedelta, _div_nearest(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(timedelta, self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(timedelta, _div_nearest(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(timedelta, _div_nearest(self._to_us() * b, a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _delta_from_us(timedelta, self._to_us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), d)
            return q, _delta_from_us(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days
                    and self._seconds == other._seconds
                    and self._microseconds == other._microseconds)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return not (self._days == other._days
                        and self._seconds == other._seconds
                        and self._microseconds == other._microseconds)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            h = self._hashcode = hash((self._days, self._seconds,
                                       self._microseconds))
        return h

    def __bool__(self):
        return (self._days != 0 or self._seconds != 0
                or self._microseconds != 0)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _delta_from_us(cls, us):
    secs, us_ = divmod(us, 1000000)
    days, secs = divmod(secs, 86400)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        if not -2147483648 <= days <= 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= %d"
                            % (days, _MAX_DELTA_DAYS))
    self = object.__new__(cls)
    self._days = days
    self._seconds = secs
    self._microseconds = us_
    self._hashcode = -1
    return self


def _delta(days, seconds, us):
    # Normalised construction from exact int parts.
    if 0 <= seconds < 86400 and 0 <= us < 1000000 and \
            -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        self = object.__new__(timedelta)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self
    return _delta_from_us(timedelta, (days * 86400 + seconds) * 1000000 + us)


timedelta.min = _delta(-_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _delta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = _delta(0, 0, 1)
_ONE_DAY = _delta(1, 0, 0)
_ZERO = _delta(0, 0, 0)


# ---------------------------------------------------------------------------
# date

class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if (type(year) is int and type(month) is int and type(day) is int
                and 1 <= year <= 9999 and 1 <= month <= 12
                and 1 <= day <= 28):
            self = object.__new__(cls)
            self._year = year
            self._month = month
            self._day = day
            self._hashcode = -1
            return self
        if month is _MISSING and isinstance(year, (bytes, str)) and \
                len(year) == 4:
            state = year
            if isinstance(state, str):
                try:
                    state = state.encode("latin1")
                except UnicodeEncodeError:
                    raise ValueError(
                        "Failed to encode latin1 string when unpickling a "
                        "date object. pickle.load(data, encoding='latin1') "
                        "is assumed.")
            if 1 <= state[2] <= 12:
                self = object.__new__(cls)
                self._year = state[0] * 256 + state[1]
                self._month = state[2]
                self._day = state[3]
                self._hashcode = -1
                return self
        if year is _MISSING:
            raise _missing("year", 1)
        if type(year) is not int:
            year = _cint(year)
        if month is _MISSING:
            raise _missing("month", 2)
        if type(month) is not int:
            month = _cint(month)
        if day is _MISSING:
            raise _missing("day", 3)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # -- alternative constructors

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

        The timestamp is a number, e.g. created via time.time(), that is interpreted
        as local time."""
        secs, us = _timestamp_parts(t, False)
        y, m, d = _local_fields(secs)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _cint(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        n = len(date_string)
        if n == 7 or n == 8 or n == 10:
            ymd = _parse_iso_date(date_string, n)
            if ymd is not None:
                return cls(*ymd)
        raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

        This is the inverse of the date.isocalendar() function"""
        year = _cint(year)
        week = _cint(week)
        day = _cint(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        r = _iso_to_ymd(year, week, day)
        if r == -2:
            raise ValueError("Invalid week: %d" % week)
        if r == -3:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return cls(*r)

    # -- conversions

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_repr_prefix(self), self._year,
                                   self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        wd = (_ymd2ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAY_ABBRS[wd], _MONTH_ABBRS[self._month], self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        y, m, d = self._year, self._month, self._day
        tt = (y, m, d, 0, 0, 0, (_ymd2ord(y, m, d) + 6) % 7,
              _DAYS_BEFORE_MONTH[m] + d + (m > 2 and _is_leap(y)), -1)
        return _strftime(format, tt, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _tname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        y, m, d = self._year, self._month, self._day
        return _make_struct_time(
            (y, m, d, 0, 0, 0, (_ymd2ord(y, m, d) + 6) % 7,
             _DAYS_BEFORE_MONTH[m] + d + (m > 2 and _is_leap(y)), -1))

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING):
        """Return date with new specified fields."""
        if year is _MISSING:
            year = self._year
        if month is _MISSING:
            month = self._month
        if day is _MISSING:
            day = self._day
        return type(self)(year, month, day)

    # -- comparisons

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._year == other._year and self._month == other._month
                    and self._day == other._day)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return not (self._year == other._year
                        and self._month == other._month
                        and self._day == other._day)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._year, self._month, self._day) < \
                (other._year, other._month, other._day)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._year, self._month, self._day) <= \
                (other._year, other._month, other._day)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._year, self._month, self._day) > \
                (other._year, other._month, other._day)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._year, self._month, self._day) >= \
                (other._year, other._month, other._day)
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            h = self._hashcode = hash((self._year, self._month, self._day))
        return h

    # -- arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = _ymd2ord(self._year, self._month, self._day) + other._days
            if 0 < o <= _MAXORDINAL:
                y, m, d = _ord2ymd(o)
                if type(self) is date:
                    r = object.__new__(date)
                    r._year = y
                    r._month = m
                    r._day = d
                    r._hashcode = -1
                    return r
                return type(self)(y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            o = _ymd2ord(self._year, self._month, self._day) - other._days
            if 0 < o <= _MAXORDINAL:
                y, m, d = _ord2ymd(o)
                if type(self) is date:
                    r = object.__new__(date)
                    r._year = y
                    r._month = m
                    r._day = d
                    r._hashcode = -1
                    return r
                return type(self)(y, m, d)
            raise OverflowError("date value out of range")
        if isinstance(other, date) and not isinstance(other, datetime):
            return _delta(_ymd2ord(self._year, self._month, self._day)
                          - _ymd2ord(other._year, other._month, other._day),
                          0, 0)
        return NotImplemented

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return IsoCalendarDate(*_isocalendar(self._year, self._month,
                                             self._day))

    # -- pickle

    def _getstate(self):
        return bytes((self._year >> 8, self._year & 255, self._month,
                      self._day))

    def __reduce__(self):
        return (type(self), (self._getstate(),))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __copy__(self):
        if type(self) is date:
            return self
        return type(self)(self._getstate())

    def __deepcopy__(self, memo):
        return self.__copy__()


class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        # pickled as a plain tuple, as CPython does
        return (tuple, (tuple(self),))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __repr__(self):
        return ("%s(year=%d, week=%d, weekday=%d)"
                % ("datetime.IsoCalendarDate" if type(self) is IsoCalendarDate
                   else type(self).__name__, self[0], self[1], self[2]))


# ---------------------------------------------------------------------------
# struct_time for timetuple()

_struct_time = getattr(_time, "struct_time", None)

if _struct_time is None:
    class _struct_time(tuple):
        """The time value as returned by gmtime(), localtime(), and strptime()"""

        _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                   "tm_sec", "tm_wday", "tm_yday", "tm_isdst")

        def __new__(cls, seq):
            return tuple.__new__(cls, seq)

        tm_year = property(lambda self: self[0])
        tm_mon = property(lambda self: self[1])
        tm_mday = property(lambda self: self[2])
        tm_hour = property(lambda self: self[3])
        tm_min = property(lambda self: self[4])
        tm_sec = property(lambda self: self[5])
        tm_wday = property(lambda self: self[6])
        tm_yday = property(lambda self: self[7])
        tm_isdst = property(lambda self: self[8])
        tm_zone = None
        tm_gmtoff = None
        n_fields = 11
        n_sequence_fields = 9
        n_unnamed_fields = 0

        def __repr__(self):
            return "time.struct_time(%s)" % ", ".join(
                "%s=%r" % (n, v) for n, v in zip(self._fields, self))

        def __reduce__(self):
            return (type(self), (tuple(self),))

    _struct_time.__name__ = "struct_time"
    _struct_time.__qualname__ = "struct_time"
    _struct_time.__module__ = "time"


def _make_struct_time(fields):
    return _struct_time(fields)


# ---------------------------------------------------------------------------
# tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _call_utcoffset(self, dt)
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _call_dst(self, dt)
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = _call_dst(self, dt)
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent "
                                 "results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        if getinitargs is not None:
            args = getinitargs()
        else:
            args = ()
        getstate = getattr(self, "__getstate__", None)
        if getstate is not None:
            state = getstate()
        else:
            state = _object_getstate(self)
        return (type(self), args, state)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


_tzinfo_class = tzinfo


def _object_getstate(obj):
    # object.__getstate__() of CPython 3.11: the instance dict (None when
    # empty), paired with a dict of the set slots when there are slots.
    d = getattr(obj, "__dict__", None) or None
    slots = {}
    for cls in type(obj).__mro__:
        names = cls.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (cls.__name__.lstrip("_"), name)
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
    if slots:
        return (d, slots)
    return d


# ---------------------------------------------------------------------------
# time

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6 and \
                (ord(hour[0:1]) & 0x7F) < 24:
            state = hour
            if isinstance(state, str):
                try:
                    state = state.encode("latin1")
                except UnicodeEncodeError:
                    raise ValueError(
                        "Failed to encode latin1 string when unpickling a "
                        "time object. pickle.load(data, encoding='latin1') "
                        "is assumed.")
            tz = None if type(minute) is int else minute
            if tz is not None and not isinstance(tz, _tzinfo_class):
                raise TypeError("bad tzinfo state arg")
            self = object.__new__(cls)
            h = state[0]
            self._fold = 1 if h > 127 else 0
            self._hour = h & 0x7F
            self._minute = state[1]
            self._second = state[2]
            self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            self._tzinfo = tz
            self._hashcode = -1
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # -- comparisons

    def _cmp(self, other, op):
        # op: 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=
        if not isinstance(other, time):
            return NotImplemented
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is not other._tzinfo:
            o1 = _call_utcoffset(self._tzinfo, None)
            o2 = _call_utcoffset(other._tzinfo, None)
            if (o1 is None) != (o2 is None):
                if op == 0:
                    return False
                if op == 1:
                    return True
                raise TypeError("can't compare offset-naive and offset-aware "
                                "times")
            if o1 is not None and o1 != o2:
                a = (self._hour * 3600 + self._minute * 60 + self._second
                     - o1._days * 86400 - o1._seconds) * 1000000 + \
                    self._microsecond - o1._microseconds
                b = (other._hour * 3600 + other._minute * 60 + other._second
                     - o2._days * 86400 - o2._seconds) * 1000000 + \
                    other._microsecond - o2._microseconds
        if op == 0:
            return a == b
        if op == 1:
            return a != b
        if op == 2:
            return a < b
        if op == 3:
            return a <= b
        if op == 4:
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._cmp(other, 0)

    def __ne__(self, other):
        return self._cmp(other, 1)

    def __lt__(self, other):
        return self._cmp(other, 2)

    def __le__(self, other):
        return self._cmp(other, 3)

    def __gt__(self, other):
        return self._cmp(other, 4)

    def __ge__(self, other):
        return self._cmp(other, 5)

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            off = _call_utcoffset(self._tzinfo, None)
            if off is None:
                h = hash((self._hour, self._minute, self._second,
                          self._microsecond))
            else:
                secs = self._hour * 3600 + self._minute * 60 + self._second \
                    - off._days * 86400 - off._seconds
                us = self._microsecond - off._microseconds
                h = hash(_delta(0, secs, us))
            self._hashcode = h
        return h

    # -- conversions

    def _tzstr(self):
        return _format_offset(self.utcoffset(), ":")

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                    self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        s = "%s(%s" % (_repr_prefix(self), s)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        if self._tzinfo is not None:
            s += _format_offset(self.utcoffset(), ":")
        return s

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string
        if s[:1] == "T":
            s = s[1:]
        r = _parse_iso_time(s)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        hh, mm, ss, us, tz = r
        return cls(hh, mm, ss, us, tz)

    def strftime(self, format):
        """format -> strftime() style string."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(format, tt, self._microsecond, self, _none_arg)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _tname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- timezone info

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _call_utcoffset(self._tzinfo, None)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _call_dst(self._tzinfo, None)

    def replace(self, hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=True, *, fold=_MISSING):
        """Return time with new specified fields."""
        if hour is _MISSING:
            hour = self._hour
        if minute is _MISSING:
            minute = self._minute
        if second is _MISSING:
            second = self._second
        if microsecond is _MISSING:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is _MISSING:
            fold = self._fold
        elif fold != 0 and fold != 1:
            if type(fold) is not int:
                fold = _cint(fold)
            if fold != 0 and fold != 1:
                raise ValueError("fold must be either 0 or 1")
        if fold:
            return type(self)(hour, minute, second, microsecond, tzinfo,
                              fold=fold)
        return type(self)(hour, minute, second, microsecond, tzinfo)

    def __bool__(self):
        return True

    # -- pickle

    def _getstate(self, protocol=3):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        b = bytes((h, self._minute, self._second, us1, us2, us3))
        if self._tzinfo is None:
            return (b,)
        return (b, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _none_arg(obj):
    return None


def _self_arg(obj):
    return obj


# ---------------------------------------------------------------------------
# datetime

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0,
                second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (type(year) is int and type(month) is int and type(day) is int
                and type(hour) is int and type(minute) is int
                and type(second) is int and type(microsecond) is int
                and 1 <= year <= 9999 and 1 <= month <= 12
                and 1 <= day <= 28 and 0 <= hour <= 23 and 0 <= minute <= 59
                and 0 <= second <= 59 and 0 <= microsecond <= 999999
                and (fold == 0 or fold == 1) and type(fold) is int
                and (tzinfo is None or isinstance(tzinfo, _tzinfo_class))):
            # the common case, checked at once
            self = object.__new__(cls)
            self._year = year
            self._month = month
            self._day = day
            self._hour = hour
            self._minute = minute
            self._second = second
            self._microsecond = microsecond
            self._tzinfo = tzinfo
            self._fold = fold
            self._hashcode = -1
            return self
        if day is _MISSING and isinstance(year, (bytes, str)) and \
                len(year) == 10 and 1 <= (ord(year[2:3]) & 0x7F) <= 12:
            state = year
            if isinstance(state, str):
                try:
                    state = state.encode("latin1")
                except UnicodeEncodeError:
                    raise ValueError(
                        "Failed to encode latin1 string when unpickling a "
                        "datetime object. pickle.load(data, "
                        "encoding='latin1') is assumed.")
            if month is _MISSING:
                month = None
            elif month is not None and not isinstance(month, _tzinfo_class):
                raise TypeError("bad tzinfo state arg")
            self = object.__new__(cls)
            m = state[2]
            self._fold = 1 if m > 127 else 0
            self._year = state[0] * 256 + state[1]
            self._month = m & 0x7F
            self._day = state[3]
            self._hour = state[4]
            self._minute = state[5]
            self._second = state[6]
            self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
            self._tzinfo = month
            self._hashcode = -1
            return self
        if year is _MISSING:
            raise _missing("year", 1)
        if type(year) is not int:
            year = _cint(year)
        if month is _MISSING:
            raise _missing("month", 2)
        if type(month) is not int:
            month = _cint(month)
        if day is _MISSING:
            raise _missing("day", 3)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # -- alternative constructors

    @classmethod
    def _from_posix(cls, secs, us, utc, tz):
        fold = 0
        if utc:
            y, m, d, hh, mm, ss = _utc_fields(secs, False)
        else:
            y, m, d, hh, mm, ss = _local_fields(secs)[:6]
            if tz is None:
                # Is this wall time the second of two that repeat?
                if not MINYEAR <= y <= MAXYEAR:
                    raise ValueError("year %d is out of range" % y)
                result = ((_ymd2ord(y, m, d) - _EPOCH_ORD) * 86400
                          + hh * 3600 + mm * 60 + ss)
                probe = _local(secs - 86400)
                trans = result - probe - 86400
                if trans < 0 and _local(secs + trans) == result:
                    fold = 1
        if ss > 59:
            ss = 59
        if fold:
            return cls(y, m, d, hh, mm, ss, us, tz, fold=1)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        secs, us = _timestamp_parts(t, True)
        if tz is None:
            return cls._from_posix(secs, us, False, None)
        dt = cls._from_posix(secs, us, True, tz)
        return tz.fromutc(dt)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        secs, us = _timestamp_parts(t, True)
        return cls._from_posix(secs, us, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            "not %s" % _tname(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            "not %s" % _tname(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        return cls(date._year, date._month, date._day, time._hour,
                   time._minute, time._second, time._microsecond, tzinfo,
                   fold=time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        n = len(s)
        sep = _iso_separator_pos(s)
        ymd = None
        if sep >= 0:
            ymd = _parse_iso_date(s[:sep], sep)
        if ymd is not None:
            if n > sep:
                r = _parse_iso_time(s[sep + 1:])
            else:
                r = (0, 0, 0, 0, None)
            if r is not None:
                hh, mm, ss, us, tz = r
                return cls(ymd[0], ymd[1], ymd[2], hh, mm, ss, us, tz)
        raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        fields, tz = _strptime(date_string, format)
        y, m, d, hh, mm, ss, us = fields
        if tz is None:
            return cls(y, m, d, hh, mm, ss, us)
        return cls(y, m, d, hh, mm, ss, us, tz)

    # -- conversions

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = _call_dst(self._tzinfo, self)
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        y, m, d = self._year, self._month, self._day
        return _make_struct_time(
            (y, m, d, self._hour, self._minute, self._second,
             (_ymd2ord(y, m, d) + 6) % 7,
             _DAYS_BEFORE_MONTH[m] + d + (m > 2 and _is_leap(y)), flag))

    def _local_timestamp(self):
        lt = ((_ymd2ord(self._year, self._month, self._day) - _EPOCH_ORD)
              * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
        return _local_to_utc(lt, self._fold)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            s = self._local_timestamp()
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
            # result may be out of range; CPython still builds the tuple
        y, m, d = dt._year, dt._month, dt._day
        return _make_struct_time(
            (y, m, d, dt._hour, dt._minute, dt._second,
             (_ymd2ord(y, m, d) + 6) % 7,
             _DAYS_BEFORE_MONTH[m] + d + (m > 2 and _is_leap(y)), 0))

    def date(self):
        """Return date object with same year, month and day."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return time(self._hour, self._minute, self._second,
                    self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return time(self._hour, self._minute, self._second,
                    self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING,
                hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=True, *, fold=_MISSING):
        """Return datetime with new specified fields."""
        if year is _MISSING:
            year = self._year
        if month is _MISSING:
            month = self._month
        if day is _MISSING:
            day = self._day
        if hour is _MISSING:
            hour = self._hour
        if minute is _MISSING:
            minute = self._minute
        if second is _MISSING:
            second = self._second
        if microsecond is _MISSING:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is _MISSING:
            fold = self._fold
        elif fold != 0 and fold != 1:
            if type(fold) is not int:
                fold = _cint(fold)
            if fold != 0 and fold != 1:
                raise ValueError("fold must be either 0 or 1")
        if fold:
            return type(self)(year, month, day, hour, minute, second,
                              microsecond, tzinfo, fold=fold)
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo)

    def _local_timezone(self):
        # The local zone (as a fixed offset) for self's wall time.
        return _local_timezone_at(self._local_timestamp())

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        _check_tzinfo(tz)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
        elif mytz is tz:
            return self
        off = _call_utcoffset(mytz, self)
        if off is None:
            mytz = self._local_timezone()
            off = _call_utcoffset(mytz, self)
        utc = self - off
        utc = utc.replace(tzinfo=_UTC)
        if tz is None:
            tz = _local_timezone_at((utc - _EPOCH) // _ONE_SECOND)
        utc = utc.replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        wd = (_ymd2ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBRS[wd], _MONTH_ABBRS[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode "
                                "character, not str")
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % _tname(sep))
        s = "%04d-%02d-%02d%s%s" % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec, 2))
        if self._tzinfo is not None:
            s += _format_offset(self.utcoffset(), ":")
        return s

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d, %d, %d, %d" % (
                self._year, self._month, self._day, self._hour,
                self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d, %d, %d, %d" % (
                self._year, self._month, self._day, self._hour,
                self._minute, self._second)
        else:
            s = "%d, %d, %d, %d, %d" % (
                self._year, self._month, self._day, self._hour,
                self._minute)
        s = "%s(%s" % (_repr_prefix(self), s)
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(format, self.timetuple(), self._microsecond, self,
                         _self_arg)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _call_utcoffset(self._tzinfo, self)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _call_dst(self._tzinfo, self)

    # -- comparisons

    def _fields_key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _cmp(self, other, op):
        # op: 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == 0:
                    return False
                if op == 1:
                    return True
                _cmperror(self, other)
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            a = self._fields_key()
            b = other._fields_key()
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if o1 == o2:   # both naive, or the same offset
                a = self._fields_key()
                b = other._fields_key()
                if op < 2 and a == b and o1 is not None and \
                        self._pep495_exception(other, o1, o2):
                    return op == 1
            elif o1 is not None and o2 is not None:
                diff = self._to_us() - o1._to_us() - \
                    (other._to_us() - o2._to_us())
                if op < 2 and diff == 0 and \
                        self._pep495_exception(other, o1, o2):
                    return op == 1
                a = diff
                b = 0
            else:
                if op == 0:
                    return False
                if op == 1:
                    return True
                raise TypeError("can't compare offset-naive and "
                                "offset-aware datetimes")
        if op == 0:
            return a == b
        if op == 1:
            return a != b
        if op == 2:
            return a < b
        if op == 3:
            return a <= b
        if op == 4:
            return a > b
        return a >= b

    def _pep495_exception(self, other, o1, o2):
        # An interzone comparison of a time in a fold or gap is never equal.
        flip = self.replace(fold=not self._fold)
        if flip.utcoffset() != o1:
            return True
        flip = other.replace(fold=not other._fold)
        if flip.utcoffset() != o2:
            return True
        return False

    def _to_us(self):
        return ((_ymd2ord(self._year, self._month, self._day) * 86400
                 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def __eq__(self, other):
        return self._cmp(other, 0)

    def __ne__(self, other):
        return self._cmp(other, 1)

    def __lt__(self, other):
        return self._cmp(other, 2)

    def __le__(self, other):
        return self._cmp(other, 3)

    def __gt__(self, other):
        return self._cmp(other, 4)

    def __ge__(self, other):
        return self._cmp(other, 5)

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            if self._fold:
                t = self.replace(fold=0)
            else:
                t = self
            off = t.utcoffset()
            if off is None:
                h = hash(self._fields_key())
            else:
                h = hash(_delta_from_us(timedelta, t._to_us() - off._to_us()))
            self._hashcode = h
        return h

    # -- arithmetic

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._plus(other._days, other._seconds, other._microseconds)

    __radd__ = __add__

    def _plus(self, days, secs, us):
        # self + timedelta(days, secs, us), with |secs| < 86400 and
        # |us| < 1000000.
        us += self._microsecond
        secs += self._hour * 3600 + self._minute * 60 + self._second
        if us >= 1000000:
            us -= 1000000
            secs += 1
        elif us < 0:
            us += 1000000
            secs -= 1
        if secs >= 86400:
            secs -= 86400
            days += 1
        elif secs < 0:
            secs += 86400
            days -= 1
        if days:
            o = _ymd2ord(self._year, self._month, self._day) + days
            if not 0 < o <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(o)
        else:
            y, m, d = self._year, self._month, self._day
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        if type(self) is datetime:
            r = object.__new__(datetime)
            r._year = y
            r._month = m
            r._day = d
            r._hour = hh
            r._minute = mm
            r._second = ss
            r._microsecond = us
            r._tzinfo = self._tzinfo
            r._fold = 0
            r._hashcode = -1
            return r
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    def __sub__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return _delta_from_us(timedelta,
                                      self._to_us() - other._to_us())
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if (o1 is None) != (o2 is None):
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            us = self._to_us() - other._to_us()
            if o1 is not None and o1 != o2:
                us += o2._to_us() - o1._to_us()
            return _delta_from_us(timedelta, us)
        if isinstance(other, timedelta):
            return self._plus(-other._days, -other._seconds,
                              -other._microseconds)
        return NotImplemented

    # -- pickle

    def _getstate(self, protocol=3):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        b = bytes((self._year >> 8, self._year & 255, m, self._day,
                   self._hour, self._minute, self._second, us1, us2, us3))
        if self._tzinfo is None:
            return (b,)
        return (b, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __copy__(self):
        if type(self) is datetime:
            return self
        return type(self)(*self._getstate(4))

    def __deepcopy__(self, memo):
        return self.__copy__()


_date_class = date
_time_class = time


# ---------------------------------------------------------------------------
# timezone

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset=None, name=None):
        if offset is None:
            raise TypeError("timezone() missing required argument 'offset' "
                            "(pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime."
                            "timedelta, not %s" % _tname(offset))
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _tname(name))
        if name is None and not offset and cls is timezone:
            utc = _UTC
            if utc is not None:
                return utc
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24),"
                             " not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        """pickle support"""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        name = _repr_prefix(self)
        if self._name is None:
            return "%s(%r)" % (name, self._offset)
        return "%s(%r, %r)" % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance"
                        " or None, not %s" % _tname(dt))

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        if dt is None or isinstance(dt, datetime):
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance"
                        " or None, not %s" % _tname(dt))

    def dst(self, dt):
        """Return None."""
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError("dst(dt) argument must be a datetime instance"
                        " or None, not %s" % _tname(dt))

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if isinstance(dt, datetime):
            if dt._tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc: argument must be a datetime")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta, ":")


_UTC = None
_UTC = timezone._create(_ZERO)
timezone.utc = _UTC
UTC = _UTC
timezone.min = timezone._create(-_delta(0, 86340, 0))
timezone.max = timezone._create(_delta(0, 86340, 0))
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_ONE_SECOND = _delta(0, 1, 0)

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = _ONE_DAY
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta.resolution
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta.resolution

_PUBLIC = (date, datetime, time, timedelta, timezone, tzinfo)


# ---------------------------------------------------------------------------
# ISO 8601 parsing (CPython 3.11's accepted forms)

def _digits(s, i, n):
    # int value of the n ASCII digits at s[i:i+n], or -1.
    if i + n > len(s):
        return -1
    v = 0
    for k in range(i, i + n):
        c = s[k]
        if not "0" <= c <= "9":
            return -1
        v = v * 10 + (ord(c) - 48)
    return v


def _parse_iso_date(s, n):
    # s: the date part (n chars; may carry trailing characters, which
    # CPython ignores). Returns (y, m, d) or None; range checks are left
    # to the constructor, except for ISO week dates.
    year = _digits(s, 0, 4)
    if year < 0:
        return None
    i = 4
    sep = s[4:5] == "-"
    if sep:
        i += 1
    if s[i:i + 1] == "W":
        i += 1
        week = _digits(s, i, 2)
        if week < 0:
            return None
        i += 2
        if i < n:
            if sep:
                if s[i:i + 1] != "-":
                    return None
                i += 1
            day = _digits(s, i, 1)
            if day < 0:
                return None
        else:
            day = 1
        r = _iso_to_ymd(year, week, day)
        if isinstance(r, int):
            return None
        return r
    month = _digits(s, i, 2)
    if month < 0:
        return None
    i += 2
    if sep:
        if s[i:i + 1] != "-":
            return None
        i += 1
    day = _digits(s, i, 2)
    if day < 0:
        return None
    return year, month, day


def _iso_separator_pos(s):
    # Where the date part of a datetime string ends (the separator).
    n = len(s)
    if n == 7:
        return 7
    c4 = s[4:5]
    if c4 == "-":
        if s[5:6] == "W":
            if n < 8:
                return -1
            if n > 8 and s[8] == "-":
                if n == 9:
                    return -1
                if n > 10 and "0" <= s[10] <= "9":
                    return 8
                return 10
            return 8
        return 10
    if c4 == "W":
        idx = 7
        while idx < n and "0" <= s[idx] <= "9":
            idx += 1
        if idx < 9:
            return idx
        if idx % 2 == 0:
            return 7
        return 8
    return 8


def _parse_hms(s, p, end):
    # [HH[:?MM[:?SS[{.,}f+]]]] starting at s[p], the time part ending at
    # `end`.  Returns (code, h, m, s, us): code 0 when the text ends there,
    # 1 when more follows, < 0 on error.
    n = len(s)
    vals = [0, 0, 0]
    has_sep = True
    i = 0
    while i < 3:
        v = _digits(s, p, 2)
        if v < 0:
            return (-3,)
        vals[i] = v
        p += 2
        c = s[p] if p < n else ""
        p += 1
        if i == 0:
            has_sep = c == ":"
        if p >= end:
            return (0 if c == "" else 1, vals[0], vals[1], vals[2], 0)
        if has_sep and c == ":":
            i += 1
            continue
        if c == "." or c == ",":
            break
        if has_sep:
            return (-4,)
        p -= 1
        i += 1
    take = end - p
    if take > 6:
        take = 6
    us = _digits(s, p, take)
    if us < 0:
        return (-3,)
    us *= (1, 100000, 10000, 1000, 100, 10, 1)[take]
    p += take
    while p < n and "0" <= s[p] <= "9":
        p += 1
    return (0 if p >= n else 1, vals[0], vals[1], vals[2], us)


def _parse_iso_time(s):
    # Returns (h, m, s, us, tzinfo) or None.
    n = len(s)
    tzpos = 0
    while tzpos < n:
        c = s[tzpos]
        if c == "Z" or c == "+" or c == "-":
            break
        tzpos += 1
    if n == 0:
        tzpos = 0
        return None
    r = _parse_hms(s, 0, tzpos if tzpos < n else n)
    if r[0] < 0:
        return None
    if tzpos >= n:
        if r[0] == 1:
            return None
        return r[1], r[2], r[3], r[4], None
    if s[tzpos] == "Z":
        if tzpos + 1 != n:
            return None
        return r[1], r[2], r[3], r[4], _UTC
    sign = -1 if s[tzpos] == "-" else 1
    t = _parse_hms(s, tzpos + 1, n)
    if t[0] != 0:
        return None
    off = sign * (t[1] * 3600 + t[2] * 60 + t[3])
    tzus = sign * t[4]
    if off == 0 and tzus == 0:
        tz = _UTC
    else:
        tz = timezone(_delta_from_us(timedelta, off * 1000000 + tzus))
    return r[1], r[2], r[3], r[4], tz


# ---------------------------------------------------------------------------
# strptime (C locale)

_strptime_cache = {}
_re = None

_DIRECTIVE_RE = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": "(?P<A>wednesday|thursday|saturday|tuesday|friday|monday|sunday)",
    "a": "(?P<a>mon|tue|wed|thu|fri|sat|sun)",
    "B": ("(?P<B>september|february|november|december|january|october"
          "|august|april|march|june|july|may)"),
    "b": "(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "p": "(?P<p>am|pm)",
    "Z": "(?P<Z>utc|gmt)",
    "%": "%",
}
_DIRECTIVE_RE["W"] = _DIRECTIVE_RE["U"].replace("<U>", "<W>")
_EXPAND = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_SPECIAL = "\\.^$*+?(){}[]|"


def _strptime_pattern(fmt, user_fmt):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % user_fmt)
            d = fmt[i + 1]
            i += 2
            if d in _EXPAND:
                out.append(_strptime_pattern(_EXPAND[d], user_fmt))
            elif d in _DIRECTIVE_RE:
                out.append(_DIRECTIVE_RE[d])
            else:
                if d in _SPECIAL or d.isspace():
                    d = "%"
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (d, user_fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            if c in _SPECIAL:
                out.append("\\" + c)
            else:
                out.append(c)
            i += 1
    return "".join(out)


def _strptime_regex(fmt):
    global _re
    rx = _strptime_cache.get(fmt)
    if rx is None:
        if _re is None:
            import re
            _re = re
        rx = _re.compile(_strptime_pattern(fmt, fmt), _re.IGNORECASE)
        if len(_strptime_cache) > 100:
            _strptime_cache.clear()
        _strptime_cache[fmt] = rx
    return rx


def _strptime(data, fmt):
    for i, arg in ((1, data), (2, fmt)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (i, _tname(arg)))
    rx = _strptime_regex(fmt)
    m = rx.match(data)
    if m is None:
        raise ValueError("time data %r does not match format %r"
                         % (data, fmt))
    if m.end() != len(data):
        raise ValueError("unconverted data remains: %s" % data[m.end():])
    found = m.groupdict()
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    iso_week = week_of_year = None
    week_starts_mon = None
    weekday = julian = None
    for key in found:
        v = found[key]
        if v is None:
            continue
        if key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(v)
        elif key == "G":
            iso_year = int(v)
        elif key == "m":
            month = int(v)
        elif key == "B":
            month = _MONTH_NAMES.index(v.capitalize())
        elif key == "b":
            month = _MONTH_ABBRS.index(v.capitalize())
        elif key == "d":
            day = int(v)
        elif key == "H":
            hour = int(v)
        elif key == "I":
            hour = int(v)
            ampm = (found.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(v)
        elif key == "S":
            second = int(v)
        elif key == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif key == "A":
            weekday = _DAY_NAMES.index(v.capitalize())
        elif key == "a":
            weekday = _DAY_ABBRS.index(v.capitalize())
        elif key == "w":
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(v) - 1
        elif key == "j":
            julian = int(v)
        elif key == "U" or key == "W":
            week_of_year = int(v)
            week_starts_mon = key == "W"
        elif key == "V":
            iso_week = int(v)
        elif key == "z":
            z = v
            if z == "Z":
                gmtoff = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % v)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 + minutes) * 60 + seconds
                frac = z[8:]
                gmtoff_fraction = int(frac + "0" * (6 - len(frac))) if frac else 0
                if z[0] == "-":
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == "Z":
            tzname = v
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year "
                         "'%G' instead.")
    leap_default = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_default = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            first = date(year, 1, 1).weekday()
            wd = weekday
            if not week_starts_mon:
                first = (first + 1) % 7
                wd = (wd + 1) % 7
            if week_of_year == 0:
                julian = 1 + wd - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + wd
        elif iso_year is not None and iso_week is not None:
            o = (date(iso_year, 1, 4).isoweekday() + 3)
            julian = iso_week * 7 + weekday + 1 - o
            year = iso_year
            if julian < 1:
                julian += date(year, 1, 1).toordinal()
                year -= 1
                julian -= date(year, 1, 1).toordinal()
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        date(year, month, day)
    else:
        d = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = d._year, d._month, d._day
    if leap_default:
        year = 1900
    if gmtoff is not None:
        off = _delta_from_us(timedelta, gmtoff * 1000000 + gmtoff_fraction)
        if tzname:
            tz = timezone(off, tzname)
        else:
            tz = timezone(off)
    return (year, month, day, hour, minute, second, fraction), tz
