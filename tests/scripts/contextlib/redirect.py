import sys
from contextlib import redirect_stdout, redirect_stderr, chdir, suppress
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
c = Collector()
with redirect_stdout(c) as target:
    print('hidden', 1)
    print('second')
print(target is c, c.parts)  # expect: True ['hidden', ' ', '1', '\n', 'second', '\n']
c2 = Collector()
with redirect_stderr(c2):
    sys.stderr.write('err text\n')
print(c2.parts)  # expect: ['err text\n']
outer, inner = Collector(), Collector()
r = redirect_stdout(outer)
with r:
    print('o1')
    with redirect_stdout(inner):
        print('i1')
    print('o2')
print(''.join(outer.parts), end='')  # expect: o1
# expect: o2
print(''.join(inner.parts), end='')  # expect: i1
with r:
    print('reused')
print(outer.parts[-2:])  # expect: ['reused', '\n']
