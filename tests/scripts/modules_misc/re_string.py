import re
import string
m = re.match(r"(\w+)@(\w+)\.com", "joe@example.com and more")
print(m.group(0), m.group(1), m.groups(), m.start(2), m.end())  # expect: joe@example.com joe ('joe', 'example') 4 15
print(re.search(r"\d+", "abc 123 def 45").group(), re.match(r"\d", "a1"))  # expect: 123 None
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"))  # expect: ['1', '22', '333'] [('a', '1'), ('b', '2')]
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))  # expect: a b c world hello
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b4"))  # expect: ['a', 'b', 'c', 'd'] a2b8
pat = re.compile(r"(?P<key>[a-z]+)=(?P<val>\d+)", re.IGNORECASE)
print([m.groupdict() for m in pat.finditer("X=1 yy=22")])  # expect: [{'key': 'X', 'val': '1'}, {'key': 'yy', 'val': '22'}]
print(bool(re.fullmatch(r"[0-9a-f]+", "deadbeef")), bool(re.fullmatch(r"[0-9a-f]+", "xyz")))  # expect: True False
print(re.escape("a.b*c"), re.subn("a", "b", "banana"))  # expect: a\.b\*c ('bbnbnb', 3)
print(string.ascii_lowercase, string.digits)  # expect: abcdefghijklmnopqrstuvwxyz 0123456789
print(string.ascii_uppercase[:5], string.hexdigits, len(string.punctuation))  # expect: ABCDE 0123456789abcdefABCDEF 32
print(string.capwords("hello   big world"))  # expect: Hello Big World
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))  # expect: tim likes kung pao
