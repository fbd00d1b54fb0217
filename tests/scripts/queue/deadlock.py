# spindle-only
# queue on goroutines: producers/consumers, join, and the deadlock error for
# blocking calls nobody can complete
import queue
import scriptling.threads as threads

q = queue.Queue()
try:
    q.get()
except RuntimeError as e:
    print(type(e).__name__, isinstance(e, threads.Deadlock))  # expect: QueueDeadlock True
    print(e)  # expect: deadlock: Queue.get() would block forever: the queue is empty, and no other goroutine is left to change that


def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)


threads.run(producer, q, 1000)
total = 0
while True:
    x = q.get()
    if x is None:
        break
    total += x
print(total)  # expect: 499500

work = queue.Queue(maxsize=3)
results = []


def consumer(work, out):
    while True:
        item = work.get()
        if item is not None:
            out.append(item * 2)
        work.task_done()
        if item is None:
            return


workers = [threads.run(consumer, work, results) for _ in range(3)]
for i in range(300):
    work.put(i)
for _ in workers:
    work.put(None)
work.join()
for w in workers:
    w.wait()
print(len(results), sum(results))  # expect: 300 89700

full = queue.Queue(1)
full.put(1)
try:
    full.put(2)
except RuntimeError as e:
    print(e)  # expect: deadlock: Queue.put() would block forever: the queue is full (maxsize=1), and no other goroutine is left to change that
pending = queue.Queue()
pending.put(1)
try:
    pending.join()
except threads.Deadlock as e:
    print(e)  # expect: deadlock: Queue.join() would block forever: 1 task(s) not marked done, and no other goroutine is left to change that
s = queue.SimpleQueue()
try:
    s.get()
except RuntimeError as e:
    print(e)  # expect: deadlock: SimpleQueue.get() would block forever: the queue is empty, and no other goroutine is left to change that
threads.run(lambda s: s.put(42), s)
print(s.get(), s.empty())  # expect: 42 True

# a timed get returns once a goroutine puts
slow = queue.Queue()


def late(q):
    import time
    time.sleep(0.01)
    q.put('late')


threads.run(late, slow)
print(slow.get(timeout=5))  # expect: late
