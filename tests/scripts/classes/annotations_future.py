from __future__ import annotations
class A:
    x: list[Undefined] = 1
def f(a: Foo | None) -> Bar: pass
print(A.__annotations__, f.__annotations__)

# The output, in order:
# expect: {'x': 'list[Undefined]'} {'a': 'Foo | None', 'return': 'Bar'}
