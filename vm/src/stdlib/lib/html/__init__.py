"""General functions for HTML manipulation."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;")  # must be done first
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references that HTML5 maps to other characters (the C1 range is
# read as windows-1252; NUL and CR have their own replacements).
_invalid_charrefs = {
    0x00: '\ufffd', 0x0d: '\r',
    0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192',
    0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
    0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039',
    0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f',
    0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c',
    0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014',
    0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
    0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
}


def _build_invalid_codepoints():
    cps = set(range(0x1, 0x9))
    cps.update(range(0xe, 0x20))
    cps.update(range(0x7f, 0xa0))
    cps.update(range(0xfdd0, 0xfdf0))
    cps.add(0xb)
    for plane in range(0x11):
        cps.add(plane * 0x10000 + 0xfffe)
        cps.add(plane * 0x10000 + 0xffff)
    return frozenset(cps)


_invalid_codepoints = _build_invalid_codepoints()
_html5 = None
_charref = None

_HEX = frozenset('0123456789abcdefABCDEF')
_DEC = frozenset('0123456789')
_NAME_STOP = frozenset('\t\n\f <&#;')


def _replace_charref(s):
    # s is the reference without its '&'
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    html5 = _html5
    if s in html5:
        return html5[s]
    # find the longest matching name (as defined by the standard)
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in html5:
            return html5[s[:x]] + s[x:]
    return '&' + s


def _match_ref(s, i, n):
    # Length of the character reference starting after the '&' at i-1,
    # following &(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)
    if i >= n:
        return 0
    c = s[i]
    if c == '#':
        j = i + 1
        if j < n and s[j] in 'xX':
            k = j + 1
            while k < n and s[k] in _HEX:
                k += 1
            if k > j + 1:
                if k < n and s[k] == ';':
                    k += 1
                return k - i
        k = j
        while k < n and s[k] in _DEC:
            k += 1
        if k == j:
            return 0
        if k < n and s[k] == ';':
            k += 1
        return k - i
    k = i
    stop = _NAME_STOP
    limit = min(n, i + 32)
    while k < limit and s[k] not in stop:
        k += 1
    if k == i:
        return 0
    if k < n and s[k] == ';':
        k += 1
    return k - i


def __getattr__(name):
    # html.entities is big: it is loaded on first use rather than at import
    if name == 'entities':
        import html.entities
        return html.entities
    raise AttributeError("module 'html' has no attribute %r" % (name,))


def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    global _html5
    if _html5 is None:
        from html.entities import html5
        _html5 = html5
    out = []
    n = len(s)
    pos = 0
    while True:
        amp = s.find('&', pos)
        if amp < 0:
            break
        m = _match_ref(s, amp + 1, n)
        if m == 0:
            out.append(s[pos:amp + 1])
            pos = amp + 1
            continue
        out.append(s[pos:amp])
        out.append(_replace_charref(s[amp + 1:amp + 1 + m]))
        pos = amp + 1 + m
    out.append(s[pos:])
    return ''.join(out)
