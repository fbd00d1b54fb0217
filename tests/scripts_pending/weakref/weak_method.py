# WeakMethod: a weak reference to a bound method
import weakref

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, by=1):
        self.n += by
        return self.n
    def other(self):
        return 'other'

log = []
c = Counter()
wm = weakref.WeakMethod(c.bump, lambda r: log.append(('dead', r is wm)))
m = wm()
print(m(), m(5), c.n, m == c.bump, wm() is c.bump)
del m
print(isinstance(wm, weakref.ref), type(wm).__name__, callable(wm.__callback__))

# equality and hashing
wm2 = weakref.WeakMethod(c.bump)
wm3 = weakref.WeakMethod(c.other)
print(wm == wm2, wm != wm2, wm == wm3, wm != wm3, hash(wm) == hash(wm2))
print(wm == weakref.ref(c), wm.__eq__(weakref.ref(c)), wm == 5)
print({wm: 1}[wm2], len({wm, wm2, wm3}))

# dies with the instance; the callback runs once
del c
print(wm(), wm2(), log)
print(wm == wm2, wm != wm2, wm == wm, wm != wm)

# dies with the function too
class Temp:
    def meth(self):
        return 'meth'
t = Temp()
wt = weakref.WeakMethod(t.meth, lambda r: log.append('func died'))
print(wt()())
del Temp.meth
print(wt(), log[-1])
t2 = Temp()
print(hasattr(t2, 'meth'))

# only bound methods are accepted
for bad in (len, Counter.bump, lambda: 0, 5, [].append):
    try:
        weakref.WeakMethod(bad)
        print('accepted', type(bad).__name__)
    except TypeError as e:
        print('TypeError', e)

# a plain ref to a bound method dies at once
c2 = Counter()
print(weakref.ref(c2.bump)(), weakref.WeakMethod(c2.bump)() == c2.bump)

# subclass
class MyWM(weakref.WeakMethod):
    __slots__ = ()
mw = MyWM(c2.other)
print(mw()(), type(mw).__name__, mw == weakref.WeakMethod(c2.other))
del c2
print(mw())

# expect: 1 6 6 True False
# expect: True WeakMethod True
# expect: True False False True True
# expect: True NotImplemented False
# expect: 1 2
# expect: None None [('dead', True)]
# expect: False True True False
# expect: meth
# expect: None func died
# expect: False
# expect: TypeError argument should be a bound method, not <class 'builtin_function_or_method'>
# expect: TypeError argument should be a bound method, not <class 'function'>
# expect: TypeError argument should be a bound method, not <class 'function'>
# expect: TypeError argument should be a bound method, not <class 'int'>
# expect: TypeError argument should be a bound method, not <class 'builtin_function_or_method'>
# expect: None True
# expect: other MyWM True
# expect: None
