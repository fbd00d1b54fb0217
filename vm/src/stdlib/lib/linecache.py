"""Cache lines of source files (Spindle).

Spindle scripts have no general file access, so the sources come from:
  * entries put in `cache` by hand: filename -> (size, mtime, lines, fullname);
  * lazy entries registered by `lazycache` (a module's __loader__.get_source);
  * the interpreter itself, through `sys._getsource(filename)` when the VM
    provides that hook (the text it compiled for `filename`).
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for a lazy entry
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based, with its newline) of `filename`, or '' if unknown."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of `filename` (a list of strings ending in '\\n')."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(filename):
    os = sys.modules.get('os')
    if os is None:
        try:
            import os
        except ImportError:
            return None
    stat = getattr(os, 'stat', None)
    if stat is None:
        return None
    return stat


def checkcache(filename=None):
    """Drop the cache entries whose file changed on disk.

    Entries without an mtime (lazy ones, or sources from the interpreter) are
    always kept; without os.stat nothing can be checked and nothing is dropped.
    """
    if filename is None:
        filenames = list(cache)
    elif filename in cache:
        filenames = [filename]
    else:
        return
    stat = None
    for name in filenames:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        if stat is None:
            stat = _stat(name)
            if stat is None:
                return
        try:
            st = stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _split(text):
    # What reading the file in text mode gives: universal newlines, and a
    # final newline added to the last line.
    if '\r' in text:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    last = lines.pop()
    lines = [line + '\n' for line in lines]
    if last:
        lines.append(last + '\n')
    return lines


def updatecache(filename, module_globals=None):
    """(Re)load `filename` into the cache and return its lines ([] if unavailable)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    # The text the interpreter compiled stands for the file on disk.
    getsource = getattr(sys, '_getsource', None)
    if getsource is not None:
        try:
            data = getsource(filename)
        except Exception:
            data = None
        if data:
            if not isinstance(data, str):
                data = data.decode('utf-8', 'replace')
            lines = _split(data)
            cache[filename] = (len(data), None, lines, filename)
            return lines
    # Otherwise a lazy entry (or one made from module_globals' loader).
    if lazycache(filename, module_globals):
        try:
            data = cache[filename][0]()
        except (ImportError, OSError):
            data = None
        if data is None:
            # (the lazy entry stays, as in CPython)
            return []
        lines = _split(data)
        cache[filename] = (len(data), None, lines, filename)
        return lines
    return []


def lazycache(filename, module_globals):
    """Register a lazy loader for `filename` from module_globals' __loader__.

    Returns True when the file has (or now has) a lazy entry.
    """
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not name or get_source is None:
        return False

    def get_lines(name=name, get_source=get_source):
        return get_source(name)

    cache[filename] = (get_lines,)
    return True
