class A:
    def __hash__(self): return 2**62
print(hash(A()), hash(A()) == 2**62)
class B:
    def __hash__(self): return -1
print(hash(B()))
def f(): pass
f.__module__ = "m"
print(f.__module__)

# The output, in order:
# expect: 4611686018427387904 True
# expect: -2
# expect: m
