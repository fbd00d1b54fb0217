import fnmatch
import glob

names = ["a.py", "b.txt", "C.PY", ".hidden", "data1.csv", "data22.csv", "x[1].log"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "data?.csv"), fnmatch.filter(names, "data[0-9]*"))  # expect: ['a.py'] ['data1.csv'] ['data1.csv', 'data22.csv']
print(fnmatch.filter(names, "[!abc]*"), fnmatch.filter(names, "x[[]1].log"), fnmatch.filter(names, ".*"))  # expect: ['C.PY', '.hidden', 'data1.csv', 'data22.csv', 'x[1].log'] ['x[1].log'] ['.hidden']
print(fnmatch.fnmatch("a.py", "*.PY"), fnmatch.fnmatchcase("a.py", "*.PY"), fnmatch.fnmatch("a\nb", "a?b"))  # expect: False False True
print(fnmatch.fnmatchcase(b"x.py", b"*.py"), fnmatch.filter([b"a", b"b"], b"[a]"))  # expect: True [b'a']
for pat in ["*.py", "a*b*c", "**", "a?b", "[abc]", "[!abc]", "[]]", "[!]]", "[", "a[", "[a-]", "[z-a]",
            "a\\b", "[^x]", "[a&&b]", "[a--b]", "[a-c-e]", "***x**y*", "a*b?c*", "x[!]y"]:
    print(repr(pat), fnmatch.translate(pat))  # expect: '*.py' (?s:.*\.py)\Z
    # expect: 'a*b*c' (?s:a(?>.*?b).*c)\Z
    # expect: '**' (?s:.*)\Z
    # expect: 'a?b' (?s:a.b)\Z
    # expect: '[abc]' (?s:[abc])\Z
    # expect: '[!abc]' (?s:[^abc])\Z
    # expect: '[]]' (?s:[]])\Z
    # expect: '[!]]' (?s:[^]])\Z
    # expect: '[' (?s:\[)\Z
    # expect: 'a[' (?s:a\[)\Z
    # expect: '[a-]' (?s:[a\-])\Z
    # expect: '[z-a]' (?s:(?!))\Z
    # expect: 'a\\b' (?s:a\\b)\Z
    # expect: '[^x]' (?s:[\^x])\Z
    # expect: '[a&&b]' (?s:[a\&\&b])\Z
    # expect: '[a--b]' (?s:[b])\Z
    # expect: '[a-c-e]' (?s:[a-c\-e])\Z
    # expect: '***x**y*' (?s:(?>.*?x)(?>.*?y).*)\Z
    # expect: 'a*b?c*' (?s:a(?>.*?b.c).*)\Z
    # expect: 'x[!]y' (?s:x\[!\]y)\Z
print(glob.escape("a*b?[c]/d"), glob.escape(b"x*"), glob.has_magic("a[b"), glob.has_magic("plain"))  # expect: a[*]b[?][[]c]/d b'x[*]' True False

def err(f):
    try:
        print(f())
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

err(lambda: fnmatch.fnmatchcase("a", b"a"))  # expect: TypeError: cannot use a bytes pattern on a string-like object
err(lambda: fnmatch.fnmatchcase(b"a", "a"))  # expect: TypeError: cannot use a string pattern on a bytes-like object
