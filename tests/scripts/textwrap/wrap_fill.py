import textwrap
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!"
for w in (10, 25, 40):
    print(textwrap.wrap(text, w))
    # expect: ['The quick', 'brown fox', 'jumps over', 'the lazy', 'dog. Pack', 'my box', 'with five', 'dozen', 'liquor', 'jugs!']
    # expect: ['The quick brown fox jumps', 'over the lazy dog. Pack', 'my box with five dozen', 'liquor jugs!']
    # expect: ['The quick brown fox jumps over the lazy', 'dog. Pack my box with five dozen liquor', 'jugs!']
print(textwrap.fill(text, 30))
# expect: The quick brown fox jumps over
# expect: the lazy dog. Pack my box with
# expect: five dozen liquor jugs!
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
# expect: * The quick brown fox jumps
# expect:   over the lazy dog. Pack my
# expect:   box with five dozen liquor
# expect:   jugs!
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), repr(textwrap.fill("  \n\t ")))
# expect: [] [] ''
print(textwrap.wrap("a\tb\tc", 40))
# expect: ['a       b       c']
print(textwrap.wrap("a\tb\tc", 40, expand_tabs=False))
# expect: ['a b c']
print(textwrap.wrap("a\tb\tc", 40, tabsize=4))
# expect: ['a   b   c']
print(textwrap.wrap("line one\nline two", 40, replace_whitespace=False))
# expect: ['line one\nline two']
print(textwrap.wrap("  leading and trailing  ", 40))
# expect: ['  leading and trailing']
print(textwrap.wrap("  leading and trailing  ", 40, drop_whitespace=False))
# expect: ['  leading and trailing  ']
print(textwrap.wrap("  leading and trailing  ", 9, drop_whitespace=False))
# expect: ['  leading', ' and ', 'trailing', '  ']
# hyphens and em-dashes
print(textwrap.wrap("this is a well-known state-of-the-art thing", 12))
# expect: ['this is a', 'well-known', 'state-of-', 'the-art', 'thing']
print(textwrap.wrap("this is a well-known state-of-the-art thing", 12, break_on_hyphens=False))
# expect: ['this is a', 'well-known s', 'tate-of-the-', 'art thing']
print(textwrap.TextWrapper()._split("Hello there -- you goof-ball, use the -b option!"))
# expect: ['Hello', ' ', 'there', ' ', '--', ' ', 'you', ' ', 'goof-', 'ball,', ' ', 'use', ' ', 'the', ' ', '-b', ' ', 'option!']
print(textwrap.TextWrapper()._split("a--b ab---cd x-y-z abc-def-ghi --option -x 12-34 what?--yes"))
# expect: ['a', '--', 'b', ' ', 'ab', '---', 'cd', ' ', 'x-y-z', ' ', 'abc-', 'def-', 'ghi', ' ', '--option', ' ', '-x', ' ', '12-34', ' ', 'what?', '--', 'yes']
print(textwrap.TextWrapper(break_on_hyphens=False)._split("a--b  foo-bar\tbaz"))
# expect: ['a--b', '  ', 'foo-bar', '\t', 'baz']
# long words
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
# expect: ['supercalif', 'ragilistic', 'expialidoc', 'ious is', 'long']
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
# expect: ['supercalifragilisticexpialidocious', 'is long']
print(textwrap.wrap("aaaa-bbbbbbbbbbbbbbbb-cccccc", 10))
# expect: ['aaaa-bbbbb', 'bbbbbbbbbb', 'b-cccccc']
print(textwrap.wrap("----------------x", 6))
# expect: ['------', '------', '----x']
print(textwrap.wrap("abcdefgh", 1))
# expect: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
print(textwrap.wrap("abc def", 1, initial_indent=">>"))
# expect: ['>>a', 'b', 'c', 'd', 'e', 'f']
# sentence endings
t = textwrap.TextWrapper(60, fix_sentence_endings=True)
print(t.wrap("Hello there. How are you? I am fine! Said \"he.\" Mr. X went. A 1. B"))
# expect: ['Hello there.  How are you?  I am fine!  Said "he."  Mr.  X', 'went.  A 1. B']
print(t.fill("end.  two spaces already.   three"))
# expect: end.  two spaces already.   three
# max_lines / placeholder
print(textwrap.wrap(text, 20, max_lines=2))
# expect: ['The quick brown fox', 'jumps over the [...]']
print(textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
# expect: ['The quick brown fox', 'jumps over the...']
print(textwrap.wrap(text, 20, max_lines=1, placeholder=" (more)"))
# expect: ['The quick (more)']
print(textwrap.wrap("short", 20, max_lines=1))
# expect: ['short']
print(textwrap.wrap("aaa bbb ccc ddd", 7, max_lines=2))
# expect: ['aaa bbb', 'ccc ddd']
print(textwrap.wrap("abcdefghijkl mnop", 8, max_lines=1, placeholder="..."))
# expect: ['...']
for bad in (dict(width=0), dict(width=-1), dict(width=5, max_lines=1, placeholder=" [......]")):
    try:
        textwrap.wrap("some text here", **bad)
    except ValueError as e:
        print("ValueError", e)
        # expect: ValueError invalid width 0 (must be > 0)
        # expect: ValueError invalid width -1 (must be > 0)
        # expect: ValueError placeholder too large for max width
tw = textwrap.TextWrapper(width=15)
tw.width = 8
tw.initial_indent = "-"
print(tw.wrap("one two three four"), tw.fill("x y"))
# expect: ['-one two', 'three', 'four'] -x y
print(tw.width, tw.max_lines, repr(tw.placeholder), tw.tabsize, tw.break_on_hyphens)
# expect: 8 None ' [...]' 8 True
print(textwrap.wrap("naïve café résumé über", 6))
# expect: ['naïve', 'café', 'résumé', 'über']
print(textwrap.wrap("x\xa0y z", 3))
# expect: ['x\xa0y', 'z']
