# int() of strings: the short-number fast path agrees with the general one.
print(int("0123"), int("-42"), int("+7"), int("  12  "), int("1_000"))
# expect: 123 -42 7 12 1000
print(int("999999999999999999"), int("9223372036854775807"), int("9223372036854775808"))
# expect: 999999999999999999 9223372036854775807 9223372036854775808
print(int("-9223372036854775808"), int("-9223372036854775809"))
# expect: -9223372036854775808 -9223372036854775809
print(int("ff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
# expect: 255 255 15 5 35
print(int("zzzzzzzzzzzz", 36), int("7fffffffffffffff", 16))
# expect: 4738381338321616895 9223372036854775807
print(int("٣٤"), int("0", 0), int("00", 0))
# expect: 34 0 0
for bad in ["", "1 2", "0012", "_1", "1__0", "12a", "-", "0x"]:
    try:
        int(bad, 0) if bad in ("0012", "0x") else int(bad)
        print("no error for", repr(bad))
    except ValueError as e:
        print(e)
# expect: invalid literal for int() with base 10: ''
# expect: invalid literal for int() with base 10: '1 2'
# expect: invalid literal for int() with base 0: '0012'
# expect: invalid literal for int() with base 10: '_1'
# expect: invalid literal for int() with base 10: '1__0'
# expect: invalid literal for int() with base 10: '12a'
# expect: invalid literal for int() with base 10: '-'
# expect: invalid literal for int() with base 0: '0x'
# The plain-decimal path: blanks, signs, leading zeros, 18 and 19 digits.
print(int("  0123"), int("\t-45\n"), int("+7 "), int("000"), int("-0"))
# expect: 123 -45 7 0 0
print(int("999999999999999999"), int("-999999999999999999"), int("1000000000000000000"))
# expect: 999999999999999999 -999999999999999999 1000000000000000000
print(int("9223372036854775808"), int("-9223372036854775809"))
# expect: 9223372036854775808 -9223372036854775809
print(int("\u2003 42 \u3000"), int("1_000"))
# expect: 42 1000
for bad in ["+", " - 1", "--1", "1 -"]:
    try:
        int(bad)
        print("no error for", repr(bad))
    except ValueError as e:
        print(e)
# expect: invalid literal for int() with base 10: '+'
# expect: invalid literal for int() with base 10: ' - 1'
# expect: invalid literal for int() with base 10: '--1'
# expect: invalid literal for int() with base 10: '1 -'
