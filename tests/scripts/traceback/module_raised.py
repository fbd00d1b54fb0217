# traceback module on raised exceptions: format_exc, format_exception,
# print_exc, extract_tb, walk_tb, TracebackException, chained exceptions
# (needs exception __traceback__ and source lines; all output comes from
# main() so that the expectations below do not shift the line numbers)
import io
import sys
import traceback


def clean(text):
    return text.replace(__file__, 'FILE')


def show(text):
    print(clean(text), end='')


def inner():
    raise ValueError('bad input')


def middle():
    inner()


def outer():
    middle()


def handler():
    try:
        inner()
    except ValueError:
        raise KeyError('while handling')


def wrapper():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError('wrapped') from e


def quiet():
    try:
        inner()
    except ValueError:
        raise TypeError('no context') from None


def recurse(n):
    if n == 0:
        raise IndexError('deep')
    recurse(n - 1)


def main():
    try:
        outer()
    except ValueError:
        show(traceback.format_exc())
        tb = sys.exc_info()[2]
        print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
        st = traceback.extract_tb(tb)
        print([(fs.name, fs.lineno, fs.line) for fs in st])
        print(clean(repr(st[-1])))
        show(''.join(traceback.format_tb(tb, limit=2)))
        show(''.join(traceback.format_tb(tb, limit=-1)))
        buf = io.StringIO()
        traceback.print_exc(limit=1, file=buf)
        show(buf.getvalue())
    try:
        handler()
    except KeyError as e:
        show(''.join(traceback.format_exception(e)))
        print('---')
        show(''.join(traceback.format_exception(e, chain=False)))
    try:
        wrapper()
    except RuntimeError as e:
        show(''.join(traceback.format_exception(type(e), e, e.__traceback__)))
        te = traceback.TracebackException.from_exception(e)
        print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, len(te.stack))
        show(''.join(te.format_exception_only()))
    try:
        quiet()
    except TypeError as e:
        show(''.join(traceback.format_exception(e)))
    try:
        recurse(8)
    except IndexError as e:
        show(''.join(traceback.format_exception(e)))
    e = ValueError('not raised')
    print(e.__traceback__, traceback.format_exception(e))
    print(traceback.format_exc(), end='')


main()
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 59, in main
# expect:     outer()
# expect:   File "FILE", line 27, in outer
# expect:     middle()
# expect:   File "FILE", line 23, in middle
# expect:     inner()
# expect:   File "FILE", line 19, in inner
# expect:     raise ValueError('bad input')
# expect: ValueError: bad input
# expect: [('main', 59), ('outer', 27), ('middle', 23), ('inner', 19)]
# expect: [('main', 59, 'outer()'), ('outer', 27, 'middle()'), ('middle', 23, 'inner()'), ('inner', 19, "raise ValueError('bad input')")]
# expect: <FrameSummary file FILE, line 19 in inner>
# expect:   File "FILE", line 59, in main
# expect:     outer()
# expect:   File "FILE", line 27, in outer
# expect:     middle()
# expect:   File "FILE", line 19, in inner
# expect:     raise ValueError('bad input')
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 59, in main
# expect:     outer()
# expect: ValueError: bad input
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 32, in handler
# expect:     inner()
# expect:   File "FILE", line 19, in inner
# expect:     raise ValueError('bad input')
# expect: ValueError: bad input
# expect:
# expect: During handling of the above exception, another exception occurred:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 73, in main
# expect:     handler()
# expect:   File "FILE", line 34, in handler
# expect:     raise KeyError('while handling')
# expect: KeyError: 'while handling'
# expect: ---
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 73, in main
# expect:     handler()
# expect:   File "FILE", line 34, in handler
# expect:     raise KeyError('while handling')
# expect: KeyError: 'while handling'
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 39, in wrapper
# expect:     inner()
# expect:   File "FILE", line 19, in inner
# expect:     raise ValueError('bad input')
# expect: ValueError: bad input
# expect:
# expect: The above exception was the direct cause of the following exception:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 79, in main
# expect:     wrapper()
# expect:   File "FILE", line 41, in wrapper
# expect:     raise RuntimeError('wrapped') from e
# expect: RuntimeError: wrapped
# expect: RuntimeError wrapped ValueError 2
# expect: RuntimeError: wrapped
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 86, in main
# expect:     quiet()
# expect:   File "FILE", line 48, in quiet
# expect:     raise TypeError('no context') from None
# expect: TypeError: no context
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 90, in main
# expect:     recurse(8)
# expect:   File "FILE", line 54, in recurse
# expect:     recurse(n - 1)
# expect:   File "FILE", line 54, in recurse
# expect:     recurse(n - 1)
# expect:   File "FILE", line 54, in recurse
# expect:     recurse(n - 1)
# expect:   [Previous line repeated 5 more times]
# expect:   File "FILE", line 53, in recurse
# expect:     raise IndexError('deep')
# expect: IndexError: deep
# expect: None ['ValueError: not raised\n']
# expect: NoneType: None
