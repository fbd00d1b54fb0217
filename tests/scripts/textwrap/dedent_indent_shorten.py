import textwrap
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
# expect: 'a\n  b\nc\n'
print(repr(textwrap.dedent("  a\n\n  b")))
# expect: 'a\n\nb'
print(repr(textwrap.dedent("  a\n    \n  b\n")))
# expect: 'a\n\nb\n'
print(repr(textwrap.dedent("\ta\n\tb")))
# expect: 'a\nb'
print(repr(textwrap.dedent("\ta\n        b")))
# expect: '\ta\n        b'
print(repr(textwrap.dedent("  \ta\n  b")))
# expect: '\ta\nb'
print(repr(textwrap.dedent("  \ta\n  \tb\n")))
# expect: 'a\nb\n'
print(repr(textwrap.dedent("no indent\n  x")))
# expect: 'no indent\n  x'
print(repr(textwrap.dedent("")), repr(textwrap.dedent("   ")), repr(textwrap.dedent("\n\n")))
# expect: '' '' '\n\n'
print(repr(textwrap.dedent("   x\r\n   y\r\n")))
# expect: 'x\r\ny\r\n'
print(repr(textwrap.dedent("  a\n \x0cb")))
# expect: ' a\n\x0cb'
print(repr(textwrap.dedent("\n    def f():\n        return 1\n")))
# expect: '\ndef f():\n    return 1\n'
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
# expect: '> a\n> b\n\n> c'
print(repr(textwrap.indent("a\n  \nb\r\nc", "+")))
# expect: '+a\n  \n+b\r\n+c'
print(repr(textwrap.indent("a\n\nb", "* ", lambda line: True)))
# expect: '* a\n* \n* b'
print(repr(textwrap.indent("one\ntwo\nthree", "#", lambda l: l.startswith("t"))))
# expect: 'one\n#two\n#three'
print(repr(textwrap.indent("", "x")))
# expect: ''
print(textwrap.shorten("Hello  world!", width=12))
# expect: Hello world!
print(textwrap.shorten("Hello  world!", width=11))
# expect: Hello [...]
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
# expect: Hello...
print(textwrap.shorten("  lots   of \t\n whitespace   here  ", 40))
# expect: lots of whitespace here
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25))
# expect: The quick brown fox [...]
print(textwrap.shorten("The quick brown fox", 9, placeholder="~"))
# expect: The~
print(textwrap.shorten("Supercalifragilistic", 10))
# expect: [...]
print(repr(textwrap.shorten("", 10)))
# expect: ''
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: placeholder too large for max width
w = textwrap.TextWrapper(width=20, max_lines=3, placeholder=" ...")
print(w.fill("one two three four five six seven eight nine ten eleven twelve thirteen"))
# expect: one two three four
# expect: five six seven eight
# expect: nine ten eleven ...
print(w.wrap("a b"))
# expect: ['a b']
print(textwrap.__all__)
# expect: ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']
