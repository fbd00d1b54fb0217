# spindle-only
# Hostile values on scriptling.threads (tests/hostile/cases.tsv, h11..h59): bad
# timeouts and counters are refused at once with the type SPEC.md part 3 names,
# and a wait nothing can end raises Deadlock instead of hanging.
import scriptling.threads as t


def kind(f):
    try:
        f()
        return "no error"
    except Exception as e:
        return type(e).__name__


print(kind(lambda: t.Queue().get(timeout=-1)))  # expect: ValueError
print(kind(lambda: t.Queue().get(timeout="1")))  # expect: TypeError
print(kind(lambda: t.Queue().get(timeout=0)))  # expect: TimeoutError
print(kind(lambda: t.Queue().get(timeout=1e-300)))  # expect: TimeoutError
wg = t.WaitGroup()
wg.add(1)
print(kind(lambda: wg.wait(timeout=-1)))  # expect: ValueError
print(kind(lambda: t.WaitGroup().add(-1)))  # expect: ValueError
q = t.Queue()
p = t.run(q.get)
print(kind(lambda: p.get(timeout=-1)))  # expect: ValueError
q.put(7)
print(p.get())  # expect: 7
wg.done()
print(kind(lambda: t.Queue().get()))  # expect: Deadlock
w2 = t.WaitGroup()
w2.add(1)
print(kind(lambda: w2.wait()))  # expect: Deadlock
q3 = t.Queue()
print(kind(lambda: t.run(q3.get).get()))  # expect: Deadlock
q3.put(1)
print(kind(lambda: t.Atomic(2**63)))  # expect: OverflowError
print(kind(lambda: t.Atomic(1.5)))  # expect: TypeError
a = t.Atomic(2**63 - 1)
print(kind(lambda: a.add(1)), a.get())  # expect: OverflowError 9223372036854775807
print(kind(lambda: a.add(2**64)), kind(lambda: a.cas(a.get(), 2**64)))  # expect: OverflowError OverflowError
print(a.get())  # expect: 9223372036854775807
