# Attribute access through locals (fused instructions), the per-thread
# method cache and its invalidation, and the instantiation fast path.
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def twice(self):
        return self.get() * 2

def use(p):
    a = p.x
    p.x = a + 1
    return p.get(), p.twice()

p = P(1)
print(use(p))
# expect: (2, 4)

# Replacing a method after it was cached: the next call sees the new one.
def get10(self):
    return self.x * 10
P.get = get10
print(use(p))
# expect: (30, 60)

# An instance attribute shadows the class's method.
p.get = lambda: -1
print(p.get(), p.twice())
# expect: -1 -2
del p.get
print(p.get())
# expect: 30

# Deleting a method from the class falls back to the base class.
class Base:
    def who(self):
        return "base"
class Child(Base):
    def who(self):
        return "child"
c = Child()
def ask(o):
    return o.who()
print(ask(c))
# expect: child
del Child.who
print(ask(c))
# expect: base
Base.who = lambda self: "patched"
print(ask(c))
# expect: patched

# Properties, __setattr__ and __slots__ through a local receiver.
class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v + 100
    @v.setter
    def v(self, value):
        self._v = value * 2
def prop_use(o):
    o.v = 5
    return o.v
print(prop_use(Prop()))
# expect: 110

class Logged:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("logged", value))
def set_local(o):
    o.a = 1
    return o.a
print(set_local(Logged()))
# expect: ('logged', 1)

class Slotted:
    __slots__ = ("a",)
def slot_use(o):
    o.a = 3
    try:
        o.b = 4
    except AttributeError as e:
        return o.a, "AttributeError"
print(slot_use(Slotted()))
# expect: (3, 'AttributeError')

# A local that is unbound when its attribute is read or written.
def unbound_read():
    try:
        q.x
    except UnboundLocalError as e:
        print("read:", e)
    q = 1
def unbound_write():
    try:
        q.x = 1
    except UnboundLocalError as e:
        print("write:", e)
    q = 1
def unbound_call():
    try:
        q.m()
    except UnboundLocalError as e:
        print("call:", e)
    q = 1
unbound_read()
unbound_write()
unbound_call()
# expect: read: cannot access local variable 'q' where it is not associated with a value
# expect: write: cannot access local variable 'q' where it is not associated with a value
# expect: call: cannot access local variable 'q' where it is not associated with a value

# Missing attributes through a local.
def missing(o):
    try:
        return o.nope
    except AttributeError as e:
        return str(e)
print(missing(P(0)))
# expect: 'P' object has no attribute 'nope'

# __getattr__ fallback through a local.
class Dyn:
    def __getattr__(self, name):
        return name.upper()
def dyn(o):
    return o.hello, o.world
print(dyn(Dyn()))
# expect: ('HELLO', 'WORLD')

# Instantiation fast path: __init__ must return None; defaults and
# keywords take the general path; a class with __new__ too.
class Bad:
    def __init__(self):
        return 1
try:
    Bad()
except TypeError as e:
    print(e)
# expect: __init__() should return None, not 'int'
class Defaults:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)
print(Defaults(1).t, Defaults(1, 5).t, Defaults(1, c=9).t)
# expect: (1, 2, 3) (1, 5, 3) (1, 2, 9)
class WithNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.made = "new"
        return o
    def __init__(self, v):
        self.v = v
w = WithNew(4)
print(w.made, w.v)
# expect: new 4
try:
    P()
except TypeError as e:
    print(e)
# expect: P.__init__() missing 1 required positional argument: 'x'
class NoInit:
    pass
print(type(NoInit()).__name__)
# expect: NoInit
try:
    NoInit(1)
except TypeError as e:
    print(e)
# expect: NoInit() takes no arguments

# Bound methods and builtin methods through locals.
def builtin_methods(items, text):
    items.append(text.upper())
    f = items.pop
    return f(), items
print(builtin_methods([1], "ab"))
# expect: ('AB', [1])
