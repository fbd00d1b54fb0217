import os
import os.path
import posixpath

print(os.path is posixpath, os.path.sep, os.sep, os.pathsep, os.extsep, repr(os.altsep), os.curdir, os.pardir, os.devnull)  # expect: True / / : . None . .. /dev/null
j = os.path.join
print(j("a", "b", "c"), j("/a", "b"), j("a", "/b", "c"), j("a/", "b"), j("", "x"), j("a", ""), j(b"a", b"b"))  # expect: a/b/c /a/b /b/c a/b x a/ b'a/b'
for p in ["/usr/lib/x.tar.gz", "a/b/", "/", "//", "file", ".bashrc", "a/.b.c", "", "..", "a/..b"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))  # expect: '/usr/lib/x.tar.gz' ('/usr/lib', 'x.tar.gz') ('/usr/lib/x.tar', '.gz') 'x.tar.gz' '/usr/lib'
    # expect: 'a/b/' ('a/b', '') ('a/b/', '') '' 'a/b'
    # expect: '/' ('/', '') ('/', '') '' '/'
    # expect: '//' ('//', '') ('//', '') '' '//'
    # expect: 'file' ('', 'file') ('file', '') 'file' ''
    # expect: '.bashrc' ('', '.bashrc') ('.bashrc', '') '.bashrc' ''
    # expect: 'a/.b.c' ('a', '.b.c') ('a/.b', '.c') '.b.c' 'a'
    # expect: '' ('', '') ('', '') '' ''
    # expect: '..' ('', '..') ('..', '') '..' ''
    # expect: 'a/..b' ('a', '..b') ('a/..b', '') '..b' 'a'
print([os.path.normpath(p) for p in ["a//b/./c/..", "/../x", "//a//b", "///a", "a/../..", "", ".", "./", "a/b/../../.."]])  # expect: ['a/b', '/x', '//a/b', '/a', '..', '.', '.', '.', '..']
print(os.path.normpath(b"/a/./b/"), os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(b"/"))  # expect: b'/a/b' True False True
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr"]), repr(os.path.commonprefix([])))  # expect: /usr ''
print(os.path.commonpath(["/usr/lib", "/usr/local/x"]), os.path.commonpath(["a/b", "a/c"]), os.path.commonpath(["/a"]))  # expect: /usr a /a
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("/x/y", "/"), os.path.relpath("a/b", "a"))  # expect: ../b/c . x/y b
print(os.path.splitdrive("/x/y"), os.path.normcase("A/B"), os.path.abspath("/a/./b/../c"))  # expect: ('', '/x/y') A/B /a/c
print(os.path.expandvars("$NO_SUCH_VAR_XYZ/${NO_SUCH_VAR_XYZ}/$/${}/plain"))  # expect: $NO_SUCH_VAR_XYZ/${NO_SUCH_VAR_XYZ}/$/${}/plain
print(os.path.expanduser("x/~y"))  # expect: x/~y

class P:
    def __fspath__(self):
        return "/from/pathlike"

print(os.fspath("s"), os.fspath(b"b"), os.fspath(P()), os.path.basename(P()), os.path.join(P(), "k"))  # expect: s b'b' /from/pathlike pathlike /from/pathlike/k
print(isinstance(P(), os.PathLike), isinstance("s", os.PathLike), issubclass(P, os.PathLike))  # expect: True False True
print(os.fsencode("é/x"), os.fsdecode(b"\xc3\xa9/x"), os.fsencode(P()))  # expect: b'\xc3\xa9/x' é/x b'/from/pathlike'
print(os.getenv("NO_SUCH_VAR_XYZ"), os.getenv("NO_SUCH_VAR_XYZ", "dflt"), os.name, os.linesep == "\n")  # expect: None dflt posix True
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)  # expect: 0 1 2 0 4 2 1
print(os.error is OSError, os.strerror(2), os.strerror(13))  # expect: True No such file or directory Permission denied

def err(f):
    try:
        print(f())
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

err(lambda: os.fspath(3))  # expect: TypeError: expected str, bytes or os.PathLike object, not int
err(lambda: os.path.join("a", 3))  # expect: TypeError: join() argument must be str, bytes, or os.PathLike object, not 'int'
err(lambda: os.path.join("a", b"b"))  # expect: TypeError: Can't mix strings and bytes in path components
err(lambda: os.path.commonpath([]))  # expect: ValueError: commonpath() arg is an empty sequence
err(lambda: os.path.commonpath(["/a", "b"]))  # expect: ValueError: Can't mix absolute and relative paths
err(lambda: os.path.relpath(""))  # expect: ValueError: no path specified
err(lambda: os.getenv(1))  # expect: TypeError: str expected, not int

class Bad:
    def __fspath__(self):
        return 1

err(lambda: os.fspath(Bad()))  # expect: TypeError: expected Bad.__fspath__() to return str or bytes, not int
