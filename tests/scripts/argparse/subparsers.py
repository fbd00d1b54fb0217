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


p = argparse.ArgumentParser(prog='vcs', description='A version control system CLI')
p.add_argument('--version', action='version', version='1.0')
sub = p.add_subparsers(dest='command', required=True, help='sub-command help')
a = sub.add_parser('add', help='Add a file', aliases=['ad'])
a.add_argument('files', nargs='+', help='files to add')
c = sub.add_parser('commit', help='Commit changes to the repository')
c.add_argument('-m', '--message', required=True, help='Commit message')
g = c.add_mutually_exclusive_group()
g.add_argument('--amend', action='store_true', help='Amend the last commit')
g.add_argument('--no-edit', action='store_true', help='Reuse the message')
push = sub.add_parser('push')
net = push.add_argument_group('Network options', 'How to reach the remote.')
net.add_argument('--dryrun', action='store_true', help='Simulate changes')
net.add_argument('--timeout', type=int, default=30, help='Timeout in seconds')
top = p.add_mutually_exclusive_group()
top.add_argument('--verbose', action='store_true', help='Verbose output')
top.add_argument('--quiet', action='store_true', help='Quiet output')
print(p.format_help(), end='')
# expect: usage: vcs [-h] [--version] [--verbose | --quiet] {add,ad,commit,push} ...
# expect:
# expect: A version control system CLI
# expect:
# expect: positional arguments:
# expect:   {add,ad,commit,push}  sub-command help
# expect:     add (ad)            Add a file
# expect:     commit              Commit changes to the repository
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   --version             show program's version number and exit
# expect:   --verbose             Verbose output
# expect:   --quiet               Quiet output
print(a.format_help(), end='')
# expect: usage: vcs add [-h] files [files ...]
# expect:
# expect: positional arguments:
# expect:   files       files to add
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
print(c.format_usage(), end='')
# expect: usage: vcs commit [-h] -m MESSAGE [--amend | --no-edit]
print(push.format_help(), end='')
# expect: usage: vcs push [-h] [--dryrun] [--timeout TIMEOUT]
# expect:
# expect: options:
# expect:   -h, --help         show this help message and exit
# expect:
# expect: Network options:
# expect:   How to reach the remote.
# expect:
# expect:   --dryrun           Simulate changes
# expect:   --timeout TIMEOUT  Timeout in seconds
attempt(p, ['--verbose', 'add', 'x', 'y'])
# expect: Namespace(command='add', verbose=True, quiet=False, files=['x', 'y'])
attempt(p, ['ad', 'x'])
# expect: Namespace(command='ad', verbose=False, quiet=False, files=['x'])
attempt(p, ['commit', '-m', 'msg', '--amend'])
# expect: Namespace(command='commit', verbose=False, quiet=False, message='msg', amend=True, no_edit=False)
attempt(p, ['commit', '-m', 'msg', '--amend', '--no-edit'])
# expect: exit 2 vcs commit: error: argument --no-edit: not allowed with argument --amend
attempt(p, ['commit'])
# expect: exit 2 vcs commit: error: the following arguments are required: -m/--message
attempt(p, [])
# expect: exit 2 vcs: error: the following arguments are required: command
attempt(p, ['bogus'])
# expect: exit 2 vcs: error: argument command: invalid choice: 'bogus' (choose from 'add', 'ad', 'commit', 'push')
attempt(p, ['--verbose', '--quiet', 'add', 'x'])
# expect: exit 2 vcs: error: argument --quiet: not allowed with argument --verbose
attempt(p, ['push', '--timeout', '5', 'extra'])
# expect: exit 2 vcs: error: unrecognized arguments: extra
attempt(p, ['push', '--timeout', 'abc'])
# expect: exit 2 vcs push: error: argument --timeout: invalid int value: 'abc'
attempt(p, ['push', '--dryrun'], 'parse_known_args')
# expect: (Namespace(command='push', verbose=False, quiet=False, dryrun=True, timeout=30), [])
q = argparse.ArgumentParser(prog='tool')
sp = q.add_subparsers(title='commands', description='available commands', metavar='CMD')
x = sp.add_parser('run', help='run it')
x.add_argument('--foo', default=1)
x.set_defaults(func='run_handler')
sp.add_parser('stop', help=argparse.SUPPRESS)
sp.add_parser('hidden')
print(q.format_help(), end='')
# expect: usage: tool [-h] CMD ...
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:
# expect: commands:
# expect:   available commands
# expect:
# expect:   CMD
# expect:     run       run it
# expect:     stop      ==SUPPRESS==
attempt(q, [])
# expect: Namespace()
attempt(q, ['run', '--foo', '2'])
# expect: Namespace(foo='2', func='run_handler')
attempt(q, ['stop'])
# expect: Namespace()
r = argparse.ArgumentParser(prog='nodest')
rs = r.add_subparsers(required=True)
rs.add_parser('one')
rs.add_parser('two')
attempt(r, [])
# expect: exit 2 nodest: error: the following arguments are required: {one,two}
s = argparse.ArgumentParser(prog='pre')
s.add_argument('pos')
ss = s.add_subparsers()
ss.add_parser('sub').add_argument('z')
print(ss._prog_prefix, '|', sub._prog_prefix)
# expect: pre pos | vcs
attempt(s, ['p', 'sub'])
# expect: exit 2 pre pos sub: error: the following arguments are required: z
attempt(s, ['p', 'sub', 'zz'])
# expect: Namespace(pos='p', z='zz')
attempt(s, ['p', 'sub', 'zz', '--zz'])
# expect: exit 2 pre: error: unrecognized arguments: --zz
try:
    sub.add_parser('add')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
    # expect: ArgumentError: argument command: conflicting subparser: add
try:
    sub.add_parser('new', aliases=['ad'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
    # expect: ArgumentError: argument command: conflicting subparser alias: ad
saved = sys.stderr
sys.stderr = err = Err()
try:
    s.add_subparsers()
except SystemExit as e:
    sys.stderr = saved
    print('exit', e.code, err.text.splitlines()[-1])
    # expect: exit 2 pre: error: cannot have multiple subparser arguments
