"""Filename globbing, sandboxed (Spindle implementation).

glob() and iglob() need the file system, which the Spindle sandbox does not
offer: they raise PermissionError (iglob when iterated, as its work is lazy
in CPython).  escape() and has_magic() are pure and behave as CPython's.
"""

import os

__all__ = ["glob", "iglob", "escape"]

_MAGIC = "*?["


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    os.fspath(pathname)
    raise os._denied("glob.iglob")
    yield


def has_magic(s):
    if isinstance(s, bytes):
        s = s.decode("latin-1")
    for c in _MAGIC:
        if c in s:
            return True
    return False


def escape(pathname):
    """Escape all special characters (*, ? and [) by wrapping each in
    brackets; the drive part (none on POSIX) is left alone."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        out = b""
        for i in range(len(rest)):
            ch = rest[i:i + 1]
            out += b"[" + ch + b"]" if ch in (b"*", b"?", b"[") else ch
        return drive + out
    out = []
    for ch in rest:
        out.append("[" + ch + "]" if ch in _MAGIC else ch)
    return drive + "".join(out)


def glob0(dirname, pattern):
    raise os._denied("glob.glob0")


def glob1(dirname, pattern):
    raise os._denied("glob.glob1")
