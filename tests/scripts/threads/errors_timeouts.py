# spindle-only
# SPEC 3: errors re-raised by get and wait (every time), timeouts on every blocking call.
import scriptling.threads as threads

def boom(n):
    if n > 0:
        return boom(n - 1)
    raise KeyError("deep")

p = threads.run(boom, 3)
for call in (p.get, p.wait, p.get):
    try:
        call()
    except KeyError as e:
        print("KeyError", e)
# expect: KeyError 'deep'
# expect: KeyError 'deep'
# expect: KeyError 'deep'
print(p.done())  # expect: True

q = threads.Queue()
try:
    q.get(timeout=0.01)
except TimeoutError:
    print("Queue.get timeout")  # expect: Queue.get timeout

full = threads.Queue(1)
full.put(1)
try:
    full.put(2, timeout=0.01)
except TimeoutError:
    print("Queue.put timeout")  # expect: Queue.put timeout
print(full.size())  # expect: 1

wg = threads.WaitGroup()
wg.add(1)
try:
    wg.wait(timeout=0.01)
except TimeoutError:
    print("WaitGroup.wait timeout")  # expect: WaitGroup.wait timeout
wg.done()
wg.wait(timeout=1)
print("waited")  # expect: waited

def slow(q):
    return q.get()
gate = threads.Queue()
sp = threads.run(slow, gate)
for m in (sp.get, sp.wait):
    try:
        m(timeout=0.01)
    except TimeoutError:
        print("Promise timeout")
# expect: Promise timeout
# expect: Promise timeout
print(sp.done())  # expect: False
gate.put("late")
print(sp.get(timeout=5))  # expect: late

try:
    wg.done()
except ValueError as e:
    print("ValueError", e)  # expect: ValueError negative WaitGroup counter
try:
    threads.WaitGroup().add(-1)
except ValueError:
    print("below zero refused")  # expect: below zero refused

try:
    threads.Atomic(True)
except TypeError:
    print("bool refused")  # expect: bool refused
a = threads.Atomic(-2**63)
try:
    a.add(-1)
except OverflowError:
    print("kept", a.get() == -2**63)  # expect: kept True

# a goroutine that fails does not disturb the others
def maybe(i):
    if i % 3 == 0:
        raise RuntimeError(i)
    return i
ps = [threads.run(maybe, i) for i in range(30)]
ok = 0
bad = 0
for x in ps:
    try:
        x.get()
        ok += 1
    except RuntimeError:
        bad += 1
print(ok, bad)  # expect: 20 10
