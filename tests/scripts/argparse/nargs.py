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

p = argparse.ArgumentParser(prog='np')
p.add_argument('a', nargs=2)
p.add_argument('b', nargs='?', default='B')
p.add_argument('c', nargs='*', default=['C'])
p.add_argument('d', nargs='+')
print(p.format_usage(), end='')
# expect: usage: np [-h] a a [b] [c ...] d [d ...]
attempt(p, ['1', '2', '3'])
# expect: Namespace(a=['1', '2'], b='B', c=['C'], d=['3'])
attempt(p, ['1', '2', '3', '4'])
# expect: Namespace(a=['1', '2'], b='3', c=['C'], d=['4'])
attempt(p, ['1', '2', '3', '4', '5', '6'])
# expect: Namespace(a=['1', '2'], b='3', c=['4', '5'], d=['6'])
attempt(p, ['1', '2'])
# expect: exit 2 np: error: the following arguments are required: d
attempt(p, ['1', '--', '2', '3'])
# expect: Namespace(a=['1', '2'], b='B', c=['C'], d=['3'])
attempt(p, ['1', '2', '--', '-3', '--', '4'])
# expect: Namespace(a=['1', '2'], b='-3', c=['C'], d=['4'])
p = argparse.ArgumentParser(prog='rem')
p.add_argument('--opt')
p.add_argument('cmd')
p.add_argument('rest', nargs=argparse.REMAINDER)
print(p.format_usage(), end='')
# expect: usage: rem [-h] [--opt OPT] cmd ...
attempt(p, ['ls', '-l', '--opt', 'x'])
# expect: Namespace(opt=None, cmd='ls', rest=['-l', '--opt', 'x'])
attempt(p, ['--opt', 'o', 'ls', '--', 'a'])
# expect: Namespace(opt='o', cmd='ls', rest=['a'])
attempt(p, [])
# expect: exit 2 rem: error: the following arguments are required: cmd, rest
p = argparse.ArgumentParser(prog='opts')
p.add_argument('--two', nargs=2, type=int)
p.add_argument('--star', nargs='*')
p.add_argument('--plus', nargs='+')
p.add_argument('--rest', nargs='...')
p.add_argument('-x', action='store_true')
attempt(p, ['--two', '1', '2', '--star', '--plus', 'a', 'b'])
# expect: Namespace(two=[1, 2], star=[], plus=['a', 'b'], rest=None, x=False)
attempt(p, ['--two', '1'])
# expect: exit 2 opts: error: argument --two: expected 2 arguments
attempt(p, ['--star', 'a', 'b', '-x', '--rest', 'r', '-x', '--two'])
# expect: Namespace(two=None, star=['a', 'b'], plus=None, rest=['r', '-x', '--two'], x=True)
attempt(p, ['--plus', '-x'])
# expect: exit 2 opts: error: argument --plus: expected at least one argument
attempt(p, ['--two=1', '2'])
# expect: exit 2 opts: error: argument --two: expected 2 arguments
attempt(p, ['--star', '--', 'a'])
# expect: exit 2 opts: error: unrecognized arguments: -- a
p = argparse.ArgumentParser(prog='neg')
p.add_argument('-n', type=float)
p.add_argument('foo', nargs='?')
attempt(p, ['-n', '-1', '-5'])
# expect: Namespace(n=-1.0, foo='-5')
attempt(p, ['-n', '-2.5', '-.5'])
# expect: Namespace(n=-2.5, foo='-.5')
attempt(p, ['-1x'])
# expect: exit 2 neg: error: unrecognized arguments: -1x
p = argparse.ArgumentParser(prog='neg2')
p.add_argument('-1', dest='one')
p.add_argument('foo', nargs='?')
attempt(p, ['-1', 'X'])
# expect: Namespace(one='X', foo=None)
attempt(p, ['-2'])
# expect: exit 2 neg2: error: unrecognized arguments: -2
p = argparse.ArgumentParser(prog='short')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-c')
attempt(p, ['-abcVAL'])
# expect: Namespace(a=True, b=True, c='VAL')
attempt(p, ['-acx', '-b'])
# expect: Namespace(a=True, b=True, c='x')
attempt(p, ['-c=v'])
# expect: Namespace(a=False, b=False, c='v')
attempt(p, ['-c', '-a'])
# expect: exit 2 short: error: argument -c: expected one argument
attempt(p, ['-c', 'has -space'])
# expect: Namespace(a=False, b=False, c='has -space')
attempt(p, ['-'])
# expect: exit 2 short: error: unrecognized arguments: -
p = argparse.ArgumentParser(prog='choices')
p.add_argument('x', nargs='*', choices=['a', 'b'])
attempt(p, ['a', 'b'])
# expect: Namespace(x=['a', 'b'])
attempt(p, ['c'])
# expect: exit 2 choices: error: argument x: invalid choice: 'c' (choose from 'a', 'b')
p = argparse.ArgumentParser(prog='plus', prefix_chars='+/')
p.add_argument('+f', action='store_true')
p.add_argument('++bar')
p.add_argument('/baz', type=int)
print(p.format_usage(), end='')
# expect: usage: plus [+h] [+f] [++bar BAR] [/baz BAZ]
attempt(p, ['+f', '++bar', 'B', '/baz', '3'])
# expect: Namespace(f=True, bar='B', baz=3)
attempt(p, ['++b=Q', '-x'])
# expect: exit 2 plus: error: unrecognized arguments: -x
p = argparse.ArgumentParser(prog='abbrev', allow_abbrev=False)
p.add_argument('--long', action='store_true')
p.add_argument('-s', action='store_true')
p.add_argument('-t', action='store_true')
attempt(p, ['--lon'])
# expect: exit 2 abbrev: error: unrecognized arguments: --lon
attempt(p, ['-st'])
# expect: Namespace(long=False, s=True, t=True)
q = argparse.ArgumentParser(prog='amb')
q.add_argument('--foo')
q.add_argument('--foobar')
attempt(q, ['--fo', '1'])
# expect: exit 2 amb: error: ambiguous option: --fo could match --foo, --foobar
attempt(q, ['--foo', '1'])
# expect: Namespace(foo='1', foobar=None)
