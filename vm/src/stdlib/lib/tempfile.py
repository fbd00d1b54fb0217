"""Temporary files and directories, sandboxed (Spindle implementation).

The Spindle sandbox has no file system, so everything that would create a
file or directory on the host (mkstemp, mkdtemp, mktemp, gettempdir,
NamedTemporaryFile, TemporaryFile, TemporaryDirectory) raises
PermissionError.  SpooledTemporaryFile works, in memory only: rolling it
over to a real file raises PermissionError.
"""

import os as _os

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
    "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None


def _denied(what):
    raise _os._denied("tempfile." + what)


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    _denied("gettempdir")


def gettempdirb():
    _denied("gettempdirb")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    _denied("mkstemp")


def mkdtemp(suffix=None, prefix=None, dir=None):
    _denied("mkdtemp")


def mktemp(suffix="", prefix=template, dir=None):
    _denied("mktemp")


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    _denied("NamedTemporaryFile")


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    _denied("TemporaryFile")


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        _denied("TemporaryDirectory")

    def __class_getitem__(cls, item):
        return cls


class SpooledTemporaryFile:
    """A file-like object kept in memory (io.BytesIO or io.StringIO).  In
    CPython it moves to a real temporary file past max_size; here that
    rollover raises PermissionError."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *,
                 errors=None):
        import io
        if "b" in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO(newline="\n")
            self._encoding = encoding
            self._errors = errors
        self._max_size = max_size
        self._mode = mode

    def __class_getitem__(cls, item):
        return cls

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        _denied("SpooledTemporaryFile.rollover")

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if "b" in self._mode:
            raise AttributeError("'_io.BytesIO' object has no attribute 'encoding'")
        return self._encoding or "utf-8"

    @property
    def errors(self):
        if "b" in self._mode:
            raise AttributeError("'_io.BytesIO' object has no attribute 'errors'")
        return self._errors or "strict"

    def fileno(self):
        self.rollover()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return False

    @property
    def mode(self):
        return self._mode

    @property
    def name(self):
        return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if self._max_size and size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv
