"""Object-oriented filesystem paths, sandboxed (Spindle implementation).

PurePath, PurePosixPath and PureWindowsPath offer the whole pure API of
CPython 3.11 (parts, drive/root/anchor, name/suffix/stem, parents,
joining, relative_to, match, with_*, comparisons, as_uri ...).  Path and
PosixPath have it too, but every method that would reach the file system
(exists, stat, open, read_text, iterdir, glob, cwd, home, resolve ...)
raises PermissionError: the Spindle sandbox has no file system.
"""

import os
import sys

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]


# ---------------------------------------------------------------------------
# flavours: how each family splits, joins and compares paths

class _Flavour:
    def parse_parts(self, parts):
        """(drive, root, parts) for the path made of the given strings,
        read left to right as CPython does: an anchored string starts
        afresh, and a root without a drive keeps the nearest drive seen
        before it."""
        sep = self.sep
        altsep = self.altsep
        drv = root = ""
        rel = []
        last_drive = ""
        for part in parts:
            if not part:
                continue
            if altsep:
                part = part.replace(altsep, sep)
            d, r, tail = self.splitroot(part)
            if d or r:
                if d:
                    drv = d
                elif r:
                    drv = last_drive
                root = r
                rel = []
            if d:
                last_drive = d
            for x in tail.split(sep):
                if x and x != ".":
                    rel.append(x)
        if drv or root:
            return drv, root, [drv + root] + rel
        return drv, root, rel

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        if root2:
            if not drv2 and drv:
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2:
            if drv2 == drv or self.casefold(drv2) == self.casefold(drv):
                # the same drive: the second path is relative to the first
                return drv, root, parts + parts2[1:]
        else:
            return drv, root, parts + parts2
        return drv2, root2, parts2


class _PosixFlavour(_Flavour):
    sep = "/"
    altsep = ""
    has_drv = False
    is_supported = True

    def splitroot(self, part, sep="/"):
        if part and part[0] == sep:
            stripped = part.lstrip(sep)
            # POSIX: exactly two leading slashes may mean something else
            if len(part) - len(stripped) == 2:
                return "", sep * 2, stripped
            return "", sep, stripped
        return "", "", part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        from urllib.parse import quote_from_bytes
        return "file://" + quote_from_bytes(os.fsencode(str(path)))


_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
for _c in "123456789\xb9\xb2\xb3":
    _RESERVED.add("COM" + _c)
    _RESERVED.add("LPT" + _c)
del _c


class _WindowsFlavour(_Flavour):
    sep = "\\"
    altsep = "/"
    has_drv = True
    is_supported = os.name == "nt"
    drive_letters = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    def splitroot(self, part, sep="\\"):
        prefix = ""
        if part[:2] == sep * 2:
            # an extended-length path: \\?\ (and \\?\UNC\)
            if part.startswith("\\\\?\\"):
                prefix = part[:4]
                part = part[4:]
                if part.startswith("UNC\\"):
                    prefix += part[:3]
                    part = "\\" + part[3:]
        if part[:2] == sep * 2 and part[2:3] != sep:
            # \\server\share is the drive of a UNC path
            k = part.find(sep, 2)
            if k >= 0:
                k2 = part.find(sep, k + 1)
                if k2 != k + 1:
                    if k2 < 0:
                        k2 = len(part)
                    if prefix:
                        return prefix + part[1:k2], sep, part[k2 + 1:]
                    return part[:k2], sep, part[k2 + 1:]
        drv = root = ""
        if part[1:2] == ":" and part[:1] in self.drive_letters:
            drv = part[:2]
            part = part[2:]
        if part[:1] == sep:
            root = sep
            part = part.lstrip(sep)
        return prefix + drv, root, part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def is_reserved(self, parts):
        if not parts:
            return False
        if parts[0].startswith("\\\\"):
            return False    # UNC paths are never reserved
        name = parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return name.upper() in _RESERVED

    def make_uri(self, path):
        from urllib.parse import quote_from_bytes
        drive = path.drive
        if len(drive) == 2 and drive[1] == ":":
            rest = path.as_posix()[2:].lstrip("/")
            return "file:///%s/%s" % (drive, quote_from_bytes(rest.encode("utf-8")))
        return "file:" + quote_from_bytes(path.as_posix().encode("utf-8"))


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()


# ---------------------------------------------------------------------------
# pure paths

class _PathParents:
    """The logical ancestors of a path, as a sequence."""

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __contains__(self, item):
        for p in self:
            if p == item:
                return True
        return False

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """A path without file system access: manipulations only."""

    _flavour = _posix_flavour

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts += a._parts
            else:
                a = os.fspath(a)
                if isinstance(a, str):
                    parts.append(str(a))
                else:
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % (type(a),))
        return cls._flavour.parse_parts(parts)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.sep.join(parts[1:])
        return cls._flavour.sep.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._flavour.join_parsed_parts(
            self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(self._drv, self._root,
                                                  self._parts) or "."
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        f = self._flavour
        return str(self).replace(f.sep, "/")

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._drv

    @property
    def root(self):
        """The root, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._drv + self._root

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ""
        return parts[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, parts = f.parse_parts((name,))
        if (not name or name[-1] in [f.sep, f.altsep] or drv or root
                or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed (or added, or
        removed with an empty suffix)."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The relative path to self from other (ValueError when self is
        not under other)."""
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_parts = self._parse_args(other)
        if to_root:
            to_abs_parts = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs_parts = to_parts
        n = len(to_abs_parts)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(abs_parts[:n]) != cf(to_abs_parts):
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts("", root if n == 1 else "", abs_parts[n:])

    def is_relative_to(self, *other):
        """True if the path is relative to other."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """The path's components, as a tuple."""
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        """Combine this path with each argument in turn."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """A sequence of the path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if
        applicable, a drive)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """True if the path contains a special name reserved by the
        system."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """True if this path matches the glob-style pattern (matched from
        the right for a relative pattern)."""
        import fnmatch
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._flavour.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath for non-Windows systems."""
    _flavour = _posix_flavour


class PureWindowsPath(PurePath):
    """A PurePath for Windows paths."""
    _flavour = _windows_flavour


# ---------------------------------------------------------------------------
# concrete paths: the file system is out of reach

def _denied(name):
    raise os._denied("pathlib.Path." + name)


class Path(PurePath):
    """A PurePath that could reach the file system.  In the Spindle sandbox
    the file system is not available: such methods raise PermissionError."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        _denied("cwd")

    @classmethod
    def home(cls):
        _denied("home")

    def absolute(self):
        if self.is_absolute():
            return self
        _denied("absolute")

    def expanduser(self):
        if (not (self._drv or self._root)
                and self._parts and self._parts[0][:1] == "~"):
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self

    def samefile(self, other_path):
        _denied("samefile")

    def iterdir(self):
        _denied("iterdir")

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        _denied("glob")
        yield

    def rglob(self, pattern):
        _denied("rglob")
        yield

    def resolve(self, strict=False):
        _denied("resolve")

    def stat(self, *, follow_symlinks=True):
        _denied("stat")

    def owner(self):
        _denied("owner")

    def group(self):
        _denied("group")

    def open(self, mode="r", buffering=-1, encoding=None, errors=None,
             newline=None):
        _denied("open")

    def read_bytes(self):
        _denied("read_bytes")

    def read_text(self, encoding=None, errors=None):
        _denied("read_text")

    def write_bytes(self, data):
        _denied("write_bytes")

    def write_text(self, data, encoding=None, errors=None, newline=None):
        _denied("write_text")

    def readlink(self):
        _denied("readlink")

    def touch(self, mode=0o666, exist_ok=True):
        _denied("touch")

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        _denied("mkdir")

    def chmod(self, mode, *, follow_symlinks=True):
        _denied("chmod")

    def lchmod(self, mode):
        _denied("lchmod")

    def unlink(self, missing_ok=False):
        _denied("unlink")

    def rmdir(self):
        _denied("rmdir")

    def lstat(self):
        _denied("lstat")

    def rename(self, target):
        _denied("rename")

    def replace(self, target):
        _denied("replace")

    def symlink_to(self, target, target_is_directory=False):
        _denied("symlink_to")

    def hardlink_to(self, target):
        _denied("hardlink_to")

    def link_to(self, target):
        _denied("link_to")

    def exists(self):
        _denied("exists")

    def is_dir(self):
        _denied("is_dir")

    def is_file(self):
        _denied("is_file")

    def is_mount(self):
        _denied("is_mount")

    def is_symlink(self):
        _denied("is_symlink")

    def is_block_device(self):
        _denied("is_block_device")

    def is_char_device(self):
        _denied("is_char_device")

    def is_fifo(self):
        _denied("is_fifo")

    def is_socket(self):
        _denied("is_socket")


class PosixPath(Path, PurePosixPath):
    """A Path for non-Windows systems."""


class WindowsPath(Path, PureWindowsPath):
    """A Path for Windows systems (cannot be made on POSIX)."""
