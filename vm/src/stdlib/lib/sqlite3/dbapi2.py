"""sqlite3.dbapi2: the same objects as sqlite3."""

from sqlite3 import *
from sqlite3 import __all__
