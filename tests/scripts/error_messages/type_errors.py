def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: 1 + "a")  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
show(lambda: "a" + 1)  # expect: TypeError: can only concatenate str (not "int") to str
show(lambda: [1] + (2,))  # expect: TypeError: can only concatenate list (not "tuple") to list
show(lambda: 1 - None)  # expect: TypeError: unsupported operand type(s) for -: 'int' and 'NoneType'
show(lambda: {} * 2)  # expect: TypeError: unsupported operand type(s) for *: 'dict' and 'int'
show(lambda: "a" * 2.5)  # expect: TypeError: can't multiply sequence by non-int of type 'float'
show(lambda: 1 < "a")  # expect: TypeError: '<' not supported between instances of 'int' and 'str'
show(lambda: [] > None)  # expect: TypeError: '>' not supported between instances of 'list' and 'NoneType'
show(lambda: -"a")  # expect: TypeError: bad operand type for unary -: 'str'
show(lambda: ~1.5)  # expect: TypeError: bad operand type for unary ~: 'float'
none, five, text, pair = None, 5, "abc", (1, 2)
show(lambda: none())  # expect: TypeError: 'NoneType' object is not callable
show(lambda: five())  # expect: TypeError: 'int' object is not callable
show(lambda: none[0])  # expect: TypeError: 'NoneType' object is not subscriptable
show(lambda: five[0])  # expect: TypeError: 'int' object is not subscriptable
show(lambda: len(5))  # expect: TypeError: object of type 'int' has no len()
show(lambda: iter(5))  # expect: TypeError: 'int' object is not iterable
show(lambda: [x for x in None])  # expect: TypeError: 'NoneType' object is not iterable
show(lambda: {[]: 1})  # expect: TypeError: unhashable type: 'list'
show(lambda: next([1]))  # expect: TypeError: 'list' object is not an iterator
show(lambda: text[1.0])  # expect: TypeError: string indices must be integers, not 'float'
show(lambda: pair["a"])  # expect: TypeError: tuple indices must be integers or slices, not str
show(lambda: 1 / "2")  # expect: TypeError: unsupported operand type(s) for /: 'int' and 'str'
show(lambda: 2 ** "3")  # expect: TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'
show(lambda: 1 % [])  # expect: TypeError: unsupported operand type(s) for %: 'int' and 'list'
show(lambda: 1 & 1.0)  # expect: TypeError: unsupported operand type(s) for &: 'int' and 'float'
show(lambda: "x" in 5)  # expect: TypeError: argument of type 'int' is not iterable
show(lambda: 1 in "abc")  # expect: TypeError: 'in <string>' requires string as left operand, not int
show(lambda: sum(["a", "b"]))  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
show(lambda: sum(["a"], ""))  # expect: TypeError: sum() can't sum strings [use ''.join(seq) instead]
show(lambda: abs("x"))  # expect: TypeError: bad operand type for abs(): 'str'
show(lambda: isinstance(1, 1))  # expect: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
show(lambda: max())  # expect: TypeError: max expected at least 1 argument, got 0
show(lambda: max([]))  # expect: ValueError: max() arg is an empty sequence
show(lambda: min(5))  # expect: TypeError: 'int' object is not iterable
show(lambda: len())  # expect: TypeError: len() takes exactly one argument (0 given)
show(lambda: "a".upper(1))  # expect: TypeError: str.upper() takes no arguments (1 given)
show(lambda: [].append())  # expect: TypeError: list.append() takes exactly one argument (0 given)
show(lambda: hash({}))  # expect: TypeError: unhashable type: 'dict'
show(lambda: "{:d}".format("s"))  # expect: ValueError: Unknown format code 'd' for object of type 'str'
show(lambda: divmod(1, 0))  # expect: ZeroDivisionError: integer division or modulo by zero
show(lambda: 1 // 0)  # expect: ZeroDivisionError: integer division or modulo by zero
show(lambda: 1 % 0)  # expect: ZeroDivisionError: integer modulo by zero
show(lambda: 1.0 / 0)  # expect: ZeroDivisionError: float division by zero
show(lambda: 1.0 // 0.0)  # expect: ZeroDivisionError: float floor division by zero
show(lambda: 5.0 % 0)  # expect: ZeroDivisionError: float modulo
show(lambda: 0 ** -1)  # expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
show(lambda: pow(2, 3, 0))  # expect: ValueError: pow() 3rd argument cannot be 0
