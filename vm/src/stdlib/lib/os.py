"""Operating-system interface, sandboxed (Spindle implementation).

Spindle scripts cannot touch the host: no files, directories, environment,
processes or devices.  This module keeps the pure parts of CPython's os
(names and separators, os.path, fspath, fsencode/fsdecode, PathLike,
constants) and an empty os.environ.  Every function that would reach the
host exists but raises PermissionError ([Errno 13]) naming itself.
"""

import sys

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = "/bin:/usr/bin"

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4

O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 64
O_EXCL = 128
O_NOCTTY = 256
O_TRUNC = 512
O_APPEND = 1024
O_NONBLOCK = 2048
O_CLOEXEC = 524288

EX_OK = 0

error = OSError

supports_bytes_environ = False
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()

try:
    _PermissionError = PermissionError
except NameError:
    # (older Spindle builds lack the OSError subclasses)
    class _PermissionError(OSError):
        def __init__(self, *args):
            OSError.__init__(self, *args)
            self.errno = args[0] if len(args) > 1 else None
            self.strerror = args[1] if len(args) > 1 else None
            self.filename = args[2] if len(args) > 2 else None

        def __str__(self):
            if self.strerror is None:
                return OSError.__str__(self)
            if self.filename is not None:
                return "[Errno %s] %s: %r" % (self.errno, self.strerror, self.filename)
            return "[Errno %s] %s" % (self.errno, self.strerror)

    _PermissionError.__name__ = "PermissionError"
    _PermissionError.__qualname__ = "PermissionError"

_SandboxPermissionError = _PermissionError


def _denied(what):
    """The error raised by everything that would reach the host."""
    return _PermissionError(
        13, "Permission denied: %r is not available in the Spindle sandbox" % what)


def _make_denied(fname):
    qual = "os." + fname

    def denied(*args, **kwargs):
        raise _denied(qual)
    denied.__name__ = fname
    denied.__qualname__ = fname
    return denied


for _n in (
        "access", "chdir", "chflags", "chmod", "chown", "chroot", "close",
        "closerange", "device_encoding", "dup", "dup2", "execl", "execle",
        "execlp", "execlpe", "execv", "execve", "execvp", "execvpe", "_exit",
        "fchdir", "fchmod", "fchown", "fdatasync", "fdopen", "fork",
        "forkpty", "fpathconf", "fstat", "fstatvfs", "fsync", "ftruncate",
        "get_blocking", "get_inheritable", "get_terminal_size", "getcwd",
        "getcwdb", "getegid", "geteuid", "getgid", "getgroups",
        "getloadavg", "getlogin", "getpgid", "getpgrp", "getpid",
        "getppid", "getpriority", "getrandom", "getsid", "getuid",
        "isatty", "kill", "killpg", "lchmod", "lchown", "link", "listdir",
        "lockf", "lseek", "lstat", "major", "makedev", "makedirs", "minor",
        "mkdir", "mkfifo", "mknod", "nice", "open", "openpty", "pathconf",
        "pipe", "popen", "putenv", "read", "readlink", "remove",
        "removedirs", "rename", "renames", "replace", "rmdir", "scandir",
        "sendfile", "set_blocking", "set_inheritable", "setegid",
        "seteuid", "setgid", "setpgid", "setsid", "setuid", "spawnl",
        "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp",
        "spawnvpe", "startfile", "stat", "statvfs", "symlink", "sync",
        "system", "times", "truncate", "ttyname", "umask", "uname",
        "unlink", "unsetenv", "urandom", "utime", "wait", "waitpid",
        "write"):
    globals()[_n] = _make_denied(_n)
del _n


def walk(top, topdown=True, onerror=None, followlinks=False):
    # a generator, as CPython's: nothing happens until it is iterated
    fspath(top)
    raise _denied("os.walk")
    yield


def fwalk(top=".", topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    raise _denied("os.fwalk")
    yield


def cpu_count():
    return None


class _Environ(dict):
    """os.environ: empty in the sandbox (the host environment is not
    visible); values set here stay inside the script."""

    def __repr__(self):
        return "environ(%s)" % dict.__repr__(self)

    def copy(self):
        return dict(self)


environ = _Environ()


def getenv(key, default=None):
    if not isinstance(key, str):
        raise TypeError("str expected, not %s" % type(key).__name__)
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get("PATH")
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


_errors = {
    1: "Operation not permitted",
    2: "No such file or directory",
    3: "No such process",
    4: "Interrupted system call",
    5: "Input/output error",
    9: "Bad file descriptor",
    11: "Resource temporarily unavailable",
    12: "Cannot allocate memory",
    13: "Permission denied",
    17: "File exists",
    20: "Not a directory",
    21: "Is a directory",
    22: "Invalid argument",
    28: "No space left on device",
    30: "Read-only file system",
    32: "Broken pipe",
    36: "File name too long",
    39: "Directory not empty",
}


def strerror(code):
    if not isinstance(code, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(code).__name__)
    return _errors.get(code, "Unknown error %d" % code)


class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is not PathLike:
            return type.__subclasscheck__(cls, sub)
        for klass in getattr(sub, "__mro__", (sub,)):
            if "__fspath__" in klass.__dict__:
                return klass.__dict__["__fspath__"] is not None
        return False


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects with a file system path
    (__fspath__)."""

    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        return cls


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


import posixpath as path

try:
    sys.modules["os.path"] = path
except (AttributeError, TypeError):
    pass
