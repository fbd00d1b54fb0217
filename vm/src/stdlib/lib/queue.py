"""Synchronized queues: Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue (Spindle).

Same API and semantics as CPython 3.11's queue module.  Under Spindle the
blocking operations park the calling goroutine (scriptling.threads), so
queues can be shared between goroutines; a blocking call that can never
complete (say get() on an empty queue with no goroutine left to put)
raises a RuntimeError (also a threads.Deadlock) explaining the deadlock
instead of hanging.  Under CPython the threading module is used instead.
"""

from collections import deque
from heapq import heappush, heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

try:
    import scriptling.threads as _threads
except ImportError:
    _threads = None


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


# ---------------------------------------------------------------- primitives
#
# Two small channel-like objects do all the synchronisation:
#   a lock slot:   put(True) acquires (waits while held), get() releases;
#   a waiter slot: get(timeout) waits for a put() (TimeoutError on timeout).
# Under Spindle both are one-slot scriptling.threads.Queue objects.

if _threads is not None:
    _Deadlock = _threads.Deadlock

    def _lock_slot():
        return _threads.Queue(1)

    _waiter_slot = _lock_slot

    class QueueDeadlock(RuntimeError, _threads.Deadlock):
        """A blocking queue operation that can never complete."""
        __module__ = 'queue'
else:
    import threading as _threading

    class _Deadlock(Exception):
        pass

    class QueueDeadlock(RuntimeError):
        """A blocking queue operation that can never complete."""

    class _ThreadLockSlot:
        __slots__ = ('_lock',)

        def __init__(self):
            self._lock = _threading.Lock()

        def put(self, item, timeout=None):
            if not self._lock.acquire(True, -1 if timeout is None else timeout):
                raise TimeoutError('timed out')

        def get(self, timeout=None):
            self._lock.release()

        def size(self):
            return 1 if self._lock.locked() else 0

    class _ThreadWaiterSlot:
        __slots__ = ('_lock',)

        def __init__(self):
            self._lock = _threading.Lock()
            self._lock.acquire()

        def put(self, item):
            self._lock.release()

        def get(self, timeout=None):
            if not self._lock.acquire(True, -1 if timeout is None else timeout):
                raise TimeoutError('timed out')

    _lock_slot = _ThreadLockSlot
    _waiter_slot = _ThreadWaiterSlot


def _deadlock(what, why):
    return QueueDeadlock(
        "deadlock: %s would block forever: %s, and no other goroutine "
        "is left to change that" % (what, why))


class _Mutex:
    """The queue's lock (like threading.Lock): acquire/release, a context manager."""

    __slots__ = ('_slot',)

    def __init__(self):
        self._slot = _lock_slot()

    def acquire(self, blocking=True, timeout=-1):
        if not blocking:
            timeout = 0
        elif timeout is None or timeout < 0:
            timeout = None
        try:
            self._slot.put(True, timeout=timeout)
        except TimeoutError:
            return False
        return True

    def release(self):
        if not self._slot.size():
            raise RuntimeError('release unlocked lock')
        self._slot.get()

    def locked(self):
        return self._slot.size() > 0

    def __enter__(self):
        self._slot.put(True)
        return True

    def __exit__(self, *exc):
        self._slot.get()


class _Condition:
    """A condition variable on the queue's lock (like threading.Condition)."""

    __slots__ = ('_lock', '_waiters')

    def __init__(self, lock):
        self._lock = lock
        self._waiters = deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        self._lock.release()

    def wait(self, timeout=None):
        """Release the lock, wait for a notify() (or the timeout), re-acquire.

        Returns False on timeout.  Raises _Deadlock (Spindle) when no
        goroutine could ever notify.
        """
        waiter = _waiter_slot()
        self._waiters.append(waiter)
        slot = self._lock._slot
        slot.get()
        got = False
        try:
            try:
                waiter.get(timeout=timeout)
                got = True
            except TimeoutError:
                pass
            return got
        finally:
            slot.put(True)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        waiters = self._waiters
        while waiters and n > 0:
            waiters.popleft().put(True)
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


# ---------------------------------------------------------------- Queue

class Queue:
    """A FIFO queue; maxsize <= 0 means no size limit.

    Subclasses may override _init, _qsize, _put and _get (called with the
    lock held), as LifoQueue and PriorityQueue do.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # one lock; three conditions share it
        self.mutex = _Mutex()
        self.not_empty = _Condition(self.mutex)
        self.not_full = _Condition(self.mutex)
        self.all_tasks_done = _Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item fetched with get() as processed (for join())."""
        slot = self.mutex._slot
        slot.put(True)
        try:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished
        finally:
            slot.get()

    def join(self):
        """Wait until every item put has been marked done with task_done()."""
        slot = self.mutex._slot
        slot.put(True)
        try:
            while self.unfinished_tasks:
                try:
                    self.all_tasks_done.wait()
                except _Deadlock:
                    raise _deadlock(
                        'Queue.join()', '%d task(s) not marked done'
                        % self.unfinished_tasks) from None
        finally:
            slot.get()

    def qsize(self):
        """The approximate size of the queue."""
        slot = self.mutex._slot
        slot.put(True)
        try:
            return self._qsize()
        finally:
            slot.get()

    def empty(self):
        """True if the queue is empty (not reliable with several goroutines)."""
        slot = self.mutex._slot
        slot.put(True)
        try:
            return not self._qsize()
        finally:
            slot.get()

    def full(self):
        """True if the queue is full (not reliable with several goroutines)."""
        slot = self.mutex._slot
        slot.put(True)
        try:
            return 0 < self.maxsize <= self._qsize()
        finally:
            slot.get()

    def put(self, item, block=True, timeout=None):
        """Put an item, waiting for a free slot if block (up to timeout seconds).

        Raises Full when no slot is free (at once when block is false).
        """
        slot = self.mutex._slot
        slot.put(True)
        try:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        try:
                            self.not_full.wait()
                        except _Deadlock:
                            raise _deadlock(
                                'Queue.put()', 'the queue is full (maxsize=%d)'
                                % self.maxsize) from None
                else:
                    _check_timeout(timeout)
                    endtime = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            if self.not_empty._waiters:
                self.not_empty.notify()
        finally:
            slot.get()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if block (up to timeout seconds).

        Raises Empty when there is none (at once when block is false).
        """
        slot = self.mutex._slot
        slot.put(True)
        try:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    try:
                        self.not_empty.wait()
                    except _Deadlock:
                        raise _deadlock('Queue.get()', 'the queue is empty') from None
            else:
                _check_timeout(timeout)
                endtime = _time() + timeout
                while not self._qsize():
                    remaining = endtime - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            if self.not_full._waiters:
                self.not_full.notify()
            return item
        finally:
            slot.get()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # storage hooks (called with the lock held)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _generic_alias(cls, item):
    try:
        from types import GenericAlias
    except ImportError:
        return cls
    return GenericAlias(cls, item)


class PriorityQueue(Queue):
    """A queue returning the lowest entry first (entries are often (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue returning the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


# ---------------------------------------------------------------- SimpleQueue

class SimpleQueue:
    """An unbounded FIFO queue without task tracking; put() never blocks."""

    __module__ = '_queue'

    def __init__(self):
        self._queue = deque()
        self._lock = _Mutex()
        self._waiting = _Condition(self._lock)

    def put(self, item, block=True, timeout=None):
        """Put an item (block and timeout are ignored: it never blocks)."""
        slot = self._lock._slot
        slot.put(True)
        try:
            self._queue.append(item)
            if self._waiting._waiters:
                self._waiting.notify()
        finally:
            slot.get()

    def put_nowait(self, item):
        """put(item)."""
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if block (up to timeout seconds)."""
        if timeout is not None and block:
            _check_timeout(timeout)
        try:
            # popleft is atomic: no lock needed when an item is there
            return self._queue.popleft()
        except IndexError:
            pass
        slot = self._lock._slot
        slot.put(True)
        try:
            q = self._queue
            if not q:
                if not block:
                    raise Empty
                if timeout is None:
                    while not q:
                        try:
                            self._waiting.wait()
                        except _Deadlock:
                            raise _deadlock('SimpleQueue.get()',
                                            'the queue is empty') from None
                else:
                    endtime = _time() + timeout
                    while not q:
                        remaining = endtime - _time()
                        if remaining <= 0.0:
                            raise Empty
                        self._waiting.wait(remaining)
            return q.popleft()
        finally:
            slot.get()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def empty(self):
        """True if the queue is empty."""
        return not self._queue

    def qsize(self):
        """The approximate size of the queue."""
        return len(self._queue)

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)
