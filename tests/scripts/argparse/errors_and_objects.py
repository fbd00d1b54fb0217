import sys
import argparse


class Err:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s


def attempt(parser, args, how="parse_args"):
    saved = sys.stderr
    sys.stderr = err = Err()
    try:
        result = getattr(parser, how)(args)
    except SystemExit as e:
        sys.stderr = saved
        lines = err.text.splitlines()
        print("exit", e.code, lines[-1] if lines else "")
        return
    finally:
        sys.stderr = saved
    print(result)


p = argparse.ArgumentParser(prog='err')
bad = [
    (('x',), dict(required=True)),
    (('x',), dict(dest='y')),
    (('--x',), dict(action='store', nargs=0)),
    (('--x',), dict(action='append', nargs=0)),
    (('--x',), dict(const=1)),
    (('--x',), dict(action='bogus')),
    (('--x',), dict(type='int')),
    (('--x',), dict(nargs=2, metavar=('A',))),
    (('--x',), dict(nargs='+', metavar=('A', 'B', 'C'))),
    (('--x',), dict(nargs='x')),
    (('-',), dict()),
    (('x', 'y'), dict()),
    (('--x', 'y'), dict()),
    (('--x',), dict(action='store_true', nargs=1)),
    (('-h',), dict()),
    (('-h', '--help', '--other'), dict()),
]
for args, kw in bad:
    try:
        p.add_argument(*args, **kw)
        print('ok', args)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ':', e)
        # expect: TypeError: 'required' is an invalid argument for positionals
        # expect: ValueError: dest supplied twice for positional argument
        # expect: ValueError: nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate
        # expect: ValueError: nargs for append actions must be != 0; if arg strings are not supplying the value to append, the append const action may be more appropriate
        # expect: ValueError: nargs must be '?' to supply const
        # expect: ValueError: unknown action "bogus"
        # expect: ValueError: 'int' is not callable
        # expect: ValueError: length of metavar tuple does not match nargs
        # expect: ValueError: length of metavar tuple does not match nargs
        # expect: ValueError: invalid nargs value
        # expect: ValueError: dest= is required for options like '-'
        # expect: ValueError: invalid option string 'x': must start with a character '-'
        # expect: ValueError: invalid option string 'y': must start with a character '-'
        # expect: TypeError: _StoreTrueAction.__init__() got an unexpected keyword argument 'nargs'
        # expect: ArgumentError: argument -h: conflicting option string: -h
        # expect: ArgumentError: argument -h/--help/--other: conflicting option strings: -h, --help
g = p.add_mutually_exclusive_group()
try:
    g.add_argument('--r', required=True)
except ValueError as e:
    print('ValueError:', e)
    # expect: ValueError: mutually exclusive arguments must be optional
try:
    argparse.ArgumentParser(conflict_handler='bogus')
except ValueError as e:
    print('ValueError:', e)
    # expect: ValueError: invalid conflict_resolution value: 'bogus'
p = argparse.ArgumentParser(prog='eoe', exit_on_error=False)
p.add_argument('--n', type=int)
p.add_argument('--c', choices=['a'])
for args in (['--n', 'x'], ['--c', 'b'], ['--n']):
    try:
        p.parse_args(args)
    except argparse.ArgumentError as e:
        print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
        # expect: ArgumentError: argument --n: invalid int value: 'x' | --n | invalid int value: 'x'
        # expect: ArgumentError: argument --c: invalid choice: 'b' (choose from 'a') | --c | invalid choice: 'b' (choose from 'a')
        # expect: ArgumentError: argument --n: expected one argument | --n | expected one argument
attempt(p, ['--zzz'])
# expect: exit 2 eoe: error: unrecognized arguments: --zzz
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is not even' % v)
    return v
p = argparse.ArgumentParser(prog='ty')
p.add_argument('--e', type=even)
p.add_argument('--l', type=lambda s: s.upper())
p.add_argument('--d', type=int, default='12')
p.add_argument('--f', type=float)
attempt(p, ['--e', '4', '--l', 'abc'])
# expect: Namespace(e=4, l='ABC', d=12, f=None)
attempt(p, ['--e', '3'])
# expect: exit 2 ty: error: argument --e: 3 is not even
attempt(p, ['--l', 'x', '--f', 'nan?'])
# expect: exit 2 ty: error: argument --f: invalid float value: 'nan?'
attempt(p, ['--e'])
# expect: exit 2 ty: error: argument --e: expected one argument
saved = sys.stderr
sys.stderr = err = Err()
try:
    p.error('custom problem')
except SystemExit as e:
    sys.stderr = saved
    print('exit', e.code, repr(err.text))
    # expect: exit 2 'usage: ty [-h] [--e E] [--l L] [--d D] [--f F]\nty: error: custom problem\n'
try:
    p.exit(3)
except SystemExit as e:
    print('exit', e.code)
    # expect: exit 3
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), ns != argparse.Namespace(a=2), 'a' in ns, 'z' in ns)
# expect: Namespace(a=1, b='x') True True True False
setattr(ns, 'with-dash', 3)
print(ns, vars(argparse.Namespace()), ns == 5)
# expect: Namespace(a=1, b='x', **{'with-dash': 3}) {} False
e = argparse.ArgumentError(None, 'plain msg')
print(str(e), e.argument_name)
# expect: plain msg None
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER)
# expect: ==SUPPRESS== ? * + A... ...
p = argparse.ArgumentParser(prog='rp', description='d')
act = p.add_argument('--foo', type=int, choices=[1, 2], help='foo')
print(p)
# expect: ArgumentParser(prog='rp', usage=None, description='d', formatter_class=<class 'argparse.HelpFormatter'>, conflict_handler='error', add_help=True)
print(act)
# expect: _StoreAction(option_strings=['--foo'], dest='foo', nargs=None, const=None, default=None, type=<class 'int'>, choices=[1, 2], required=False, help='foo', metavar=None)
print(p.add_argument('files', nargs='+', metavar='F'))
# expect: _StoreAction(option_strings=[], dest='files', nargs='+', const=None, default=None, type=None, choices=None, required=True, help=None, metavar='F')
print(argparse.FileType('r'), argparse.FileType('wb', 0), argparse.FileType('w', encoding='utf-8'))
# expect: FileType('r') FileType('wb', 0) FileType('w', encoding='utf-8')
print(isinstance(act, argparse.Action), issubclass(argparse.ArgumentError, Exception))
# expect: True True
p = argparse.ArgumentParser(prog='im')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
attempt(p, ['doit', '1', '--foo', 'bar', '2', '3'], 'parse_intermixed_args')
# expect: Namespace(foo='bar', cmd='doit', rest=[1, 2, 3])
attempt(p, ['doit', '1', '--foo', 'bar', '2', '3'])
# expect: exit 2 im: error: unrecognized arguments: 2 3
attempt(p, ['a', '--foo', 'x', 'extra', '--bad'], 'parse_known_intermixed_args')
# expect: exit 2 im: error: argument rest: invalid int value: 'extra'
q = argparse.ArgumentParser(prog='im2')
q.add_argument('x', nargs='...')
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print('TypeError:', e)
    # expect: TypeError: parse_intermixed_args: positional arg with nargs=...
d = argparse.ArgumentParser()
d.add_argument('rest', nargs='*')
print(d.prog, d.parse_args(), d.format_usage(), end='')
# expect: errors_and_objects.py Namespace(rest=[]) usage: errors_and_objects.py [-h] [rest ...]
