def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())  # expect: 1 2 3 1
fns = [lambda: i for i in range(3)]
print([f() for f in fns])  # expect: [2, 2, 2]
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])  # expect: [0, 1, 2]
def make_adders():
    out = []
    for n in range(3):
        def add(x):
            return x + n
        out.append(add)
    return out
print([a(10) for a in make_adders()])  # expect: [12, 12, 12]
g = "global"
def read_global():
    return g
def write_global():
    global g
    g = "changed"
print(read_global()); write_global(); print(g)  # expect: global
# expect: changed
def shadow():
    g = "local"
    return g
print(shadow(), g)  # expect: local changed
def unbound():
    print(g)
    g = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, isinstance(e, NameError))  # expect: UnboundLocalError True
    print(e)  # expect: cannot access local variable 'g' where it is not associated with a value
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "inner set"
        inner()
        return x
    return middle(), x
print(outer())  # expect: ('inner set', 'inner set')
x = "module"
class K:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    z = [x for _ in range(1)]
print(K.y, K().m(), K.z)  # expect: class! module ['module']
def cell_after():
    def get():
        return v
    v = 5
    return get
print(cell_after()())  # expect: 5
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
a(1); a(2)
print(a(3))  # expect: 6
def free_late():
    def f():
        return late
    try:
        f()
    except NameError as e:
        print(e)
    late = 1
    return f()
print(free_late())  # expect: cannot access free variable 'late' where it is not associated with a value in enclosing scope
# expect: 1
