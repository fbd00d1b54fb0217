# timeit with string statements (needs exec/compile)
import io
import timeit


class Ticker:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        self.now += 1.0
        return self.now


print(timeit.timeit('x = y * 2', setup='y = 3', number=5, timer=Ticker()))  # expect: 1.0
ns = {'log': []}
timeit.timeit('log.append(1)', setup='log.append(0)', number=3, globals=ns)
print(ns['log'])  # expect: [0, 1, 1, 1]
print(timeit.repeat('pass', 'import math', repeat=2, number=1, timer=Ticker()))  # expect: [1.0, 1.0]
t = timeit.Timer('a = [i * i for i in range(n)]\nb = sum(a)', setup='n = 10')
print(t.timeit(2) >= 0, 'def inner(_it, _timer):' in t.src)  # expect: True True
try:
    timeit.Timer('x = ')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
# expect: SyntaxError: invalid syntax
try:
    timeit.Timer('pass', 'return 1')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
# expect: SyntaxError: 'return' outside function
t = timeit.Timer('1 / 0')
try:
    t.timeit(1)
except ZeroDivisionError:
    buf = io.StringIO()
    t.print_exc(buf)
    print(buf.getvalue().splitlines()[-1], '1 / 0' in buf.getvalue())
# expect: ZeroDivisionError: division by zero True
out = io.StringIO()
import sys
saved, sys.stdout = sys.stdout, out
rc = timeit.main(['-n', '3', '-r', '2', '-u', 'sec', 'pass'])
rc2 = timeit.main(['-x'])
sys.stdout = saved
print(rc, rc2, out.getvalue().split('\n')[0].startswith('3 loops, best of 2:'), out.getvalue().split('\n')[1:3])  # expect: None 2 True ['option -x not recognized', 'use -h/--help for command line help']
