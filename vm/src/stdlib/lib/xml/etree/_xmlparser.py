"""The XML parser behind xml.etree.ElementTree.XMLParser (Spindle).

expat is not available, so this is a parser written in Python: it checks
well-formedness the way expat does (the same error messages, codes and
line/column positions, found in the same order), handles namespaces,
CDATA, character and entity references, an internal DTD subset (general
entities and attribute defaults), encodings declared in the document, and
incremental feeding.  Imported the first time an XMLParser is made, so
that building and writing trees does not pay for compiling it.
"""

import re

from xml.etree.ElementTree import ParseError, TreeBuilder

_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XMLNS_NS = "http://www.w3.org/2000/xmlns/"

# Names as expat knows them: letters and '_' to start, then letters,
# digits, '.', '-' and the middle dot (':' separates a prefix).
_NCNAME = r"[^\W\d][\w.\-\xb7]*"
_QNAME = "%s(?::%s)?" % (_NCNAME, _NCNAME)
_S = "[ \t\n]"

_start_tag_re = re.compile(
    r"<(%s)((?:%s+%s%s*=%s*(?:\"[^<\"]*\"|'[^<']*'))*)%s*(/?)>"
    % (_QNAME, _S, _QNAME, _S, _S, _S))
_attr_re = re.compile(
    r"(%s)%s*=%s*(?:\"([^<\"]*)\"|'([^<']*)')" % (_QNAME, _S, _S))
_end_tag_re = re.compile(r"</(%s)%s*>" % (_QNAME, _S))
_name_re = re.compile(_NCNAME)
_bad_char_re = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_decl_re = re.compile(
    r"<\?xml(%s+version%s*=%s*(\"[^\"]*\"|'[^']*'))?"
    r"(%s+encoding%s*=%s*(\"[^\"]*\"|'[^']*'))?"
    r"(%s+standalone%s*=%s*(\"[^\"]*\"|'[^']*'))?%s*\?>"
    % ((_S,) * 10))

def _version_bad(v):
    for k in range(len(v)):
        c = v[k]
        if not (c.isascii() and (c.isalnum() or c in "_.:-")):
            return k
    return -1 if v else 0


def _encoding_bad(v):
    if not v or not (v[0].isascii() and v[0].isalpha()):
        return 0
    for k in range(1, len(v)):
        c = v[k]
        if not (c.isascii() and (c.isalnum() or c in "._-")):
            return k
    return -1


def _standalone_bad(v):
    return -1 if v in ("yes", "no") else 0


_decl_encoding_re = re.compile(
    "encoding[ \t\r\n]*=[ \t\r\n]*(?:\"([^\"]*)\"|'([^']*)')")

_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}

_MESSAGES = {
    2: "syntax error",
    3: "no element found",
    4: "not well-formed (invalid token)",
    5: "unclosed token",
    7: "mismatched tag",
    8: "duplicate attribute",
    9: "junk after document element",
    11: "undefined entity",
    12: "recursive entity reference",
    14: "reference to invalid character number",
    17: "XML or text declaration not at start of entity",
    18: "unknown encoding",
    20: "unclosed CDATA section",
    27: "unbound prefix",
    28: "must not undeclare prefix",
    30: "XML declaration not well-formed",
    36: "parsing finished",
    38: "reserved prefix (xml) must not be undeclared or bound to another "
        "namespace name",
    39: "reserved prefix (xmlns) must not be declared or undeclared",
    40: "prefix must not be bound to one of the reserved namespace names",
}

_WS = " \t\n"
_DECL_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"

# parser states
_PROLOG, _CONTENT, _EPILOG = 0, 1, 2


class _Incomplete(Exception):
    """A token runs past the end of the data fed so far."""


def _is_name_start(c):
    return c.isalpha() or c == "_"


def _is_name_char(c):
    return c.isalnum() or c in "_-.\xb7"


def _valid_char(code):
    if code < 0x20:
        return code in (9, 10, 13)
    return code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def _first_undecodable(raw, codec):
    """The offset of the first byte codec cannot decode (for VMs whose
    UnicodeDecodeError lacks .start)."""
    n = len(raw)
    if codec != "utf-8":
        for k in range(n):
            try:
                raw[k:k + 1].decode(codec)
            except UnicodeDecodeError:
                return k
        return n
    i = 0
    while i < n:
        b = raw[i]
        if b < 0x80:
            i += 1
            continue
        if 0xC2 <= b <= 0xDF:
            need, lo, hi = 1, 0x80, 0xBF
        elif 0xE0 <= b <= 0xEF:
            need = 2
            lo = 0xA0 if b == 0xE0 else 0x80
            hi = 0x9F if b == 0xED else 0xBF
        elif 0xF0 <= b <= 0xF4:
            need = 3
            lo = 0x90 if b == 0xF0 else 0x80
            hi = 0x8F if b == 0xF4 else 0xBF
        else:
            return i
        if i + need >= n:
            return i
        if not lo <= raw[i + 1] <= hi:
            return i
        for k in range(i + 2, i + need + 1):
            if not 0x80 <= raw[k] <= 0xBF:
                return i
        i += need + 1
    return n


def _canonical_codec(name):
    low = name.lower().replace("_", "-")
    if low in ("utf-8", "utf8"):
        return "utf-8"
    if low in ("us-ascii", "ascii"):
        return "ascii"
    if low in ("iso-8859-1", "latin-1", "latin1", "iso8859-1", "l1"):
        return "latin-1"
    b"".decode(name)  # LookupError for an unknown codec
    return name


class _Engine:
    """The parser's state and tokenizer; owner is the XMLParser (whose
    .entity maps names of entities an external DTD would define)."""

    def __init__(self, owner, target, encoding):
        self._owner = owner
        self._override = encoding
        self._h_start = getattr(target, "start", None)
        self._h_end = getattr(target, "end", None)
        self._h_data = getattr(target, "data", None)
        self._h_comment = getattr(target, "comment", None)
        self._h_pi = getattr(target, "pi", None)
        self._h_start_ns = getattr(target, "start_ns", None)
        self._h_end_ns = getattr(target, "end_ns", None)
        self._h_doctype = getattr(target, "doctype", None)
        self._h_close = getattr(target, "close", None)
        # expat hands a custom target its text a line at a time
        self._split_data = type(target) is not TreeBuilder
        self._events = None
        self._ev_start = self._ev_end = False
        self._ev_comment = self._ev_pi = False
        # input
        self._raw = b""
        self._codec = None
        self._buf = ""
        self._pos = 0
        self._cr = False
        self._badpos = -1
        self._lines = 0
        self._col0 = 0
        self._started = False
        # document state
        self._state = _PROLOG
        self._stack = []
        self._ns = {"xml": _XML_NS}
        self._ns_used = False
        self._text = []
        self._doctype_seen = False
        self._entities = {}
        self._ext_dtd = False
        self._defaults = {}
        self._finished = False
        self._error = None

    # -- events

    def _setevents(self, events_queue, events_to_report):
        self._events = events_queue
        for name in events_to_report:
            if name == "start":
                self._ev_start = True
            elif name == "end":
                self._ev_end = True
            elif name == "start-ns":
                self._ev_start_ns = True
            elif name == "end-ns":
                self._ev_end_ns = True
            elif name == "comment":
                self._ev_comment = True
            elif name == "pi":
                self._ev_pi = True
            else:
                raise ValueError("unknown event %r" % (name,))

    _ev_start_ns = False
    _ev_end_ns = False

    # -- input

    def feed(self, data):
        if not isinstance(data, (str, bytes)):
            try:
                data = bytes(memoryview(data))
            except Exception:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(data).__name__) from None
        if self._error is not None:
            raise self._error
        if self._finished:
            self._raise(36, self._end_position())
        if isinstance(data, str):
            text = data
        else:
            text = self._decode(data, False)
        self._add(text, False)
        self._run(False)

    def close(self):
        if self._error is not None:
            raise self._error
        if self._finished:
            self._raise(36, self._end_position())
        self._add(self._decode(b"", True) if self._raw else "", True)
        self._run(True)
        self._finished = True
        if self._h_close is not None:
            return self._h_close()
        return None

    def _parse_whole(self, file):
        while True:
            data = file.read(65536)
            if not data:
                break
            self.feed(data)
        return self.close()

    def _decode(self, data, final):
        raw = self._raw + data if self._raw else data
        codec = self._codec
        if codec is None:
            # (a UTF-8 byte order mark stays: expat counts it as a column)
            if self._override:
                codec = self._override
            elif raw[:3] == b"\xef\xbb\xbf":
                codec = "utf-8"
            elif raw[:2] == b"\xff\xfe":
                codec = "utf-16-le"
                raw = raw[2:]
            elif raw[:2] == b"\xfe\xff":
                codec = "utf-16-be"
                raw = raw[2:]
            elif raw[:5] == b"<?xml":
                end = raw.find(b"?>")
                if end < 0 and not final:
                    self._raw = raw
                    return ""
                head = (raw[:end] if end >= 0 else raw).decode("latin-1")
                m = _decl_encoding_re.search(head)
                codec = (m.group(1) or m.group(2)) if m else "utf-8"
                if _encoding_bad(codec) >= 0:
                    codec = "utf-8"     # the declaration is reported bad
            elif len(raw) < 5 and b"<?xml"[:len(raw)] == raw and not final:
                self._raw = raw
                return ""
            else:
                codec = "utf-8"
            codec = _canonical_codec(codec)
            self._codec = codec
        self._raw = b""
        cut = len(raw)
        if codec == "utf-8" and not final:
            # keep back an incomplete multi-byte sequence at the end
            k = cut - 1
            while k >= 0 and k >= cut - 3 and 0x80 <= raw[k] < 0xC0:
                k -= 1
            if k >= 0 and raw[k] >= 0xC0:
                lead = raw[k]
                need = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
                if k + need > cut:
                    cut = k
        elif codec.startswith("utf-16") and not final and cut % 2:
            cut -= 1
        if cut < len(raw):
            self._raw = raw[cut:]
            raw = raw[:cut]
        try:
            return raw.decode(codec)
        except UnicodeDecodeError as exc:
            # the bytes before the bad one parse; the bad one is an error
            # when the parser gets there (NUL is never valid XML)
            start = getattr(exc, "start", None)
            if start is None:
                start = _first_undecodable(raw, codec)
            return raw[:start].decode(codec) + "\x00"

    def _add(self, text, final):
        if self._badpos >= 0:
            return
        if self._cr:
            text = "\r" + text
            self._cr = False
        if text and text[-1] == "\r" and not final:
            text = text[:-1]
            self._cr = True
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not self._started and text:
            self._started = True
        buf = self._buf
        pos = self._pos
        if pos > 32768:
            # forget what has been parsed, keeping the line count
            done = buf[:pos]
            nl = done.count("\n")
            if nl:
                self._lines += nl
                self._col0 = pos - done.rfind("\n") - 1
            else:
                self._col0 += pos
            buf = buf[pos:]
            self._pos = 0
        m = _bad_char_re.search(text)
        if m is not None:
            self._badpos = len(buf) + m.start()
            text = text[:m.start() + 1]
        self._buf = buf + text if buf else text

    # -- positions and errors

    def _position(self, p):
        buf = self._buf
        nl = buf.count("\n", 0, p)
        if nl:
            return self._lines + nl + 1, p - buf.rfind("\n", 0, p) - 1
        return self._lines + 1, self._col0 + p

    def _end_position(self):
        return self._position(len(self._buf))

    def _raise(self, code, where, message=None):
        if isinstance(where, int):
            where = self._position(where)
        # text read before the error has been reported, as expat does
        if self._text and self._error is None:
            self._error = True
            try:
                self._flush_text()
            finally:
                self._error = None
        line, column = where
        if message is None:
            message = _MESSAGES.get(code, "error %d" % code)
        err = ParseError("%s: line %d, column %d" % (message, line, column))
        err.code = code
        err.position = (line, column)
        self._error = err
        raise err

    # -- the tokenizer

    def _run(self, final):
        s = self._buf
        bad = self._badpos
        n = bad if bad >= 0 else len(s)
        i = self._pos
        try:
            while i < n:
                state = self._state
                c = s[i]
                if c == "<":
                    i = self._markup(s, i, n, state)
                elif state == _CONTENT:
                    if c == "&":
                        i = self._reference(s, i, n)
                    else:
                        i = self._chars(s, i, n, final and bad < 0)
                else:
                    i = self._outside(s, i, n, state, final and bad < 0)
                self._pos = i
        except _Incomplete as exc:
            if bad >= 0:
                self._flush_text()
                self._raise(4, bad)
            if final:
                self._flush_text()
                if exc.args:
                    # inside a DOCTYPE: a partial token there, or none
                    if exc.args[0] is None:
                        self._raise(3, n)
                    self._raise(5, exc.args[0])
                self._unclosed(s, i, n)
            self._flush_text_partial()
            return
        if bad >= 0:
            self._flush_text()
            self._raise(4, bad)
        if final:
            self._flush_text()
            if self._state != _EPILOG:
                self._raise(3, n)
        else:
            self._flush_text_partial()

    def _unclosed(self, s, i, n):
        if s.startswith("<![CDATA[", i):
            # expat has handed over the section's text already
            text = s[i + 9:n]
            if text:
                if self._split_data:
                    self._data_lines(text)
                else:
                    self._text.append(text)
            self._raise(20, n)
        self._raise(5, i)

    def _outside(self, s, i, n, state, final):
        """Text in the prolog or after the root element: whitespace is
        skipped; anything else is an error, found the way expat's prolog
        tokenizer finds it (an invalid token at the first bad character,
        else a syntax error, or junk after the root, at the token)."""
        j = i
        while j < n and s[j] in _WS:
            j += 1
        if j > i:
            return j
        if s[i] == "\ufeff" and i == 0 and self._lines == 0 and self._col0 == 0:
            return 1    # a byte order mark (it counts as a column)
        # after the root, expat reports a name that reaches the end of the
        # data fed so far at once
        bad = self._prolog_token_error(s, i, n, final or state == _EPILOG)
        if bad is not None:
            self._raise(4, bad)
        self._raise(9 if state == _EPILOG else 2, i)

    def _prolog_token_error(self, s, i, n, final):
        """Scans the prolog token at s[i] (not markup, not space): the
        position of an invalid character, or None for a well-formed token;
        _Incomplete when the data ends inside it."""
        kind, end = self._ptok(s, i, n, final)
        return end if kind == "bad" else None

    def _ptok(self, s, i, n, final):
        """One token of expat's prolog tokenizer at s[i] (not '<', not
        space): (kind, end), or ("bad", position of the invalid char)."""
        c = s[i]
        p = i + 1
        if c == '"' or c == "'":
            e = s.find(c, p, n)
            if e < 0:
                raise _Incomplete
            p = e + 1
            if p >= n:
                return ("lit", p) if final else self._need_more()
            return ("lit", p) if s[p] in " \t\n>%[" else ("bad", p)
        if c == "%":
            if p >= n:
                return ("punct", p) if final else self._need_more()
            if s[p] in " \t\n%":
                return "punct", p
            if not _is_name_start(s[p]):
                return "bad", p
            p += 1
            while p < n and _is_name_char(s[p]):
                p += 1
            if p >= n:
                raise _Incomplete
            return ("pe", p + 1) if s[p] == ";" else ("bad", p)
        if c in ",[|>(":
            return c, p
        if c == "]":
            if p < n and s[p] == "]":
                if p + 1 >= n:
                    raise _Incomplete
                if s[p + 1] == ">":
                    return "]]>", p + 2
            return "]", p
        if c == ")":
            if p >= n:
                return (")", p) if final else self._need_more()
            if s[p] in "?*+":
                return ")", p + 1
            return (")", p) if s[p] in " \t\n|,)>" else ("bad", p)
        if c == "#":
            if p >= n:
                raise _Incomplete
            if not _is_name_start(s[p]):
                return "bad", p
            kind = "pound"
        elif _is_name_start(c):
            kind = "name"
        elif _is_name_char(c) or c == ":":
            kind = "nmtoken"
        else:
            return "bad", i
        prefixed = False
        while p < n:
            ch = s[p]
            if ch in " \t\n>),|[%":
                return kind, p
            if ch == ":":
                p += 1
                if kind == "name" and not prefixed:
                    prefixed = True
                    if p >= n:
                        raise _Incomplete
                    if not _is_name_char(s[p]):
                        kind = "nmtoken"
                continue
            if ch in "+*?":
                return ("bad", p) if kind != "name" else ("name" + ch, p + 1)
            if not _is_name_char(ch):
                return "bad", p
            p += 1
        if self._badpos == n:
            return "bad", n     # the name runs into a character XML forbids
        # a name at the end of the data is complete only at the end
        return (kind, p) if final else self._need_more()

    def _decl_token(self, s, p, n):
        """The next token of a markup declaration in the internal subset,
        after spaces: (kind, start, end); invalid tokens raise."""
        p = self._skip_ws(s, p, n)
        if s[p] == "<":
            if p + 1 >= n:
                raise _Incomplete(p)
            if s[p + 1] in "!?" or _is_name_start(s[p + 1]):
                return "<", p, p + 1
            self._raise(4, p + 1)
        try:
            kind, end = self._ptok(s, p, n, False)
        except _Incomplete as exc:
            if exc.args:
                raise
            raise _Incomplete(p) from None
        if kind == "bad":
            self._raise(4, end)
        return kind, p, end

    def _unexpected(self, s, p, n):
        """A token the grammar does not allow at s[p]: an invalid token at
        its bad character, else a syntax error at the token."""
        kind, start, end = self._decl_token(s, p, n)
        self._raise(2, start)

    def _need_more(self):
        # a token that is complete if no more data comes
        raise _Incomplete(None)

    def _markup(self, s, i, n, state):
        if i + 1 >= n:
            raise _Incomplete
        c = s[i + 1]
        if c == "/":
            if state != _CONTENT:
                self._raise(4, i + 1)
            return self._end_tag(s, i, n)
        if c == "!":
            return self._bang(s, i, n, state)
        if c == "?":
            return self._pi(s, i, n, state)
        if not _is_name_start(c):
            self._raise(4, i + 1)
        if state == _EPILOG:
            self._raise(9, i)
        return self._start_tag(s, i, n)

    # -- character data

    def _chars(self, s, i, n, final):
        j = s.find("<", i, n)
        if j < 0:
            j = n
        k = s.find("&", i, j)
        if k >= 0:
            j = k
        text = s[i:j]
        if "]]>" in text:
            k = text.index("]]>")
            nl = text.rfind("\n", 0, k)
            if nl >= 0 and self._split_data:
                self._data_lines(text[:nl + 1])
            self._raise(4, i + k + 2)
        if j == n and text[-1:] == "]" and not final:
            # a ']]>' may be split across feeds: wait for more data
            text = text.rstrip("]")
            j = i + len(text)
            if not text:
                raise _Incomplete
        if self._split_data:
            self._data_lines(text)
        else:
            self._text.append(text)
        return j

    def _data_lines(self, text):
        # expat reports each line, and each newline, separately
        out = self._text
        while True:
            k = text.find("\n")
            if k < 0:
                if text:
                    out.append(text)
                return
            if k:
                out.append(text[:k])
            out.append("\n")
            text = text[k + 1:]

    def _flush_text(self):
        text = self._text
        if text:
            self._text = []
            handler = self._h_data
            if handler is None or self._state != _CONTENT:
                return
            if self._split_data:
                for t in text:
                    handler(t)
            else:
                handler(text[0] if len(text) == 1 else "".join(text))

    _flush_text_partial = _flush_text

    def _reference(self, s, i, n):
        value, j = self._ref_value(s, i, n, False)
        if value is not None:
            self._text.append(value)
        return j

    def _ref_end(self, s, i, n):
        """Checks the syntax of the reference at s[i] == '&': its end."""
        p = i + 1
        if p >= n:
            raise _Incomplete
        c = s[p]
        if c == "#":
            p += 1
            if p >= n:
                raise _Incomplete
            if s[p] == "x":
                p += 1
                digits = "0123456789abcdefABCDEF"
            else:
                digits = "0123456789"
            q = p
            while q < n and s[q] in digits:
                q += 1
            if q >= n:
                raise _Incomplete
            if q == p or s[q] != ";":
                self._raise(4, q)
            return q + 1
        if not _is_name_start(c):
            self._raise(4, p)
        q = _name_re.match(s, p, n).end()
        if q >= n:
            raise _Incomplete
        if s[q] != ";":
            self._raise(4, q)
        return q + 1

    def _ref_value(self, s, i, n, in_attr):
        """Expands the reference at s[i] == '&': (text, end)."""
        p = i + 1
        if p >= n:
            raise _Incomplete
        c = s[p]
        if c == "#":
            p += 1
            if p >= n:
                raise _Incomplete
            if s[p] == "x":
                p += 1
                digits = "0123456789abcdefABCDEF"
                base = 16
            else:
                digits = "0123456789"
                base = 10
            q = p
            while q < n and s[q] in digits:
                q += 1
            if q >= n:
                raise _Incomplete
            if q == p or s[q] != ";":
                self._raise(4, q)
            code = int(s[p:q], base)
            if not _valid_char(code):
                self._raise(14, i)
            return chr(code), q + 1
        if not _is_name_start(c):
            self._raise(4, p)
        m = _name_re.match(s, p, n)
        q = m.end()
        if q >= n:
            raise _Incomplete
        if s[q] != ";":
            self._raise(4, q)
        name = s[p:q]
        value = _PREDEFINED.get(name)
        if value is not None:
            return value, q + 1
        value = self._entities.get(name)
        if value is not None:
            return self._expand_entity(name, value, i, in_attr, ()), q + 1
        if self._ext_dtd and not in_attr:
            if name in self._owner.entity:
                return self._owner.entity[name], q + 1
            self._flush_text()
            self._raise(11, i, "undefined entity &%s;" % name)
        if in_attr:
            raise _UndefinedInAttribute
        self._raise(11, i)

    def _expand_entity(self, name, value, where, in_attr, active):
        if name in active:
            self._raise(12, where)
        if "&" not in value:
            return value
        out = []
        i = 0
        n = len(value)
        while i < n:
            k = value.find("&", i)
            if k < 0:
                out.append(value[i:])
                break
            out.append(value[i:k])
            e = value.find(";", k)
            ref = value[k + 1:e]
            if ref in _PREDEFINED:
                out.append(_PREDEFINED[ref])
            elif ref in self._entities:
                out.append(self._expand_entity(ref, self._entities[ref], where,
                                               in_attr, active + (name,)))
            elif in_attr:
                raise _UndefinedInAttribute
            else:
                self._raise(11, where)
            i = e + 1
        return "".join(out)

    # -- tags

    def _start_tag(self, s, i, n):
        m = _start_tag_re.match(s, i, n)
        if m is not None and "&" not in m.group(2):
            tag = m.group(1)
            raw = m.group(2)
            empty = m.group(3)
            end = m.end()
            attrs = {}
            if raw:
                count = 0
                for name, v1, v2 in _attr_re.findall(raw):
                    v = v1 or v2
                    if "\n" in v or "\t" in v:
                        v = v.replace("\n", " ").replace("\t", " ")
                    attrs[name] = v
                    count += 1
                if count != len(attrs):
                    tag, attrs, end, empty = self._checked_start_tag(s, i, n)
        else:
            tag, attrs, end, empty = self._checked_start_tag(s, i, n)
        if self._state == _PROLOG:
            self._state = _CONTENT
        elif self._state == _EPILOG:
            self._raise(9, i)
        self._open(tag, attrs, i, empty)
        if empty:
            self._close_element(i)
        return end

    def _checked_start_tag(self, s, i, n):
        """The careful path for a start tag: read it whole, then check its
        attributes in order (a repeated name, a bad namespace declaration),
        as expat does."""
        tag, items, end, empty = self._scan_start_tag(s, i, n)
        if self._text:
            self._flush_text()
        attrs = {}
        undo = None
        declared = []
        try:
            for name, value, pos, vpos in items:
                if name in attrs:
                    self._raise(8, pos)
                value = self._attr_value(value, vpos, i)
                attrs[name] = value
                if name == "xmlns":
                    undo = self._bind("", value, i, undo)
                    declared.append(name)
                elif name[:6] == "xmlns:":
                    undo = self._bind(name[6:], value, i, undo)
                    declared.append(name)
        except ParseError:
            if empty:
                self._unbind(undo)
            raise
        for name in declared:
            del attrs[name]
        if undo is not None:
            self._pending_undo = undo
        return tag, attrs, end, empty

    _pending_undo = None

    def _attr_value(self, raw, pos, where):
        """An attribute value: literal tabs and newlines become spaces,
        references are replaced (raw starts at s[pos])."""
        if "&" not in raw:
            if "\n" in raw or "\t" in raw:
                raw = raw.replace("\n", " ").replace("\t", " ")
            return raw
        out = []
        i = 0
        while True:
            k = raw.find("&", i)
            seg = raw[i:] if k < 0 else raw[i:k]
            if "\n" in seg or "\t" in seg:
                seg = seg.replace("\n", " ").replace("\t", " ")
            out.append(seg)
            if k < 0:
                return "".join(out)
            e = raw.find(";", k)
            ref = raw[k + 1:e]
            if ref[0] == "#":
                code = int(ref[2:], 16) if ref[1] == "x" else int(ref[1:])
                if not _valid_char(code):
                    self._raise(14, pos + k)
                out.append(chr(code))
            elif ref in _PREDEFINED:
                out.append(_PREDEFINED[ref])
            elif ref in self._entities:
                try:
                    text = self._expand_entity(ref, self._entities[ref],
                                               where, True, ())
                except _UndefinedInAttribute:
                    self._raise(11, where)
                if "<" in text:
                    self._raise(4, where)
                out.append(text)
            elif not self._ext_dtd:
                # (with an external DTD expat leaves it out silently)
                self._raise(11, where)
            i = e + 1

    def _check_decl(self, prefix, uri, where):
        if prefix == "xml":
            if uri != _XML_NS:
                self._raise(38, where)
        elif prefix == "xmlns":
            self._raise(39, where)
        elif uri == _XML_NS or uri == _XMLNS_NS:
            self._raise(40, where)
        elif prefix and not uri:
            self._raise(28, where)

    def _scan_name(self, s, p, n):
        """The end of the QName at s[p], raising at the first bad char."""
        if p >= n:
            raise _Incomplete
        if not _is_name_start(s[p]):
            self._raise(4, p)
        q = _name_re.match(s, p, n).end()
        if q < n and s[q] == ":":
            q += 1
            if q >= n:
                raise _Incomplete
            if not _is_name_start(s[q]):
                self._raise(4, q)
            q = _name_re.match(s, q, n).end()
        if q >= n:
            raise _Incomplete
        return q

    def _scan_start_tag(self, s, i, n):
        """The careful start-tag reader: (tag, [(name, value, position)],
        end, empty), raising expat's error at the first bad character."""
        q = self._scan_name(s, i + 1, n)
        tag = s[i + 1:q]
        attrs = []
        p = q
        while True:
            if p >= n:
                raise _Incomplete
            c = s[p]
            if c == ">":
                return tag, attrs, p + 1, False
            if c == "/":
                if p + 1 >= n:
                    raise _Incomplete
                if s[p + 1] != ">":
                    self._raise(4, p + 1)
                return tag, attrs, p + 2, True
            if c not in _WS:
                self._raise(4, p)
            while p < n and s[p] in _WS:
                p += 1
            if p >= n:
                raise _Incomplete
            c = s[p]
            if c == ">" or c == "/":
                continue
            q = self._scan_name(s, p, n)
            name = s[p:q]
            name_pos = p
            p = q
            while p < n and s[p] in _WS:
                p += 1
            if p >= n:
                raise _Incomplete
            if s[p] != "=":
                self._raise(4, p)
            p += 1
            while p < n and s[p] in _WS:
                p += 1
            if p >= n:
                raise _Incomplete
            quote = s[p]
            if quote != '"' and quote != "'":
                self._raise(4, p)
            p += 1
            start = p
            while True:
                if p >= n:
                    raise _Incomplete
                c = s[p]
                if c == quote:
                    break
                if c == "<":
                    self._raise(4, p)
                if c == "&":
                    p = self._ref_end(s, p, n)
                    continue
                p += 1
            # (references are expanded, and checked, once the tag is whole)
            attrs.append((name, s[start:p], name_pos, start))
            p += 1
            if p >= n:
                raise _Incomplete
            if s[p] not in _WS and s[p] != "/" and s[p] != ">":
                self._raise(4, p)

    def _open(self, tag, attrs, where, empty=False):
        """Namespace processing and the start events for a start tag."""
        if self._text:
            self._flush_text()
        undo = None
        if self._defaults:
            extra = self._defaults.get(tag)
            if extra:
                for k, v in extra:
                    if k not in attrs:
                        attrs[k] = v
        prefixed = False
        if self._pending_undo is not None:
            # (the careful path has bound this tag's declarations already)
            undo = self._pending_undo
            self._pending_undo = None
            prefixed = True
        elif attrs:
            for k in attrs:
                if ":" in k or k == "xmlns":
                    prefixed = True
                    break
            if prefixed:
                undo = self._declare(attrs, where, empty)
        if self._ns_used or prefixed or ":" in tag:
            try:
                if prefixed and attrs:
                    new = {}
                    for k, v in attrs.items():
                        if ":" in k:
                            k = self._expand(k, False, where)
                        if k in new:
                            self._raise(8, where)
                        new[k] = v
                    attrs = new
                exp_tag = self._expand(tag, True, where)
            except ParseError:
                if empty:
                    # expat ends the declarations of a failed empty tag
                    self._unbind(undo)
                raise
        else:
            exp_tag = tag
        self._stack.append((tag, exp_tag, undo))
        handler = self._h_start
        if handler is not None:
            result = handler(exp_tag, attrs)
            if self._ev_start:
                self._events.append(("start", result))

    def _declare(self, attrs, where, empty):
        undo = None
        try:
            for k in list(attrs):
                if k == "xmlns":
                    prefix = ""
                elif k[:6] == "xmlns:":
                    prefix = k[6:]
                else:
                    continue
                undo = self._bind(prefix, attrs.pop(k), where, undo)
        except ParseError:
            if empty:
                self._unbind(undo)
            raise
        return undo

    def _bind(self, prefix, uri, where, undo):
        """A namespace declaration: checked, bound, reported."""
        self._check_decl(prefix, uri, where)
        if undo is None:
            undo = []
        undo.append((prefix, self._ns.get(prefix)))
        if uri or prefix:
            self._ns[prefix] = uri
        else:
            self._ns.pop("", None)
        self._ns_used = True
        if self._ev_start_ns or self._h_start_ns is not None:
            if self._h_start_ns is not None:
                result = self._h_start_ns(prefix, uri)
            else:
                result = (prefix, uri)
            if self._ev_start_ns:
                self._events.append(("start-ns", result))
        return undo

    def _expand(self, name, is_tag, where):
        k = name.find(":")
        if k < 0:
            if is_tag:
                uri = self._ns.get("")
                if uri:
                    return "{%s}%s" % (uri, name)
            return name
        uri = self._ns.get(name[:k])
        if uri is None:
            self._raise(27, where)
        return "{%s}%s" % (uri, name[k + 1:])

    def _end_tag(self, s, i, n):
        m = _end_tag_re.match(s, i, n)
        if m is None:
            q = i + 2
            if q >= n:
                raise _Incomplete
            if not _is_name_start(s[q]):
                self._raise(4, q)
            q += 1
            while q < n and (_is_name_char(s[q]) or s[q] == ":"):
                q += 1
            p = q
            while p < n and s[p] in _WS:
                p += 1
            if p >= n:
                raise _Incomplete
            if s[p] != ">":
                self._raise(4, p)
            name = s[i + 2:q]
            end = p + 1
        else:
            name = m.group(1)
            end = m.end()
        if not self._stack or self._stack[-1][0] != name:
            self._raise(7, i + 2)
        self._close_element(i)
        return end

    def _close_element(self, where):
        if self._text:
            self._flush_text()
        tag, exp_tag, undo = self._stack.pop()
        handler = self._h_end
        if handler is not None:
            result = handler(exp_tag)
            if self._ev_end:
                self._events.append(("end", result))
        if undo is not None:
            self._unbind(undo)
        if not self._stack:
            self._state = _EPILOG

    def _unbind(self, undo):
        """Ends the namespace declarations of an element (also when its
        start tag fails: expat reports them ended then)."""
        if undo is None:
            return
        for prefix, old in reversed(undo):
            if old is None:
                self._ns.pop(prefix, None)
            else:
                self._ns[prefix] = old
            result = None
            if self._h_end_ns is not None:
                result = self._h_end_ns(prefix)
            if self._ev_end_ns:
                self._events.append(("end-ns", result))

    # -- <! and <?

    def _bang(self, s, i, n, state):
        if s.startswith("<!--", i, n):
            k = s.find("--", i + 4, n)
            if k < 0:
                raise _Incomplete
            if k + 2 >= n:
                raise _Incomplete
            if s[k + 2] != ">":
                self._raise(4, k + 2)
            self._comment(s[i + 4:k])
            return k + 3
        if i + 2 < n and s[i + 2] == "-":
            if i + 3 >= n:
                raise _Incomplete
            self._raise(4, i + 3)
        if state == _CONTENT:
            self._expect(s, i, n, "<![CDATA[")
            k = s.find("]]>", i + 9, n)
            if k < 0:
                raise _Incomplete
            text = s[i + 9:k]
            if text:
                if self._split_data:
                    self._data_lines(text)
                else:
                    self._text.append(text)
            return k + 3
        # a declaration: '<!' and ASCII letters up to a space
        junk = 9 if state == _EPILOG else 2
        if i + 2 >= n:
            raise _Incomplete
        if s[i + 2] == "[":
            self._raise(junk, i)
        q = i + 2
        while q < n and s[q] in _DECL_LETTERS:
            q += 1
        if q == i + 2:
            self._raise(4, q)
        if q >= n:
            raise _Incomplete
        if s[q] == "%":
            if q + 1 >= n:
                raise _Incomplete
            if s[q + 1] in " \t\n%":
                self._raise(4, q)
        elif s[q] not in _WS:
            self._raise(4, q)
        if state == _EPILOG or s[i + 2:q] != "DOCTYPE" or self._doctype_seen:
            self._raise(junk, i)
        if self._doctype_seen:
            self._raise(2, i)
        return self._doctype(s, i, n)

    def _expect(self, s, i, n, word):
        for k in range(len(word)):
            if i + k >= n:
                raise _Incomplete
            if s[i + k] != word[k]:
                self._raise(4, i + k)

    def _comment(self, text):
        self._flush_text()
        handler = self._h_comment
        if handler is not None:
            result = handler(text)
            if self._ev_comment:
                self._events.append(("comment", result))

    def _pi(self, s, i, n, state):
        p = i + 2
        if p >= n:
            raise _Incomplete
        if not _is_name_start(s[p]):
            self._raise(4, p)
        q = self._scan_name(s, p, n)
        target = s[p:q]
        if s[q] not in _WS and s[q] != "?":
            self._raise(4, q)
        if target.lower() == "xml":
            if target != "xml":
                self._raise(4, q)
            if state == _PROLOG and self._lines == 0 and (
                    self._col0 + i == 0 or (self._col0 + i == 1 and s[:1] == "\ufeff")):
                return self._xml_decl(s, i, n)
            if s.find("?>", q, n) < 0:
                raise _Incomplete
            self._raise(9 if state == _EPILOG else 17, i)
        c = s[q]
        if c == "?":
            if q + 1 >= n:
                raise _Incomplete
            if s[q + 1] != ">":
                self._raise(4, q + 1)
            data = ""
            end = q + 2
        elif c in _WS:
            k = s.find("?>", q, n)
            if k < 0:
                raise _Incomplete
            data = s[q:k].lstrip(_WS)
            end = k + 2
        else:
            self._raise(4, q)
        self._decl_done = True
        self._flush_text()
        handler = self._h_pi
        if handler is not None:
            result = handler(target, data)
            if self._ev_pi:
                self._events.append(("pi", result))
        return end

    _decl_done = False

    def _xml_decl(self, s, i, n):
        k = s.find("?>", i, n)
        if k < 0:
            raise _Incomplete
        m = _decl_re.match(s, i, k + 2)
        if m is None or m.group(1) is None:
            self._raise(30, self._decl_error_at(s, i, k))
        for group, check in ((2, _version_bad), (4, _encoding_bad), (6, _standalone_bad)):
            value = m.group(group)
            if value is not None:
                bad = check(value[1:-1])
                if bad >= 0:
                    self._raise(30, m.start(group) + 1 + bad)
        self._decl_done = True
        return k + 2

    def _decl_error_at(self, s, i, k):
        """Where expat finds an XML declaration (s[i:k] + '?>') wrong."""
        words = ("version", "encoding", "standalone")
        p = i + 5
        seen = -1
        while True:
            q = p
            while q < k and s[q] in _WS:
                q += 1
            if q >= k:
                return q if seen >= 0 else p
            if q == p:
                return q
            r = q
            while r < k and s[r] not in _WS and s[r] != "=":
                r += 1
            if r >= k:
                return r
            name = s[q:r]
            if name not in words or words.index(name) <= seen or (
                    seen < 0 and name != "version"):
                return q
            seen = words.index(name)
            while r < k and s[r] in _WS:
                r += 1
            if r >= k or s[r] != "=":
                return r
            r += 1
            while r < k and s[r] in _WS:
                r += 1
            if r >= k or s[r] not in "\"'":
                return r
            e = s.find(s[r], r + 1, k)
            if e < 0:
                return k
            bad = (_version_bad, _encoding_bad, _standalone_bad)[seen](s[r + 1:e])
            if bad >= 0:
                return r + 1 + bad
            p = e + 1

    # -- DOCTYPE

    def _doctype(self, s, i, n):
        p = i + 9
        if p >= n:
            raise _Incomplete
        if s[p] not in _WS:
            self._raise(4, p)
        kind, p, q = self._decl_token(s, p, n)
        if kind != "name":
            self._raise(2, p)
        name = s[p:q]
        pubid = system = None
        kind, r, q = self._decl_token(s, q, n)
        if kind == "name" and s[r:q] in ("SYSTEM", "PUBLIC"):
            public = s[r] == "P"
            kind, r, q = self._decl_token(s, q, n)
            if kind != "lit":
                self._raise(2, r)
            lit = s[r + 1:q - 1]
            if public:
                pubid = lit
                kind, r, q = self._decl_token(s, q, n)
                if kind != "lit":
                    self._raise(2, r)
                system = s[r + 1:q - 1]
            else:
                system = lit
            self._ext_dtd = True
            kind, r, q = self._decl_token(s, q, n)
        if kind != "[" and kind != ">":
            self._raise(2, r)
        # expat reports the doctype before reading the internal subset
        if self._h_doctype is not None and not self._doctype_reported:
            self._doctype_reported = True
            self._h_doctype(name, pubid, system)
        p = r
        if kind == "[":
            p = self._internal_subset(s, q, n)
            kind, p, q = self._decl_token(s, p, n)
            if kind != ">":
                self._raise(2, p)
        self._doctype_seen = True
        self._decl_done = True
        return p + 1

    _doctype_reported = False

    def _skip_ws(self, s, p, n):
        while p < n and s[p] in _WS:
            p += 1
        if p >= n:
            raise _Incomplete(None)
        return p

    def _literal(self, s, p, n):
        q = s[p]
        if q != '"' and q != "'":
            self._raise(2, p)
        e = s.find(q, p + 1, n)
        if e < 0:
            raise _Incomplete
        if e + 1 >= n:
            raise _Incomplete
        if s[e + 1] not in " \t\n>%[":
            self._raise(4, e + 1)
        return s[p + 1:e], e + 1

    def _internal_subset(self, s, p, n):
        """Reads declarations up to ']': general entities and attribute
        defaults are kept, the rest is skipped."""
        entities = {}
        defaults = {}
        while True:
            p = self._skip_ws(s, p, n)
            c = s[p]
            if c == "]":
                # (']]>' is a token of its own, out of place here)
                if p + 1 >= n:
                    raise _Incomplete(None)
                if s[p + 1] == "]" and p + 2 >= n:
                    raise _Incomplete(p)
                if s[p + 1] == "]" and s[p + 2] == ">":
                    self._raise(2, p)
                break
            if s.startswith("<!--", p, n):
                k = s.find("--", p + 4, n)
                if k < 0 or k + 2 >= n:
                    raise _Incomplete(p)
                if s[k + 2] != ">":
                    self._raise(4, k + 2)
                p = k + 3
            elif s.startswith("<?", p, n):
                if p + 2 >= n:
                    raise _Incomplete(p)
                if not _is_name_start(s[p + 2]):
                    self._raise(4, p + 2)
                k = s.find("?>", p + 2, n)
                if k < 0:
                    raise _Incomplete(p)
                p = k + 2
            elif c == "<" and (p + 1 >= n or s[p + 1] != "!"):
                if p + 1 >= n:
                    raise _Incomplete(p)
                if _is_name_start(s[p + 1]):
                    self._raise(2, p)
                self._raise(4, p + 1)
            elif s.startswith("<!", p, n):
                q = p + 2
                while q < n and s[q] in _DECL_LETTERS:
                    q += 1
                if q >= n:
                    raise _Incomplete(p)
                if q == p + 2 and s[q] == "[":
                    self._raise(2, p)
                if q == p + 2 or (s[q] not in _WS and s[q] != "%"):
                    self._raise(4, q)
                word = s[p + 2:q]
                if word == "ENTITY":
                    p = self._entity_decl(s, q, n, entities)
                elif word == "ATTLIST":
                    p = self._attlist_decl(s, q, n, defaults)
                elif word == "ELEMENT":
                    p = self._element_decl(s, q, n)
                elif word == "NOTATION":
                    p = self._notation_decl(s, q, n)
                else:
                    self._raise(2, p)
            else:
                kind, r, q = self._decl_token(s, p, n)
                if kind != "pe":
                    self._raise(2, r)
                p = q
        for k, v in entities.items():
            self._entities.setdefault(k, v)
        self._defaults = defaults
        return p + 1

    def _skip_decl(self, s, p, n):
        while True:
            if p >= n:
                raise _Incomplete
            c = s[p]
            if c == ">":
                return p + 1
            if c == '"' or c == "'":
                e = s.find(c, p + 1, n)
                if e < 0:
                    raise _Incomplete
                p = e + 1
            else:
                p += 1

    def _entity_decl(self, s, p, n, entities):
        kind, p, q = self._decl_token(s, p, n)
        parameter = kind == "punct" and s[p] == "%"
        if parameter:
            kind, p, q = self._decl_token(s, q, n)
        if kind != "name":
            self._raise(2, p)
        name = s[p:q]
        kind, p, q = self._decl_token(s, q, n)
        if kind == "lit":
            start = p + 1
            value = s[start:q - 1]
            k = value.find("&")
            while k >= 0:
                k = self._ref_end(s, start + k, q) - start
                k = value.find("&", k)
            value = self._char_refs(value)
            if not parameter and name not in entities:
                entities[name] = value
        elif kind == "name" and s[p:q] in ("SYSTEM", "PUBLIC"):
            count = 2 if s[p] == "P" else 1
            for _ in range(count):
                kind, p, q = self._decl_token(s, q, n)
                if kind != "lit":
                    self._raise(2, p)
            kind, p, r = self._decl_token(s, q, n)
            if kind == "name" and s[p:r] == "NDATA" and not parameter:
                kind, p, q = self._decl_token(s, r, n)
                if kind != "name":
                    self._raise(2, p)
        else:
            self._raise(2, p)
        kind, p, q = self._decl_token(s, q, n)
        if kind != ">":
            self._raise(2, p)
        return q

    def _char_refs(self, value):
        if "&#" not in value:
            return value
        out = []
        i = 0
        while True:
            k = value.find("&#", i)
            if k < 0:
                out.append(value[i:])
                return "".join(out)
            out.append(value[i:k])
            e = value.find(";", k)
            body = value[k + 2:e]
            code = int(body[1:], 16) if body[:1] == "x" else int(body)
            out.append(chr(code))
            i = e + 1

    def _element_decl(self, s, p, n):
        kind, p, q = self._decl_token(s, p, n)
        if kind != "name":
            self._raise(2, p)
        kind, p, q = self._decl_token(s, q, n)
        if kind == "name" and s[p:q] in ("EMPTY", "ANY"):
            pass
        elif kind == "(":
            depth = 1
            while depth:
                kind, p, q = self._decl_token(s, q, n)
                if kind == "(":
                    depth += 1
                elif kind == ")":
                    depth -= 1
                elif kind not in ("name", "name?", "name*", "name+", "pound",
                                  "|", ","):
                    self._raise(2, p)
        else:
            self._raise(2, p)
        kind, p, q = self._decl_token(s, q, n)
        if kind != ">":
            self._raise(2, p)
        return q

    def _notation_decl(self, s, p, n):
        kind, p, q = self._decl_token(s, p, n)
        if kind != "name":
            self._raise(2, p)
        kind, p, q = self._decl_token(s, q, n)
        word = s[p:q]
        if kind != "name" or word not in ("SYSTEM", "PUBLIC"):
            self._raise(2, p)
        kind, p, q = self._decl_token(s, q, n)
        if kind != "lit":
            self._raise(2, p)
        kind, p, q = self._decl_token(s, q, n)
        if kind == "lit" and word == "PUBLIC":
            kind, p, q = self._decl_token(s, q, n)
        if kind != ">":
            self._raise(2, p)
        return q

    def _attlist_decl(self, s, p, n, defaults):
        kind, p, q = self._decl_token(s, p, n)
        if kind != "name":
            self._raise(2, p)
        element = s[p:q]
        found = []
        while True:
            kind, p, q = self._decl_token(s, q, n)
            if kind == ">":
                break
            if kind != "name":
                self._raise(2, p)
            attr = s[p:q]
            kind, p, q = self._decl_token(s, q, n)
            word = s[p:q]
            if kind == "name" and word == "NOTATION":
                kind, p, q = self._decl_token(s, q, n)
                if kind != "(":
                    self._raise(2, p)
            if kind == "(":
                while True:
                    kind, p, q = self._decl_token(s, q, n)
                    if kind != "name" and kind != "nmtoken":
                        self._raise(2, p)
                    kind, p, q = self._decl_token(s, q, n)
                    if kind == ")":
                        break
                    if kind != "|":
                        self._raise(2, p)
            elif kind != "name" or word not in _ATT_TYPES:
                self._raise(2, p)
            kind, p, q = self._decl_token(s, q, n)
            word = s[p:q]
            if kind == "pound" and word == "#FIXED":
                kind, p, q = self._decl_token(s, q, n)
                if kind != "lit":
                    self._raise(2, p)
            elif kind == "pound" and word in ("#REQUIRED", "#IMPLIED"):
                continue
            elif kind != "lit":
                self._raise(2, p)
            k = s.find("<", p + 1, q - 1)
            if k >= 0:
                self._raise(4, k)
            k = s.find("&", p + 1, q - 1)
            while k >= 0:
                k = s.find("&", self._ref_end(s, k, q), q - 1)
            found.append((attr, s[p + 1:q - 1]))
        lst = defaults.setdefault(element, [])
        for attr, value in found:
            if all(a != attr for a, _ in lst):
                value = self._char_refs(value)
                lst.append((attr, value.replace("\n", " ").replace("\t", " ")))
        return q


_ATT_TYPES = ("CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES",
              "NMTOKEN", "NMTOKENS")


class _UndefinedInAttribute(Exception):
    pass
