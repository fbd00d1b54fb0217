# locals() and vars() in functions (parameters, locals, cell variables),
# class bodies and modules.
def f(a, b=2):
    x = 3
    return sorted(locals().items())
print(f(1))
def g():
    z = 1
    def inner():
        return z + 1
    w = inner()
    return sorted(locals().items(), key=lambda kv: kv[0])[0][0], "z" in locals(), locals()["w"]
print(g())
def h():
    before = sorted(vars())
    y = 5
    return before, sorted(vars())
print(h())
class K:
    a = 1
    b = sorted(k for k in locals() if not k.startswith("__"))
print(K.b)
print("f" in locals(), locals() is globals() or True, "f" in vars())
def unbound():
    if False:
        q = 1
    return locals()
print(unbound())
# expect: [('a', 1), ('b', 2), ('x', 3)]
# expect: ('inner', True, 2)
# expect: ([], ['before', 'y'])
# expect: ['a']
# expect: True True True
# expect: {}
