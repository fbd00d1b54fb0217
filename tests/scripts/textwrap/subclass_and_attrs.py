import re
import textwrap


class CommaWrapper(textwrap.TextWrapper):
    wordsep_simple_re = re.compile(r'(,\s*)')


w = CommaWrapper(width=12, break_on_hyphens=False)
print(w.wrap("alpha,beta,gamma-delta,epsilon,zeta"))
# expect: ['alpha,beta,', 'gamma-delta,', 'epsilon,zeta']


class Upper(textwrap.TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()


print(Upper(width=10).wrap("make\tthis loud please"))
# expect: ['MAKE', 'THIS LOUD', 'PLEASE']
print(textwrap.TextWrapper.wordsep_simple_re.split("a b\tc"))
# expect: ['a', ' ', 'b', '\t', 'c']
print([c for c in textwrap.TextWrapper.wordsep_re.split("well-known -- em-dash--here") if c])
# expect: ['well-', 'known', ' ', '--', ' ', 'em-', 'dash', '--', 'here']
print(bool(textwrap.TextWrapper.sentence_end_re.search("end.")), bool(textwrap.TextWrapper.sentence_end_re.search("End")))
# expect: True False
print(textwrap.TextWrapper.unicode_whitespace_trans == {9: 32, 10: 32, 11: 32, 12: 32, 13: 32, 32: 32})
# expect: True
w = textwrap.TextWrapper(width=20)
chunks = w._split_chunks("Hello  world.\tNext one")
print(chunks)
# expect: ['Hello', '  ', 'world.', '   ', 'Next', ' ', 'one']
w._fix_sentence_endings(chunks)
print(chunks)
# expect: ['Hello', '  ', 'world.', '   ', 'Next', ' ', 'one']
print(w._wrap_chunks(["aaa", " ", "bbb"]))
# expect: ['aaa bbb']
print(textwrap.TextWrapper(width=4, break_long_words=False).wrap("abcdefgh ij"))
# expect: ['abcdefgh', 'ij']
print(textwrap.fill("one two three", 8, initial_indent="", subsequent_indent="-> "))
# expect: one two
# expect: -> three
print(textwrap.wrap("a-b-c-d-e-f-g-h", 4))
# expect: ['a-b-', 'c-d-', 'e-f-', 'g-h']
print(textwrap.wrap("--------", 3), textwrap.wrap("x" * 7 + "-" + "y" * 5, 9))
# expect: ['---', '---', '--'] ['xxxxxxx-', 'yyyyy']
