class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
    def __getattribute__(self, name):
        if name.startswith('_'):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '_t'), name)
class T:
    x = 1
    def m(self): return 'm'
p = Proxy(T())
print(p.x, p.m(), hasattr(p, 'zz'), getattr(p, 'zz', 'dflt'))
class Log:
    def __init__(self): self.a = 1
    def __getattribute__(self, n):
        if n == 'secret':
            raise AttributeError('hidden ' + n)
        return object.__getattribute__(self, n) * 10 if n == 'a' else object.__getattribute__(self, n)
    def __getattr__(self, n):
        return 'fallback ' + n
l = Log()
print(l.a, l.secret, l.other)
class E:
    def __getattribute__(self, n):
        raise AttributeError(f'no {n} here')
try:
    E().foo
except AttributeError as e:
    print(e)

# The output, in order:
# expect: 1 m False dflt
# expect: 10 fallback secret fallback other
# expect: no foo here
