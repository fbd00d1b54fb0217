# timeit with callable statements and fake timers (deterministic)
import timeit

calls = []


def stmt():
    calls.append('stmt')


def setup():
    calls.append('setup')


class Ticker:
    """A timer that advances by `step` seconds per reading."""

    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


t = timeit.Timer(stmt, setup, timer=Ticker(0.5))
print(t.timeit(number=3), calls)  # expect: 0.5 ['setup', 'stmt', 'stmt', 'stmt']
calls.clear()
print(t.repeat(repeat=2, number=2), calls)  # expect: [0.5, 0.5] ['setup', 'stmt', 'stmt', 'setup', 'stmt', 'stmt']
calls.clear()
print(timeit.timeit(stmt, number=4, timer=Ticker(0.25)), len(calls))  # expect: 0.25 4
calls.clear()
print(timeit.repeat(stmt, setup, timer=Ticker(1.0), repeat=3, number=1), calls.count('setup'))  # expect: [1.0, 1.0, 1.0] 3
print(timeit.Timer(timer=Ticker(2.0)).timeit(10))  # expect: 2.0


class Growing:
    """Readings 0, 0.03, 0.09, 0.18, ...: each timing takes longer."""

    def __init__(self):
        self.now = 0.0
        self.n = 0

    def __call__(self):
        self.n += 1
        self.now += 0.03 * self.n
        return self.now


trials = []
print(timeit.Timer(stmt, timer=Growing()).autorange(lambda n, secs: trials.append(n)), trials)  # expect: (10, 0.24) [1, 2, 5, 10]

real = timeit.Timer(stmt).timeit(number=10)
print(type(real).__name__, real >= 0, timeit.default_timer is __import__('time').perf_counter)  # expect: float True True
print(timeit.default_number, timeit.default_repeat, timeit.__all__)  # expect: 1000000 5 ['Timer', 'timeit', 'repeat', 'default_timer']

for args in ((5,), (stmt, 5)):
    try:
        timeit.Timer(*args)
    except ValueError as e:
        print('ValueError:', e)
# expect: ValueError: stmt is neither a string nor callable
# expect: ValueError: setup is neither a string nor callable


def boom():
    raise KeyError('inside')


try:
    timeit.timeit(boom, number=1)
except KeyError as e:
    print('KeyError', e)
# expect: KeyError 'inside'
