"""Unix shell-style filename matching (Spindle implementation).

fnmatch(name, pat), fnmatchcase(name, pat), filter(names, pat) and
translate(pat), which returns the same regular expression text as
CPython 3.11.  Patterns: * (any run), ? (one character), [seq], [!seq].
"""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_cache_bytes = {}


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _matcher(pat):
    if isinstance(pat, bytes):
        # matched as latin-1 text: the same result as a bytes pattern
        try:
            return _cache_bytes[pat]
        except KeyError:
            pass
        rx = re.compile(translate(pat.decode("ISO-8859-1"))).match
        if len(_cache_bytes) >= 32768:
            _cache_bytes.clear()
        _cache_bytes[pat] = rx
        return rx
    try:
        return _cache[pat]
    except KeyError:
        pass
    rx = re.compile(translate(pat)).match
    if len(_cache) >= 32768:
        _cache.clear()
    _cache[pat] = rx
    return rx


def _as_text(name, pat):
    if isinstance(pat, bytes):
        if not isinstance(name, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return name.decode("ISO-8859-1")
    if isinstance(name, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return name


def filter(names, pat):
    result = []
    pat = os.path.normcase(pat)
    match = _matcher(pat)
    for name in names:
        if match(_as_text(os.path.normcase(name), pat)):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    return _matcher(pat)(_as_text(name, pat)) is not None


def _bracket(body):
    """The regular expression for a [...] set whose inside is body
    (which may start with '!')."""
    if "-" not in body:
        stuff = body.replace("\\", "\\\\")
    else:
        # split at the hyphens that make ranges: not the first character
        # (after a '!'), and not one that just ended a range
        start = 2 if body[:1] == "!" else 1
        pieces = []
        last = 0
        k = body.find("-", start)
        while k >= 0:
            pieces.append(body[last:k])
            last = k + 1
            k = body.find("-", k + 3)
        tail = body[last:]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += "-"
        # a range running backwards matches nothing: drop it
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        stuff = "-".join(p.replace("\\", "\\\\").replace("-", "\\-") for p in pieces)
    # set operations that a future re may give meaning to
    for ch in "&~|":
        if ch in stuff:
            stuff = stuff.replace(ch, "\\" + ch)
    if not stuff:
        return "(?!)"
    if stuff == "!":
        return "."
    if stuff[0] == "!":
        stuff = "^" + stuff[1:]
    elif stuff[0] in "^[":
        stuff = "\\" + stuff
    return "[" + stuff + "]"


def translate(pat):
    """The regular expression (text) that matches what the shell pattern
    pat matches."""
    STAR = None
    pieces = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not pieces or pieces[-1] is not STAR:
                pieces.append(STAR)
        elif c == "?":
            pieces.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            j = pat.find("]", j)
            if j < 0:
                pieces.append("\\[")
            else:
                pieces.append(_bracket(pat[i:j]))
                i = j + 1
        else:
            pieces.append(re.escape(c))
    # Text between stars is matched lazily inside an atomic group, so that
    # many stars cannot make the match backtrack exponentially.
    out = []
    k = 0
    count = len(pieces)
    while k < count and pieces[k] is not STAR:
        out.append(pieces[k])
        k += 1
    while k < count:
        k += 1          # the star
        fixed = []
        while k < count and pieces[k] is not STAR:
            fixed.append(pieces[k])
            k += 1
        fixed = "".join(fixed)
        if k == count:
            out.append(".*" + fixed)
        else:
            out.append("(?>.*?" + fixed + ")")
    return "(?s:" + "".join(out) + ")\\Z"
