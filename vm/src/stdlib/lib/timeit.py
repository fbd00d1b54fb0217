"""Measure the execution time of small code snippets (Spindle).

Same API as CPython 3.11's timeit module: Timer (timeit, repeat,
autorange, print_exc), timeit(), repeat(), default_timer and main().
Statements and setup code may be callables or strings; strings need the
exec() builtin (callables work everywhere).
"""

import gc
import sys
import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The timing function a string statement is compiled into: the setup runs
# once, the statement `number` times between two timer readings.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indent every line of src but the first by `indent` spaces."""
    return src.replace("\n", "\n" + " " * indent)


def _builtin(name):
    import builtins
    return getattr(builtins, name, None)


def _callable_inner(stmt, setup):
    # The timing loop for callables (no exec() needed).
    def inner(_it, _timer, _stmt=stmt, _setup=setup):
        if _setup is not None:
            _setup()
        _t0 = _timer()
        for _i in _it:
            _stmt()
        _t1 = _timer()
        return _t1 - _t0

    def inner_pass(_it, _timer, _setup=setup):
        if _setup is not None:
            _setup()
        _t0 = _timer()
        for _i in _it:
            pass
        _t1 = _timer()
        return _t1 - _t0
    return inner if stmt is not None else inner_pass


class Timer:
    """Time the execution of `stmt` after running `setup` once per timing.

    stmt and setup are strings of Python code or callables without
    arguments; `timer` is a function returning seconds; `globals` is the
    namespace string statements run in.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        if isinstance(stmt, str):
            is_str_stmt = True
        elif callable(stmt):
            is_str_stmt = False
        else:
            raise ValueError("stmt is neither a string nor callable")
        if isinstance(setup, str):
            is_str_setup = True
        elif callable(setup):
            is_str_setup = False
        else:
            raise ValueError("setup is neither a string nor callable")

        plain_stmt = stmt if not is_str_stmt else (None if _is_pass(stmt) else stmt)
        plain_setup = setup if not is_str_setup else (None if _is_pass(setup) else setup)
        if not isinstance(plain_stmt, str) and not isinstance(plain_setup, str):
            # only callables (or 'pass'): no code to compile
            self.src = None
            self.inner = _callable_inner(plain_stmt, plain_setup)
            return

        exec_ = _builtin('exec')
        compile_ = _builtin('compile')
        if exec_ is None or compile_ is None:
            raise NotImplementedError(
                "timeit: string statements need exec(), which this "
                "interpreter does not provide yet; pass a callable instead")
        namespace = {}
        defaults = []
        if is_str_setup:
            # compiled alone first, so that a syntax error points at it
            compile_(setup, dummy_src_name, "exec")
            setup_code = reindent(setup, 4)
        else:
            namespace['_setup'] = setup
            defaults.append('_setup=_setup')
            setup_code = '_setup()'
        if is_str_stmt:
            prefix = setup + '\n' if is_str_setup else ''
            compile_(prefix + stmt, dummy_src_name, "exec")
            stmt_code = reindent(stmt, 8)
        else:
            namespace['_stmt'] = stmt
            defaults.append('_stmt=_stmt')
            stmt_code = '_stmt()'
        init = ''.join(', ' + d for d in defaults)
        self.src = template.format(stmt=stmt_code, setup=setup_code, init=init)
        exec_(compile_(self.src, dummy_src_name, "exec"),
              _globals() if globals is None else globals, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled (with the
        timed source lines when the statement was a string)."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None,
                                               self.src.split("\n"),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` executions of the statement
        (setup runs once first; the garbage collector is off meanwhile)."""
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        r = []
        for i in range(repeat):
            t = self.timeit(number)
            r.append(t)
        return r

    def autorange(self, callback=None):
        """Find a loop count (1, 2, 5, 10, 20, 50, ...) that takes at least
        0.2 seconds; return (number, time taken).  callback(number,
        time_taken) is called after each trial."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def _is_pass(src):
    return src.strip() == 'pass'


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_USAGE = """\
usage: timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [statement ...]

  -n/--number N   executions of the statement per timing (default: the
                  first of 1, 2, 5, 10, 20, 50, ... taking 0.2 s or more)
  -r/--repeat N   number of timings (default 5)
  -s/--setup S    setup code run before each timing (may be repeated)
  -p/--process    time with time.process_time() instead of perf_counter()
  -u/--unit U     unit of the results: nsec, usec, msec or sec
  -v/--verbose    print the raw timings (repeat for more digits)
  -h/--help       print this message
  --              end of the options
Several statement arguments are joined as lines.
"""

_LONG = ('number', 'setup', 'repeat', 'unit', 'process', 'verbose', 'help',
         'time', 'clock')
_SHORT = {'n': 'number', 's': 'setup', 'r': 'repeat', 'u': 'unit',
          'p': 'process', 'v': 'verbose', 'h': 'help', 't': 'time',
          'c': 'clock'}
_WITH_VALUE = ('number', 'setup', 'repeat', 'unit')
_UNITS = (('sec', 1.0), ('msec', 1e-3), ('usec', 1e-6), ('nsec', 1e-9))


def _parse_options(args):
    # getopt-style: ([(option name, value)], the statement arguments)
    opts = []
    i = 0
    n = len(args)
    while i < n:
        arg = args[i]
        if arg == '--':
            i += 1
            break
        if arg.startswith('--'):
            name, eq, value = arg[2:].partition('=')
            found = [o for o in _LONG if o.startswith(name)]
            if name in found:
                found = [name]
            if len(found) != 1:
                raise ValueError('option --%s not %s' % (
                    name, 'a unique prefix' if found else 'recognized'))
            name = found[0]
            if name in _WITH_VALUE:
                if not eq:
                    i += 1
                    if i == n:
                        raise ValueError('option --%s requires argument' % name)
                    value = args[i]
            elif eq:
                raise ValueError('option --%s must not have an argument' % name)
            opts.append((name, value))
        elif arg.startswith('-') and arg != '-':
            rest = arg[1:]
            while rest:
                letter, rest = rest[0], rest[1:]
                name = _SHORT.get(letter)
                if name is None:
                    raise ValueError('option -%s not recognized' % letter)
                if name in _WITH_VALUE:
                    if not rest:
                        i += 1
                        if i == n:
                            raise ValueError('option -%s requires argument' % letter)
                        rest = args[i]
                    opts.append((name, rest))
                    break
                opts.append((name, ''))
        else:
            break
        i += 1
    return opts, args[i:]


def _format_time(seconds, unit, precision):
    if unit is None:
        # the largest unit in which the value is at least 1
        for unit, scale in _UNITS:
            if seconds >= scale:
                break
    else:
        scale = dict(_UNITS)[unit]
    return "%.*g %s" % (precision, seconds / scale, unit)


def main(args=None, *, _wrap_timer=None):
    """Command line interface: time a statement and print the best time per loop."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_options(args)
    except ValueError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    number = 0
    repeat = default_repeat
    setup_lines = []
    verbose = 0
    unit = None
    precision = 3
    for name, value in opts:
        if name == 'number':
            number = int(value)
        elif name == 'setup':
            setup_lines.append(value)
        elif name == 'repeat':
            repeat = max(int(value), 1)
        elif name == 'unit':
            if value not in dict(_UNITS):
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = value
        elif name == 'process':
            timer = time.process_time
        elif name == 'verbose':
            if verbose:
                precision += 1
            verbose += 1
        elif name == 'help':
            print(_USAGE, end='')
            return 0
    stmt = "\n".join(args) or "pass"
    setup = "\n".join(setup_lines) or "pass"
    import os
    sys.path.insert(0, os.curdir)     # local imports from the statement
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        report = None
        if verbose:
            def report(count, seconds):
                print("%d loop%s -> %.*g secs" % (
                    count, 's' if count != 1 else '', precision, seconds))
        try:
            number = t.autorange(report)[0]
        except BaseException:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat, number)
    except BaseException:
        t.print_exc()
        return 1
    if verbose:
        print("raw times: %s" % ", ".join(
            _format_time(x, unit, precision) for x in raw))
        print()
    per_loop = [x / number for x in raw]
    best = min(per_loop)
    worst = max(per_loop)
    print("%d loop%s, best of %d: %s per loop" % (
        number, 's' if number != 1 else '', repeat,
        _format_time(best, unit, precision)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit(
            "The test results are likely unreliable. The worst time (%s) "
            "was more than four times slower than the best time (%s)."
            % (_format_time(worst, unit, precision),
               _format_time(best, unit, precision)),
            UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
