from pathlib import PureWindowsPath, PurePosixPath

W = PureWindowsPath
for s in ["c:\\a\\b", "C:/a/b", "c:a", "\\\\server\\share\\x", "//server/share/x", "\\a",
          "a/b\\c", "C:", "C:\\", "\\\\?\\c:\\x", "//?/UNC/srv/share/f", "\\\\server\\share", ""]:
    p = W(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.name), p.is_absolute())  # expect: 'c:\\a\\b' PureWindowsPath('c:/a/b') c:\a\b ('c:\\', 'a', 'b') 'c:' '\\' 'c:\\' 'b' True
    # expect: 'C:/a/b' PureWindowsPath('C:/a/b') C:\a\b ('C:\\', 'a', 'b') 'C:' '\\' 'C:\\' 'b' True
    # expect: 'c:a' PureWindowsPath('c:a') c:a ('c:', 'a') 'c:' '' 'c:' 'a' False
    # expect: '\\\\server\\share\\x' PureWindowsPath('//server/share/x') \\server\share\x ('\\\\server\\share\\', 'x') '\\\\server\\share' '\\' '\\\\server\\share\\' 'x' True
    # expect: '//server/share/x' PureWindowsPath('//server/share/x') \\server\share\x ('\\\\server\\share\\', 'x') '\\\\server\\share' '\\' '\\\\server\\share\\' 'x' True
    # expect: '\\a' PureWindowsPath('/a') \a ('\\', 'a') '' '\\' '\\' 'a' False
    # expect: 'a/b\\c' PureWindowsPath('a/b/c') a\b\c ('a', 'b', 'c') '' '' '' 'c' False
    # expect: 'C:' PureWindowsPath('C:') C: ('C:',) 'C:' '' 'C:' '' False
    # expect: 'C:\\' PureWindowsPath('C:/') C:\ ('C:\\',) 'C:' '\\' 'C:\\' '' True
    # expect: '\\\\?\\c:\\x' PureWindowsPath('//?/c:/x') \\?\c:\x ('\\\\?\\c:\\', 'x') '\\\\?\\c:' '\\' '\\\\?\\c:\\' 'x' True
    # expect: '//?/UNC/srv/share/f' PureWindowsPath('//?/UNC/srv/share/f') \\?\UNC\srv\share\f ('\\\\?\\UNC\\srv\\share\\', 'f') '\\\\?\\UNC\\srv\\share' '\\' '\\\\?\\UNC\\srv\\share\\' 'f' True
    # expect: '\\\\server\\share' PureWindowsPath('//server/share/') \\server\share\ ('\\\\server\\share\\',) '\\\\server\\share' '\\' '\\\\server\\share\\' '' True
    # expect: '' PureWindowsPath('.') . () '' '' '' '' False
p = W("C:/Users/Me/Doc.TXT")
print(p.suffix, p.stem, p.parent, [str(x) for x in p.parents], p.as_posix(), p.as_uri())  # expect: .TXT Doc C:\Users\Me ['C:\\Users\\Me', 'C:\\Users', 'C:\\'] C:/Users/Me/Doc.TXT file:///C:/Users/Me/Doc.TXT
print(W("//srv/share/a b.txt").as_uri(), W("c:/a/b") == W("C:\\A\\B"), hash(W("c:/a")) == hash(W("C:/A")))  # expect: file://srv/share/a%20b.txt True True
print(W("c:a", "/b"), W("c:/x", "d:y"), W("a", "c:", "/x"), W("c:/a") / "d:b", W("c:/a") / "C:b", W("c:/a") / "/b")  # expect: c:\b d:y c:\x d:b c:\a\b c:\b
print(W("c:/a/b").relative_to("C:/A"), W("c:/a/b").is_relative_to("c:/b"), W("c:/A/b.PY").match("*.py"))  # expect: b False True
print(W("c:/a/b").match("C:/*/b"), W("c:/a/b").match("d:/*/b"), W("c:/a/b").match("/a/b"))  # expect: True False True
print([W(n).is_reserved() for n in ["NUL", "nul.txt", "a/con", "com1", "COM¹", "lpt9.x", "foo", "//srv/share/nul", "aux:stream"]])  # expect: [True, True, True, True, True, True, False, False, True]
print(W("a").with_name("b.c"), W("c:/a.x").with_suffix(".y"), W("a/b") < W("A/C"), sorted([W("B"), W("a")]))  # expect: b.c c:\a.y True [PureWindowsPath('a'), PureWindowsPath('B')]
print(W("a") == PurePosixPath("a"))  # expect: False

def err(f):
    try:
        print(f())
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

err(lambda: W("c:").with_name("x"))  # expect: ValueError: PureWindowsPath('c:') has an empty name
err(lambda: W("a").with_name("c:"))  # expect: ValueError: Invalid name 'c:'
err(lambda: W("a").with_suffix("\\.x"))  # expect: ValueError: Invalid suffix '\\.x'
err(lambda: W("a").relative_to("c:/"))  # expect: ValueError: 'a' is not in the subpath of 'c:\\' OR one path is relative and the other is absolute.
err(lambda: W("c:a").as_uri())  # expect: ValueError: relative path can't be expressed as a file URI
err(lambda: W("a") < PurePosixPath("a"))  # expect: TypeError: '<' not supported between instances of 'PureWindowsPath' and 'PurePosixPath'
