"""Pathname manipulations for POSIX paths (Spindle implementation).

Also available as os.path.  The pure string functions behave as CPython's;
the ones that must look at the file system (exists, isdir, getsize,
realpath, ...) or need the current directory (abspath of a relative path)
raise PermissionError: the Spindle sandbox has no file system.
"""

import os

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _fspath(p):
    if p.__class__ is str or p.__class__ is bytes:
        return p
    return os.fspath(p)


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError("%s() argument must be str, bytes, or os.PathLike "
                            "object, not %r" % (funcname, s.__class__.__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = _fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError):
        _check_arg_types("join", a, *p)
        raise
    return path


def split(p):
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    dot_index = p.rfind(dot)
    if dot_index > p.rfind(sep):
        # a leading run of dots is part of the name, not an extension
        i = p.rfind(sep) + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        sep, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    initial = 0
    if path.startswith(sep):
        # POSIX keeps exactly two leading slashes, folds three or more
        initial = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = sep.join(parts)
    if initial:
        path = sep * initial + path
    return path or dot


def _denied(name):
    raise os._denied(name)


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        _denied("os.getcwd")
    return normpath(path)


def realpath(filename, *, strict=False):
    _denied("os.path.realpath")


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        cur, sep, par = b".", b"/", b".."
    else:
        cur, sep, par = ".", "/", ".."
    if start is None:
        start = cur
    else:
        start = _fspath(start)
    try:
        # Both paths relative to the same (unknown) current directory is
        # fine as long as neither climbs above it.
        a = normpath(path)
        b = normpath(start)
        if isabs(a) != isabs(b):
            _denied("os.getcwd")
        if not isabs(a) and (a == par or a.startswith(par + sep)
                             or b == par or b.startswith(par + sep)):
            _denied("os.getcwd")
        start_list = [x for x in b.split(sep) if x and x != cur]
        path_list = [x for x in a.split(sep) if x and x != cur]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [par] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return cur
        return join(*rel_list)
    except (TypeError, AttributeError):
        _check_arg_types("relpath", path, start)
        raise


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir_ = b"/", b"."
    else:
        sep, curdir_ = "/", "."
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types("commonpath", *paths)
        raise


def expanduser(path):
    # no home directory in the sandbox: '~' stays as it is
    return _fspath(path)


_var_re = None
_var_re_b = None


def expandvars(path):
    global _var_re, _var_re_b
    path = _fspath(path)
    if isinstance(path, bytes):
        if b"$" not in path:
            return path
        if _var_re_b is None:
            import re
            _var_re_b = re.compile(br"\$(\w+|\{[^}]*\})", re.ASCII)
        pattern = _var_re_b
        lbrace, rbrace = b"{", b"}"
        environ = {}
    else:
        if "$" not in path:
            return path
        if _var_re is None:
            import re
            _var_re = re.compile(r"\$(\w+|\{[^}]*\})", re.ASCII)
        pattern = _var_re
        lbrace, rbrace = "{", "}"
        environ = os.environ
    i = 0
    while True:
        m = pattern.search(path, i)
        if not m:
            return path
        i, j = m.span(0)
        name = m.group(1)
        if name.startswith(lbrace) and name.endswith(rbrace):
            name = name[1:-1]
        try:
            value = environ[name]
        except KeyError:
            i = j
        else:
            tail = path[j:]
            path = path[:i] + value
            i = len(path)
            path += tail


def exists(path):
    _denied("os.path.exists")


def lexists(path):
    _denied("os.path.lexists")


def isdir(s):
    _denied("os.path.isdir")


def isfile(path):
    _denied("os.path.isfile")


def islink(path):
    _denied("os.path.islink")


def ismount(path):
    _denied("os.path.ismount")


def getsize(filename):
    _denied("os.path.getsize")


def getmtime(filename):
    _denied("os.path.getmtime")


def getatime(filename):
    _denied("os.path.getatime")


def getctime(filename):
    _denied("os.path.getctime")


def samefile(f1, f2):
    _denied("os.path.samefile")


def sameopenfile(fp1, fp2):
    _denied("os.path.sameopenfile")


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
