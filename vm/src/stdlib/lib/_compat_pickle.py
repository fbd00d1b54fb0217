"""Module and name renames between Python 2 and Python 3, used by pickle
for protocols 0-2 when fix_imports is true (Spindle's version).

IMPORT_MAPPING / NAME_MAPPING translate Python 2 names found in a pickle to
Python 3 names; REVERSE_IMPORT_MAPPING / REVERSE_NAME_MAPPING go the other
way when writing a pickle that Python 2 can read.
"""

# Python 2 module -> Python 3 module, for modules that were renamed one to one.
_RENAMED = """
__builtin__ builtins
copy_reg copyreg
Queue queue
SocketServer socketserver
ConfigParser configparser
repr reprlib
tkFileDialog tkinter.filedialog
tkSimpleDialog tkinter.simpledialog
tkColorChooser tkinter.colorchooser
tkCommonDialog tkinter.commondialog
Dialog tkinter.dialog
Tkdnd tkinter.dnd
tkFont tkinter.font
tkMessageBox tkinter.messagebox
ScrolledText tkinter.scrolledtext
Tkconstants tkinter.constants
Tix tkinter.tix
ttk tkinter.ttk
Tkinter tkinter
markupbase _markupbase
_winreg winreg
thread _thread
dummy_thread _dummy_thread
dbhash dbm.bsd
dumbdbm dbm.dumb
dbm dbm.ndbm
gdbm dbm.gnu
xmlrpclib xmlrpc.client
SimpleXMLRPCServer xmlrpc.server
httplib http.client
htmlentitydefs html.entities
HTMLParser html.parser
Cookie http.cookies
cookielib http.cookiejar
BaseHTTPServer http.server
test.test_support test.support
commands subprocess
urlparse urllib.parse
robotparser urllib.robotparser
urllib2 urllib.request
anydbm dbm
_abcoll collections.abc
"""

# Python 2 modules merged into an existing Python 3 module: only mapped
# forward (the reverse direction is ambiguous).
_MERGED = """
cPickle pickle
_elementtree xml.etree.ElementTree
FileDialog tkinter.filedialog
SimpleDialog tkinter.simpledialog
DocXMLRPCServer xmlrpc.server
SimpleHTTPServer http.server
CGIHTTPServer http.server
UserDict collections
UserList collections
UserString collections
whichdb dbm
StringIO io
cStringIO io
"""

# (Python 2 module, name) -> (Python 3 module, name)
_NAMES = """
__builtin__ xrange builtins range
__builtin__ reduce functools reduce
__builtin__ intern sys intern
__builtin__ unichr builtins chr
__builtin__ unicode builtins str
__builtin__ long builtins int
itertools izip builtins zip
itertools imap builtins map
itertools ifilter builtins filter
itertools ifilterfalse itertools filterfalse
itertools izip_longest itertools zip_longest
UserDict IterableUserDict collections UserDict
UserList UserList collections UserList
UserString UserString collections UserString
whichdb whichdb dbm whichdb
_socket fromfd socket fromfd
_multiprocessing Connection multiprocessing.connection Connection
multiprocessing.process Process multiprocessing.context Process
multiprocessing.forking Popen multiprocessing.popen_fork Popen
urllib ContentTooShortError urllib.error ContentTooShortError
urllib getproxies urllib.request getproxies
urllib pathname2url urllib.request pathname2url
urllib quote_plus urllib.parse quote_plus
urllib quote urllib.parse quote
urllib unquote_plus urllib.parse unquote_plus
urllib unquote urllib.parse unquote
urllib url2pathname urllib.request url2pathname
urllib urlcleanup urllib.request urlcleanup
urllib urlencode urllib.parse urlencode
urllib urlopen urllib.request urlopen
urllib urlretrieve urllib.request urlretrieve
urllib2 HTTPError urllib.error HTTPError
urllib2 URLError urllib.error URLError
"""

# Exceptions that lived in Python 2's 'exceptions' module under the same name.
_PY2_EXCEPTIONS = """
ArithmeticError AssertionError AttributeError BaseException BufferError
BytesWarning DeprecationWarning EOFError EnvironmentError Exception
FloatingPointError FutureWarning GeneratorExit IOError ImportError
ImportWarning IndentationError IndexError KeyError KeyboardInterrupt
LookupError MemoryError NameError NotImplementedError OSError OverflowError
PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning
StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError
TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError
UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError
Warning ZeroDivisionError
"""

# Python 3 exceptions that Python 2 only knew as OSError.
_PY3_OSERRORS = """
BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError
ConnectionRefusedError ConnectionResetError FileExistsError
FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError
PermissionError ProcessLookupError TimeoutError
"""

IMPORT_MAPPING = {}
REVERSE_IMPORT_MAPPING = {}
NAME_MAPPING = {}
REVERSE_NAME_MAPPING = {}


def _build():
    for line in _RENAMED.split('\n'):
        if line:
            old, new = line.split()
            IMPORT_MAPPING[old] = new
            REVERSE_IMPORT_MAPPING[new] = old
    for line in _MERGED.split('\n'):
        if line:
            old, new = line.split()
            IMPORT_MAPPING[old] = new
    for line in _NAMES.split('\n'):
        if line:
            om, on, nm, nn = line.split()
            NAME_MAPPING[(om, on)] = (nm, nn)
            REVERSE_NAME_MAPPING[(nm, nn)] = (om, on)
    for name in _PY2_EXCEPTIONS.split():
        NAME_MAPPING[('exceptions', name)] = ('builtins', name)
        REVERSE_NAME_MAPPING[('builtins', name)] = ('exceptions', name)
    # aliases of OSError in Python 3
    REVERSE_NAME_MAPPING[('builtins', 'EnvironmentError')] = ('exceptions', 'OSError')
    REVERSE_NAME_MAPPING[('builtins', 'IOError')] = ('exceptions', 'OSError')
    for name in _PY3_OSERRORS.split():
        REVERSE_NAME_MAPPING[('builtins', name)] = ('exceptions', 'OSError')
    REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
    NAME_MAPPING[('exceptions', 'StandardError')] = ('builtins', 'Exception')
    NAME_MAPPING[('UserDict', 'UserDict')] = ('collections', 'UserDict')
    NAME_MAPPING[('socket', '_socketobject')] = ('socket', 'SocketType')
    REVERSE_NAME_MAPPING[('socket', 'SocketType')] = ('socket', '_socketobject')


_build()
del _build
