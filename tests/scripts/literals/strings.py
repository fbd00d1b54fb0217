print('single', "double")  # expect: single double
print('it\'s', "say \"hi\"")  # expect: it's say "hi"
print("tab\there")  # expect: tab	here
print(repr("a\nb\tc\\d"))  # expect: 'a\nb\tc\\d'
print(len("\n\t\r\\\'\"\a\b\f\v\0"))  # expect: 11
print("\x41\x62")  # expect: Ab
print("\101\102")  # expect: AB
print("\u00e9\u4e2d")  # expect: é中
print("\U0001F600" == "😀", len("\U0001F600"))  # expect: True 1
print("\N{LATIN SMALL LETTER A}")  # expect: a
print(r"raw\n\t")  # expect: raw\n\t
print(R"C:\dir\x")  # expect: C:\dir\x
print("implicit" " concat" 'enation')  # expect: implicit concatenation
s = """line1
line2"""
print(s.split("\n"))  # expect: ['line1', 'line2']
t = '''a\
b'''
print(t)  # expect: ab
print(repr('quote"d'), repr("it's"), repr("both'\""))  # expect: 'quote"d' "it's" 'both\'"'
print(repr("\x00\x7f\xe9"))  # expect: '\x00\x7fé'
print(repr("\r"), repr("\a"))  # expect: '\r' '\x07'
print(len(""), repr(""))  # expect: 0 ''
print("a" * 3 + "b")  # expect: aaab
print(ord("\n"), ord("é"), ord("中"))  # expect: 10 233 20013
