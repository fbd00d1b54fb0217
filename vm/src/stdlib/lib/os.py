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



def _denied(what):
    """The error raised by everything that would reach the host."""
    return PermissionError(
        13, "Permission denied: %r is not available in the Spindle sandbox" % what)


def _make_denied(fname):
    qual = "os." + fname

    def denied(*args, **kwargs):
        raise _denied(qual)
    denied.__name__ = fname
    denied.__qualname__ = fname
    return denied


access = _make_denied("access")
chdir = _make_denied("chdir")
chflags = _make_denied("chflags")
chmod = _make_denied("chmod")
chown = _make_denied("chown")
chroot = _make_denied("chroot")
close = _make_denied("close")
closerange = _make_denied("closerange")
device_encoding = _make_denied("device_encoding")
dup = _make_denied("dup")
dup2 = _make_denied("dup2")
execl = _make_denied("execl")
execle = _make_denied("execle")
execlp = _make_denied("execlp")
execlpe = _make_denied("execlpe")
execv = _make_denied("execv")
execve = _make_denied("execve")
execvp = _make_denied("execvp")
execvpe = _make_denied("execvpe")
_exit = _make_denied("_exit")
fchdir = _make_denied("fchdir")
fchmod = _make_denied("fchmod")
fchown = _make_denied("fchown")
fdatasync = _make_denied("fdatasync")
fdopen = _make_denied("fdopen")
fork = _make_denied("fork")
forkpty = _make_denied("forkpty")
fpathconf = _make_denied("fpathconf")
fstat = _make_denied("fstat")
fstatvfs = _make_denied("fstatvfs")
fsync = _make_denied("fsync")
ftruncate = _make_denied("ftruncate")
get_blocking = _make_denied("get_blocking")
get_inheritable = _make_denied("get_inheritable")
get_terminal_size = _make_denied("get_terminal_size")
getcwd = _make_denied("getcwd")
getcwdb = _make_denied("getcwdb")
getegid = _make_denied("getegid")
geteuid = _make_denied("geteuid")
getgid = _make_denied("getgid")
getgroups = _make_denied("getgroups")
getloadavg = _make_denied("getloadavg")
getlogin = _make_denied("getlogin")
getpgid = _make_denied("getpgid")
getpgrp = _make_denied("getpgrp")
getpid = _make_denied("getpid")
getppid = _make_denied("getppid")
getpriority = _make_denied("getpriority")
getrandom = _make_denied("getrandom")
getsid = _make_denied("getsid")
getuid = _make_denied("getuid")
isatty = _make_denied("isatty")
kill = _make_denied("kill")
killpg = _make_denied("killpg")
lchmod = _make_denied("lchmod")
lchown = _make_denied("lchown")
link = _make_denied("link")
listdir = _make_denied("listdir")
lockf = _make_denied("lockf")
lseek = _make_denied("lseek")
lstat = _make_denied("lstat")
major = _make_denied("major")
makedev = _make_denied("makedev")
makedirs = _make_denied("makedirs")
minor = _make_denied("minor")
mkdir = _make_denied("mkdir")
mkfifo = _make_denied("mkfifo")
mknod = _make_denied("mknod")
nice = _make_denied("nice")
open = _make_denied("open")
openpty = _make_denied("openpty")
pathconf = _make_denied("pathconf")
pipe = _make_denied("pipe")
popen = _make_denied("popen")
putenv = _make_denied("putenv")
read = _make_denied("read")
readlink = _make_denied("readlink")
remove = _make_denied("remove")
removedirs = _make_denied("removedirs")
rename = _make_denied("rename")
renames = _make_denied("renames")
replace = _make_denied("replace")
rmdir = _make_denied("rmdir")
scandir = _make_denied("scandir")
sendfile = _make_denied("sendfile")
set_blocking = _make_denied("set_blocking")
set_inheritable = _make_denied("set_inheritable")
setegid = _make_denied("setegid")
seteuid = _make_denied("seteuid")
setgid = _make_denied("setgid")
setpgid = _make_denied("setpgid")
setsid = _make_denied("setsid")
setuid = _make_denied("setuid")
spawnl = _make_denied("spawnl")
spawnle = _make_denied("spawnle")
spawnlp = _make_denied("spawnlp")
spawnlpe = _make_denied("spawnlpe")
spawnv = _make_denied("spawnv")
spawnve = _make_denied("spawnve")
spawnvp = _make_denied("spawnvp")
spawnvpe = _make_denied("spawnvpe")
startfile = _make_denied("startfile")
stat = _make_denied("stat")
statvfs = _make_denied("statvfs")
symlink = _make_denied("symlink")
sync = _make_denied("sync")
system = _make_denied("system")
times = _make_denied("times")
truncate = _make_denied("truncate")
ttyname = _make_denied("ttyname")
umask = _make_denied("umask")
uname = _make_denied("uname")
unlink = _make_denied("unlink")
unsetenv = _make_denied("unsetenv")
urandom = _make_denied("urandom")
utime = _make_denied("utime")
wait = _make_denied("wait")
waitpid = _make_denied("waitpid")
write = _make_denied("write")


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
