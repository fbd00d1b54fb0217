"""Command-line parsing library (Spindle implementation).

Follows the behaviour of CPython 3.11's argparse: the same classes, options,
parsing rules, error messages and help/usage layout.  Help output is laid out
for a 78-column terminal (what CPython uses when COLUMNS is unset and stdout is
not a terminal).
"""

import re as _re
import sys as _sys

__version__ = '1.1'
__all__ = [
    'ArgumentParser',
    'ArgumentError',
    'ArgumentTypeError',
    'BooleanOptionalAction',
    'FileType',
    'HelpFormatter',
    'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter',
    'MetavarTypeHelpFormatter',
    'Namespace',
    'Action',
    'ONE_OR_MORE',
    'OPTIONAL',
    'PARSER',
    'REMAINDER',
    'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='

OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'

_DEFAULT_WIDTH = 78          # 80 columns minus 2, as CPython without COLUMNS


def _(message):
    return message


def ngettext(singular, plural, n):
    if n == 1:
        return singular
    return plural


# =============================
# Utility functions and classes
# =============================

class _AttributeHolder(object):
    """Gives a ClassName(attr=value, ...) repr built from _get_kwargs()."""

    def __repr__(self):
        pieces = []
        extra = {}
        for arg in self._get_args():
            pieces.append(repr(arg))
        for name, value in self._get_kwargs():
            if name.isidentifier():
                pieces.append('%s=%r' % (name, value))
            else:
                extra[name] = value
        if extra:
            pieces.append('**%s' % repr(extra))
        return '%s(%s)' % (type(self).__name__, ', '.join(pieces))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    try:
        import copy
    except ImportError:
        copy = None
    if copy is not None:
        return copy.copy(items)
    # no copy module: shallow-copy what knows how, like copy.copy would
    if isinstance(items, (tuple, str, bytes, frozenset)):
        return items
    method = getattr(items, 'copy', None)
    return method() if method is not None else items


# ===============
# Formatting Help
# ===============

_ws_matcher = _re.compile(r'\s+', _re.ASCII)
_long_break_matcher = _re.compile(r'\n\n\n+')
_usage_part_re = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')
_open_space_re = _re.compile(r'([\[(]) ')
_space_close_re = _re.compile(r' ([\])])')
_empty_pair_re = _re.compile(r'[\[(] *[\])]')


class HelpFormatter(object):
    """Formatter for generating usage messages and argument help strings.

    Only the name of this class is considered a public API.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _DEFAULT_WIDTH
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section
        self._whitespace_matcher = _ws_matcher
        self._long_break_matcher = _long_break_matcher

    # -- indentation --

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    class _Section(object):

        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            fmt = self.formatter
            nested = self.parent is not None
            if nested:
                fmt._indent()
            body = fmt._join_parts([func(*args) for func, args in self.items])
            if nested:
                fmt._dedent()
            if not body:
                return ''
            heading = self.heading
            if heading is not SUPPRESS and heading is not None:
                head = '%*s%s:\n' % (fmt._current_indent, '', heading)
            else:
                head = ''
            return fmt._join_parts(['\n', head, body, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    # -- message building --

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, (usage, actions, groups, prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocation = self._format_action_invocation
        longest = len(invocation(action))
        for sub in self._iter_indented_subactions(action):
            n = len(invocation(sub))
            if n > longest:
                longest = n
        length = longest + self._current_indent
        if length > self._action_max_length:
            self._action_max_length = length
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering --

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = self._long_break_matcher.sub('\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join([p for p in part_strings if p and p is not SUPPRESS])

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')

        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = []
            positionals = []
            for action in actions:
                if action.option_strings:
                    optionals.append(action)
                else:
                    positionals.append(action)
            fmt = self._format_actions_usage
            action_usage = fmt(optionals + positionals, groups)
            usage = prog + ' ' + action_usage if action_usage else prog

            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                # too long: wrap, keeping bracketed groups together
                opt_usage = fmt(optionals, groups)
                pos_usage = fmt(positionals, groups)
                opt_parts = _usage_part_re.findall(opt_usage)
                pos_parts = _usage_part_re.findall(pos_usage)
                assert ' '.join(opt_parts) == opt_usage
                assert ' '.join(pos_parts) == pos_usage

                def wrap_parts(parts, indent, first_prefix=None):
                    out = []
                    cur = []
                    if first_prefix is not None:
                        used = len(first_prefix) - 1
                    else:
                        used = len(indent) - 1
                    for part in parts:
                        if cur and used + 1 + len(part) > text_width:
                            out.append(indent + ' '.join(cur))
                            cur = []
                            used = len(indent) - 1
                        cur.append(part)
                        used += len(part) + 1
                    if cur:
                        out.append(indent + ' '.join(cur))
                    if first_prefix is not None:
                        out[0] = out[0][len(indent):]
                    return out

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = wrap_parts([prog] + opt_parts, indent, prefix)
                        lines.extend(wrap_parts(pos_parts, indent))
                    elif pos_parts:
                        lines = wrap_parts([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = ' ' * len(prefix)
                    lines = wrap_parts(opt_parts + pos_parts, indent)
                    if len(lines) > 1:
                        lines = wrap_parts(opt_parts, indent)
                        lines.extend(wrap_parts(pos_parts, indent))
                    lines = [prog] + lines
                usage = '\n'.join(lines)

        return '%s%s\n\n' % (prefix, usage)

    def _format_actions_usage(self, actions, groups):
        grouped = set()
        inserts = {}
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            end = start + len(members)
            if actions[start:end] != members:
                continue
            shown = 0
            for action in members:
                grouped.add(action)
                if action.help is not SUPPRESS:
                    shown += 1
            # optional groups get [...]; required ones (...) unless they
            # show a single choice
            if not group.required:
                opener, closer = '[', ']'
            elif shown > 1:
                opener, closer = '(', ')'
            else:
                opener = None
            if opener is not None:
                if start in inserts:
                    inserts[start] += ' ' + opener
                else:
                    inserts[start] = opener
                if end in inserts:
                    inserts[end] += closer
                else:
                    inserts[end] = closer
            for i in range(start + 1, end):
                inserts[i] = '|'

        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if inserts.get(i) == '|':
                    del inserts[i]
                elif inserts.get(i + 1) == '|':
                    del inserts[i + 1]
            elif not action.option_strings:
                default = self._get_default_metavar_for_positional(action)
                part = self._format_args(action, default)
                if action in grouped and part[0] == '[' and part[-1] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    default = self._get_default_metavar_for_optional(action)
                    part = '%s %s' % (action.option_strings[0],
                                      self._format_args(action, default))
                if not action.required and action not in grouped:
                    part = '[%s]' % part
                parts.append(part)

        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]

        text = ' '.join([p for p in parts if p is not None])
        # tidy the group brackets (the regexes can only change text that
        # holds a bracket or parenthesis)
        if '[' in text or '(' in text or ']' in text or ')' in text:
            text = _open_space_re.sub(r'\1', text)
            text = _space_close_re.sub(r'\1', text)
            text = _empty_pair_re.sub('', text)
        return text.strip()

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, text_width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = self._current_indent

        if not action.help:
            header = '%*s%s\n' % (indent, '', header)
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (indent, '', action_width, header)
            indent_first = 0
        else:
            header = '%*s%s\n' % (indent, '', header)
            indent_first = help_position

        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')

        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ', '.join(['%s %s' % (s, args_string)
                          for s in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get_metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _i in range(nargs)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(formats) % get_metavar(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        try:
            get_subactions = action._get_subactions
        except AttributeError:
            pass
        else:
            self._indent()
            yield from get_subactions()
            self._dedent()

    def _split_lines(self, text, width):
        text = self._whitespace_matcher.sub(' ', text).strip()
        import textwrap
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        text = self._whitespace_matcher.sub(' ', text).strip()
        import textwrap
        return textwrap.fill(text, width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Help message formatter which retains any formatting in descriptions."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Help message formatter which retains formatting of all help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Help message formatter which adds default values to argument help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Help message formatter which uses the argument 'type' as the default
    metavar value (instead of the argument 'dest')."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# =====================
# Options and Arguments
# =====================

def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class ArgumentError(Exception):
    """An error from creating or using an argument (optional or positional)."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return _('argument %(argument_name)s: %(message)s') % dict(
            message=self.message, argument_name=self.argument_name)


class ArgumentTypeError(Exception):
    """An error from trying to convert a command line string to a type."""
    pass


# ==============
# Action classes
# ==============

class Action(_AttributeHolder):
    """Information about how to convert command line strings to Python objects."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in
                ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                 'choices', 'required', 'help', 'metavar')]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


class BooleanOptionalAction(Action):

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith('--'):
                strings.append('--no-' + s[2:])
        Action.__init__(self, strings, dest, 0, None, default, type, choices,
                              required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default,
                        type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None,
                              None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default,
                                   required, help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default,
                                   required, help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default,
                        type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None,
                              None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None,
                              None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None,
                              None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, None, default, None,
                              None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):

    class _ChoicesPseudoAction(Action):

        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            Action.__init__(self, [], dest, None, None, None, None, None,
                                  False, help, metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, PARSER, None, None, None,
                              self._name_parser_map, required, help, metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(
                    self, _('conflicting subparser alias: %s') % alias)
        if 'help' in kwargs:
            help = kwargs.pop('help')
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            msg = _('unknown parser %(parser_name)r (choices: %(choices)s)') % {
                'parser_name': parser_name,
                'choices': ', '.join(self._name_parser_map)}
            raise ArgumentError(self, msg)
        # The sub-parser fills a fresh namespace whose values then override
        # the parent's (so sub-parser defaults win).
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(arg_strings)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ==============
# Type classes
# ==============

class FileType(object):
    """Factory for creating file object types (type=FileType('r'))."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                stream = _sys.stdin
            elif 'w' in self._mode or 'a' in self._mode or 'x' in self._mode:
                stream = _sys.stdout
            else:
                raise ValueError(_('argument "-" with mode %r') % self._mode)
            return stream.buffer if 'b' in self._mode else stream
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as e:
            raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s")
                                    % {'filename': string, 'error': e})

    def __repr__(self):
        args = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        for kw, value in (('encoding', self._encoding), ('errors', self._errors)):
            if value is not None:
                args.append('%s=%r' % (kw, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(args))


# ===========================
# Optional and Positional Parsing
# ===========================

class Namespace(_AttributeHolder):
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


_ACTION_REGISTRY = {
    None: _StoreAction,
    'store': _StoreAction,
    'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction,
    'append': _AppendAction,
    'append_const': _AppendConstAction,
    'count': _CountAction,
    'help': _HelpAction,
    'version': _VersionAction,
    'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}

_negative_number_re = _re.compile(r'^-\d+$|^-\d*\.\d+$')

# nargs values whose metavar formatting can never fail for a non-tuple metavar
_PLAIN_NARGS = (None, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, REMAINDER, PARSER,
                SUPPRESS)


class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler

        self._registries = {'action': dict(_ACTION_REGISTRY)}
        self._get_handler()

        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _negative_number_re
        self._has_negative_number_optionals = []

    # -- registration --

    def register(self, registry_name, value, object):
        registry = self._registries.setdefault(registry_name, {})
        registry[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    # -- defaults --

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # -- adding arguments --

    def add_argument(self, *args, **kwargs):
        """
        add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        if not args or len(args) == 1 and args[0][0] not in self.prefix_chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)

        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        atype = action.type
        type_func = self._registries['type'].get(atype, atype)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (type_func,))

        # Check that the metavar fits nargs by formatting the arguments once
        # (only parsers can format; skipped when it cannot fail).
        nargs = action.nargs
        if (isinstance(action.metavar, tuple)
                or not (type(nargs) is int or nargs in _PLAIN_NARGS)):
            if hasattr(self, '_get_formatter'):
                try:
                    self._get_formatter()._format_args(action, None)
                except TypeError:
                    raise ValueError("length of metavar tuple does not match nargs")

        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        option_strings = action.option_strings
        if option_strings:
            self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        table = self._option_string_actions
        for option_string in option_strings:
            table[option_string] = action
        for option_string in option_strings:
            if (len(option_string) > 1 and option_string[0] == '-'
                    and (option_string[1].isdigit() or option_string[1] == '.')
                    and self._negative_number_matcher.match(option_string)):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are named %r')
                                 % (group.title))
            by_title[group.title] = group

        target = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title,
                    description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                target[action] = by_title[group.title]

        for group in container._mutually_exclusive_groups:
            mutex_group = self.add_mutually_exclusive_group(
                required=group.required)
            for action in group._group_actions:
                target[action] = mutex_group

        for action in container._actions:
            target.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError(_("'required' is an invalid argument for positionals"))
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        option_strings = []
        first_long = None
        for option_string in args:
            if not option_string[0] in chars:
                raise ValueError(_('invalid option string %(option)r: '
                                   'must start with a character %(prefix_chars)r')
                                 % {'option': option_string, 'prefix_chars': chars})
            option_strings.append(option_string)
            if (first_long is None and len(option_string) > 1
                    and option_string[1] in chars):
                first_long = option_string

        dest = kwargs.pop('dest', None)
        if dest is None:
            source = first_long if first_long is not None else option_strings[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError(_('dest= is required for options like %r')
                                 % option_string)
            dest = dest.replace('-', '_')
        kwargs['dest'] = dest
        kwargs['option_strings'] = option_strings
        return kwargs

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    # -- option string conflicts --

    def _get_handler(self):
        name = '_handle_conflict_%s' % self.conflict_handler
        try:
            return getattr(self, name)
        except AttributeError:
            raise ValueError(_('invalid conflict_resolution value: %r')
                             % self.conflict_handler)

    def _check_conflict(self, action):
        table = self._option_string_actions
        clashes = [(s, table[s]) for s in action.option_strings if s in table]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = ngettext('conflicting option string: %s',
                           'conflicting option strings: %s',
                           len(conflicting_actions))
        names = ', '.join([s for s, _a in conflicting_actions])
        raise ArgumentError(action, message % names)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for option_string, other in conflicting_actions:
            other.option_strings.remove(option_string)
            self._option_string_actions.pop(option_string, None)
            if not other.option_strings:
                other.container._remove_action(other)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        # A group shares all its bookkeeping with its container.
        self.description = description
        self.argument_default = kwargs.pop('argument_default',
                                           container.argument_default)
        self.prefix_chars = kwargs.pop('prefix_chars', container.prefix_chars)
        self.conflict_handler = kwargs.pop('conflict_handler',
                                           container.conflict_handler)
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError("_ActionsContainer.__init__() got an unexpected "
                            "keyword argument '%s'" % name)
        self._get_handler()
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._action_groups = []
        self._defaults = container._defaults
        self._negative_number_matcher = _negative_number_re
        self._has_negative_number_optionals = \
            container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _ActionsContainer._remove_action(self, action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        _deprecated("Nesting argument groups is deprecated.")
        return _ActionsContainer.add_argument_group(self, *args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        _deprecated("Nesting mutually exclusive groups is deprecated.")
        return _ArgumentGroup.add_mutually_exclusive_group(self, *args,
                                                           **kwargs)


def _deprecated(message):
    try:
        import warnings
    except ImportError:
        return
    # stacklevel 3: the caller of the nesting method
    warnings.warn(message, category=DeprecationWarning, stacklevel=3)


def _identity(string):
    return string


_nargs_regex_cache = {}


def _arg_count_for_optional(action, pattern, pos):
    """How many 'A' slots an optional takes from pattern[pos:], or -1 when
    its nargs cannot be satisfied (same answers as matching the regex from
    _get_nargs_pattern, with '-' markers excluded)."""
    nargs = action.nargs
    n = len(pattern)
    if nargs is None:
        return 1 if pos < n and pattern[pos] == 'A' else -1
    if nargs == OPTIONAL:
        return 1 if pos < n and pattern[pos] == 'A' else 0
    if nargs == ZERO_OR_MORE or nargs == ONE_OR_MORE:
        i = pos
        while i < n and pattern[i] == 'A':
            i += 1
        if nargs == ONE_OR_MORE and i == pos:
            return -1
        return i - pos
    if nargs == REMAINDER or nargs == PARSER:
        i = pos
        while i < n and (pattern[i] == 'A' or pattern[i] == 'O'):
            i += 1
        if nargs == PARSER and (i == pos or pattern[pos] != 'A'):
            return -1
        return i - pos
    if nargs == SUPPRESS:
        return 0
    count = len('A' * nargs)
    if pattern[pos:pos + count] == 'A' * count:
        return count
    return -1


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Object for parsing command line strings into Python objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description, prefix_chars,
                                   argument_default, conflict_handler)
        if prog is None:
            argv0 = _sys.argv[0] if _sys.argv else ''
            prog = argv0.rsplit('/', 1)[-1]
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None

        self._registries['type'] = {None: _identity}

        default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help=_('show this help message and exit'))

        for parent in parents:
            self._add_container_actions(parent)
            try:
                defaults = parent._defaults
            except AttributeError:
                pass
            else:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in
                ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')]

    # -- optional/positional adding --

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))

        kwargs.setdefault('parser_class', type(self))

        if 'title' in kwargs or 'description' in kwargs:
            title = _(kwargs.pop('title', 'subcommands'))
            description = _(kwargs.pop('description', None))
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals

        # prog prefix for the sub-parsers: our usage with positionals only
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()

        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- command line parsing --

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error(_('unrecognized arguments: %s') % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)

        if namespace is None:
            namespace = Namespace()

        # defaults first, for every destination not already set
        if type(namespace) is Namespace:
            # a plain Namespace only has attributes of its own or underscore
            # names from its class: look in its __dict__ directly
            attrs = namespace.__dict__
            for action in self._actions:
                dest = action.dest
                if dest is not SUPPRESS and action.default is not SUPPRESS:
                    if dest not in attrs and (dest[:1] != '_'
                                              or not hasattr(namespace, dest)):
                        setattr(namespace, dest, action.default)
        else:
            for action in self._actions:
                dest = action.dest
                if dest is not SUPPRESS and action.default is not SUPPRESS:
                    if not hasattr(namespace, dest):
                        setattr(namespace, dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])

        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)

        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        # which actions exclude which (mutually exclusive groups)
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                others = conflicts.setdefault(member, [])
                others.extend(members[:i])
                others.extend(members[i + 1:])

        # Classify each argument: 'O' an option, 'A' an argument, '-' the
        # first '--' (everything after it is an argument).
        option_at = {}
        kinds = []
        parse_optional = self._parse_optional
        cls = type(self)
        # With the stock _parse_optional, strings that cannot be options and
        # exact option strings are classified here without the call.
        stock_parse = cls._parse_optional is _stock_parse_optional
        chars = self.prefix_chars
        table = self._option_string_actions
        total = len(arg_strings)
        i = 0
        while i < total:
            arg = arg_strings[i]
            if arg == '--':
                kinds.append('-')
                kinds.append('A' * (total - i - 1))
                break
            if stock_parse and (not arg or arg[0] not in chars):
                kinds.append('A')
            elif stock_parse and arg in table:
                option_at[i] = (table[arg], arg, None)
                kinds.append('O')
            else:
                found = parse_optional(arg)
                if found is None:
                    kinds.append('A')
                else:
                    option_at[i] = found
                    kinds.append('O')
            i += 1
        pattern = ''.join(kinds)

        seen = set()
        seen_non_default = set()
        extras = []

        def take_action(action, argument_strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, argument_strings)
            if values is not action.default:
                seen_non_default.add(action)
                excluded = conflicts.get(action)
                if excluded:
                    for other in excluded:
                        if other in seen_non_default:
                            raise ArgumentError(
                                action, _('not allowed with argument %s')
                                % _get_action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit_arg = option_at[start]
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit_arg is None:
                    first = start + 1
                    count = _arg_count_for_optional(action, pattern, first)
                    if count < 0:
                        self._match_argument(action, pattern[first:])
                    stop = first + count
                    if count == 1:
                        args = [arg_strings[first]]
                    elif count == 0:
                        args = []
                    else:
                        args = arg_strings[first:stop]
                    todo.append((action, args, option_string))
                    break
                # --opt=value, or -xyz meaning -x -y -z (or -x yz)
                count = self._match_argument(action, 'A')
                if (count == 0 and option_string[1] not in self.prefix_chars
                        and explicit_arg != ''):
                    todo.append((action, [], option_string))
                    option_string = option_string[0] + explicit_arg[0]
                    rest = explicit_arg[1:] or None
                    if option_string in self._option_string_actions:
                        action = self._option_string_actions[option_string]
                        explicit_arg = rest
                    else:
                        raise ArgumentError(
                            action, _('ignored explicit argument %r') % explicit_arg)
                elif count == 1:
                    stop = start + 1
                    todo.append((action, [explicit_arg], option_string))
                    break
                else:
                    raise ArgumentError(
                        action, _('ignored explicit argument %r') % explicit_arg)
            for act, args, opt in todo:
                take_action(act, args, opt)
            return stop

        positionals = self._get_positional_actions()

        def consume_positionals(start):
            if not positionals:
                return start
            counts = self._match_arguments_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                args = arg_strings[start:start + count]
                start += count
                take_action(action, args)
            del positionals[:len(counts)]
            return start

        stock_values = (cls._get_values is _stock_get_values
                        and cls._check_value is _stock_check_value)
        get_value = self._get_value
        indices = sorted(option_at)
        n_indices = len(indices)
        k = 0
        start = 0
        while True:
            while k < n_indices and indices[k] < start:
                k += 1
            if k == n_indices:
                break
            next_option = indices[k]
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start != next_option:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            if stock_values:
                # Fast path for the common "--opt VALUE" with nargs=None:
                # the same steps as consume_optional + take_action.
                action, option_string, explicit_arg = option_at[start]
                first = start + 1
                if (action is not None and explicit_arg is None
                        and action.nargs is None and first < total
                        and pattern[first] == 'A'):
                    seen.add(action)
                    value = get_value(action, arg_strings[first])
                    if action.choices is not None:
                        self._check_value(action, value)
                    if value is not action.default:
                        seen_non_default.add(action)
                        excluded = conflicts.get(action)
                        if excluded:
                            for other in excluded:
                                if other in seen_non_default:
                                    raise ArgumentError(
                                        action, _('not allowed with argument %s')
                                        % _get_action_name(other))
                    if value is not SUPPRESS:
                        if type(action) is _StoreAction:
                            setattr(namespace, action.dest, value)
                        else:
                            action(self, namespace, value, option_string)
                    start = first + 1
                    continue
            start = consume_optional(start)

        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        # required arguments, and string defaults that still need converting
        missing = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    missing.append(_get_action_name(action))
                else:
                    default = action.default
                    if (default is not None and isinstance(default, str)
                            and hasattr(namespace, action.dest)
                            and default is getattr(namespace, action.dest)):
                        setattr(namespace, action.dest,
                                self._get_value(action, default))
        if missing:
            self.error(_('the following arguments are required: %s')
                       % ', '.join(missing))

        for group in self._mutually_exclusive_groups:
            if group.required:
                for action in group._group_actions:
                    if action in seen_non_default:
                        break
                else:
                    names = [_get_action_name(a) for a in group._group_actions
                             if a.help is not SUPPRESS]
                    self.error(_('one of the arguments %s is required')
                               % ' '.join(names))

        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        result = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                result.append(arg_string)
                continue
            try:
                with open(arg_string[1:]) as args_file:
                    found = []
                    for arg_line in args_file.read().splitlines():
                        for arg in self.convert_arg_line_to_args(arg_line):
                            found.append(arg)
                    result.extend(self._read_args_from_files(found))
            except OSError as err:
                self.error(str(err))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        if action.option_strings:
            count = _arg_count_for_optional(action, arg_strings_pattern, 0)
        else:
            m = self._nargs_regex(self._get_nargs_pattern(action)).match(
                arg_strings_pattern)
            count = -1 if m is None else len(m.group(1))
        if count < 0:
            nargs = action.nargs
            if nargs is None:
                msg = _('expected one argument')
            elif nargs == OPTIONAL:
                msg = _('expected at most one argument')
            elif nargs == ONE_OR_MORE:
                msg = _('expected at least one argument')
            else:
                msg = ngettext('expected %s argument', 'expected %s arguments',
                               nargs) % nargs
            raise ArgumentError(action, msg)
        return count

    def _nargs_regex(self, source):
        compiled = _nargs_regex_cache.get(source)
        if compiled is None:
            compiled = _re.compile(source)
            _nargs_regex_cache[source] = compiled
        return compiled

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        patterns = [self._get_nargs_pattern(a) for a in actions]
        for i in range(len(actions), 0, -1):
            m = self._nargs_regex(''.join(patterns[:i])).match(arg_strings_pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _parse_optional(self, arg_string):
        if not arg_string:
            return None
        if not arg_string[0] in self.prefix_chars:
            return None

        table = self._option_string_actions
        if arg_string in table:
            return table[arg_string], arg_string, None

        if len(arg_string) == 1:
            return None

        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in table:
                return table[option_string], option_string, explicit_arg

        option_tuples = self._get_option_tuples(arg_string)
        if len(option_tuples) > 1:
            options = ', '.join([t[1] for t in option_tuples])
            self.error(_('ambiguous option: %(option)s could match %(matches)s')
                       % {'option': arg_string, 'matches': options})
        elif len(option_tuples) == 1:
            return option_tuples[0]

        if self._negative_number_matcher.match(arg_string):
            if not self._has_negative_number_optionals:
                return None

        if ' ' in arg_string:
            return None

        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        table = self._option_string_actions
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if '=' in option_string:
                    prefix, explicit_arg = option_string.split('=', 1)
                else:
                    prefix = option_string
                    explicit_arg = None
                for candidate in table:
                    if candidate.startswith(prefix):
                        result.append((table[candidate], candidate, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            short_prefix = option_string[:2]
            short_explicit_arg = option_string[2:]
            for candidate in table:
                if candidate == short_prefix:
                    result.append((table[candidate], candidate, short_explicit_arg))
                elif candidate.startswith(option_string):
                    result.append((table[candidate], candidate, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return result

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            source = '(-*A-*)'
        elif nargs == OPTIONAL:
            source = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            source = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            source = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            source = '([-AO]*)'
        elif nargs == PARSER:
            source = '(-*A[-AO]*)'
        elif nargs == SUPPRESS:
            source = '(-*-*)'
        else:
            source = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            source = source.replace('-*', '').replace('-', '')
        return source

    # -- intermixed parsing --

    def parse_intermixed_args(self, args=None, namespace=None):
        args, argv = self.parse_known_intermixed_args(args, namespace)
        if argv:
            self.error(_('unrecognized arguments: %s') % ' '.join(argv))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # First pass: options only (positionals switched off); second pass:
        # the leftover strings go to the positionals.
        positionals = self._get_positional_actions()
        bad = [a for a in positionals if a.nargs in (PARSER, REMAINDER)]
        if bad:
            raise TypeError('parse_intermixed_args: positional arg'
                            ' with nargs=%s' % bad[0].nargs)
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                if action in positionals:
                    raise TypeError('parse_intermixed_args: positional in'
                                    ' mutuallyExclusiveGroup')

        save_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            for action in positionals:
                action.save_nargs = action.nargs
                action.nargs = SUPPRESS
                action.save_default = action.default
                action.default = SUPPRESS
            try:
                namespace, remaining_args = self.parse_known_args(args, namespace)
                for action in positionals:
                    if (hasattr(namespace, action.dest)
                            and getattr(namespace, action.dest) == []):
                        try:
                            from warnings import warn
                        except ImportError:
                            warn = None
                        if warn is not None:
                            warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action in positionals:
                    action.nargs = action.save_nargs
                    action.default = action.save_default

            optionals = self._get_optional_actions()
            try:
                for action in optionals:
                    action.save_required = action.required
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.save_required = group.required
                    group.required = False
                namespace, extras = self.parse_known_args(remaining_args,
                                                          namespace)
            finally:
                for action in optionals:
                    action.required = action.save_required
                for group in self._mutually_exclusive_groups:
                    group.required = group.save_required
        finally:
            self.usage = save_usage
        return namespace, extras

    # -- value conversion --

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs != PARSER and nargs != REMAINDER and '--' in arg_strings:
            arg_strings.remove('--')

        if not arg_strings and nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)

        elif (not arg_strings and nargs == ZERO_OR_MORE
              and not action.option_strings):
            if action.default is not None:
                value = action.default
            else:
                value = arg_strings
            self._check_value(action, value)

        elif len(arg_strings) == 1 and (nargs is None or nargs == OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)

        elif nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]

        elif nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])

        elif nargs == SUPPRESS:
            value = SUPPRESS

        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)

        return value

    def _get_value(self, action, arg_string):
        atype = action.type
        type_func = self._registries['type'].get(atype, atype)
        if not callable(type_func):
            raise ArgumentError(action, _('%r is not callable') % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(atype, '__name__', repr(atype))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        choices = action.choices
        if choices is not None and value not in choices:
            raise ArgumentError(
                action, _('invalid choice: %(value)r (choose from %(choices)s)')
                % {'value': value, 'choices': ', '.join(map(repr, choices))})

    # -- help formatting --

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    # -- output --

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print a usage message with *message* to stderr and exit with 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n')
                  % {'prog': self.prog, 'message': message})


_stock_parse_optional = ArgumentParser._parse_optional
_stock_get_values = ArgumentParser._get_values
_stock_check_value = ArgumentParser._check_value
