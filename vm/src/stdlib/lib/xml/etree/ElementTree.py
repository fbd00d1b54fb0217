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
import re

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
    try:
        exc = PermissionError
    except NameError:
        import os
        exc = os._SandboxPermissionError
    return exc(13, "Permission denied: %r is not available in the Spindle sandbox" % what)


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
                if self._tail:
                    last.tail = text
                else:
                    last.text = text
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
            self._flush()
            self._elem[-1].append(elem)
            self._last = elem
            self._tail = True
        return elem

    def comment(self, text):
        return self._single(self._comment_factory(text), self.insert_comments)

    def pi(self, target, text=None):
        return self._single(self._pi_factory(target, text), self.insert_pis)


# ---------------------------------------------------------------------------
# the XML parser

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


class XMLParser:
    """An XML parser feeding a target (a TreeBuilder by default)."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = target
        self.entity = {}
        self.version = "Expat 2.5.0"
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
            if name in self.entity:
                return self.entity[name], q + 1
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
                return q
            if q == p:
                return q
            r = q
            while r < k and (_is_name_char(s[r]) or s[r] == ":"):
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
                return r + 1
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
                break
            if s.startswith("<!--", p, n):
                k = s.find("--", p + 4, n)
                if k < 0 or k + 2 >= n:
                    raise _Incomplete(p)
                if s[k + 2] != ">":
                    self._raise(4, k + 2)
                p = k + 3
            elif s.startswith("<?", p, n):
                k = s.find("?>", p + 2, n)
                if k < 0:
                    raise _Incomplete(p)
                p = k + 2
            elif c == "<" and (p + 1 >= n or s[p + 1] != "!"):
                if p + 1 >= n:
                    raise _Incomplete(p)
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
                k = self._ref_end(s, start + k, q - 1) - start
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
            k = s.find("&", p + 1, q - 1)
            while k >= 0:
                k = s.find("&", self._ref_end(s, k, q - 1), q - 1)
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


# ---------------------------------------------------------------------------
# canonicalisation (C14N 2.0) is not provided

def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("canonicalize() is not available in Spindle")


class C14NWriterTarget:
    def __init__(self, write, **options):
        raise NotImplementedError("C14NWriterTarget is not available in Spindle")


from xml.etree import ElementPath
ElementPath._Element = Element
