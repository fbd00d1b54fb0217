# weakref.finalize: run a callback once, when the object dies or on demand
import re
import weakref

def show(f):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', repr(f))

class Res:
    def __init__(self, name):
        self.name = name

log = []
def cleanup(*args, **kwargs):
    log.append((args, kwargs))
    return 'done'

r = Res('r')
f = weakref.finalize(r, cleanup, 1, 2, key='v')
print(f.alive, f.atexit, show(f))
obj, func, args, kwargs = f.peek()
print(obj is r, func is cleanup, args, kwargs)
del obj
del r
print(f.alive, log, f.peek(), f.detach(), show(f))
print(f(), log)   # a dead finalizer does nothing

# calling it runs the callback at most once
s = Res('s')
g = weakref.finalize(s, cleanup, 'called')
print(g(), g(), g.alive, len(log))
del s
print(len(log))

# detach: the callback never runs
t = Res('t')
h = weakref.finalize(t, cleanup, 'detached')
o, fn, a, kw = h.detach()
print(o is t, fn is cleanup, a, kw, h.alive, h.detach(), h.peek())
del o, t
print(len(log))

# several finalizers on one object run newest first
u = Res('u')
order = []
fs = [weakref.finalize(u, order.append, i) for i in range(3)]
print([x.alive for x in fs])
del u
print(order, [x.alive for x in fs])

# atexit flag
v = Res('v')
k = weakref.finalize(v, print, 'v finalized')
k.atexit = False
print(k.atexit)
k.atexit = 1
print(k.atexit)
del v
k.atexit = True
print(k.atexit, k.alive)

# the finalizer keeps its arguments alive, not the object
w = Res('w')
payload = Res('payload')
pr = weakref.ref(payload)
fz = weakref.finalize(w, lambda p: print('freeing with', p.name), payload)
del payload
print(pr() is not None)
del w
print(pr() is None, fz.alive)

# errors
try:
    weakref.finalize(1, print)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.finalize(Res('x'))
except TypeError as e:
    print('TypeError', type(e).__name__)
# a finalizer whose callback raises still dies
y = Res('y')
bad = weakref.finalize(y, lambda: 1 / 0)
del y
print(bad.alive)
z = Res('z')
bad2 = weakref.finalize(z, lambda: 1 / 0)
try:
    bad2()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, bad2.alive)
print('end')

# expect: True True <finalize object at ADDR; for 'Res' at ADDR>
# expect: True True (1, 2) {'key': 'v'}
# expect: False [((1, 2), {'key': 'v'})] None None <finalize object at ADDR; dead>
# expect: None [((1, 2), {'key': 'v'})]
# expect: done None False 2
# expect: 2
# expect: True True ('detached',) {} False None None
# expect: 2
# expect: [True, True, True]
# expect: [2, 1, 0] [False, False, False]
# expect: False
# expect: True
# expect: v finalized
# expect: False False
# expect: True
# expect: freeing with payload
# expect: True False
# expect: TypeError cannot create weak reference to 'int' object
# expect: TypeError TypeError
# expect: False
# expect: ZeroDivisionError division by zero False
# expect: end
