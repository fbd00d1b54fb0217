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


p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--foo', action='store_true')
g.add_argument('--bar', type=int)
g.add_argument('baz', nargs='?')
g2 = p.add_mutually_exclusive_group()
g2.add_argument('-x', action='store_true')
g2.add_argument('-y', help=argparse.SUPPRESS)
g2.add_argument('-z')
g3 = p.add_mutually_exclusive_group(required=True)
g3.add_argument('--only')
print(p.format_help(), end='')
# expect: usage: mx [-h] [--foo] [--bar BAR] [-x | -z Z] --only ONLY [baz]
# expect:
# expect: positional arguments:
# expect:   baz
# expect:
# expect: options:
# expect:   -h, --help   show this help message and exit
# expect:   --foo
# expect:   --bar BAR
# expect:   -x
# expect:   -z Z
# expect:   --only ONLY
attempt(p, [])
# expect: exit 2 mx: error: one of the arguments --foo --bar baz is required
attempt(p, ['--only', '1'])
# expect: exit 2 mx: error: one of the arguments --foo --bar baz is required
attempt(p, ['--foo', '--bar', '1', '--only', '1'])
# expect: exit 2 mx: error: argument --bar: not allowed with argument --foo
attempt(p, ['--foo', 'b', '--only', '1'])
# expect: exit 2 mx: error: argument baz: not allowed with argument --foo
attempt(p, ['--bar', '2', '--only', '1', '-x', '-z', '3'])
# expect: exit 2 mx: error: argument -z: not allowed with argument -x
attempt(p, ['--bar', '2', '--only', '1', '-y', '3', '-x'])
# expect: exit 2 mx: error: argument -x: not allowed with argument -y
p = argparse.ArgumentParser(prog='grp', description='desc', epilog='epilogue of %(prog)s')
ga = p.add_argument_group('group A', 'Description of group A which is long enough to wrap around the width of the terminal.')
ga.add_argument('--aa', help='a' * 90)
p.add_argument_group('empty group')
gc = p.add_argument_group(description='a group without a title')
gc.add_argument('--cc')
print(p.format_help(), end='')
# expect: usage: grp [-h] [--aa AA] [--cc CC]
# expect:
# expect: desc
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:
# expect: group A:
# expect:   Description of group A which is long enough to wrap around the width of
# expect:   the terminal.
# expect:
# expect:   --aa AA     aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
# expect:               aaaaaaaaaaaaaaaaaaaaaaaaaa
# expect:
# expect:   a group without a title
# expect:
# expect:   --cc CC
# expect:
# expect: epilogue of grp
mg = p.add_mutually_exclusive_group()
try:
    p.format_usage()
except ValueError as e:
    print('ValueError:', str(e).split(' <')[0])
    # expect: ValueError: empty group
p = argparse.ArgumentParser(prog='nc')
p.add_argument('--a1')
g = p.add_mutually_exclusive_group()
p.add_argument('--mid')
g.add_argument('--g1')
g.add_argument('--g2')
print(p.format_usage(), end='')
# expect: usage: nc [-h] [--a1 A1] [--mid MID] [--g1 G1 | --g2 G2]
attempt(p, ['--g1', '1', '--g2', '2'])
# expect: exit 2 nc: error: argument --g2: not allowed with argument --g1
attempt(p, ['--g1', '1', '--a1', '2', '--g1', '3'])
# expect: Namespace(a1='2', mid=None, g1='3', g2=None)
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent', type=int, default=5)
pg = parent.add_argument_group('pgroup')
pg.add_argument('--pga')
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--m1', action='store_true')
pm.add_argument('--m2', action='store_true')
parent.set_defaults(pd='yes')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('c')
print(child.format_help(), end='')
# expect: usage: child [-h] [--parent PARENT] [--pga PGA] [--m1 | --m2] c
# expect:
# expect: positional arguments:
# expect:   c
# expect:
# expect: options:
# expect:   -h, --help       show this help message and exit
# expect:   --parent PARENT
# expect:   --m1
# expect:   --m2
# expect:
# expect: pgroup:
# expect:   --pga PGA
attempt(child, ['cc', '--parent', '7', '--m1'])
# expect: Namespace(parent=7, pga=None, m1=True, m2=False, c='cc', pd='yes')
attempt(child, ['cc', '--m1', '--m2'])
# expect: exit 2 child: error: argument --m2: not allowed with argument --m1
p = argparse.ArgumentParser(prog='cr', conflict_handler='resolve')
p.add_argument('-f', '--foo', help='old foo')
p.add_argument('--foo', help='new foo')
p.add_argument('-x', help='old x')
p.add_argument('-x', help='new x')
print(p.format_help(), end='')
# expect: usage: cr [-h] [-f FOO] [--foo FOO] [-x X]
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:   -f FOO      old foo
# expect:   --foo FOO   new foo
# expect:   -x X        new x
attempt(p, ['-f', '1', '--foo', '2', '-x', '3'])
# expect: Namespace(foo='2', x='3')
