def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))  # expect: 3628800 15511210043330985984000000
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(12)])  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))  # expect: True True False
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 8, 1), apply(len, "four"))  # expect: 8 4
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))  # expect: 5 6
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))  # expect: 7
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
m = hanoi(4, "A", "B", "C", [])
print(len(m), m[:3])  # expect: 15 [('A', 'B'), ('A', 'C'), ('B', 'C')]
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))  # expect: 9
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))  # expect: 900
print(callable(fact), callable(1), type(fact).__name__)  # expect: True False function
def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__name__)  # expect: inner inner
fn = fact
del fact
try:
    fn(3)
except NameError as e:
    print(e)  # expect: name 'fact' is not defined
