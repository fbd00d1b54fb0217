def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: undefined_thing)  # expect: NameError: name 'undefined_thing' is not defined
show(lambda: (5).foo)  # expect: AttributeError: 'int' object has no attribute 'foo'
show(lambda: "s".nope)  # expect: AttributeError: 'str' object has no attribute 'nope'
show(lambda: None.x)  # expect: AttributeError: 'NoneType' object has no attribute 'x'
show(lambda: [].push)  # expect: AttributeError: 'list' object has no attribute 'push'
show(lambda: {}.has_key)  # expect: AttributeError: 'dict' object has no attribute 'has_key'
class Thing:
    pass
show(lambda: Thing().x)  # expect: AttributeError: 'Thing' object has no attribute 'x'
show(lambda: Thing.x)  # expect: AttributeError: type object 'Thing' has no attribute 'x'
import math
show(lambda: math.nothing)  # expect: AttributeError: module 'math' has no attribute 'nothing'
def set_on_int():
    x = 5
    x.attr = 1
show(set_on_int)  # expect: AttributeError: 'int' object has no attribute 'attr'
show(lambda: [1, 2][5])  # expect: IndexError: list index out of range
show(lambda: (1,)[-2])  # expect: IndexError: tuple index out of range
show(lambda: "ab"[2])  # expect: IndexError: string index out of range
show(lambda: {"a": 1}["b"])  # expect: KeyError: 'b'
show(lambda: {1: 1}[2])  # expect: KeyError: 2
show(lambda: {}[None])  # expect: KeyError: None
show(lambda: set().pop())  # expect: KeyError: 'pop from an empty set'
show(lambda: [].index(1))  # expect: ValueError: 1 is not in list
show(lambda: "abc".index("z"))  # expect: ValueError: substring not found
show(lambda: int("1e3"))  # expect: ValueError: invalid literal for int() with base 10: '1e3'
show(lambda: [1, 2, 3].pop(7))  # expect: IndexError: pop index out of range
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(str(e)))  # expect: StopIteration ''
def raise_notimpl():
    raise NotImplementedError("subclass must implement")
show(raise_notimpl)  # expect: NotImplementedError: subclass must implement
def use_before():
    total += 1
    total = 0
show(use_before)  # expect: UnboundLocalError: cannot access local variable 'total' where it is not associated with a value
def bad_import():
    import no_such_module_xyz
show(bad_import)  # expect: ModuleNotFoundError: No module named 'no_such_module_xyz'
def bad_from():
    from math import no_such_name
try:
    bad_from()
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'math'"))  # expect: ImportError True
