# str.format and format_map: fields, accessors, nesting, and CPython's messages for malformed format strings.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t = str.maketrans("abc", "xyz", "d")
show(lambda: bytes("é", "ascii", "replace"))  # expect: b'?'
show(lambda: "{} {}".format(1, 2))  # expect: '1 2'
show(lambda: "{0} {0}".format(1))  # expect: '1 1'
show(lambda: "{a} {b!r}".format(a=1, b="x"))  # expect: "1 'x'"
show(lambda: "{:>5}|{:<5}|{:^5}".format(1, 2, 3))  # expect: '    1|2    |  3  '
show(lambda: "{0[1]} {0[-1]}".format([1, 2]))  # expect: TypeError: list indices must be integers or slices, not str
show(lambda: "{0[a]}".format({"a": 5}))  # expect: '5'
show(lambda: "{x.real}".format(x=3))  # expect: '3'
show(lambda: "{:{w}.{p}f}".format(3.14159, w=10, p=2))  # expect: '      3.14'
show(lambda: "{".format())  # expect: ValueError: Single '{' encountered in format string
show(lambda: "}".format())  # expect: ValueError: Single '}' encountered in format string
show(lambda: "{0".format())  # expect: ValueError: expected '}' before end of string
show(lambda: "{0!x}".format(1))  # expect: ValueError: Unknown conversion specifier x
show(lambda: "{0!}".format(1))  # expect: ValueError: unmatched '{' in format spec
show(lambda: "{} {0}".format(1))  # expect: ValueError: cannot switch from automatic field numbering to manual field specification
show(lambda: "{0} {}".format(1))  # expect: ValueError: cannot switch from manual field specification to automatic field numbering
show(lambda: "{2}".format(1))  # expect: IndexError: Replacement index 2 out of range for positional args tuple
show(lambda: "{}".format())  # expect: IndexError: Replacement index 0 out of range for positional args tuple
show(lambda: "{a}".format())  # expect: KeyError: 'a'
show(lambda: "{a}".format_map({"a": 1}))  # expect: '1'
show(lambda: "{a} {0}".format_map({"a": 1}))  # expect: ValueError: Format string contains positional fields
show(lambda: "{}".format_map({"a": 1}))  # expect: ValueError: Format string contains positional fields
show(lambda: "{a[b]}".format_map({"a": {"b": 2}}))  # expect: '2'
show(lambda: "{{}} {{{0}}}".format(5))  # expect: '{} {5}'
show(lambda: "{0:}".format("x"))  # expect: 'x'
show(lambda: "{!r:>6}".format("x"))  # expect: "   'x'"
show(lambda: "{0.}".format(1))  # expect: ValueError: Empty attribute in format string
show(lambda: "{0[}".format(1))  # expect: ValueError: expected '}' before end of string
show(lambda: "{0]}".format(1))  # expect: KeyError: '0]'
show(lambda: "{0[0]x}".format([1]))  # expect: ValueError: Only '.' or '[' may follow ']' in format field specifier
show(lambda: "{:d}".format(1.5))  # expect: ValueError: Unknown format code 'd' for object of type 'float'
show(lambda: "{:s}".format(1))  # expect: ValueError: Unknown format code 's' for object of type 'int'
show(lambda: "{:,}".format(1234567))  # expect: '1,234,567'
show(lambda: "{:_b}".format(1234))  # expect: '100_1101_0010'
show(lambda: "{:08.3f}".format(-3.14159))  # expect: '-003.142'
show(lambda: "{:e}".format(0.000123))  # expect: '1.230000e-04'
show(lambda: "{:%}".format(0.5))  # expect: '50.000000%'
show(lambda: "{:x}".format(255))  # expect: 'ff'
show(lambda: "{:#X}".format(255))  # expect: '0XFF'
show(lambda: "{:c}".format(65))  # expect: 'A'
show(lambda: "{:=+8}".format(42))  # expect: '+     42'
show(lambda: "{:n}".format(1234))  # expect: '1234'
show(lambda: "{:g}".format(1e20))  # expect: '1e+20'
