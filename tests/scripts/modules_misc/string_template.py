import string
T = string.Template
print(T("$who likes $$ ${what}!").substitute({"who": "a"}, what="b"))  # expect: a likes $ b!
print(T("$x and $y").safe_substitute(x=1))  # expect: 1 and $y
try:
    T("a\n  $ b").substitute()
except ValueError as e:
    print(e)  # expect: Invalid placeholder in string: line 2, col 3
try:
    T("$zz").substitute()
except KeyError as e:
    print(repr(e))  # expect: KeyError('zz')
print(string.capwords(" a  bC  d "), string.capwords("a-b-c", "-"), repr(string.whitespace), len(string.printable))  # expect: A Bc D A-B-C ' \t\n\r\x0b\x0c' 100
