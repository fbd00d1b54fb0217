# Private names (__x) inside classes are mangled to _Class__x: attributes,
# methods, parameters, locals, globals, nested classes, classes in any
# compound statement; keyword argument names are not (CPython's rules).
class A:
    def f(self, __a=0): return __a
    def g(self):
        try:
            return self.f(__a=1)
        except TypeError as e:
            return "TypeError: " + str(e)
    __cls = 5
    def h(self):
        __loc = 3
        return [__loc for _ in range(1)], A.__cls, self.__cls, locals().get("_A__loc")
    def k(self):
        match {"a": 1}:
            case {"a": __v}:
                return __v
print(A().g(), A().h(), A().k(), sorted(k for k in vars(A) if "cls" in k))
class __B:
    def m(self):
        self.__z = 1
        return vars(self)
print(__B().m())
class C_:
    class __Inner:
        __q = 1
    def r(self):
        return C_._C___Inner._Inner__q
print(C_().r())
print(getattr(A(), "_A__cls"))
class A2:
    def __init__(self):
        self.__x = 1
        self._y = 2
    def get(self):
        return self.__x
    def __priv(self):
        return "priv"
    def call(self):
        return self.__priv()
class B2(A2):
    def __init__(self):
        super().__init__()
        self.__x = 10
    def mine(self):
        return self.__x
b = B2()
print(b.get(), b.mine(), b.call(), sorted(vars(b)))
print(hasattr(b, "__x"), b._A2__x, b._B2__x)
print(A2._A2__priv.__name__, A2._A2__priv.__qualname__, A2.__dict__.get("__priv"))
def outer():
    __local = 1
    return __local
print(outer())
class G:
    global __gg
    __gg = 7
print(_G__gg if "_G__gg" in globals() else "no", "__gg" in globals())
class L:
    f = lambda self, __p=3: __p
    def comp(self):
        __n = 2
        return [__n * i for i in range(3)], {__k: 1 for __k in "ab"}
print(L().f(), L().comp())
class E(Exception):
    pass
class T:
    def run(self):
        try:
            raise E("boom")
        except E as __err:
            return str(__err)
print(T().run())
while False:
    pass
else:
    class A:
        def __init__(self):
            self.__x = 1
    print(vars(A()))
# expect: TypeError: A.f() got an unexpected keyword argument '__a' ([3], 5, 5, 3) 1 ['_A__cls']
# expect: {'_B__z': 1}
# expect: 1
# expect: 5
# expect: 1 10 priv ['_A2__x', '_B2__x', '_y']
# expect: False 1 10
# expect: __priv A2.__priv None
# expect: 1
# expect: 7 False
# expect: 3 ([0, 2, 4], {'a': 1, 'b': 1})
# expect: boom
# expect: {'_A__x': 1}
