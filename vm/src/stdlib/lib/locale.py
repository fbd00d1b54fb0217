"""Locale services (Spindle): the C locale only, with UTF-8 text.

Same API as CPython 3.11's locale module.  setlocale() accepts only the
C / POSIX locales ('' and None included) and always reports 'C';
localeconv() describes the C locale (decimal point '.', no grouping);
getpreferredencoding() / getencoding() are 'UTF-8'.  The formatting
helpers (format_string, str, atof, atoi, localize, delocalize, currency)
behave as CPython's do under the C locale.
"""

import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str

# categories (glibc values)
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
_CATEGORIES = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY,
               LC_MESSAGES, LC_ALL)

CHAR_MAX = 127


class Error(Exception):
    pass


_C_NAMES = ('C', 'POSIX', 'C.UTF-8', 'C.utf8', 'C.UTF8', 'C.utf-8', '')


def setlocale(category, locale=None):
    """Set (or with locale None, query) the locale of a category.

    Only the C locale exists: 'C', 'POSIX', 'C.UTF-8' and '' (the
    environment's choice) select it; anything else raises Error.
    """
    if category not in _CATEGORIES:
        raise Error("locale query failed" if locale is None
                    else "unsupported locale setting")
    if locale is None:
        return 'C'
    if not isinstance(locale, _builtin_str):
        # an iterable (language code, encoding)
        locale = _build_localename(locale)
    if locale not in _C_NAMES:
        raise Error("unsupported locale setting")
    return 'C'


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def localeconv():
    """The C locale's numeric and monetary conventions (a new dict)."""
    return {
        'int_curr_symbol': '',
        'currency_symbol': '',
        'mon_decimal_point': '',
        'mon_thousands_sep': '',
        'mon_grouping': [],
        'positive_sign': '',
        'negative_sign': '',
        'int_frac_digits': CHAR_MAX,
        'frac_digits': CHAR_MAX,
        'p_cs_precedes': CHAR_MAX,
        'p_sep_by_space': CHAR_MAX,
        'n_cs_precedes': CHAR_MAX,
        'n_sep_by_space': CHAR_MAX,
        'p_sign_posn': CHAR_MAX,
        'n_sign_posn': CHAR_MAX,
        'decimal_point': '.',
        'thousands_sep': '',
        'grouping': [],
    }


def strcoll(a, b):
    """Compare two strings by the collation rules (code point order in C)."""
    if not isinstance(a, _builtin_str):
        raise TypeError("strcoll() argument 1 must be str, not %s"
                        % type(a).__name__)
    if not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument 2 must be str, not %s"
                        % type(b).__name__)
    return (a > b) - (a < b)


def strxfrm(s):
    """A key such that comparing keys = strcoll (the string itself in C)."""
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s"
                        % type(s).__name__)
    return s


# ---------------------------------------------------------------- number formatting

def _group(s, monetary=False):
    # Insert the thousands separator: none in the C locale (grouping []).
    conv = localeconv()
    thousands_sep = conv[monetary and 'mon_thousands_sep' or 'thousands_sep']
    grouping = conv[monetary and 'mon_grouping' or 'grouping']
    if not grouping:
        return (s, 0)
    stripped = s.rstrip()
    right_spaces = s[len(stripped):]
    s = stripped
    left_spaces = ''
    last_interval = None
    groups = []
    while s and grouping:
        group = grouping[0]
        if group == CHAR_MAX:
            break
        if group == 0:
            group = last_interval
        else:
            grouping = grouping[1:]
            last_interval = group
        if not s[-1].isdigit():
            left_spaces = s
            s = ''
            break
        groups.append(s[-group:])
        s = s[:-group]
    if s:
        groups.append(s)
    groups.reverse()
    return (left_spaces + thousands_sep.join(groups) + right_spaces,
            len(thousands_sep) * (len(groups) - 1))


def _strip_padding(s, amount):
    lpos = 0
    while amount and s[lpos] == ' ':
        lpos += 1
        amount -= 1
    rpos = len(s) - 1
    while amount and s[rpos] == ' ':
        rpos -= 1
        amount -= 1
    return s[lpos:rpos + 1]


def _localize(formatted, grouping=False, monetary=False):
    # Apply the decimal point and (optionally) digit grouping to a number
    # formatted the C way.
    conv = localeconv()
    if '.' in formatted:
        parts = formatted.split('.')
        seps = 0
        if grouping:
            parts[0], seps = _group(parts[0], monetary=monetary)
        point = conv[monetary and 'mon_decimal_point' or 'decimal_point']
        formatted = point.join(parts)
    else:
        seps = 0
        if grouping:
            formatted, seps = _group(formatted, monetary=monetary)
    if seps:
        formatted = _strip_padding(formatted, seps)
    return formatted


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


_CONVERSIONS = 'eEfFgGdiucrs%'
_MODIFIERS = '-#0123456789 +*.hlL'


def _directives(f):
    # The % directives of a format string: [(start, end, key or None,
    # modifiers, conversion)], like %(key)-10.3f.
    out = []
    i = 0
    n = len(f)
    while True:
        i = f.find('%', i)
        if i < 0 or i + 1 >= n:
            return out
        j = i + 1
        key = None
        if f[j] == '(':
            close = f.find(')', j + 1)
            if close < 0:
                i += 1
                continue
            key = f[j + 1:close]
            j = close + 1
        k = j
        while k < n and f[k] in _MODIFIERS and f[k] not in _CONVERSIONS:
            k += 1
        # (modifiers are matched lazily: the first conversion letter ends it)
        if k < n and f[k] in _CONVERSIONS:
            out.append((i, k + 1, key, f[j:k], f[k]))
            i = k + 1
        else:
            i += 1


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the locale's decimal point, and thousands grouping if asked.

    val is a single value, a tuple, or a mapping for %(name)s directives.
    """
    found = _directives(f)
    pieces = []
    last = 0
    for start, end, key, mods, conv in found:
        pieces.append(f[last:start])
        pieces.append('%s')
        last = end
    pieces.append(f[last:])
    new_f = ''.join(pieces)
    new_val = []
    if _is_mapping(val):
        for start, end, key, mods, conv in found:
            if conv == '%':
                new_val.append('%')
            else:
                new_val.append(_format(f[start:end], val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for start, end, key, mods, conv in found:
            if conv == '%':
                new_val.append('%')
            else:
                stars = mods.count('*')
                new_val.append(_format(f[start:end], val[i], grouping, monetary,
                                       *val[i + 1:i + 1 + stars]))
                i += 1 + stars
    return new_f % tuple(new_val)


def _is_mapping(val):
    if isinstance(val, dict):
        return True
    t = type(val)
    return (hasattr(t, 'keys') and hasattr(t, '__getitem__')
            and hasattr(t, 'items') and not isinstance(val, (tuple, _builtin_str)))


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format_string() for a single %char specifier."""
    import warnings
    warnings.warn(
        "This method will be removed in a future version of Python. "
        "Use 'locale.format_string()' instead.",
        DeprecationWarning, stacklevel=2)
    found = _directives(percent)
    if len(found) != 1 or found[0][0] != 0 or found[0][1] != len(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Format a number as currency: impossible in the C locale (ValueError)."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    s = _localize(f'{abs(val):.{digits}f}', grouping, monetary=True)
    s = '<' + s + '>'
    if symbol:
        smb = conv[international and 'int_curr_symbol' or 'currency_symbol']
        precedes = conv[val < 0 and 'n_cs_precedes' or 'p_cs_precedes']
        separated = conv[val < 0 and 'n_sep_by_space' or 'p_sep_by_space']
        if precedes:
            s = smb + (separated and ' ' or '') + s
        else:
            if international and smb[-1] == ' ':
                smb = smb[:-1]
            s = s + (separated and ' ' or '') + smb
    sign_pos = conv[val < 0 and 'n_sign_posn' or 'p_sign_posn']
    sign = conv[val < 0 and 'negative_sign' or 'positive_sign']
    if sign_pos == 0:
        s = '(' + s + ')'
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace('<', sign)
    elif sign_pos == 4:
        s = s.replace('>', sign)
    else:
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    """A float as str() would show it, with the locale's decimal point (%.12g)."""
    return _format("%.12g", val)


def delocalize(string):
    """Turn a localized number string into the C form (drop grouping, '.' point)."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Turn a C-form number string into the localized form."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """Parse a localized number string to a float (or with func)."""
    return func(delocalize(string))


def atoi(string):
    """Parse a localized integer string."""
    return int(delocalize(string))


# ---------------------------------------------------------------- names and encodings

def getencoding():
    """The encoding of the current locale: always UTF-8 here."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """The encoding used for text data: always UTF-8 here."""
    return 'UTF-8'


# A small part of the X11/glibc alias table: language -> default locale.
locale_alias = {
    'c': 'C',
    'c.ascii': 'C',
    'c.en': 'C',
    'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8',
    'en': 'en_US.ISO8859-1',
    'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1',
    'de': 'de_DE.ISO8859-1',
    'de_de': 'de_DE.ISO8859-1',
    'fr': 'fr_FR.ISO8859-1',
    'fr_fr': 'fr_FR.ISO8859-1',
    'es': 'es_ES.ISO8859-1',
    'es_es': 'es_ES.ISO8859-1',
    'it': 'it_IT.ISO8859-1',
    'it_it': 'it_IT.ISO8859-1',
    'nl': 'nl_NL.ISO8859-1',
    'nl_nl': 'nl_NL.ISO8859-1',
    'pt': 'pt_PT.ISO8859-1',
    'pt_br': 'pt_BR.ISO8859-1',
    'ja': 'ja_JP.eucJP',
    'ja_jp': 'ja_JP.eucJP',
    'zh_cn': 'zh_CN.gb2312',
    'ru': 'ru_RU.UTF-8',
    'ru_ru': 'ru_RU.UTF-8',
    'posix': 'C',
    'posix-utf2': 'C',
    'en_us.utf8': 'en_US.UTF-8',
    'utf-8': 'en_US.UTF-8',
    'de_de@euro': 'de_DE.ISO8859-15',
    'fr_fr@euro': 'fr_FR.ISO8859-15',
}

# encoding names as they appear in locale names
locale_encoding_alias = {
    '437': 'C',
    'c': 'C',
    'en': 'ISO8859-1',
    'jis': 'JIS7',
    'jis7': 'JIS7',
    'ajec': 'eucJP',
    'koi8c': 'KOI8-C',
    'microsoftcp1251': 'CP1251',
    'microsoftcp1255': 'CP1255',
    'microsoftcp1256': 'CP1256',
    '88591': 'ISO8859-1',
    '88592': 'ISO8859-2',
    '88595': 'ISO8859-5',
    '885915': 'ISO8859-15',
    'ascii': 'ISO8859-1',
    'latin_1': 'ISO8859-1',
    'iso8859_1': 'ISO8859-1',
    'iso8859_10': 'ISO8859-10',
    'iso8859_11': 'ISO8859-11',
    'iso8859_13': 'ISO8859-13',
    'iso8859_14': 'ISO8859-14',
    'iso8859_15': 'ISO8859-15',
    'iso8859_16': 'ISO8859-16',
    'iso8859_2': 'ISO8859-2',
    'iso8859_3': 'ISO8859-3',
    'iso8859_4': 'ISO8859-4',
    'iso8859_5': 'ISO8859-5',
    'iso8859_6': 'ISO8859-6',
    'iso8859_7': 'ISO8859-7',
    'iso8859_8': 'ISO8859-8',
    'iso8859_9': 'ISO8859-9',
    'iso2022_jp': 'JIS7',
    'shift_jis': 'SJIS',
    'tactis': 'TACTIS',
    'euc_jp': 'eucJP',
    'euc_kr': 'eucKR',
    'utf_8': 'UTF-8',
    'koi8_r': 'KOI8-R',
    'koi8_t': 'KOI8-T',
    'koi8_u': 'KOI8-U',
    'kz1048': 'RK1048',
    'cp1251': 'CP1251',
    'cp1255': 'CP1255',
    'cp1256': 'CP1256',
}

windows_locale = {}


def _normalize_encoding_name(encoding):
    # codec-style normalization: lower case, punctuation runs -> '_'
    out = []
    punct = False
    for c in encoding.lower():
        if c.isalnum() or c == '.':
            if punct and out:
                out.append('_')
            out.append(c)
            punct = False
        else:
            punct = True
    return ''.join(out)


_ENCODING_NAMES = {'utf8': 'utf_8', 'utf_8': 'utf_8', 'latin1': 'latin_1',
                   'latin_1': 'latin_1', 'iso88591': 'iso8859_1',
                   'iso8859_1': 'iso8859_1', 'iso_8859_1': 'iso8859_1',
                   'ascii': 'ascii', 'us_ascii': 'ascii'}


def normalize(localename):
    """A locale name in the form language_TERRITORY.ENCODING[@modifier].

    Uses a small alias table (unknown names come back unchanged, as in
    CPython).
    """
    code, _, modifier = localename.lower().replace(':', '.').partition('@')
    parts = code.split('.')
    langname = parts[0]
    encoding = parts[1] if len(parts) > 1 else ''
    squeezed = encoding.replace('-', '').replace('_', '')
    lang_enc = langname + '.' + squeezed if encoding else langname
    suffix = '@' + modifier if modifier else ''
    # 1. the whole name
    found = locale_alias.get(lang_enc + suffix)
    if found is not None:
        return found
    # 2. without the modifier, which is then added back
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return _append_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    # 3. the language alone, with the requested encoding put in
    if encoding:
        found = locale_alias.get(langname + suffix)
        if found is not None:
            base, at, mod = found.partition('@')
            return _replace_encoding(base, encoding) + at + mod
    return localename


def _replace_encoding(code, encoding):
    if '.' in code:
        langname = code[:code.index('.')]
    else:
        langname = code
    norm_encoding = _normalize_encoding_name(encoding)
    norm_encoding = _ENCODING_NAMES.get(norm_encoding.replace('.', '_'),
                                        norm_encoding)
    encoding = norm_encoding
    norm_encoding = norm_encoding.lower()
    if norm_encoding in locale_encoding_alias:
        encoding = locale_encoding_alias[norm_encoding]
    else:
        norm_encoding = norm_encoding.replace('_', '').replace('-', '')
        if norm_encoding in locale_encoding_alias:
            encoding = locale_encoding_alias[norm_encoding]
    return langname + '.' + encoding


def _append_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        _, _, encoding = code.partition('.')
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of a category: (None, None) for C."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated: (language code, encoding) from the environment variables."""
    import warnings
    warnings.warn(
        "Use setlocale(), getencoding() and getlocale() instead",
        DeprecationWarning, stacklevel=2)
    return _getdefaultlocale(envvars)


def _getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    try:
        import os
        environ = os.environ
    except (ImportError, AttributeError):
        environ = {}
    localename = 'C'
    for variable in envvars:
        value = environ.get(variable)
        if value:
            if variable == 'LANGUAGE':
                value = value.split(':')[0]
            localename = value
            break
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """Deprecated: set the category to the default (environment) locale."""
    import warnings
    warnings.warn(
        'Use locale.setlocale(locale.LC_ALL, "") instead',
        DeprecationWarning, stacklevel=2)
    try:
        loc = _build_localename(_getdefaultlocale())
    except ValueError:
        loc = 'C'
    if loc not in _C_NAMES:
        loc = 'C'
    setlocale(category, loc)


# ---------------------------------------------------------------- nl_langinfo

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
AM_STR = 131110
PM_STR = 131111
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
_DAYS = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
         'Saturday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December')
_LANGINFO = {
    CODESET: 'UTF-8', RADIXCHAR: '.', THOUSEP: '', CRNCYSTR: '-',
    YESEXPR: '^[yY]', NOEXPR: '^[nN]',
    D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
    T_FMT_AMPM: '%I:%M:%S %p', AM_STR: 'AM', PM_STR: 'PM',
    ERA: '', ERA_D_FMT: '', ALT_DIGITS: '', ERA_D_T_FMT: '', ERA_T_FMT: '',
}
DAY_1 = 131079
ABDAY_1 = 131072
DAY_2 = 131080
ABDAY_2 = 131073
DAY_3 = 131081
ABDAY_3 = 131074
DAY_4 = 131082
ABDAY_4 = 131075
DAY_5 = 131083
ABDAY_5 = 131076
DAY_6 = 131084
ABDAY_6 = 131077
DAY_7 = 131085
ABDAY_7 = 131078
MON_1 = 131098
ABMON_1 = 131086
MON_2 = 131099
ABMON_2 = 131087
MON_3 = 131100
ABMON_3 = 131088
MON_4 = 131101
ABMON_4 = 131089
MON_5 = 131102
ABMON_5 = 131090
MON_6 = 131103
ABMON_6 = 131091
MON_7 = 131104
ABMON_7 = 131092
MON_8 = 131105
ABMON_8 = 131093
MON_9 = 131106
ABMON_9 = 131094
MON_10 = 131107
ABMON_10 = 131095
MON_11 = 131108
ABMON_11 = 131096
MON_12 = 131109
ABMON_12 = 131097
for _i, _name in enumerate(_DAYS):
    _LANGINFO[131079 + _i] = _name
    _LANGINFO[131072 + _i] = _name[:3]
for _i, _name in enumerate(_MONTHS):
    _LANGINFO[131098 + _i] = _name
    _LANGINFO[131086 + _i] = _name[:3]
del _i, _name


def nl_langinfo(key):
    """A string of the C locale's conventions (CODESET is UTF-8)."""
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError("unsupported langinfo constant") from None
