s = "abcdefgh"
print(s[0], s[-1], s[3:], s[:3], s[2:5])  # expect: a h defgh abc cde
print(s[::2], s[1::2], s[::-1], s[::-3])  # expect: aceg bdfh hgfedcba heb
print(s[-3:], s[:-3], s[-100:100], repr(s[5:2]))  # expect: fgh abcde abcdefgh ''
print(s[6:1:-2], s[-1:-4:-1])  # expect: gec hgf
try:
    s[100]
except IndexError as e:
    print(e)  # expect: string index out of range
try:
    s[0] = "z"
except TypeError as e:
    print(e)  # expect: 'str' object does not support item assignment
print(len(s), len("中文"), "中文"[1])  # expect: 8 2 文
print(list("abc"), tuple("ab"))  # expect: ['a', 'b', 'c'] ('a', 'b')
print([c for c in "hi!"])  # expect: ['h', 'i', '!']
print("ab" * 0 == "", -1 * "ab" == "", 2 * "ab")  # expect: True True abab
print("a" < "b" < "c", "apple" < "apricot", "Z" < "a")  # expect: True True True
print(str(123) + "4", str(1.5), str(None), str([1, "a"]))  # expect: 1234 1.5 None [1, 'a']
print("héllo".encode("utf-8"), "abc".encode())  # expect: b'h\xc3\xa9llo' b'abc'
print(hash("abc") == hash("ab" + "c"))  # expect: True
print("%s-%s" % ("a", "b"), "{}{}".format(1, 2))  # expect: a-b 12
print(min("hello"), max("hello"), sorted("cab"))  # expect: e o ['a', 'b', 'c']
print("x".join("abc"), "abc"[::-1].upper())  # expect: axbxc CBA
