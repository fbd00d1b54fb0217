"""Lightweight XML support: the ElementTree API (Spindle implementation).

Elements, trees, serialisation (xml, html, text), a limited XPath
(ElementPath), and an XML parser written here (expat is not available):
well-formedness checking with expat's messages and positions, namespaces,
CDATA, character and entity references, internal DTD entities and
attribute defaults, incremental feeding, iterparse and pull parsing.

Files are opened by name nowhere: in the Spindle sandbox that raises
PermissionError; pass file-like objects (io.BytesIO, io.StringIO) instead.
"""

import sys

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse",
    "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace", "canonicalize",
    "C14NWriterTarget",
]

VERSION = "1.3.0"

_ELEMENT_TYPE_NAME = "xml.etree.ElementTree.Element"


class ParseError(SyntaxError):
    """An XML syntax error; .code is expat's error number and .position a
    (line, column) pair."""


def _sandbox_denied(what):
    # no file system in the Spindle sandbox: files are opened by no one
    return PermissionError(
        13, "Permission denied: %r is not available in the Spindle sandbox" % what)


def iselement(element):
    return hasattr(element, "tag")


_NO_ATTRIB = object()


def _attrib_keyword(extra):
    # Element(tag, attrib={...}, **more): the dict given by keyword, then
    # the other keywords
    attrib = extra.pop("attrib")
    if not isinstance(attrib, dict):
        raise TypeError("attrib must be dict, not %s" % type(attrib).__name__)
    attrib = attrib.copy()
    attrib.update(extra)
    return attrib


class Element:
    """An XML element: a tag, an attribute dict, text, tail and a list of
    child elements."""

    def __init__(self, tag, attrib=_NO_ATTRIB, /, **extra):
        if attrib is _NO_ATTRIB:
            if "attrib" in extra:
                extra = _attrib_keyword(extra)
            self.attrib = extra
        elif isinstance(attrib, dict):
            if extra:
                attrib = attrib.copy()
                attrib.update(extra)
                self.attrib = attrib
            else:
                self.attrib = attrib.copy()
        else:
            raise TypeError("Element() argument 2 must be dict, not %s"
                            % type(attrib).__name__)
        self.tag = tag
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        if not isinstance(attrib, dict):
            raise TypeError("makeelement() argument 2 must be dict, not %s"
                            % type(attrib).__name__)
        e = _new(Element)
        e.tag = tag
        e.attrib = attrib.copy()
        e.text = None
        e.tail = None
        e._children = []
        return e

    def __copy__(self):
        e = Element(self.tag)
        e.attrib = self.attrib
        e.text = self.text
        e.tail = self.tail
        e._children = list(self._children)
        return e

    def __deepcopy__(self, memo):
        import copy
        deep = copy.deepcopy
        e = Element(deep(self.tag, memo), deep(self.attrib, memo))
        e.text = deep(self.text, memo)
        e.tail = deep(self.tail, memo)
        e._children = [deep(c, memo) for c in self._children]
        return e

    def __len__(self):
        return len(self._children)

    def __iter__(self):
        return iter(self._children)

    def __getitem__(self, index):
        if index.__class__ is int:
            try:
                return self._children[index]
            except IndexError:
                raise IndexError("child index out of range") from None
        if isinstance(index, slice):
            return self._children[index]
        if hasattr(index, "__index__"):
            return self[index.__index__()]
        raise TypeError("element indices must be integers")

    def __setitem__(self, index, element):
        kids = self._children
        if isinstance(index, slice):
            try:
                items = list(element)
            except TypeError:
                raise TypeError('expected sequence, not "%s"'
                                % type(element).__name__) from None
            for e in items:
                if not isinstance(e, Element):
                    raise TypeError('expected an Element, not "%s"'
                                    % type(e).__name__)
            start, stop, step = index.indices(len(kids))
            if step != 1:
                count = len(range(start, stop, step))
                if len(items) != count:
                    raise ValueError("attempt to assign sequence of size %d "
                                     "to extended slice of size %d"
                                     % (len(items), count))
            kids[index] = items
            return
        if index.__class__ is not int:
            if not hasattr(index, "__index__"):
                raise TypeError("element indices must be integers")
            index = index.__index__()
        if not -len(kids) <= index < len(kids):
            raise IndexError("child assignment index out of range")
        if not isinstance(element, Element):
            raise TypeError('expected an Element, not "%s"' % type(element).__name__)
        kids[index] = element

    def __delitem__(self, index):
        kids = self._children
        if isinstance(index, slice):
            del kids[index]
            return
        if index.__class__ is not int:
            if not hasattr(index, "__index__"):
                raise TypeError("element indices must be integers")
            index = index.__index__()
        if not -len(kids) <= index < len(kids):
            raise IndexError("child assignment index out of range")
        del kids[index]

    def append(self, subelement):
        if subelement.__class__ is not Element and not isinstance(subelement, Element):
            raise TypeError("append() argument must be %s, not %s"
                            % (_ELEMENT_TYPE_NAME, type(subelement).__name__))
        self._children.append(subelement)

    def extend(self, elements):
        items = list(elements)
        for e in items:
            if not isinstance(e, Element):
                raise TypeError('expected an Element, not "%s"' % type(e).__name__)
        self._children.extend(items)

    def insert(self, index, subelement):
        if index.__class__ is not int:
            if not hasattr(index, "__index__"):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(index).__name__)
            index = index.__index__()
        if not isinstance(subelement, Element):
            raise TypeError("insert() argument 2 must be %s, not %s"
                            % (_ELEMENT_TYPE_NAME, type(subelement).__name__))
        self._children.insert(index, subelement)

    def remove(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("remove() argument must be %s, not %s"
                            % (_ELEMENT_TYPE_NAME, type(subelement).__name__))
        kids = self._children
        for i in range(len(kids)):
            if kids[i] is subelement:
                del kids[i]
                return
        kids.remove(subelement)

    # -- searching (plain child tags are matched here; anything that looks
    # like a path goes through ElementPath, as CPython's accelerator does)

    def find(self, path, namespaces=None):
        if namespaces is None and _plain_tag(path):
            for e in self._children:
                if e.tag == path:
                    return e
            return None
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if namespaces is None and _plain_tag(path):
            for e in self._children:
                if e.tag == path:
                    t = e.text
                    return "" if t is None else t
            return default
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        if namespaces is None and _plain_tag(path):
            return [e for e in self._children if e.tag == path]
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib = {}
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib)

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        # Lazy, as CPython's: children added or removed while iterating are
        # seen (a list iterator per level).
        if tag == "*":
            tag = None
        if tag is None:
            yield self
            it = self._children.__iter__()
            stack = []
            while True:
                for e in it:
                    yield e
                    if e._children:
                        stack.append(it)
                        it = e._children.__iter__()
                        break
                else:
                    if not stack:
                        return
                    it = stack.pop()
        if self.tag == tag:
            yield self
        it = self._children.__iter__()
        stack = []
        while True:
            for e in it:
                if e.tag == tag:
                    yield e
                if e._children:
                    stack.append(it)
                    it = e._children.__iter__()
                    break
            else:
                if not stack:
                    return
                it = stack.pop()

    def itertext(self):
        t = self.text
        if t:
            yield t
        it = self._children.__iter__()
        stack = []
        while True:
            for e in it:
                t = e.text
                if t:
                    yield t
                if e._children:
                    stack.append((it, e))
                    it = e._children.__iter__()
                    break
                t = e.tail
                if t:
                    yield t
            else:
                if not stack:
                    return
                it, e = stack.pop()
                t = e.tail
                if t:
                    yield t


_plain_cache = {}


def _plain_tag(path):
    """True when path is a bare tag (no XPath syntax outside '{...}')."""
    try:
        return _plain_cache[path]
    except KeyError:
        pass
    except TypeError:
        return False
    if path.__class__ is not str and not isinstance(path, (str, bytes)):
        return False
    s = path.decode("latin-1") if isinstance(path, bytes) else path
    plain = True
    if len(s) >= 3 and s[0] == "{" and (s[1] == "}" or (s[1] == "*" and s[2] == "}")):
        plain = False
    else:
        outside = True
        for ch in s:
            if ch == "{":
                outside = False
            elif ch == "}":
                outside = True
            elif outside and ch in "/*[@.":
                plain = False
                break
    if len(_plain_cache) > 500:
        _plain_cache.clear()
    _plain_cache[path] = plain
    return plain


_new = object.__new__


def SubElement(parent, tag, attrib=_NO_ATTRIB, /, **extra):
    try:
        kids = parent._children
    except AttributeError:
        raise TypeError("SubElement() argument 1 must be %s, not %s"
                        % (_ELEMENT_TYPE_NAME, type(parent).__name__)) from None
    if attrib is _NO_ATTRIB:
        if extra and "attrib" in extra:
            extra = _attrib_keyword(extra)
    elif isinstance(attrib, dict):
        extra = {**attrib, **extra}
    else:
        raise TypeError("SubElement() argument 3 must be dict, not %s"
                        % type(attrib).__name__)
    # (the element is made here directly: this is the hot path of tree
    # building)
    e = _new(Element)
    e.tag = tag
    e.attrib = extra
    e.text = None
    e.tail = None
    e._children = []
    kids.append(e)
    return e


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', usable as a tag, attribute name or
    attribute value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._other(other)

    def __ne__(self, other):
        return self.text != self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __le__(self, other):
        return self.text <= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)


# ---------------------------------------------------------------------------
# ElementTree


class ElementTree:
    """A whole document: a root element plus parse and write."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        if not hasattr(source, "read"):
            raise _sandbox_denied("open")
        if parser is None:
            parser = XMLParser()
        if hasattr(parser, "_parse_whole"):
            self._root = parser._parse_whole(source)
            return self._root
        while True:
            data = source.read(65536)
            if not data:
                break
            parser.feed(data)
        self._root = parser.close()
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _rooted(self, path):
        if path[:1] == "/":
            path = "." + path
            try:
                import warnings
            except ImportError:
                return path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._rooted(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._rooted(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._rooted(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._rooted(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *,
              short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in _METHODS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        unicode_out = encoding.lower() == "unicode"
        try:
            write = file_or_filename.write
        except AttributeError:
            raise _sandbox_denied("open") from None
        if unicode_out:
            declared = getattr(file_or_filename, "encoding", None) or "utf-8"
        else:
            declared = encoding
            _check_encoding(encoding)
        parts = []
        if method == "xml" and (xml_declaration or (
                xml_declaration is None and not unicode_out
                and declared.lower() not in ("utf-8", "us-ascii"))):
            parts.append("<?xml version='1.0' encoding='%s'?>\n" % declared)
        _serialize(parts, self._root, method, default_namespace,
                   short_empty_elements)
        text = "".join(parts)
        if unicode_out:
            write(text)
        else:
            write(_encode(text, encoding))

    def write_c14n(self, file):
        return self.write(file, method="c14n")


_METHODS = ("xml", "html", "text")


def _check_encoding(encoding):
    "".encode(encoding)


_ASCII_SUPERSETS = {"us-ascii", "ascii", "utf-8", "utf8", "latin-1",
                    "iso-8859-1", "latin1", "iso8859-1"}


def _encode(text, encoding):
    if text.isascii() and encoding.lower() in _ASCII_SUPERSETS:
        return text.encode("utf-8")     # same bytes, the fastest codec
    return text.encode(encoding, "xmlcharrefreplace")


# ---------------------------------------------------------------------------
# serialisation

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if prefix[:2] == "ns" and prefix[2:].isdigit() and prefix[2:].isascii():
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _cannot_serialize(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _cannot_serialize(text)


def _escape_attrib(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if '"' in text:
            text = text.replace('"', "&quot;")
        if "\r" in text:
            text = text.replace("\r", "&#13;")
        if "\n" in text:
            text = text.replace("\n", "&#10;")
        if "\t" in text:
            text = text.replace("\t", "&#09;")
        return text
    except (TypeError, AttributeError):
        _cannot_serialize(text)


def _escape_attrib_html(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if '"' in text:
            text = text.replace('"', "&quot;")
        return text
    except (TypeError, AttributeError):
        _cannot_serialize(text)


class _NeedsFullPath(Exception):
    pass


def _write_plain(out, root, short):
    """Serialise root (method 'xml') when no namespaces are involved: plain
    str tags, attribute names and values, text and tails.  Anything else
    (namespaces, QNames, tags that are None, values of other types) raises
    _NeedsFullPath or TypeError, and the caller starts again on the general
    path, which also reports the errors.  Walks the tree with an explicit
    stack and emits one piece per leaf element."""
    append = out.append
    stack = []
    it = (root,).__iter__()
    while True:
        for e in it:
            tag = e.tag
            if "{" in tag:
                raise _NeedsFullPath
            head = "<" + tag
            attrib = e.attrib
            if attrib:
                for k in attrib:
                    v = attrib[k]
                    if "{" in k or not isinstance(k, str) or not isinstance(v, str):
                        raise _NeedsFullPath
                    if ("&" in v or "<" in v or ">" in v or '"' in v
                            or "\n" in v or "\r" in v or "\t" in v):
                        v = _escape_attrib(v)
                    head += f' {k}="{v}"'
            text = e.text
            if text:
                if not isinstance(text, str):
                    raise _NeedsFullPath
                if "&" in text or "<" in text or ">" in text:
                    text = _escape_cdata(text)
            sub = e._children
            if sub:
                append(f"{head}>{text}" if text else head + ">")
                stack.append((it, tag, e.tail))
                it = sub.__iter__()
                break
            if text:
                piece = f"{head}>{text}</{tag}>"
            elif short:
                piece = head + " />"
            else:
                piece = f"{head}></{tag}>"
            tail = e.tail
            if tail:
                if not isinstance(tail, str):
                    raise _NeedsFullPath
                if "&" in tail or "<" in tail or ">" in tail:
                    tail = _escape_cdata(tail)
                piece += tail
            append(piece)
        else:
            if not stack:
                return
            it, tag, tail = stack.pop()
            if tail:
                if not isinstance(tail, str):
                    raise _NeedsFullPath
                if "&" in tail or "<" in tail or ">" in tail:
                    tail = _escape_cdata(tail)
                append(f"</{tag}>{tail}")
            else:
                append(f"</{tag}>")


def _collect_names(root, default_namespace):
    """Map every tag and attribute name of the tree to its serialised form,
    allocating prefixes for namespaces: (qnames, {uri: prefix})."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        try:
            if qname[:1] == "{":
                uri, local = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, local)
                else:
                    qnames[qname] = local
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with "
                                     "default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _cannot_serialize(qname)

    for elem in root.iter():
        tag = elem.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _cannot_serialize(tag)
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        text = elem.text
        if isinstance(text, QName) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


def _write_xmlns(append, namespaces):
    for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
        if prefix:
            prefix = ":" + prefix
        append(' xmlns%s="%s"' % (prefix, _escape_attrib(uri)))


def _write_xml(append, elem, qnames, namespaces, short):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        append("<!--%s-->" % (text,))
    elif tag is ProcessingInstruction:
        append("<?%s?>" % (text,))
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                append(_escape_cdata(text))
            for e in elem:
                _write_xml(append, e, qnames, None, short)
        else:
            append("<" + tag)
            items = elem.items()
            if items or namespaces:
                if namespaces:
                    _write_xmlns(append, namespaces)
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib(v)
                    append(' %s="%s"' % (qnames[k], v))
            if text or len(elem) or not short:
                append(">")
                if text:
                    append(_escape_cdata(text))
                for e in elem:
                    _write_xml(append, e, qnames, None, short)
                append("</" + tag + ">")
            else:
                append(" />")
    if elem.tail:
        append(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _write_html(append, elem, qnames, namespaces):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        append("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        append("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                append(_escape_cdata(text))
            for e in elem:
                _write_html(append, e, qnames, None)
        else:
            append("<" + tag)
            items = elem.items()
            if items or namespaces:
                if namespaces:
                    _write_xmlns(append, namespaces)
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib_html(v)
                    append(' %s="%s"' % (qnames[k], v))
            append(">")
            low = tag.lower()
            if text:
                if low == "script" or low == "style":
                    append(text)
                else:
                    append(_escape_cdata(text))
            for e in elem:
                _write_html(append, e, qnames, None)
            if low not in HTML_EMPTY:
                append("</" + tag + ">")
    if elem.tail:
        append(_escape_cdata(elem.tail))


def _serialize(parts, root, method, default_namespace, short, exact_pieces=False):
    if method == "text":
        for t in root.itertext():
            parts.append(t)
        if root.tail:
            parts.append(root.tail)
        return
    if method == "xml" and not default_namespace and not exact_pieces:
        start = len(parts)
        try:
            _write_plain(parts, root, short)
            return
        except (_NeedsFullPath, TypeError, AttributeError):
            # comments, PIs, namespaces, or an error to report
            del parts[start:]
    qnames, namespaces = _collect_names(root, default_namespace)
    if method == "html":
        _write_html(parts.append, root, qnames, namespaces)
    else:
        _write_xml(parts.append, root, qnames, namespaces, short)


def _to_parts(element, encoding, method, xml_declaration, default_namespace,
              short_empty_elements, exact_pieces=False):
    if not method:
        method = "xml"
    elif method not in _METHODS:
        raise ValueError("unknown method %r" % method)
    if not encoding:
        encoding = "us-ascii"
    elif encoding.lower() != "unicode":
        _check_encoding(encoding)
    parts = []
    unicode_out = encoding.lower() == "unicode"
    if method == "xml" and (xml_declaration or (
            xml_declaration is None and not unicode_out
            and encoding.lower() not in ("utf-8", "us-ascii"))):
        parts.append("<?xml version='1.0' encoding='%s'?>\n"
                     % ("utf-8" if unicode_out else encoding))
    _serialize(parts, element, method, default_namespace, short_empty_elements,
               exact_pieces)
    return parts, encoding


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    parts, encoding = _to_parts(element, encoding, method, xml_declaration,
                                default_namespace, short_empty_elements)
    text = "".join(parts)
    if encoding == "unicode":
        return text
    if encoding.lower() == "unicode":
        raise TypeError("a bytes-like object is required, not 'str'")
    return _encode(text, encoding)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    # the unicode pieces are those CPython writes, one per write() call
    parts, encoding = _to_parts(element, encoding, method, xml_declaration,
                                default_namespace, short_empty_elements,
                                encoding == "unicode")
    if encoding == "unicode":
        return parts
    if encoding.lower() == "unicode":
        raise TypeError("a bytes-like object is required, not 'str'")
    data = _encode("".join(parts), encoding)
    return [data] if data else []


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %s" % (level,))
    if not len(tree):
        return
    prefixes = ["\n" + level * space]

    def walk(elem, depth):
        depth += 1
        if len(prefixes) <= depth:
            prefixes.append(prefixes[-1] + space)
        inner = prefixes[depth]
        if not elem.text or not elem.text.strip():
            elem.text = inner
        last = None
        for child in elem:
            if len(child):
                walk(child, depth)
            if not child.tail or not child.tail.strip():
                child.tail = inner
            last = child
        if not last.tail.strip():
            last.tail = prefixes[depth - 1]

    walk(tree, 0)


# ---------------------------------------------------------------------------
# parsing: public entry points

def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        i = elem.get("id")
        if i:
            ids[i] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class _IterParseIterator:
    """What iterparse() returns: an iterator of (event, element) pairs whose
    .root is set once the document is complete."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._events)


def _iterparse_events(source, pull, it):
    while True:
        yield from pull.read_events()
        data = source.read(16 * 1024)
        if not data:
            break
        pull.feed(data)
    root = pull._close_and_return_root()
    yield from pull.read_events()
    it.root = root


def iterparse(source, events=None, parser=None):
    if not hasattr(source, "read"):
        raise _sandbox_denied("open")
    pull = XMLPullParser(events=events, _parser=parser)
    it = _IterParseIterator()
    it.root = None
    it._events = _iterparse_events(source, pull, it)
    return it


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        import collections
        self._events_queue = collections.deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events_queue
        while events:
            event = events.popleft()
            if isinstance(event, Exception):
                raise event
            yield event


# ---------------------------------------------------------------------------
# TreeBuilder


class TreeBuilder:
    """Builds an element tree from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = False
        self._factory = element_factory if element_factory is not None else Element
        self._comment_factory = comment_factory if comment_factory is not None else Comment
        self._pi_factory = pi_factory if pi_factory is not None else ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        return self._root

    def _flush(self):
        data = self._data
        if data:
            last = self._last
            if last is not None:
                text = data[0] if len(data) == 1 else "".join(data)
                # (added to what is there: comments flush the text early)
                if self._tail:
                    last.tail = text if last.tail is None else last.tail + text
                else:
                    last.text = text if last.text is None else last.text + text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        if self._data:
            self._flush()
        elem = self._factory(tag, attrs)
        stack = self._elem
        if stack:
            stack[-1].append(elem)
        elif self._root is None:
            self._root = elem
        else:
            raise ParseError("multiple elements on top level")
        stack.append(elem)
        self._last = elem
        self._tail = False
        return elem

    def end(self, tag):
        if self._data:
            self._flush()
        self._last = self._elem.pop()
        self._tail = True
        return self._last

    def _single(self, elem, insert):
        if insert and self._elem:
            self._elem[-1].append(elem)
            self._last = elem
            self._tail = True
        return elem

    def comment(self, text):
        if self._data:
            self._flush()
        return self._single(self._comment_factory(text), self.insert_comments)

    def pi(self, target, text=None):
        if self._data:
            self._flush()
        return self._single(self._pi_factory(target, text), self.insert_pis)


# ---------------------------------------------------------------------------
# the XML parser (its engine lives in xml.etree._xmlparser, loaded on first use)


class XMLParser:
    """An XML parser feeding a target (a TreeBuilder by default)."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = target
        self.entity = {}
        self.version = "Expat 2.5.0"
        from xml.etree._xmlparser import _Engine
        self._engine = _Engine(self, target, encoding)

    def feed(self, data):
        self._engine.feed(data)

    def close(self):
        return self._engine.close()

    def _setevents(self, events_queue, events_to_report):
        self._engine._setevents(events_queue, events_to_report)

    def _parse_whole(self, file):
        return self._engine._parse_whole(file)


# ---------------------------------------------------------------------------
# canonicalisation (C14N 2.0) is not provided

def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("canonicalize() is not available in Spindle")


class C14NWriterTarget:
    def __init__(self, write, **options):
        raise NotImplementedError("C14NWriterTarget is not available in Spindle")


from xml.etree import ElementPath
ElementPath._Element = Element
