import re
tests = [
    (r"a*?b", "aaab"), (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"(?<=\$)\d+", "cost $42"),
    (r"(?<!x)y", "xy zy"), (r"\bfoo\b", "a foo b"), (r"\Bo", "foo"), (r"(\w+)\s\1", "hello hello world"),
    (r"(?P<w>\w+) (?P=w)", "bye bye"), (r"^abc$", "abc\n"), (r"(?m)^b$", "a\nb\nc"),
    (r"(?s)a.b", "a\nb"), (r"a.b", "a\nb"), (r"(?i)HeLLo", "hello"), (r"[^a-c]+", "abcdef"),
    (r"x{2,3}", "xxxxx"), (r"x{2,}?", "xxxxx"), (r"x{,2}", "xxx"), (r"a{3}", "aa"), (r"(ab)+", "ababab"),
    (r"(a*)*b", "aaab"), (r"(a|)*b", "b"), (r"(?:a|b)*?c", "abac"), (r"(?=(\w+))\w", "abc"),
    (r"[\d\s]+", "12 34x"), (r"[a\-z]+", "a-z"), (r"[]a]+", "]a]"), (r"\x41\u00e9", "Aé"),
    (r"(?x) a b  # comment\n c", "abc"), (r"(a)(b)?", "a"), (r"(?>a+)b", "aaab"), (r"a++b", "aaab"),
    (r"(x)?(?(1)a|b)", "xa"), (r"\d+(?!\.)", "3.14 42"), (r"[\w.-]+@[\w-]+\.\w+", "mail me: joe.b@ex-1.com!"),
    (r"é+", "ééé"), (r"(?i)straße", "STRASSE"), (r"(?i)[a-z]+", "ABC"), (r"\s*$", "abc  "), (r"$", "ab\n"),
    (r"\Z", "ab\n"), (r"(?i)[^a]", "A"), (r".*", ""), (r"a|b|c", "xxc"), (r"(\d+)-(\d+)", "10-20"),
]
for p, s in tests:
    m = re.search(p, s)
    print(p, "->", m and (m.group(), m.groups(), m.span()))
# expect: a*?b -> ('aaab', (), (0, 4))
# expect: (a|ab)(c|bcd)(d*) -> ('abcd', ('a', 'bcd', ''), (0, 4))
# expect: (?<=\$)\d+ -> ('42', (), (6, 8))
# expect: (?<!x)y -> ('y', (), (4, 5))
# expect: \bfoo\b -> ('foo', (), (2, 5))
# expect: \Bo -> ('o', (), (1, 2))
# expect: (\w+)\s\1 -> ('hello hello', ('hello',), (0, 11))
# expect: (?P<w>\w+) (?P=w) -> ('bye bye', ('bye',), (0, 7))
# expect: ^abc$ -> ('abc', (), (0, 3))
# expect: (?m)^b$ -> ('b', (), (2, 3))
# expect: (?s)a.b -> ('a\nb', (), (0, 3))
# expect: a.b -> None
# expect: (?i)HeLLo -> ('hello', (), (0, 5))
# expect: [^a-c]+ -> ('def', (), (3, 6))
# expect: x{2,3} -> ('xxx', (), (0, 3))
# expect: x{2,}? -> ('xx', (), (0, 2))
# expect: x{,2} -> ('xx', (), (0, 2))
# expect: a{3} -> None
# expect: (ab)+ -> ('ababab', ('ab',), (0, 6))
# expect: (a*)*b -> ('aaab', ('',), (0, 4))
# expect: (a|)*b -> ('b', ('',), (0, 1))
# expect: (?:a|b)*?c -> ('abac', (), (0, 4))
# expect: (?=(\w+))\w -> ('a', ('abc',), (0, 1))
# expect: [\d\s]+ -> ('12 34', (), (0, 5))
# expect: [a\-z]+ -> ('a-z', (), (0, 3))
# expect: []a]+ -> (']a]', (), (0, 3))
# expect: \x41\u00e9 -> ('Aé', (), (0, 2))
# expect: (?x) a b  # comment\n c -> ('ab', (), (0, 2))
# expect: (a)(b)? -> ('a', ('a', None), (0, 1))
# expect: (?>a+)b -> ('aaab', (), (0, 4))
# expect: a++b -> ('aaab', (), (0, 4))
# expect: (x)?(?(1)a|b) -> ('xa', ('x',), (0, 2))
# expect: \d+(?!\.) -> ('14', (), (2, 4))
# expect: [\w.-]+@[\w-]+\.\w+ -> ('joe.b@ex-1.com', (), (9, 23))
# expect: é+ -> ('ééé', (), (0, 3))
# expect: (?i)straße -> None
# expect: (?i)[a-z]+ -> ('ABC', (), (0, 3))
# expect: \s*$ -> ('  ', (), (3, 5))
# expect: $ -> ('', (), (2, 2))
# expect: \Z -> ('', (), (3, 3))
# expect: (?i)[^a] -> None
# expect: .* -> ('', (), (0, 0))
# expect: a|b|c -> ('c', (), (2, 3))
# expect: (\d+)-(\d+) -> ('10-20', ('10', '20'), (0, 5))
print(re.findall(r"", "abc"), re.findall(r"a*", "baaa"), re.findall(r"\b", "a b"))  # expect: ['', '', '', ''] ['', 'aaa', ''] ['', '', '', '']
print(re.split(r"\b", "a b"), re.split(r"(,)", "a,b,c", maxsplit=1), re.split(r"x*", "axbc"), re.split(r"(a)|b", "cadbe"))  # expect: ['', 'a', ' ', 'b', ''] ['a', ',', 'b,c'] ['', 'a', '', 'b', 'c', ''] ['c', 'a', 'd', None, 'e']
print(re.sub(r"x*", "-", "abxd"), re.sub(r"(?P<n>\d)", r"<\g<n>\g<0>\1>", "a1b2"), re.sub("a", r"\n", "bab") == "b\nb")  # expect: -a-b--d- a<111>b<222> True
print(re.subn(r"o", "0", "foo boo", count=2), re.sub(r"(\w+)", lambda m: m.group(1).upper(), "ab cd"))  # expect: ('f00 boo', 2) AB CD
print(re.findall(r"(\w)(\d)?", "a1b"), re.findall(r"(?:ab)+", "ababxab"))  # expect: [('a', '1'), ('b', '')] ['abab', 'ab']
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(x)?", "Jane Doe")
print(m["first"], m[2], m.group(1, 2), m.groupdict(), m.groups("-"), m.start(3), m.span("last"), m.lastindex, m.lastgroup)  # expect: Jane Doe ('Jane', 'Doe') {'first': 'Jane', 'last': 'Doe'} ('Jane', 'Doe', '-') -1 (5, 8) 2 last
print(m.expand(r"\2, \g<first>"), m.string, m.re.pattern, m.pos, m.endpos, repr(m))  # expect: Doe, Jane Jane Doe (?P<first>\w+) (?P<last>\w+)(x)? 0 8 <re.Match object; span=(0, 8), match='Jane Doe'>
p = re.compile(r"\d+", re.I | re.M)
print(p, p.pattern, p.flags, p.groups, re.compile(r"(?P<a>x)(y)").groupindex, p.search("ab12", 3), p.match("12ab", 1).group())  # expect: re.compile('\\d+', re.IGNORECASE|re.MULTILINE) \d+ 42 0 {'a': 1} <re.Match object; span=(3, 4), match='2'> 2
print(p.fullmatch("123"), p.fullmatch("123a"), p.findall("1a22b333", 2), [m.span() for m in p.finditer("1 22 333")])  # expect: <re.Match object; span=(0, 3), match='123'> None ['22', '333'] [(0, 1), (2, 4), (5, 8)]
print(re.compile("a").flags, re.compile("(?i)a").flags, re.compile("a", re.A).flags)  # expect: 32 34 256
for bad in ["(", ")", "a**", "*a", "[a", "a{2,1}", r"\q", "(?P<1>a)", r"(?P=x)", r"\2(a)", "(?<=a+)b", "[z-a]", "(?z)"]:
    try:
        re.compile(bad)
        print("ok?", bad)
    except re.error as e:
        print("error:", e)
# expect: error: missing ), unterminated subpattern at position 0
# expect: error: unbalanced parenthesis at position 0
# expect: error: multiple repeat at position 2
# expect: error: nothing to repeat at position 0
# expect: error: unterminated character set at position 0
# expect: error: min repeat greater than max repeat at position 2
# expect: error: bad escape \q at position 0
# expect: error: bad character in group name '1' at position 4
# expect: error: unknown group name 'x' at position 4
# expect: error: invalid group reference 2 at position 1
# expect: error: look-behind requires fixed-width pattern
# expect: error: bad character range z-a at position 1
# expect: error: unknown extension ?z at position 1
try:
    re.sub("a", r"\3", "a")
except re.error as e:
    print("error:", e, e.msg, e.pos)  # expect: error: invalid group reference 3 at position 1 invalid group reference 3 1
print(re.escape("a b.c*d?e(f)g[h]i{j}k|l^m$n\\o+p-q#r&s~t\tu"), re.escape("über_1"))
# expect: a\ b\.c\*d\?e\(f\)g\[h\]i\{j\}k\|l\^m\$n\\o\+p\-q\#r\&s\~t\	u über_1
print(re.match(r"(a+)+b", "a" * 25 + "b") is not None, len(re.findall(r"\w+", "word " * 20000)))  # expect: True 20000
print(re.match(r".*x", "a" * 100000 + "x").end(), re.sub(r"\s+", " ", "  a  " * 1000)[:10])  # expect: 100001  a a a a a
print(re.fullmatch(r"(?:a|ab)(?:c|bcd)", "abcd").group(), re.search(r"(a)|(b)", "b").groups())  # expect: abcd (None, 'b')
print(re.findall(r"(?<=a)b|c(?=d)", "abcdcb"), re.search(r"(?<=ab)(?<!xab)c", "xabc abc").start())  # expect: ['b', 'c'] 7
