# queue: FIFO / LIFO / priority / simple queues used from one thread
import queue

q = queue.Queue()
print(q.qsize(), q.empty(), q.full(), q.maxsize, q.unfinished_tasks)  # expect: 0 True False 0 0
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), list(q.queue), q.unfinished_tasks)  # expect: 5 False [0, 1, 2, 3, 4] 5
print([q.get() for _ in range(3)], q.get_nowait(), q.get(block=False), q.empty())  # expect: [0, 1, 2] 3 4 True
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.001)):
    try:
        call()
    except queue.Empty as e:
        print('Empty', repr(e))
# expect: Empty Empty()
# expect: Empty Empty()
# expect: Empty Empty()
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
# expect: ValueError: 'timeout' must be a non-negative number

# task accounting
for i in range(5):
    q.task_done()
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)
# expect: ValueError: task_done() called too many times
q.join()
print('joined', q.unfinished_tasks)  # expect: joined 0

# bounded queue
b = queue.Queue(maxsize=2)
b.put('a')
b.put_nowait('b')
print(b.full(), b.qsize())  # expect: True 2
for call in (lambda: b.put_nowait('c'), lambda: b.put('c', block=False), lambda: b.put('c', timeout=0.001)):
    try:
        call()
    except queue.Full:
        print('Full')
# expect: Full
# expect: Full
# expect: Full
try:
    b.put('c', timeout=-0.5)
except ValueError as e:
    print('ValueError:', e)
# expect: ValueError: 'timeout' must be a non-negative number
print(b.get(), b.get(), b.full(), queue.Queue(-1).full(), queue.Queue(0).full())  # expect: a b False False False

lq = queue.LifoQueue()
for x in 'abc':
    lq.put(x)
print([lq.get() for _ in range(3)], lq.empty())  # expect: ['c', 'b', 'a'] True

pq = queue.PriorityQueue()
for x in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    pq.put(x)
print(pq.queue[0], pq.qsize(), [pq.get() for _ in range(4)])  # expect: (1, 'A') 4 [(1, 'A'), (1, 'a'), (2, 'b'), (3, 'c')]

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(False), sq.empty())  # expect: 3 False 1 2 3 True
for call in (sq.get_nowait, lambda: sq.get(timeout=0.001)):
    try:
        call()
    except queue.Empty:
        print('Empty')
# expect: Empty
# expect: Empty
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
# expect: ValueError: 'timeout' must be a non-negative number

print(queue.Empty.__module__, queue.Full.__module__, issubclass(queue.Empty, Exception))  # expect: _queue queue True
print(queue.__all__, queue.SimpleQueue.__module__)  # expect: ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue'] _queue

# the mutex and the storage hooks
with q.mutex:
    q.queue.append('direct')
print(q.get(), q.unfinished_tasks)  # expect: direct 0


class ReversedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.insert(0, item)

    def _get(self):
        return self.queue.pop()


r = ReversedQueue()
for x in (1, 2, 3):
    r.put(x)
print(r.get(), r.get(), r.qsize())  # expect: 1 2 1
