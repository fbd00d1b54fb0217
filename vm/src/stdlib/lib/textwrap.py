"""Text wrapping and filling (Spindle implementation, CPython 3.11 behaviour)."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace characters textwrap knows about: only these six (ASCII).
_WS = '\t\n\x0b\x0c\r '
_WS_SET = frozenset(_WS)
_WORD_PUNCT = frozenset('!"\'&.,?')


def _is_word(c):
    return c == '_' or c.isalnum()


def _is_letter(c):
    return (c == '_' or c.isalnum()) and not c.isdecimal()


def _is_word_punct(c):
    return c in _WORD_PUNCT or c == '_' or c.isalnum()


def _dash_run_then_word(w, i, n):
    # True when w[i:] starts with two or more '-' followed by a word character.
    j = i
    while j < n and w[j] == '-':
        j += 1
    return j - i >= 2 and j < n and (w[j] == '_' or w[j].isalnum())


def _split_hyphenated(w, out):
    """Split one run of non-whitespace into chunks at hyphens and em-dashes."""
    n = len(w)
    p = 0
    while p < n:
        # An em-dash ("--" or longer) between words is a chunk of its own.
        if w[p] == '-' and p > 0 and _is_word_punct(w[p - 1]):
            j = p
            while j < n and w[j] == '-':
                j += 1
            if j - p >= 2 and j < n and _is_word(w[j]):
                out.append(w[p:j])
                p = j
                continue
        e = p + 1
        end = n
        while e < n:
            if w[e] == '-':
                before = w[e - 1]
                # hyphenated word: two letters (or letter-hyphen-letter) before
                # the hyphen, letter [hyphen] letter after it.
                if (_is_letter(before)
                        and ((e >= 2 and _is_letter(w[e - 2]))
                             or (e >= 3 and w[e - 2] == '-' and _is_letter(w[e - 3])))
                        and e + 2 < n and _is_letter(w[e + 1])
                        and (_is_letter(w[e + 2])
                             or (w[e + 2] == '-' and e + 3 < n and _is_letter(w[e + 3])))):
                    end = e + 1
                    break
                # word followed by an em-dash
                if _is_word_punct(before) and _dash_run_then_word(w, e, n):
                    end = e
                    break
            e += 1
        out.append(w[p:end])
        p = end


_ws_run_re = re.compile('([\t\n\x0b\x0c\r ]+)')

# The chunking rules as one regex (exposed as TextWrapper.wordsep_re; the
# default splitting uses the equivalent hand-written scanner above, and a
# subclass that sets its own wordsep_re gets that regex applied).
_ws_class = r'[\t\n\x0b\x0c\r ]'
_letter = r'[^\d\W]'
_word_punct = r'[\w!"\'&.,?]'
_wordsep_re = re.compile(
    r'(' + _ws_class + r'+'
    r'|(?<=' + _word_punct + r')-{2,}(?=\w)'
    r'|[^\t\n\x0b\x0c\r ]+?(?:'
    r'-(?:(?<=' + _letter + _letter + r'-)|(?<=' + _letter + r'-' + _letter + r'-))'
    r'(?=' + _letter + r'-?' + _letter + r')'
    r'|(?=' + _ws_class + r'|\Z)'
    r'|(?<=' + _word_punct + r')(?=-{2,}\w)))')


class TextWrapper:
    """Wrap and fill paragraphs of text."""

    unicode_whitespace_trans = {9: 32, 10: 32, 11: 32, 12: 32, 13: 32, 32: 32}

    wordsep_re = _wordsep_re

    wordsep_simple_re = _ws_run_re

    sentence_end_re = re.compile('[a-z][.!?]["\']?\\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- chunking ---------------------------------------------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            if self.wordsep_re is not _wordsep_re:
                return [c for c in self.wordsep_re.split(text) if c]
        elif self.wordsep_simple_re is not _ws_run_re:
            return [c for c in self.wordsep_simple_re.split(text) if c]
        pieces = _ws_run_re.split(text)
        chunks = []
        if self.break_on_hyphens:
            # pieces alternate: word, whitespace, word, ...
            for i in range(len(pieces)):
                piece = pieces[i]
                if not piece:
                    continue
                if i % 2 == 0 and '-' in piece:
                    _split_hyphenated(piece, chunks)
                else:
                    chunks.append(piece)
        else:
            for piece in pieces:
                if piece:
                    chunks.append(piece)
        return chunks

    def _fix_sentence_endings(self, chunks):
        search = self.sentence_end_re.search
        i = 0
        last = len(chunks) - 1
        while i < last:
            if chunks[i + 1] == " " and search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # prefer to break just after a hyphen, unless everything
                # before it is hyphens too
                h = chunk.rfind('-', 0, space_left)
                if h > 0 and chunk[:h].strip('-'):
                    cut = h + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        full_width = self.width
        if full_width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % full_width)
        max_lines = self.max_lines
        placeholder = self.placeholder
        drop_ws = self.drop_whitespace
        if max_lines is not None:
            ind = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(ind) + len(placeholder.lstrip()) > full_width:
                raise ValueError("placeholder too large for max width")

        lines = []
        chunks.reverse()
        while chunks:
            line = []
            line_len = 0
            ind = self.subsequent_indent if lines else self.initial_indent
            width = full_width - len(ind)

            if drop_ws and lines and chunks[-1].strip() == '':
                del chunks[-1]

            while chunks:
                n = len(chunks[-1])
                if line_len + n > width:
                    break
                line.append(chunks.pop())
                line_len += n

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, line_len, width)
                line_len = 0
                for c in line:
                    line_len += len(c)

            if drop_ws and line and line[-1].strip() == '':
                line_len -= len(line[-1])
                del line[-1]

            if not line:
                continue

            if (max_lines is None or len(lines) + 1 < max_lines
                    or ((not chunks
                         or (drop_ws and len(chunks) == 1 and not chunks[0].strip()))
                        and line_len <= width)):
                lines.append(ind + ''.join(line))
                continue

            # Out of lines: finish with the placeholder.
            while line:
                if line[-1].strip() and line_len + len(placeholder) <= width:
                    line.append(placeholder)
                    lines.append(ind + ''.join(line))
                    return lines
                line_len -= len(line[-1])
                del line[-1]
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(placeholder) <= full_width:
                    lines[-1] = prev + placeholder
                    return lines
            lines.append(ind + placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public -------------------------------------------------------------

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    lines = text.split('\n')
    margin = None
    for i in range(len(lines)):
        line = lines[i]
        body = line.lstrip(' \t')
        if not body:
            if line:
                lines[i] = ''
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            limit = min(len(lead), len(margin))
            while k < limit and lead[k] == margin[k]:
                k += 1
            margin = margin[:k]
    if margin:
        m = len(margin)
        for i in range(len(lines)):
            if lines[i].startswith(margin):
                lines[i] = lines[i][m:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    out = []
    if predicate is None:
        for line in text.splitlines(True):
            if line.strip():
                out.append(prefix + line)
            else:
                out.append(line)
    else:
        for line in text.splitlines(True):
            if predicate(line):
                out.append(prefix + line)
            else:
                out.append(line)
    return ''.join(out)
