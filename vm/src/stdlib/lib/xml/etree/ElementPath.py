"""The limited XPath subset used by Element.find(), findall(), findtext()
and iterfind() (Spindle implementation).

Supported syntax: tag, *, ., .., //, {uri}tag, {*}tag, {uri}*, {}tag, {}*,
prefix:tag (with a namespaces map; '' in the map is the default namespace),
[@attr], [@attr='v'], [@attr!='v'], [tag], [tag='text'], [tag!='text'],
[.='text'], [.!='text'], [N], [last()], [last()-N].

A compiled path is a list of selector functions; each takes the selection
context and an iterable of elements and returns an iterable of elements.
"""

# A token is a pair (op, tag): op is punctuation or a quoted literal, tag a
# name (possibly '{uri}'-qualified); a run of whitespace gives ('', '').
_NOT_TAG = "/[]()@!="
_TWO_CHAR_OPS = ("::", "//", "..", "()", "!=")
_ONE_CHAR_OPS = "/.*:[]()@="


def _tokens(path):
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c.isspace():
            j = i + 1
            while j < n and path[j].isspace():
                j += 1
            out.append(("", ""))
            i = j
            continue
        if c == "'" or c == '"':
            j = path.find(c, i + 1)
            if j >= 0:
                out.append((path[i:j + 1], ""))
                i = j + 1
                continue
        else:
            two = path[i:i + 2]
            if two in _TWO_CHAR_OPS:
                out.append((two, ""))
                i += 2
                continue
            if c in _ONE_CHAR_OPS:
                out.append((c, ""))
                i += 1
                continue
        # a name, optionally led by a '{...}' part (which may hold anything)
        j = i
        if c == "{":
            k = path.find("}", i + 1)
            if k > i + 1 and k + 1 < n:
                ch = path[k + 1]
                if ch not in _NOT_TAG and not ch.isspace():
                    j = k + 1
        while j < n:
            ch = path[j]
            if ch in _NOT_TAG or ch.isspace():
                break
            j += 1
        if j > i:
            out.append(("", path[i:j]))
            i = j
        else:
            i += 1      # a character no token accepts ('!' alone) is skipped
    return out


def xpath_tokenizer(pattern, namespaces=None):
    default_ns = namespaces.get("") if namespaces else None
    after_at = False
    for op, tag in _tokens(pattern):
        if tag and tag[0] != "{":
            if ":" in tag:
                prefix, local = tag.split(":", 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix)
                yield op, "{%s}%s" % (namespaces[prefix], local)
            elif default_ns and not after_at:
                yield op, "{%s}%s" % (default_ns, tag)
            else:
                yield op, tag
            after_at = False
        else:
            yield op, tag
            after_at = op == "@"


class _SelectorContext:
    parent_map = None

    def __init__(self, root):
        self.root = root


def get_parent_map(context):
    pm = context.parent_map
    if pm is None:
        pm = {}
        for parent in context.root.iter():
            for child in parent:
                pm[child] = parent
        context.parent_map = pm
    return pm


def _is_wildcard(tag):
    return tag[:3] == "{*}" or tag[-2:] == "}*"


def _tag_filter(tag):
    """A generator function filtering elements on a wildcard tag."""
    if tag == "{*}*":
        def keep(context, elems):
            for e in elems:
                if isinstance(e.tag, str):
                    yield e
    elif tag == "{}*":
        def keep(context, elems):
            for e in elems:
                t = e.tag
                if isinstance(t, str) and t[:1] != "{":
                    yield e
    elif tag[:3] == "{*}":
        local = tag[3:]
        suffix = tag[2:]
        cut = -len(suffix)

        def keep(context, elems):
            for e in elems:
                t = e.tag
                if t == local or t[cut:] == suffix:
                    yield e
    elif tag[-2:] == "}*":
        prefix = tag[:-1]
        size = len(prefix)

        def keep(context, elems):
            for e in elems:
                t = e.tag
                if isinstance(t, str) and t[:size] == prefix:
                    yield e
    else:
        raise RuntimeError("internal parser error, got %s" % tag)
    return keep


def _descendants(elem):
    """Every element below elem, in document order (not elem itself)."""
    it = elem._children.__iter__()
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


def _child_step(next_token, token):
    tag = token[1]
    if _is_wildcard(tag):
        keep = _tag_filter(tag)

        def all_children(elems):
            for elem in elems:
                yield from elem

        def select(context, elems):
            return keep(context, all_children(elems))
        return select
    if tag[:2] == "{}":
        tag = tag[2:]

    def select(context, elems):
        for elem in elems:
            for e in elem:
                if e.tag == tag:
                    yield e
    return select


def _star_step(next_token, token):
    def select(context, elems):
        for elem in elems:
            yield from elem
    return select


def _self_select(context, elems):
    return elems


def _self_step(next_token, token):
    return _self_select


def _descendant_step(next_token, token):
    token = next_token()
    if token[0] == "*":
        tag = "*"
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError("invalid descendant")
    if _is_wildcard(tag):
        keep = _tag_filter(tag)

        def below(elems):
            for elem in elems:
                for e in elem.iter():
                    if e is not elem:
                        yield e

        def select(context, elems):
            return keep(context, below(elems))
        return select
    if tag[:2] == "{}":
        tag = tag[2:]
    if tag == "*":
        def select(context, elems):
            for elem in elems:
                if elem.__class__ is _Element:
                    yield from _descendants(elem)
                else:
                    for e in elem.iter():
                        if e is not elem:
                            yield e
        return select

    def select(context, elems):
        for elem in elems:
            if elem.__class__ is not _Element:
                for e in elem.iter(tag):
                    if e is not elem:
                        yield e
                continue
            # inline walk: the hot case of './/tag'
            it = elem._children.__iter__()
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
                        break
                    it = stack.pop()
    return select


def _parent_step(next_token, token):
    def select(context, elems):
        parents = get_parent_map(context)
        seen = {}
        for elem in elems:
            if elem in parents:
                p = parents[elem]
                if p not in seen:
                    seen[p] = None
                    yield p
    return select


def _is_number(s):
    if s[:1] == "-":
        s = s[1:]
    return s.isdigit() and s.isascii()


def _text_of(elem):
    return "".join(elem.itertext())


def _predicate_step(next_token, token):
    # Collect the tokens up to ']' and classify them by their shape: each
    # token contributes its op (a quoted literal becomes "'") or '-' for a
    # name.
    shape = ""
    values = []
    while True:
        try:
            token = next_token()
        except StopIteration:
            return None
        op, tag = token
        if op == "]":
            break
        if not op and not tag:
            continue
        if op and op[0] in "'\"":
            op, tag = "'", op[1:-1]
        shape += op or "-"
        values.append(tag)

    if shape == "@-":
        key = values[1]

        def select(context, elems):
            for elem in elems:
                if elem.get(key) is not None:
                    yield elem
        return select

    if shape == "@-='" or shape == "@-!='":
        key = values[1]
        value = values[-1]
        if "!" in shape:
            def select(context, elems):
                for elem in elems:
                    v = elem.get(key)
                    if v is not None and v != value:
                        yield elem
        else:
            def select(context, elems):
                for elem in elems:
                    if elem.get(key) == value:
                        yield elem
        return select

    numeric = bool(values) and _is_number(values[0])

    if shape == "-" and not numeric:
        sub = values[0]

        def select(context, elems):
            for elem in elems:
                if elem.find(sub) is not None:
                    yield elem
        return select

    if shape in (".='", ".!='") or (shape in ("-='", "-!='") and not numeric):
        sub = values[0]
        value = values[-1]
        negate = "!" in shape
        if sub:
            if negate:
                def select(context, elems):
                    for elem in elems:
                        for e in elem.iterfind(sub):
                            if _text_of(e) != value:
                                yield elem
                                break
            else:
                def select(context, elems):
                    for elem in elems:
                        for e in elem.findall(sub):
                            if _text_of(e) == value:
                                yield elem
                                break
        elif negate:
            def select(context, elems):
                for elem in elems:
                    if _text_of(elem) != value:
                        yield elem
        else:
            def select(context, elems):
                for elem in elems:
                    if _text_of(elem) == value:
                        yield elem
        return select

    if shape == "-":
        index = int(values[0]) - 1
        if index < 0:
            raise SyntaxError("XPath position >= 1 expected")
    elif shape == "-()" or shape == "-()-":
        if values[0] != "last":
            raise SyntaxError("unsupported function")
        if shape == "-()-":
            try:
                index = int(values[2]) - 1
            except ValueError:
                raise SyntaxError("unsupported expression")
            if index > -2:
                raise SyntaxError("XPath offset from last() must be negative")
        else:
            index = -1
    else:
        raise SyntaxError("invalid predicate")

    def select(context, elems):
        parents = get_parent_map(context)
        for elem in elems:
            try:
                siblings = parents[elem].findall(elem.tag)
                if siblings[index] is elem:
                    yield elem
            except (IndexError, KeyError):
                pass
    return select


_steps = {
    "": _child_step,
    "*": _star_step,
    ".": _self_step,
    "..": _parent_step,
    "//": _descendant_step,
    "[": _predicate_step,
}

_cache = {}


def _compile(path, namespaces):
    if namespaces:
        key = (path,) + tuple(sorted(namespaces.items()))
    else:
        key = path
    try:
        return _cache[key]
    except KeyError:
        pass
    if len(_cache) > 100:
        _cache.clear()
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    next_token = xpath_tokenizer(path, namespaces).__next__
    try:
        token = next_token()
    except StopIteration:
        return None
    steps = []
    while True:
        op = token[0]
        if op not in _steps:
            raise KeyError(op)
        try:
            step = _steps[op](next_token, token)
            # '.' passes its input through: it need not run
            if step is not _self_select:
                steps.append(step)
        except StopIteration:
            raise SyntaxError("invalid path") from None
        try:
            token = next_token()
            if token[0] == "/":
                token = next_token()
        except StopIteration:
            break
    _cache[key] = steps
    return steps


def iterfind(elem, path, namespaces=None):
    if path[-1:] == "/":
        path = path + "*"
    steps = _compile(path, namespaces)
    if steps is None:
        return None
    result = [elem]
    if steps:
        context = _SelectorContext(elem)
        for step in steps:
            result = step(context, result)
    return iter(result) if result.__class__ is list else result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    for e in iterfind(elem, path, namespaces):
        t = e.text
        return "" if t is None else t
    return default


# set by ElementTree once it has defined Element (avoids an import cycle)
_Element = None
