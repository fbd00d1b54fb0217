"""sqlite3: the DB-API 2.0 interface over Spindle's bundled SQLite.

Databases live in memory (":memory:"): the sandbox grants no file access,
so connecting to a file raises PermissionError. The statement work is
native (`_sqlite3`); this module keeps CPython's objects and rules:
cursors, rows, implicit transactions, and the exception hierarchy.
"""

import _sqlite3

__all__ = [
    'connect', 'Connection', 'Cursor', 'Row', 'Error', 'Warning', 'InterfaceError',
    'DatabaseError', 'DataError', 'OperationalError', 'IntegrityError', 'InternalError',
    'ProgrammingError', 'NotSupportedError', 'PARSE_DECLTYPES', 'PARSE_COLNAMES',
    'complete_statement', 'register_adapter', 'register_converter', 'Binary',
]

apilevel = '2.0'
paramstyle = 'qmark'
threadsafety = 1
version = '2.6.0'
version_info = (2, 6, 0)
sqlite_version = _sqlite3.sqlite_version
sqlite_version_info = tuple(int(x) for x in sqlite_version.split('.'))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2
SQLITE_OK = 0
SQLITE_DENY = 1
SQLITE_IGNORE = 2


class Warning(Exception):
    pass


class Error(Exception):
    sqlite_errorcode = None
    sqlite_errorname = None


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


for _cls in (Warning, Error, InterfaceError, DatabaseError, DataError, OperationalError,
             IntegrityError, InternalError, ProgrammingError, NotSupportedError):
    setattr(_sqlite3, _cls.__name__, _cls)
del _cls

Binary = memoryview

adapters = {}
converters = {}


def register_adapter(type, callable):
    """Register a function to adapt Python objects of `type` to SQLite values."""
    adapters[(type, None)] = callable


def register_converter(name, converter):
    """Register a function to convert SQLite values declared `name`."""
    converters[name.upper()] = converter


def complete_statement(statement):
    """True if `statement` is one or more complete SQL statements."""
    return _sqlite3.complete_statement(statement)


def _adapt(value):
    if adapters:
        f = adapters.get((type(value), None))
        if f is not None:
            return f(value)
    return value


def _first_word(sql):
    s = sql.lstrip()
    while s.startswith('--') or s.startswith('/*'):
        if s.startswith('--'):
            i = s.find('\n')
            s = '' if i < 0 else s[i + 1:].lstrip()
        else:
            i = s.find('*/')
            s = '' if i < 0 else s[i + 2:].lstrip()
    i = 0
    while i < len(s) and (s[i].isalpha()):
        i += 1
    return s[:i].upper()


_DML = frozenset(('INSERT', 'UPDATE', 'DELETE', 'REPLACE'))


class Row:
    """A result row: indexable by position and by column name (case-insensitive)."""

    __slots__ = ('_desc', '_values')

    def __init__(self, cursor, values):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row(cursor, values): cursor must be a Cursor")
        self._desc = cursor.description or ()
        self._values = tuple(values)

    def keys(self):
        return [d[0] for d in self._desc]

    def __getitem__(self, key):
        if isinstance(key, str):
            k = key.upper()
            for i, d in enumerate(self._desc):
                if d[0].upper() == k:
                    return self._values[i]
            raise IndexError("No item with that key")
        return self._values[key]

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._desc == other._desc and self._values == other._values

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(self._desc) ^ hash(self._values)

    def __repr__(self):
        return '<sqlite3.Row object>'


class Cursor:
    """A cursor: runs statements on its connection and holds their results."""

    def __init__(self, connection):
        if not isinstance(connection, Connection):
            raise TypeError(f"argument 1 must be sqlite3.Connection, not {type(connection).__name__}")
        self.connection = connection
        self.arraysize = 1
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self.row_factory = None
        self._rows = []
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self.connection._check()

    def execute(self, sql, parameters=()):
        self._check()
        if not isinstance(sql, str):
            raise TypeError(f"execute() argument 1 must be str, not {type(sql).__name__}")
        conn = self.connection
        if conn.isolation_level is not None and _first_word(sql) in _DML \
                and not _sqlite3.in_transaction(conn._db):
            _sqlite3.execute(conn._db, 'BEGIN ' + conn.isolation_level, None)
        if parameters is not None and not isinstance(parameters, (dict, list, tuple)):
            if hasattr(parameters, 'keys'):
                parameters = {k: parameters[k] for k in parameters.keys()}
            else:
                parameters = list(parameters)
        if adapters:
            if isinstance(parameters, dict):
                parameters = {k: _adapt(v) for k, v in parameters.items()}
            elif parameters:
                parameters = [_adapt(v) for v in parameters]
        rows, names, rowcount, lastrowid = _sqlite3.execute(conn._db, sql, parameters)
        if names is None:
            self.description = None
        else:
            self.description = tuple((n, None, None, None, None, None, None) for n in names)
        self._rows = rows
        self._pos = 0
        self.rowcount = rowcount
        if _first_word(sql) in ('INSERT', 'REPLACE'):
            self.lastrowid = lastrowid
        return self

    def executemany(self, sql, seq_of_parameters):
        self._check()
        total = 0
        counted = False
        for params in seq_of_parameters:
            self.execute(sql, params)
            if self.rowcount >= 0:
                total += self.rowcount
                counted = True
        if self.description is not None:
            raise ProgrammingError("executemany() can only execute DML statements.")
        self.rowcount = total if counted else -1
        self._rows = []
        return self

    def executescript(self, sql_script):
        self._check()
        if not isinstance(sql_script, str):
            raise ValueError("script argument must be unicode.")
        if _sqlite3.in_transaction(self.connection._db):
            _sqlite3.execute(self.connection._db, 'COMMIT', None)
        _sqlite3.executescript(self.connection._db, sql_script)
        self.description = None
        self._rows = []
        return self

    def _make(self, row):
        factory = self.row_factory if self.row_factory is not None else self.connection.row_factory
        if factory is None:
            return row
        return factory(self, row)

    def fetchone(self):
        self._check()
        if self._pos >= len(self._rows):
            return None
        row = self._rows[self._pos]
        self._pos += 1
        return self._make(row)

    def fetchmany(self, size=None):
        self._check()
        n = self.arraysize if size is None else size
        out = []
        while n > 0 and self._pos < len(self._rows):
            out.append(self._make(self._rows[self._pos]))
            self._pos += 1
            n -= 1
        return out

    def fetchall(self):
        self._check()
        rows = self._rows[self._pos:]
        self._pos = len(self._rows)
        if self.row_factory is None and self.connection.row_factory is None:
            return rows
        return [self._make(r) for r in rows]

    def __iter__(self):
        return self

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        self._closed = True
        self._rows = []

    def setinputsizes(self, sizes):
        pass

    def setoutputsize(self, size, column=None):
        pass


class Connection:
    """A connection to an in-memory SQLite database."""

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level='',
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        if isinstance(database, bytes):
            database = database.decode()
        elif not isinstance(database, str):
            database = str(database) if hasattr(database, '__fspath__') else database
        self._db = _sqlite3.connect(database)
        self.isolation_level = isolation_level
        self.row_factory = None
        self.text_factory = str
        self.detect_types = detect_types
        self._closed = False

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        if value is not None:
            if not isinstance(value, str):
                raise TypeError("isolation_level must be str or None")
            if value.upper() not in ('', 'DEFERRED', 'IMMEDIATE', 'EXCLUSIVE'):
                raise ValueError(
                    "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
        elif getattr(self, '_db', None) is not None and _sqlite3.in_transaction(self._db):
            _sqlite3.execute(self._db, 'COMMIT', None)
        self._isolation_level = value

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed database.")

    @property
    def in_transaction(self):
        self._check()
        return _sqlite3.in_transaction(self._db)

    @property
    def total_changes(self):
        self._check()
        return _sqlite3.total_changes(self._db)

    def cursor(self, factory=None):
        self._check()
        c = (factory or Cursor)(self)
        return c

    def execute(self, sql, parameters=()):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check()
        if _sqlite3.in_transaction(self._db):
            _sqlite3.execute(self._db, 'COMMIT', None)

    def rollback(self):
        self._check()
        if _sqlite3.in_transaction(self._db):
            _sqlite3.execute(self._db, 'ROLLBACK', None)

    def close(self):
        if not self._closed:
            _sqlite3.close(self._db)
            self._closed = True

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        _sqlite3.create_function(self._db, name, narg, func, deterministic)

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        _sqlite3.create_aggregate(self._db, name, n_arg, aggregate_class)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
        return False

    def interrupt(self):
        pass

    def iterdump(self):
        raise NotSupportedError("iterdump() is not available in Spindle")


def connect(database, timeout=5.0, detect_types=0, isolation_level='', check_same_thread=True,
            factory=Connection, cached_statements=128, uri=False):
    """Open a connection to an SQLite database (":memory:" only in the sandbox)."""
    return factory(database, timeout, detect_types, isolation_level, check_same_thread,
                   None, cached_statements, uri)
