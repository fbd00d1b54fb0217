from pathlib import PurePath, PurePosixPath, PureWindowsPath

P = PurePosixPath
p = P("/usr/local/lib/python3.11/site.tar.gz")
print(p, repr(p), type(PurePath("x")).__name__)  # expect: /usr/local/lib/python3.11/site.tar.gz PurePosixPath('/usr/local/lib/python3.11/site.tar.gz') PurePosixPath
print(p.parts)  # expect: ('/', 'usr', 'local', 'lib', 'python3.11', 'site.tar.gz')
print(p.drive, p.root, p.anchor, p.name, p.suffix, p.suffixes, p.stem)  # expect:  / / site.tar.gz .gz ['.tar', '.gz'] site.tar
print(p.parent, list(map(str, p.parents)), len(p.parents))  # expect: /usr/local/lib/python3.11 ['/usr/local/lib/python3.11', '/usr/local/lib', '/usr/local', '/usr', '/'] 5
print(p.parents[0], p.parents[-1], [str(x) for x in p.parents[1:3]], repr(p.parents))  # expect: /usr/local/lib/python3.11 / ['/usr/local/lib', '/usr/local'] <PurePosixPath.parents>
print(p.as_posix(), p.as_uri(), p.is_absolute(), p.is_reserved(), p.__bytes__())  # expect: /usr/local/lib/python3.11/site.tar.gz file:///usr/local/lib/python3.11/site.tar.gz True False b'/usr/local/lib/python3.11/site.tar.gz'
for s in ["", ".", "/", "//", "///", "a//b/./c/", "a/b/../c", "//srv/x", "~/x", ".bashrc", "a.", "..", "/.."]:
    q = P(s)
    print(repr(s), repr(q), q.parts, repr(q.name), repr(q.suffix), repr(q.stem), q.parent)  # expect: '' PurePosixPath('.') () '' '' '' .
    # expect: '.' PurePosixPath('.') () '' '' '' .
    # expect: '/' PurePosixPath('/') ('/',) '' '' '' /
    # expect: '//' PurePosixPath('//') ('//',) '' '' '' //
    # expect: '///' PurePosixPath('/') ('/',) '' '' '' /
    # expect: 'a//b/./c/' PurePosixPath('a/b/c') ('a', 'b', 'c') 'c' '' 'c' a/b
    # expect: 'a/b/../c' PurePosixPath('a/b/../c') ('a', 'b', '..', 'c') 'c' '' 'c' a/b/..
    # expect: '//srv/x' PurePosixPath('//srv/x') ('//', 'srv', 'x') 'x' '' 'x' //srv
    # expect: '~/x' PurePosixPath('~/x') ('~', 'x') 'x' '' 'x' ~
    # expect: '.bashrc' PurePosixPath('.bashrc') ('.bashrc',) '.bashrc' '' '.bashrc' .
    # expect: 'a.' PurePosixPath('a.') ('a.',) 'a.' '' 'a.' .
    # expect: '..' PurePosixPath('..') ('..',) '..' '' '..' .
    # expect: '/..' PurePosixPath('/..') ('/', '..') '..' '' '..' /
print(P("a", "b/c", "/d", "e"), P("a", P("b"), "c"), P(), P("/a") / "b" / "c", "x" / P("y"))  # expect: /d/e a/b/c . /a/b/c x/y
print(P("a").joinpath("b", "/c", "d"), P("a") / P("/abs"))  # expect: /c/d /abs
print(P("a/b/c").relative_to("a"), P("/a/b").relative_to("/"), P("a/b").relative_to("a/b"))  # expect: b/c a/b .
print(P("a/b").is_relative_to("a"), P("a/b").is_relative_to("b"), P("/a").is_relative_to("a"))  # expect: True False False
print(P("a/b.py").with_name("c.txt"), P("a/b.py").with_suffix(".rs"), P("a/b.py").with_suffix(""), P("a/b").with_suffix(".x"))  # expect: a/c.txt a/b.rs a/b a/b.x
print(P("a/b.tar.gz").with_stem("z"), P("a/b.py").with_stem("q"))  # expect: a/z.gz a/q.py
print(P("a/b.py").match("*.py"), P("/a/b.py").match("a/*.py"), P("/a/b.py").match("/*.py"), P("a/b.py").match("b/*.py"))  # expect: True True False False
print(P("a/B.PY").match("*.py"), P("/a/b.py").match("/a/*.py"), P("a/b/c").match("a/*"))  # expect: False True False
print(P("a") == P("a"), P("a") == P("A"), P("a") == "a", P("a") < P("b"), P("a/b") > P("a"), P("a") <= P("a"))  # expect: True False False True True True
print(hash(P("a/b")) == hash(P("a//b/")), len({P("a"), P("a/"), P("./a")}))  # expect: True 1
print(sorted([P("b"), P("a/c"), P("a")]))  # expect: [PurePosixPath('a'), PurePosixPath('a/c'), PurePosixPath('b')]
print(P("a") == PureWindowsPath("a"), str(P("a\\b")), P("a\\b").parts)  # expect: False a\b ('a\\b',)
import os
print(os.fspath(P("x/y")), P(os.sep.join(["x", "y"])).name)  # expect: x/y y

def err(f):
    try:
        print(f())
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

err(lambda: P("a").relative_to("b"))  # expect: ValueError: 'a' is not in the subpath of 'b' OR one path is relative and the other is absolute.
err(lambda: P("/a").relative_to("a"))  # expect: ValueError: '/a' is not in the subpath of 'a' OR one path is relative and the other is absolute.
err(lambda: P("a").relative_to())  # expect: TypeError: need at least one argument
err(lambda: P("").with_name("x"))  # expect: ValueError: PurePosixPath('.') has an empty name
err(lambda: P("a").with_name(""))  # expect: ValueError: Invalid name ''
err(lambda: P("a").with_name("b/c"))  # expect: ValueError: Invalid name 'b/c'
err(lambda: P("a").with_suffix("py"))  # expect: ValueError: Invalid suffix 'py'
err(lambda: P("a").with_suffix("."))  # expect: ValueError: Invalid suffix '.'
err(lambda: P("a").with_suffix("/.x"))  # expect: ValueError: Invalid suffix '/.x'
err(lambda: P("/").with_suffix(".x"))  # expect: ValueError: PurePosixPath('/') has an empty name
err(lambda: P("a").as_uri())  # expect: ValueError: relative path can't be expressed as a file URI
err(lambda: P("a").match(""))  # expect: ValueError: empty pattern
err(lambda: P(1))  # expect: TypeError: expected str, bytes or os.PathLike object, not int
err(lambda: P(b"bytes"))  # expect: TypeError: argument should be a str object or an os.PathLike object returning str, not <class 'bytes'>
err(lambda: P("a") < PureWindowsPath("a"))  # expect: TypeError: '<' not supported between instances of 'PurePosixPath' and 'PureWindowsPath'
err(lambda: P("a") / 3)  # expect: TypeError: unsupported operand type(s) for /: 'PurePosixPath' and 'int'
err(lambda: P("a").parents[5])  # expect: IndexError: 5
err(lambda: P("a/b").parents[-3])  # expect: IndexError: -3
err(lambda: bytes(P("/b/y")))  # expect: b'/b/y'
