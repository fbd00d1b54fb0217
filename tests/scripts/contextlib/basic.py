import contextlib
from contextlib import contextmanager, closing, suppress, nullcontext, ExitStack, ContextDecorator, AbstractContextManager
log = []
@contextmanager
def tag(name):
    log.append('<%s>' % name)
    try:
        yield name.upper()
    finally:
        log.append('</%s>' % name)
with tag('a') as t:
    log.append(t)
print(log)  # expect: ['<a>', 'A', '</a>']
print(tag.__name__, type(tag('x')).__name__)  # expect: tag _GeneratorContextManager
@contextmanager
def catcher():
    try:
        yield
    except ValueError as e:
        print('caught', e)
with catcher():  # expect: caught boom
    raise ValueError('boom')
print('after catcher')  # expect: after catcher
try:
    with catcher():
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))  # expect: propagated KeyError('k')
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)  # expect: generator didn't yield
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)  # expect: generator didn't stop
@contextmanager
def swallow_and_yield():
    try:
        yield
    except Exception:
        yield
try:
    with swallow_and_yield():
        raise ValueError
except RuntimeError as e:
    print(e)  # expect: generator didn't stop after throw()
@contextmanager
def deco_cm():
    print('enter')
    yield
    print('exit')
@deco_cm()
def decorated(x):
    print('body', x)
    return x * 2
print(decorated(3))  # expect: enter
# expect: body 3
# expect: exit
# expect: 6
print(decorated(4))  # expect: enter
# expect: body 4
# expect: exit
# expect: 8
class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)  # expect: Res
# expect: closed
with suppress(KeyError, IndexError):
    {}['x']
print('suppressed')  # expect: suppressed
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('not suppressed')  # expect: not suppressed
with suppress():
    pass
with nullcontext(5) as v:
    print(v)  # expect: 5
with nullcontext() as v:
    print(v)  # expect: None
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('s'))
    print('in stack')  # expect: in stack
# expect: callback 2
# expect: callback 1
# expect: callback 0
print(log[-2:])  # expect: ['<s>', '</s>']
def exit_cb(*exc):
    print('exit_cb got', exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as stack:  # expect: exit_cb got ZeroDivisionError
    stack.push(exit_cb)
    raise ZeroDivisionError
print('suppressed by push')  # expect: suppressed by push
with ExitStack() as stack:
    stack.callback(print, 'kept')
    moved = stack.pop_all()
print('before close')  # expect: before close
moved.close()  # expect: kept
try:
    ExitStack().enter_context(5)
except TypeError as e:
    print(e)  # expect: 'builtins.int' object does not support the context manager protocol
def raiser(*exc):
    raise KeyError('inner')
try:
    with ExitStack() as stack:
        stack.push(raiser)
        raise ValueError('outer')
except KeyError as e:
    print('got', repr(e), 'context', repr(e.__context__))  # expect: got KeyError('inner') context ValueError('outer')
class MyCM(ContextDecorator):
    def __enter__(self):
        print('MyCM enter')
        return self
    def __exit__(self, *exc):
        print('MyCM exit')
        return False
@MyCM()
def fn():
    print('fn body')
fn()  # expect: MyCM enter
# expect: fn body
# expect: MyCM exit
class Mgr:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None
print(issubclass(Mgr, AbstractContextManager), isinstance(Mgr(), AbstractContextManager), issubclass(int, AbstractContextManager))  # expect: True True False
print(isinstance(nullcontext(), AbstractContextManager), isinstance(ExitStack(), AbstractContextManager))  # expect: True True
class Incomplete(AbstractContextManager):
    pass
try:
    Incomplete()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Incomplete with abstract method __exit__
class Complete(AbstractContextManager):
    def __exit__(self, *a):
        return None
c = Complete()
with c as got:
    print(got is c)  # expect: True
@contextmanager
def passes_stop():
    yield
try:
    with passes_stop():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration propagated', e)  # expect: StopIteration propagated stop
