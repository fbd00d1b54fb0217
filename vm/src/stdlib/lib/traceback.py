"""Extract, format and print Python stack traces and exceptions (Spindle).

Behaves like CPython 3.11's traceback module: the same text for tracebacks,
chained exceptions, exception groups, notes and syntax errors.  Source lines
come from linecache; column carets are drawn when the VM gives code objects
a co_positions() method.
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

_sentinel = object()

_BaseExceptionGroup = getattr(sys.modules.get('builtins'), 'BaseExceptionGroup', None)
if _BaseExceptionGroup is None:
    try:
        _BaseExceptionGroup = BaseExceptionGroup
    except NameError:
        _BaseExceptionGroup = None


# ---------------------------------------------------------------- printing

def _stderr(file):
    return sys.stderr if file is None else file


def print_list(extracted_list, file=None):
    """Print the entries of extract_tb()/extract_stack() output."""
    file = _stderr(file)
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format (filename, lineno, name, line) entries / FrameSummary objects."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to `limit` entries of a traceback object."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """The entries of a traceback as a list of formatted strings."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of a traceback object."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback and chained exceptions."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    file = _stderr(file)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception() would print, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a traceback: 'Type: message\\n' (and notes)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def _current_exc_info():
    return sys.exc_info()


def print_exc(limit=None, file=None, chain=True):
    """print_exception() of the exception being handled."""
    print_exception(*_current_exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """print_exc() as a string."""
    return "".join(format_exception(*_current_exc_info(), limit=limit,
                                    chain=chain))


def print_last(limit=None, file=None, chain=True):
    """print_exception() of sys.last_type / last_value / last_traceback."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def _caller_frame(depth):
    # The frame `depth` levels above the caller of _caller_frame.
    return sys._getframe(depth + 1)


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame `f` (default: the caller) down."""
    if f is None:
        f = _caller_frame(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """print_stack() as a list of strings."""
    if f is None:
        f = _caller_frame(1)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame `f` (default: the caller), oldest first."""
    if f is None:
        f = _caller_frame(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of the frames of a traceback."""
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass
        tb = tb.tb_next


# ---------------------------------------------------------------- summaries

class FrameSummary:
    """One frame of a stack: filename, lineno, name, line (and locals)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: _safe_string(v, 'local', func=repr)
                           for k, v in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The source line as it is in the file (whitespace kept).
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from frame `f` following f_back (default: the caller)."""
    if f is None:
        # (CPython 3.11 starts four frames above this generator's own frame)
        f = sys._getframe()
        for _ in range(4):
            if f is None:
                break
            f = f.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback object."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index is None or instruction_index < 0:
        return None
    positions = getattr(code, 'co_positions', None)
    if positions is None:
        return None
    try:
        i = instruction_index // 2
        for pos in positions():
            if i == 0:
                return pos
            i -= 1
    except Exception:
        return None
    return None


def _walk_tb_with_full_positions(tb):
    # Like walk_tb, with (lineno, end_lineno, colno, end_colno) when known.
    while tb is not None:
        frame = tb.tb_frame
        lineno = tb.tb_lineno
        pos = None
        lasti = getattr(tb, 'tb_lasti', None)
        if lasti is not None:
            try:
                pos = _get_code_position(frame.f_code, lasti)
            except Exception:
                pos = None
        if pos is None or pos[0] is None or pos[0] != lineno:
            # (no column data, or data that does not match the line)
            yield frame, (lineno, None, None, None)
        else:
            yield frame, tuple(pos)
        tb = tb.tb_next


def _plain_positions(frame_gen):
    for f, lineno in frame_gen:
        yield f, (lineno, None, None, None)


def _byte_offset_to_character_offset(s, offset):
    as_utf8 = s.encode('utf-8')
    return len(as_utf8[:offset].decode("utf-8", errors="replace"))


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Build a StackSummary from an iterable of (frame, lineno) pairs."""
        return klass._extract_from_extended_frame_gen(
            _plain_positions(frame_gen), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                kept = []
                if limit:
                    for item in frame_gen:
                        kept.append(item)
                        if len(kept) >= limit:
                            break
                frame_gen = kept
            else:
                frame_gen = list(frame_gen)[limit:]

        result = klass()
        fnames = []
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            filename = co.co_filename
            name = co.co_name
            if filename not in fnames:
                fnames.append(filename)
            try:
                linecache.lazycache(filename, f.f_globals)
            except Exception:
                pass
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Build a StackSummary from FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one frame: the File line, the source line, carets, locals."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            row.append('    {}\n'.format(line))
            carets = _carets(frame_summary, line)
            if carets:
                row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """A list of strings, one per frame (repeated recursion is collapsed)."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            if (last_file is None or last_file != fs.filename or
                    last_line is None or last_line != fs.lineno or
                    last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last_file = fs.filename
                last_line = fs.lineno
                last_name = fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(count):
    return (f'  [Previous line repeated {count} more '
            f'time{"s" if count > 1 else ""}]\n')


# ---------------------------------------------------------------- carets

def _carets(fs, stripped_line):
    # The '    ^^^^' line under a frame's source line, or None.
    if fs.colno is None or fs.end_colno is None:
        return None
    original = fs._original_line
    # (like CPython: the count includes the newline, offsets are 1-based)
    stripped_chars = len(original) - len(stripped_line)
    start = _byte_offset_to_character_offset(original, fs.colno) + 1
    end = _byte_offset_to_character_offset(original, fs.end_colno) + 1
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            anchors = _caret_anchors(original[start - 1:end - 1])
        except Exception:
            anchors = None
    else:
        end = stripped_chars + len(stripped_line)
    if not (end - start < len(stripped_line) or
            (anchors and anchors[1] - anchors[0] > 0)):
        return None
    parts = ['    ', ' ' * (start - stripped_chars)]
    if anchors:
        left, right = anchors
        parts.append('~' * left)
        parts.append('^' * (right - left))
        parts.append('~' * (end - start - right))
    else:
        parts.append('^' * (end - start))
    parts.append('\n')
    return ''.join(parts)


# Binary operators by precedence level (lowest first); '**' binds right.
_BINOP_LEVEL = {'|': 0, '^': 1, '&': 2, '<<': 3, '>>': 3, '+': 4, '-': 4,
                '*': 5, '/': 5, '//': 5, '%': 5, '@': 5, '**': 6}
_NOT_EXPR_KEYWORDS = frozenset((
    'lambda', 'if', 'else', 'or', 'and', 'not', 'in', 'is', 'for', 'async',
    'await', 'yield', 'return', 'raise', 'del', 'assert', 'import', 'from',
    'pass', 'break', 'continue', 'global', 'nonlocal', 'class', 'def',
    'with', 'while', 'elif', 'try', 'except', 'finally', 'as', 'match',
    'case'))
_THREE_OPS = ('**=', '//=', '>>=', '<<=', '...')
_TWO_OPS = ('**', '//', '<<', '>>', '<=', '>=', '==', '!=', '->', ':=', '+=',
            '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=')
_STR_PREFIXES = frozenset(('r', 'b', 'f', 'u', 'rb', 'br', 'fr', 'rf'))


def _skip_string(seg, i):
    q = seg[i]
    if seg.startswith(q * 3, i):
        end = seg.find(q * 3, i + 3)
        if end < 0:
            raise ValueError('unterminated string')
        return end + 3
    j = i + 1
    n = len(seg)
    while j < n:
        c = seg[j]
        if c == '\\':
            j += 2
            continue
        if c == q:
            return j + 1
        j += 1
    raise ValueError('unterminated string')


def _tokens(seg):
    # A small tokenizer for a one-line expression: (kind, text, start, end)
    # with kind in 'name', 'num', 'str', 'op', 'open', 'close'.
    toks = []
    i, n = 0, len(seg)
    while i < n:
        c = seg[i]
        if c in ' \t\f\\\n\r':
            i += 1
            continue
        if c == '#':
            break
        start = i
        if c.isalpha() or c == '_' or ord(c) > 127:
            while i < n and (seg[i].isalnum() or seg[i] == '_' or ord(seg[i]) > 127):
                i += 1
            word = seg[start:i]
            if i < n and seg[i] in '\'"' and word.lower() in _STR_PREFIXES:
                i = _skip_string(seg, i)
                toks.append(('str', seg[start:i], start, i))
            else:
                toks.append(('name', word, start, i))
        elif c.isdigit() or (c == '.' and i + 1 < n and seg[i + 1].isdigit()):
            i += 1
            while i < n:
                d = seg[i]
                if d.isalnum() or d in '._':
                    i += 1
                elif d in '+-' and seg[i - 1] in 'eE' and \
                        not seg[start:start + 2].lower() in ('0x', '0b', '0o'):
                    i += 1
                else:
                    break
            toks.append(('num', seg[start:i], start, i))
        elif c in '\'"':
            i = _skip_string(seg, i)
            toks.append(('str', seg[start:i], start, i))
        elif c in '([{':
            toks.append(('open', c, i, i + 1))
            i += 1
        elif c in ')]}':
            toks.append(('close', c, i, i + 1))
            i += 1
        else:
            op = seg[i:i + 3]
            if op not in _THREE_OPS:
                op = seg[i:i + 2]
                if op not in _TWO_OPS:
                    op = c
            toks.append(('op', op, i, i + len(op)))
            i += len(op)
    return toks


def _matching(toks, i):
    depth = 0
    for j in range(i, len(toks)):
        kind = toks[j][0]
        if kind == 'open':
            depth += 1
        elif kind == 'close':
            depth -= 1
            if depth == 0:
                return j
    return -1


def _is_operand_end(tok):
    kind = tok[0]
    if kind == 'name':
        return tok[1] not in _NOT_EXPR_KEYWORDS
    return kind in ('num', 'str', 'close')


def _plain_group(toks, i, j):
    # Is toks[i..j] '( expr )' -- parentheses that make no AST node of their
    # own (not a call, a tuple or a generator expression)?
    if toks[i][1] != '(' or j - i < 2:
        return False
    if i > 0 and _is_operand_end(toks[i - 1]):
        return False
    depth = 0
    for k in range(i + 1, j):
        kind, text = toks[k][0], toks[k][1]
        if kind == 'open':
            depth += 1
        elif kind == 'close':
            depth -= 1
        elif depth == 0 and (text == ',' or text == 'for' or text == 'yield'):
            return False
    return True


def _node_end(toks, i):
    # Column where the AST node ending with token i ends.
    while toks[i][1] == ')':
        depth = 0
        j = i
        while j >= 0:
            kind = toks[j][0]
            if kind == 'close':
                depth += 1
            elif kind == 'open':
                depth -= 1
                if depth == 0:
                    break
            j -= 1
        if j < 0 or not _plain_group(toks, j, i):
            break
        i -= 1
    return toks[i][3]


def _node_start(toks, i):
    # Column where the AST node starting with token i starts.
    while toks[i][1] == '(':
        j = _matching(toks, i)
        if j < 0 or not _plain_group(toks, i, j):
            break
        i += 1
    return toks[i][2]


def _caret_anchors(segment):
    # (left_end, right_start) when the segment is a single binary operation
    # or subscript expression, as CPython finds them with the ast module.
    toks = _tokens(segment)
    if not toks:
        return None
    first, last = 0, len(toks) - 1
    # redundant enclosing parentheses
    while (last - first >= 2 and toks[first][1] == '(' and
           _matching(toks, first) == last and _plain_group(toks, first, last)):
        first += 1
        last -= 1
    depth = 0
    best = None          # (level, token index)
    prev_operand = False
    unary_at = -1
    last_open = -1
    for idx in range(first, last + 1):
        kind, text = toks[idx][0], toks[idx][1]
        if kind == 'open':
            if depth == 0:
                last_open = idx
            depth += 1
            prev_operand = False
            continue
        if kind == 'close':
            depth -= 1
            if depth < 0:
                return None
            prev_operand = True
            continue
        if depth:
            continue
        if kind == 'op':
            level = _BINOP_LEVEL.get(text)
            if prev_operand and level is not None:
                if best is None or level < best[0] or (level == best[0] and text != '**'):
                    best = (level, idx)
            elif not prev_operand and text in ('-', '+', '~'):
                unary_at = idx
            elif prev_operand and text == '.':
                pass
            else:
                return None
            prev_operand = False
            continue
        if kind == 'name' and text in _NOT_EXPR_KEYWORDS:
            if text == 'await' and not prev_operand:
                continue
            return None
        if prev_operand and not (kind == 'str' and toks[idx - 1][0] == 'str'):
            return None
        prev_operand = True
    if depth or not prev_operand:
        return None
    if best is not None:
        level, idx = best
        if level == 6 and unary_at >= 0 and unary_at < idx:
            return None
        # CPython mixes byte offsets (from the AST) and character indexes
        # here; do the same so non-ASCII lines get the same carets.
        left_end = _node_end(toks, idx - 1)
        right_start = _node_start(toks, idx + 1)
        gap = segment[left_end:right_start]
        offset = len(gap) - len(gap.lstrip())
        left = len(segment[:left_end].encode('utf-8')) + offset
        right = left + 1
        if offset + 1 < len(gap) and not gap[offset + 1].isspace():
            right += 1
        n = len(segment)
        while left < n and (segment[left].isspace() or segment[left] in ')#'):
            left += 1
            right += 1
        return (_byte_offset_to_character_offset(segment, left),
                _byte_offset_to_character_offset(segment, right))
    if unary_at >= 0:
        return None
    if (last_open > first and toks[last_open][1] == '[' and
            toks[last][1] == ']' and
            _matching(toks, last_open) == last and last - last_open > 1):
        n = len(segment)
        left = toks[last_open - 1][3]
        while left < n and segment[left] != '[':
            left += 1
        slice_end = _node_end(toks, last - 1)
        right = _byte_offset_to_character_offset(
            segment, len(segment[:slice_end].encode('utf-8')) + 1)
        while right < n and segment[right] != ']':
            right += 1
        if right < n:
            right += 1
        return (left, right)
    return None


# ---------------------------------------------------------------- exceptions

class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            if indent_str:
                yield ''.join(indent_str + line
                              for line in text.splitlines(True))
            else:
                yield text


def _is_sequence(obj):
    if isinstance(obj, (list, tuple, str, range)):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    t = type(obj)
    return hasattr(t, '__getitem__') and hasattr(t, '__len__') and \
        not hasattr(t, 'keys')


class TracebackException:
    """An exception ready for rendering: its stack summary, message and chain.

    Attributes: exc_type, stack, __cause__, __context__, __suppress_context__,
    __notes__, exceptions (for groups), and filename, lineno, end_lineno,
    text, offset, end_offset, msg for syntax errors.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth

        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)

        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, 'filename', None)
            lno = getattr(exc_value, 'lineno', None)
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = getattr(exc_value, 'text', None)
            self.offset = getattr(exc_value, 'offset', None)
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = getattr(exc_value, 'msg', None)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)

        # Chained exceptions and group members, built iteratively.
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if (e is not None and e.__cause__ is not None
                    and id(e.__cause__) not in _seen):
                cause = TracebackException(
                    type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals,
                    max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
            else:
                cause = None

            if compact:
                need_context = (cause is None and e is not None and
                                not e.__suppress_context__)
            else:
                need_context = True
            if (e is not None and e.__context__ is not None
                    and need_context and id(e.__context__) not in _seen):
                context = TracebackException(
                    type(e.__context__), e.__context__,
                    e.__context__.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals,
                    max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
            else:
                context = None

            if (_BaseExceptionGroup is not None and e is not None
                    and isinstance(e, _BaseExceptionGroup)):
                exceptions = []
                for exc in e.exceptions:
                    texc = TracebackException(
                        type(exc), exc, exc.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                    exceptions.append(texc)
            else:
                exceptions = None

            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
            if exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception instance."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the 'Type: message' line(s) (syntax error details, notes)."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return

        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype

        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)

        notes = self.__notes__
        if notes is not None:
            if _is_sequence(notes):
                for note in notes:
                    note = _safe_string(note, 'note')
                    for line in note.split('\n'):
                        yield line + '\n'
            else:
                yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)

        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = (self.end_offset
                              if self.end_offset not in (None, 0) else offset)
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join(c if c.isspace() else ' '
                                         for c in ltext[:colno])
                    yield '    {}{}\n'.format(caretspace,
                                              '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the formatted exception, chain included."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()

        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif (exc.__context__ is not None and
                      not exc.__suppress_context__):
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(
                    f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, _ctx):
        exc = self
        is_toplevel = (_ctx.exception_group_depth == 0)
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit(
                'Exception Group Traceback (most recent call last):\n',
                margin_char='+' if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        width = self.max_group_width
        if num_excs <= width:
            n = num_excs
        else:
            n = width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = (i == n - 1)
            if last_exc:
                # The closing frame may be added by a recursive call
                _ctx.need_close = True
            truncated = (i >= width)
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() +
                   ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(
                    f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield (_ctx.indent() +
                       "+------------------------------------\n")
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the formatted exception to `file` (default sys.stderr)."""
        file = _stderr(file)
        for line in self.format(chain=chain):
            print(line, file=file, end="")
