# format() with specs across types, str()/repr() of floats and strings, int()/float() parsing corner cases, f-strings and %.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: format(1234.5, ","))  # expect: '1,234.5'
show(lambda: format(True, ""))  # expect: 'True'
show(lambda: format(True, "d"))  # expect: '1'
show(lambda: format(True, ">5"))  # expect: '    1'
show(lambda: format(None, ""))  # expect: 'None'
show(lambda: format(None, ">5"))  # expect: TypeError: unsupported format string passed to NoneType.__format__
show(lambda: format([1], ""))  # expect: '[1]'
show(lambda: format([1], "x"))  # expect: TypeError: unsupported format string passed to list.__format__
show(lambda: format((1, 2), ">10"))  # expect: TypeError: unsupported format string passed to tuple.__format__
show(lambda: format(b"ab", ""))  # expect: "b'ab'"
show(lambda: format(b"ab", "5"))  # expect: TypeError: unsupported format string passed to bytes.__format__
show(lambda: format(1.5, "d"))  # expect: ValueError: Unknown format code 'd' for object of type 'float'
show(lambda: format("x", "d"))  # expect: ValueError: Unknown format code 'd' for object of type 'str'
show(lambda: format(3, "s"))  # expect: ValueError: Unknown format code 's' for object of type 'int'
show(lambda: format(3, ".2"))  # expect: ValueError: Precision not allowed in integer format specifier
show(lambda: format(3, ".2f"))  # expect: '3.00'
show(lambda: format(3, "%"))  # expect: '300.000000%'
show(lambda: format(2**70, ","))  # expect: '1,180,591,620,717,411,303,424'
show(lambda: format(2**70, "e"))  # expect: '1.180592e+21'
show(lambda: format(-0.0, ""))  # expect: '-0.0'
show(lambda: format(-0.0, "z.1f"))  # expect: '0.0'
show(lambda: format(1e16, ""))  # expect: '1e+16'
show(lambda: format(1e16, "n"))  # expect: '1e+16'
show(lambda: format(0.1, ".20"))  # expect: '0.10000000000000000555'
show(lambda: format(12345.678, "_.2f"))  # expect: '12_345.68'
show(lambda: format(float("nan"), "+08.2f"))  # expect: '+0000nan'
show(lambda: format(float("inf"), "010"))  # expect: '0000000inf'
show(lambda: format("abc", ".2"))  # expect: 'ab'
show(lambda: format("abc", "*^9"))  # expect: '***abc***'
show(lambda: format("abc", "=5"))  # expect: ValueError: '=' alignment not allowed in string format specifier
show(lambda: format("abc", "+"))  # expect: ValueError: Sign not allowed in string format specifier
show(lambda: format(5, "=+#010x"))  # expect: '+0x0000005'
show(lambda: format(5, "c"))  # expect: '\x05'
show(lambda: format(-5, "c"))  # expect: OverflowError: %c arg not in range(0x110000)
show(lambda: format(5, ",x"))  # expect: ValueError: Cannot specify ',' with 'x'.
show(lambda: format(5, "_x"))  # expect: '5'
show(lambda: format(1234567, "_o"))  # expect: '455_3207'
show(lambda: format(3.5, "#"))  # expect: '3.5'
show(lambda: format(3.0, "#g"))  # expect: '3.00000'
show(lambda: format(3, ",,"))  # expect: ValueError: Cannot specify ',' with ','.
show(lambda: format(3, "<<<"))  # expect: ValueError: Unknown format code '<' for object of type 'int'
show(lambda: format(object.__new__(object), "x"))  # expect: TypeError: unsupported format string passed to object.__format__
show(lambda: format(1, 2))  # expect: TypeError: format() argument 2 must be str, not int
show(lambda: format())  # expect: TypeError: format expected at least 1 argument, got 0
show(lambda: str(1.0), )  # expect: '1.0'
show(lambda: [str(1e16), str(1e-5), str(123456789012345678.0), repr(0.1 + 0.2), str(-0.0), str(float("nan")), str(1e22), str(1.5e-7)])  # expect: ['1e+16', '1e-05', '1.2345678901234568e+17', '0.30000000000000004', '-0.0', 'nan', '1e+22', '1.5e-07']
show(lambda: [str(True), repr("a'b\"c"), repr("\u200b\x85é😀\ud7ff"), ascii("é😀\n"), repr(b"\x85'\"")])  # expect: ['True', '\'a\\\'b"c\'', "'\\u200b\\x85é😀\\ud7ff'", "'\\xe9\\U0001f600\\n'", 'b\'\\x85\\\'"\'']
show(lambda: str(b"x", "ascii"))  # expect: 'x'
show(lambda: [int("  12 "), int("1_000"), int("0x1f", 16), int("0x1f", 0), int("-0b101", 0), int("٣")])  # expect: [12, 1000, 31, 31, -5, 3]
show(lambda: int("1__0"))  # expect: ValueError: invalid literal for int() with base 10: '1__0'
show(lambda: int("0x", 16))  # expect: ValueError: invalid literal for int() with base 16: '0x'
show(lambda: int(" "))  # expect: ValueError: invalid literal for int() with base 10: ' '
show(lambda: int("12", 1))  # expect: ValueError: int() base must be >= 2 and <= 36, or 0
show(lambda: int("12", base=37))  # expect: ValueError: int() base must be >= 2 and <= 36, or 0
show(lambda: int(12, 10))  # expect: TypeError: int() can't convert non-string with explicit base
show(lambda: int(x=1))  # expect: TypeError: 'x' is an invalid keyword argument for int()
show(lambda: [float(" 1.5 "), float("1_0.5"), float("-inf"), float("nAn"), float("1e500"), float("٣.٥")])  # expect: [1.5, 10.5, -inf, nan, inf, 3.5]
show(lambda: float("1__0"))  # expect: ValueError: could not convert string to float: '1__0'
show(lambda: float(""))  # expect: ValueError: could not convert string to float: ''
show(lambda: float("0x10"))  # expect: ValueError: could not convert string to float: '0x10'
show(lambda: float(b"1.5"))  # expect: 1.5
show(lambda: int(b" 12 "))  # expect: 12
show(lambda: int(2.9e30))  # expect: 2899999999999999804337932992512
show(lambda: int(-2.5))  # expect: -2
show(lambda: str(12, "x"))  # expect: TypeError: decoding to str: need a bytes-like object, int found
show(lambda: bool("x"))  # expect: True
show(lambda: [round(2.5), round(0.125, 2), round(1234, -2), round(-0.5)])  # expect: [2, 0.12, 1200, 0]
show(lambda: f"{3.14159:.2f} {'x'!r:>5} {10:#b} {1e6:,.1f} {'é':^5}|")  # expect: "3.14   'x' 0b1010 1,000,000.0   é  |"
show(lambda: f"{12:{'>'}{5}}")  # expect: '   12'
show(lambda: "%5.2f|%-5d|%x|%r|%c|%%" % (3.14159, 42, 255, "s", 65))  # expect: " 3.14|42   |ff|'s'|A|%"
show(lambda: "%s %s" % (1,))  # expect: TypeError: not enough arguments for format string
show(lambda: "%d" % "x")  # expect: TypeError: %d format: a real number is required, not str
show(lambda: "%(a)s" % {"a": 1})  # expect: '1'
