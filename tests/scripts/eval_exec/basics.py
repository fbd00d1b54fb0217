x = 10
print(eval('x + 1'), eval('  1 + 2'), eval('[i * i for i in range(4)]'))
exec('y = x * 2')
print(y)
d = {'a': 1}
exec('b = a + 1\ndef f(n): return n + b', d)
print(d['b'], d['f'](5), sorted(k for k in d if k != '__builtins__'))
g = {}; l = {}
exec('z = 3', g, l)
print('z' in g, l)
print(eval('a * 10', {'a': 4}), eval('q', {}, {'q': 7}))
c = compile('1 + 1', '<s>', 'eval')
print(eval(c), type(c).__name__)
c2 = compile('w = 5\nprint("in exec", w)', '<s2>', 'exec')
exec(c2)
print(w)
for bad in ['1 +', 'x = 1', 'return 1']:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg if hasattr(e, 'msg') else e)
try:
    eval('undefined_name')
except NameError as e:
    print(e)
def outer():
    v = 5
    return eval('v + 1')
print(eval('x', {'x': 'g'}), exec('pass'))
ns = {}
exec("class K:\n    def m(self): return 42\n", ns)
print(ns['K']().m())
def outer():
    v = 5
    return eval("v + 1"), eval("len([v])")
print(outer())

# The output, in order:
# expect: 11 3 [0, 1, 4, 9]
# expect: 20
# expect: 2 7 ['a', 'b', 'f']
# expect: False {'z': 3}
# expect: 40 7
# expect: 2 code
# expect: in exec 5
# expect: 5
# expect: SyntaxError invalid syntax
# expect: SyntaxError invalid syntax
# expect: SyntaxError invalid syntax
# expect: name 'undefined_name' is not defined
# expect: g None
# expect: 42
# expect: (6, 1)
