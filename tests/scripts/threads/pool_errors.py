# spindle-only
# SPEC 3 Pool: Promises, no lost error, submit after close, context manager.
import scriptling.threads as threads

def square(x):
    return x * x

pool = threads.Pool(square, workers=3)
ps = [pool.submit(i) for i in range(10)]
pool.close()
print([p.get() for p in ps])  # expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
try:
    pool.submit(1)
except RuntimeError:
    print("submit after close")  # expect: submit after close

def picky(x):
    if x == 4:
        raise ValueError("four")
    return x

# an error nobody read surfaces at close
pool = threads.Pool(picky, workers=2)
for i in range(8):
    pool.submit(i)
try:
    pool.close()
except ValueError as e:
    print("close raised", e)  # expect: close raised four

# an error already read through its Promise is not raised again
pool = threads.Pool(picky, workers=2)
got = [pool.submit(i) for i in range(8)]
try:
    got[4].get()
except ValueError:
    print("read it")  # expect: read it
pool.close()
print("closed quietly")  # expect: closed quietly

total = threads.Atomic(0)
def add(item):
    item[0].add(item[1])
with threads.Pool(add, workers=4, queue_depth=2) as p:
    for i in range(1000):
        p.submit((total, i))
print(total.get())  # expect: 499500

# workers are isolated like any goroutine: the script's data is not visible
seen = 7
def peek(x):
    return seen
pool = threads.Pool(peek, workers=1)
r = pool.submit(0)
try:
    r.get()
except NameError:
    print("worker cannot see script data")  # expect: worker cannot see script data
pool.close()
