# The Python half of `sys`: its struct sequences and small helpers
# (functions and streams are native).


class _StructSeq(tuple):
    _fields = ()
    _name = ''

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        try:
            return self[type(self)._fields.index(name)]
        except ValueError:
            raise AttributeError(f"'{type(self)._name}' object has no attribute '{name}'")

    def __repr__(self):
        parts = ', '.join(f'{n}={v!r}' for n, v in zip(type(self)._fields, self))
        return f'{type(self)._name}({parts})'


def _struct_seq(name, fields):
    return type(name.rpartition('.')[2], (_StructSeq,), {'_fields': tuple(fields.split()), '_name': name})


version_info = _struct_seq('sys.version_info', 'major minor micro releaselevel serial')(
    (3, 11, 0, 'final', 0))
flags = _struct_seq('sys.flags', 'debug inspect interactive optimize dont_write_bytecode '
                    'no_user_site no_site ignore_environment verbose bytes_warning quiet '
                    'hash_randomization isolated dev_mode utf8_mode warn_default_encoding '
                    'safe_path int_max_str_digits')(
    (0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, False, 1, 0, False, 4300))
float_info = _struct_seq('sys.float_info', 'max max_exp max_10_exp min min_exp min_10_exp dig '
                         'mant_dig epsilon radix rounds')(
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
int_info = _struct_seq('sys.int_info', 'bits_per_digit sizeof_digit default_max_str_digits '
                       'str_digits_check_threshold')((30, 4, 4300, 640))
hash_info = _struct_seq('sys.hash_info', 'width modulus inf nan imag algorithm hash_bits '
                        'seed_bits cutoff')((64, 2305843009213693951, 314159, 0, 1000003,
                                             'siphash13', 64, 128, 0))
del _struct_seq

hexversion = 0x030B00F0
api_version = 1013
maxunicode = 0x10FFFF
executable = ''
prefix = exec_prefix = base_prefix = base_exec_prefix = ''
platlibdir = 'lib'
dont_write_bytecode = True
builtin_module_names = ('builtins', 'gc', 'itertools', 'math', 'sys', 'time')
stdlib_module_names = frozenset()
warnoptions = []
_xoptions = {}
orig_argv = list(argv)
__stdout__ = stdout
__stderr__ = stderr
meta_path = []
path_hooks = []
path_importer_cache = {}


def getdefaultencoding():
    return 'utf-8'


def getfilesystemencoding():
    return 'utf-8'


def getfilesystemencodeerrors():
    return 'surrogateescape'


def intern(s):
    if type(s) is not str:
        raise TypeError(f"intern() argument must be str, not {type(s).__name__}")
    return s


def exception():
    return exc_info()[1]


def is_finalizing():
    return False


_int_max_str_digits = 4300


def get_int_max_str_digits():
    return _int_max_str_digits


def getswitchinterval():
    return 0.005


def audit(event, *args):
    pass


def addaudithook(hook):
    pass


class _Frame:
    """A snapshot of one script frame (`sys._getframe`)."""

    __slots__ = ('f_code', 'f_lineno', '_module', 'f_back')

    def __init__(self, code, lineno, module, back):
        self.f_code = code
        self.f_lineno = lineno
        self._module = module
        self.f_back = back

    @property
    def f_globals(self):
        return {} if self._module is None else self._module.__dict__

    @property
    def f_locals(self):
        return {}

    @property
    def f_builtins(self):
        import builtins
        return builtins.__dict__

    @property
    def f_lasti(self):
        return 0

    def __repr__(self):
        c = self.f_code
        return f"<frame, file '{c.co_filename}', line {self.f_lineno}, code {c.co_name}>"


class _TbCode:
    """The code of a traceback entry: its file and function names."""

    __slots__ = ('co_filename', 'co_name', 'co_qualname', 'co_firstlineno')

    def __init__(self, filename, name):
        self.co_filename = filename
        self.co_name = name
        self.co_qualname = name
        self.co_firstlineno = 1

    def co_positions(self):
        return iter(())


class _Traceback:
    """A traceback entry (`exc.__traceback__`): tb_frame, tb_lineno,
    tb_next, from the frame nearest the handler to the raise point."""

    __slots__ = ('tb_frame', 'tb_lineno', 'tb_next', 'tb_lasti')

    def __init__(self, frame, lineno, next):
        self.tb_frame = frame
        self.tb_lineno = lineno
        self.tb_next = next
        self.tb_lasti = -1


def _make_traceback(entries):
    # entries: (filename, function, line) from the raise point outwards.
    tb = None
    for filename, name, line in entries:
        frame = _Frame(_TbCode(filename, name), line, None, None)
        tb = _Traceback(frame, line, tb)
    return tb
