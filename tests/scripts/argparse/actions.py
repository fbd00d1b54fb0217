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

p = argparse.ArgumentParser(prog='act')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('--mode', action='store_const', const='fast', default='slow')
p.add_argument('--inc', action='append', type=int)
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--color', action=argparse.BooleanOptionalAction)
p.add_argument('--level', type=int, choices=range(1, 4), default='2')
attempt(p, [])
# expect: Namespace(verbose=0, q=False, cache=True, mode='slow', inc=None, tags=None, ext=None, color=None, level=2)
attempt(p, ['-vvv', '-q', '--no-cache', '--mode', '--inc', '1', '--inc=2'])
# expect: Namespace(verbose=3, q=True, cache=False, mode='fast', inc=[1, 2], tags=None, ext=None, color=None, level=2)
attempt(p, ['--tag', '--tag', '--ext', 'a', 'b', '--ext', 'c', '--color'])
# expect: Namespace(verbose=0, q=False, cache=True, mode='slow', inc=None, tags=['T', 'T'], ext=['a', 'b', 'c'], color=True, level=2)
attempt(p, ['--no-color', '--level', '3', '-v', '--verbose'])
# expect: Namespace(verbose=2, q=False, cache=True, mode='slow', inc=None, tags=None, ext=None, color=False, level=3)
attempt(p, ['-qv', '-vq'])
# expect: Namespace(verbose=2, q=True, cache=True, mode='slow', inc=None, tags=None, ext=None, color=None, level=2)
attempt(p, ['--level', '9'])
# expect: exit 2 act: error: argument --level: invalid choice: 9 (choose from 1, 2, 3)
attempt(p, ['--level', 'nine'])
# expect: exit 2 act: error: argument --level: invalid int value: 'nine'
attempt(p, ['--inc'])
# expect: exit 2 act: error: argument --inc: expected one argument
attempt(p, ['--inc', 'x'])
# expect: exit 2 act: error: argument --inc: invalid int value: 'x'
attempt(p, ['--mode=x'])
# expect: exit 2 act: error: argument --mode: ignored explicit argument 'x'
attempt(p, ['-qx'])
# expect: exit 2 act: error: argument -q: ignored explicit argument 'x'
attempt(p, ['--verb', '--lev', '1', '--no-ca'])
# expect: Namespace(verbose=1, q=False, cache=False, mode='slow', inc=None, tags=None, ext=None, color=None, level=1)
attempt(p, ['--c'])
# expect: Namespace(verbose=0, q=False, cache=True, mode='slow', inc=None, tags=None, ext=None, color=True, level=2)
attempt(p, ['--bogus', 'x'])
# expect: exit 2 act: error: unrecognized arguments: --bogus x
attempt(p, ['--bogus', 'x'], 'parse_known_args')
# expect: (Namespace(verbose=0, q=False, cache=True, mode='slow', inc=None, tags=None, ext=None, color=None, level=2), ['--bogus', 'x'])
attempt(p, ['--ext'])
# expect: exit 2 act: error: argument --ext: expected at least one argument
# append/extend defaults are copied, not modified in place
defaults = ['d']
q = argparse.ArgumentParser(prog='app')
q.add_argument('--a', action='append', default=defaults)
attempt(q, ['--a', 'x', '--a', 'y'])
# expect: Namespace(a=['d', 'x', 'y'])
print(defaults)
# expect: ['d']
# const / default interplay with nargs='?'
q = argparse.ArgumentParser(prog='opt')
q.add_argument('--o', nargs='?', const='CONST', default='DEF', type=str.upper)
q.add_argument('pos', nargs='?', default='pdef', type=str.upper)
attempt(q, [])
# expect: Namespace(o='DEF', pos='PDEF')
attempt(q, ['--o'])
# expect: Namespace(o='CONST', pos='PDEF')
attempt(q, ['--o', 'val', 'p'])
# expect: Namespace(o='VAL', pos='P')
# help and version exit with status 0
q = argparse.ArgumentParser(prog='hv')
q.add_argument('-V', '--version', action='version', version='%(prog)s 1.0')
saved = sys.stdout
sys.stdout = out = Err()
try:
    q.parse_args(['-V'])
except SystemExit as e:
    code = e.code
sys.stdout = saved
print(code, repr(out.text))
# expect: 0 'hv 1.0\n'
sys.stdout = out = Err()
try:
    q.parse_args(['-h'])
except SystemExit as e:
    code = e.code
sys.stdout = saved
print(code, repr(out.text))
# expect: 0 "usage: hv [-h] [-V]\n\noptions:\n  -h, --help     show this help message and exit\n  -V, --version  show program's version number and exit\n"
# set_defaults / get_default
q = argparse.ArgumentParser(prog='sd')
q.add_argument('--x', default=1)
q.set_defaults(x=5, func='handler')
print(q.get_default('x'), q.get_default('func'), q.get_default('nope'))
# expect: 5 handler None
attempt(q, [])
# expect: Namespace(x=5, func='handler')
ns = argparse.Namespace(x='preset')
print(q.parse_args([], namespace=ns) is ns, ns)
# expect: True Namespace(x='preset', func='handler')
