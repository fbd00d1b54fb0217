"""Helpers for with-statement context managers."""

import abc
import sys
from collections import deque
from functools import wraps
from types import GenericAlias

__all__ = ["contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "chdir"]
# The async parts (asynccontextmanager, AbstractAsyncContextManager,
# AsyncExitStack, aclosing) wait for async/await support in the interpreter.


def _defines_all(C, names):
    # structural check used by __subclasshook__: each name defined somewhere
    # in C's MRO, and not blocked by being set to None
    for name in names:
        for klass in C.__mro__:
            d = klass.__dict__
            if name in d:
                if d[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """ABC of context managers: __enter__ returns self by default,
    __exit__ is abstract."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, ("__enter__", "__exit__"))
        return NotImplemented


class ContextDecorator(object):
    """Mixin letting a context manager decorate functions: each call of the
    decorated function runs inside the manager."""

    def _recreate_cm(self):
        # a fresh manager for each call; self for reusable managers
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """State shared by generator-based context managers."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # generator managers run once; decorating needs a new one per call
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager,
                               ContextDecorator):
    """The manager @contextmanager returns."""

    def __enter__(self):
        # the call arguments are only needed to recreate the manager
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # an exception class was given: make the instance so that the
            # identity checks below work
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            # the generator finished: the exception is swallowed, unless
            # it is the StopIteration that was thrown in
            return stop is not value
        except RuntimeError as err:
            if err is value:
                return False
            # a thrown StopIteration comes back wrapped in RuntimeError
            # (PEP 479): that is the original exception propagating
            if isinstance(value, StopIteration) and err.__cause__ is value:
                return False
            raise
        except BaseException as err:
            # the thrown exception propagating is the normal case; the with
            # statement re-raises it when __exit__ returns False
            if err is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator turning a generator function into a context manager factory.

    The generator runs up to its single yield on entry (the yielded value is
    bound by 'as'); on exit it resumes, and an exception raised in the block
    is thrown in at the yield.
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context manager calling thing.close() on exit; 'as' gets thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # a stack, so that one instance can be entered again while active
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager sending sys.stdout to another file-like object."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager sending sys.stderr to another file-like object."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager ignoring the given exception types (and their
    subclasses) raised in its block; execution resumes after the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


def _bound_exit(cm, cm_exit):
    def _exit_wrapper(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    _exit_wrapper.__self__ = cm
    return _exit_wrapper


def _callback_exit(callback, /, *args, **kwds):
    def _exit_wrapper(exc_type, exc, tb):
        callback(*args, **kwds)
    return _exit_wrapper


class _BaseExitStack:
    """The callback stack behind ExitStack."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every registered callback to a new stack and return it."""
        moved = type(self)()
        moved._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return moved

    def push(self, exit):
        """Register an exit callback taking (exc_type, exc, tb), or an object
        whose __exit__ is to be called; returns its argument."""
        # the method is looked up on the type, as the with statement does
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter cm, schedule its __exit__, and return what __enter__ gave."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context "
                            "manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Schedule callback(*args, **kwds) for exit time; it cannot
        suppress exceptions. Returns callback."""
        wrapper = _callback_exit(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(_bound_exit(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager running a dynamic stack of exit callbacks in LIFO
    order on exit, as nested with statements would."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        exc_info = getattr(sys, 'exc_info', None)
        outer = exc_info()[1] if exc_info is not None else None

        def relink(new_exc, old_exc):
            # make the chain of new_exc end at old_exc, as if the callbacks
            # had been nested with statements
            while True:
                ctx = new_exc.__context__
                if ctx is None or ctx is old_exc:
                    return
                if ctx is outer:
                    break
                new_exc = ctx
            new_exc.__context__ = old_exc

        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                relink(new_exc, exc_details[1])
                pending = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending:
            # raising sets __context__ again: put back the one built above
            exc = exc_details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context
                raise
        return had_exception and suppressed

    def close(self):
        """Run the callbacks now."""
        self.__exit__(None, None, None)


class nullcontext(AbstractContextManager):
    """Context manager that does nothing; 'as' gets enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Context manager changing the working directory for its block (not
    thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        try:
            import os
        except ImportError:
            raise PermissionError(1, 'Operation not permitted') from None
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())
