# spindle-only
# SPEC 3 deadlock: the main goroutine gets threads.Deadlock naming each blocked goroutine's wait site.
import scriptling.threads as threads

q = threads.Queue()
def waiter(q):
    return q.get()
w = threads.run(waiter, q)
try:
    q.get()
except threads.Deadlock as e:
    msg = str(e)
    print("deadlock", "Queue.get" in msg, "deadlock.py" in msg)  # expect: deadlock True True
q.put(1)
q.put(2)
print(w.get())  # expect: 1

wg = threads.WaitGroup()
wg.add(1)
try:
    wg.wait()
except threads.Deadlock as e:
    print("WaitGroup deadlock", "WaitGroup.wait" in str(e))  # expect: WaitGroup deadlock True
wg.done()
print(issubclass(threads.Deadlock, Exception))  # expect: True
