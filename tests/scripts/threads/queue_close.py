# spindle-only
# SPEC 3 Queue close semantics and `for item in queue`.
import scriptling.threads as threads

q = threads.Queue()
for i in range(3):
    q.put(i)
q.close()
q.close()  # idempotent
print(q.get(), q.get(), q.get())  # expect: 0 1 2
try:
    q.get()
except threads.QueueClosed:
    print("drained then QueueClosed")  # expect: drained then QueueClosed
try:
    q.put(9)
except threads.QueueClosed:
    print("put after close")  # expect: put after close
print(issubclass(threads.QueueClosed, Exception))  # expect: True

def producer(q, n):
    for i in range(n):
        q.put(i)
    q.close()

stream = threads.Queue(4)
threads.run(producer, stream, 50)
total = 0
for item in stream:
    total += item
print(total)  # expect: 1225

# a producer parked on a full queue gets QueueClosed when it closes
blocked = threads.Queue(1)
blocked.put("x")
def stuck(q):
    try:
        q.put("y")
        return "put"
    except threads.QueueClosed:
        return "QueueClosed in producer"
p = threads.run(stuck, blocked)
threads.run(lambda q: q.close(), blocked).wait()
print(p.get())  # expect: QueueClosed in producer

# consumers parked in get wake with QueueClosed
empty = threads.Queue()
def consumer(q):
    try:
        return q.get()
    except threads.QueueClosed:
        return "closed"
cs = [threads.run(consumer, empty) for _ in range(5)]
empty.close()
print([c.get() for c in cs])  # expect: ['closed', 'closed', 'closed', 'closed', 'closed']

# iterating a queue inside a goroutine, fed from main
def summer(q):
    s = 0
    for v in q:
        s += v
    return s
feed = threads.Queue(2)
s = threads.run(summer, feed)
for i in range(100):
    feed.put(i)
feed.close()
print(s.get())  # expect: 4950
