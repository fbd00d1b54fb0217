# logging exception information: exception(), exc_info forms and formatException.
import io
import logging

stream = io.StringIO()
h = logging.StreamHandler(stream)
lg = logging.getLogger("exc")
lg.addHandler(h)
lg.propagate = False

class Short(logging.Formatter):
    def formatException(self, ei):
        return "EXC %s(%s) tb=%s" % (ei[0].__name__, ei[1], ei[2] is not None)

h.setFormatter(Short("%(levelname)s %(message)s"))
try:
    {}["missing"]
except KeyError:
    lg.exception("lookup failed for %s", "missing")
try:
    int("x")
except ValueError:
    lg.error("with exc_info=True", exc_info=True)
    lg.critical("exception() at critical", exc_info=1)
lg.warning("an instance", exc_info=TypeError("given"))
lg.warning("a tuple", exc_info=(OSError, OSError("disk"), None))
lg.info("no exception here", exc_info=True)
lg.error("false means none", exc_info=False)
print(stream.getvalue(), end="")
# expect: ERROR lookup failed for missing
# expect: EXC KeyError('missing') tb=True
# expect: ERROR with exc_info=True
# expect: EXC ValueError(invalid literal for int() with base 10: 'x') tb=True
# expect: CRITICAL exception() at critical
# expect: EXC ValueError(invalid literal for int() with base 10: 'x') tb=True
# expect: WARNING an instance
# expect: EXC TypeError(given) tb=False
# expect: WARNING a tuple
# expect: EXC OSError(disk) tb=False
# expect: ERROR false means none

# the default formatter prints the traceback text; a bare instance has none
stream.seek(0)
stream.truncate()
h.setFormatter(logging.Formatter("%(message)s"))
lg.error("instance", exc_info=ValueError("no traceback"))
try:
    1 / 0
except ZeroDivisionError:
    lg.exception("division")
lines = stream.getvalue().splitlines()
print(lines[:2])  # expect: ['instance', 'ValueError: no traceback']
print(lines[2], lines[-1])  # expect: division ZeroDivisionError: division by zero

# exc_text is cached on the record
rec = logging.makeLogRecord({"msg": "m", "exc_info": (RuntimeError, RuntimeError("r"), None)})
f = logging.Formatter()
print(repr(f.format(rec)), repr(rec.exc_text))  # expect: 'm\nRuntimeError: r' 'RuntimeError: r'
rec.exc_text = "changed"
print(repr(f.format(rec)))  # expect: 'm\nchanged'

class Custom(Exception):
    pass
print(repr(f.formatException((Custom, Custom("mine"), None))))  # expect: 'Custom: mine'
print(repr(f.formatException((KeyError, KeyError("k"), None))))  # expect: "KeyError: 'k'"
print(repr(f.formatException((ValueError, ValueError(), None))))  # expect: 'ValueError'
