# spindle-only
# scriptling.threads Queue and Pool, SPEC part 3.
import scriptling.threads as threads

q = threads.Queue(maxsize=2)
def producer(q, n):
    for i in range(n):
        q.put(i)
    q.close()
threads.run(producer, q, 20)
got = [item for item in q]
print(got == list(range(20)), len(got))  # expect: True 20
try:
    q.get()
except threads.QueueClosed:
    print("drained and closed")  # expect: drained and closed
try:
    q.put(1)
except threads.QueueClosed:
    print("put after close refused")  # expect: put after close refused
q.close()
print("close is idempotent")  # expect: close is idempotent
empty = threads.Queue()
try:
    empty.get(timeout=0.01)
except TimeoutError:
    print("get timed out")  # expect: get timed out

def cube(x):
    return x ** 3
with threads.Pool(cube, workers=3) as pool:
    ps = [pool.submit(i) for i in range(8)]
print([p.get() for p in ps])  # expect: [0, 1, 8, 27, 64, 125, 216, 343]
pool2 = threads.Pool(cube, workers=2)
pool2.close()
try:
    pool2.submit(1)
except RuntimeError:
    print("submit after close is a RuntimeError")  # expect: submit after close is a RuntimeError
def sometimes_fails(x):
    if x == 3:
        raise KeyError(x)
    return x
pool3 = threads.Pool(sometimes_fails, workers=2)
for i in range(5):
    pool3.submit(i)
try:
    pool3.close()
except KeyError as e:
    print("unread failure surfaces at close:", e)  # expect: unread failure surfaces at close: 3

lonely = threads.Queue()
try:
    lonely.get()
except threads.Deadlock:
    print("deadlock detected")  # expect: deadlock detected
print("done")  # expect: done
