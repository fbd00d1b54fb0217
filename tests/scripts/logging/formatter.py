# logging.Formatter: %-, {- and $-style formats, defaults, validation and records.
import logging

rec = logging.makeLogRecord({"name": "svc", "levelno": 30, "levelname": "WARNING",
                             "msg": "disk %s at %d%%", "args": ("sda", 91),
                             "lineno": 12, "funcName": "check", "pathname": "/srv/app/mod.py",
                             "filename": "mod.py", "module": "mod"})
print(rec.getMessage())  # expect: disk sda at 91%
print(logging.Formatter().format(rec))  # expect: disk sda at 91%
print(logging.Formatter("%(levelname)-8s|%(name)s:%(lineno)d %(funcName)s() %(message)s").format(rec))  # expect: WARNING |svc:12 check() disk sda at 91%
print(logging.Formatter("{levelname:>9} {name!r} {message}", style="{").format(rec))  # expect:   WARNING 'svc' disk sda at 91%
print(logging.Formatter("$levelname/${name}: $message $$", style="$").format(rec))  # expect: WARNING/svc: disk sda at 91% $
print(logging.Formatter("%(module)s %(filename)s %(pathname)s").format(rec))  # expect: mod mod.py /srv/app/mod.py
print(logging.Formatter("[%(user)s] %(message)s", defaults={"user": "anon"}).format(rec))  # expect: [anon] disk sda at 91%
rec.user = "bob"
print(logging.Formatter("[%(user)s] %(message)s", defaults={"user": "anon"}).format(rec))  # expect: [bob] disk sda at 91%
print(logging.Formatter("{user}-{message}", style="{", defaults={"user": "x"}).format(rec))  # expect: bob-disk sda at 91%
print(rec.message)  # expect: disk sda at 91%

# a mapping as the only argument
r2 = logging.LogRecord("n", logging.INFO, "/a/b/c.py", 7, "%(who)s did %(what)s", ({"who": "ann", "what": "it"},), None)
print(r2.getMessage(), r2.args, r2.filename, r2.module, r2.levelname, r2.lineno, r2.funcName)
# expect: ann did it {'who': 'ann', 'what': 'it'} c.py c INFO 7 None
print(repr(r2))  # expect: <LogRecord: n, 20, /a/b/c.py, 7, "%(who)s did %(what)s">
r3 = logging.LogRecord("n", 15, "noext", 1, 42, None, None, func="f")
print(r3.getMessage(), r3.levelname, r3.module, r3.funcName, r3.exc_text, r3.stack_info)  # expect: 42 Level 15 noext f None None
print(sorted(k for k in vars(r3) if k not in ("created", "msecs", "relativeCreated", "thread", "process")))
# expect: ['args', 'exc_info', 'exc_text', 'filename', 'funcName', 'levelname', 'levelno', 'lineno', 'module', 'msg', 'name', 'pathname', 'processName', 'stack_info', 'threadName']

# missing fields and bad formats
try:
    logging.Formatter("%(nosuch)s").format(rec)
except ValueError as e:
    print(e)  # expect: Formatting field not found in record: 'nosuch'
try:
    logging.Formatter("{nosuch}", style="{").format(rec)
except ValueError as e:
    print(e)  # expect: Formatting field not found in record: 'nosuch'
def check(fmt, style):
    try:
        logging.Formatter(fmt, style=style)
        return "ok " + fmt
    except ValueError as e:
        return str(e)
for fmt, style in [("plain", "%"), ("%(x", "%"), ("{x", "{"), ("plain", "{"), ("{a!z}", "{"),
                   ("{a:qq}", "{"), ("{a..b}", "{"), ("}", "{"), ("$ x", "$"), ("plain", "$"),
                   ("{0}", "{"), ("%(a)5.2f", "%"), ("${a}$$", "$"), ("x", "#")]:
    print(check(fmt, style))
# expect: Invalid format 'plain' for '%' style
# expect: Invalid format '%(x' for '%' style
# expect: invalid format: expected '}' before end of string
# expect: invalid format: no fields
# expect: invalid format: invalid conversion: 'z'
# expect: invalid format: bad specifier: 'qq'
# expect: invalid format: invalid field name/expression: 'a..b'
# expect: invalid format: Single '}' encountered in format string
# expect: invalid format: bare '$' not allowed
# expect: invalid format: no fields
# expect: ok {0}
# expect: ok %(a)5.2f
# expect: ok ${a}$$
# expect: Style must be one of: %,{,$
print(logging.Formatter("plain", validate=False).format(rec))  # expect: plain

# exceptions: exc_info tuples and exc_text
r4 = logging.makeLogRecord({"msg": "failed", "exc_info": (ValueError, ValueError("bad value"), None)})
out = logging.Formatter("%(levelname)s %(message)s").format(r4)
print(out.split("\n"))  # expect: ['Level None failed', 'ValueError: bad value']
print(r4.exc_text)  # expect: ValueError: bad value
r5 = logging.makeLogRecord({"msg": "with text", "exc_text": "preformatted"})
print(logging.Formatter().format(r5).split("\n"))  # expect: ['with text', 'preformatted']
r6 = logging.makeLogRecord({"msg": "stack", "stack_info": "Stack: here"})
print(logging.Formatter().format(r6).split("\n"))  # expect: ['stack', 'Stack: here']

class Upper(logging.Formatter):
    def formatMessage(self, record):
        return super().formatMessage(record).upper()
    def formatException(self, ei):
        return "EXC<%s>" % ei[0].__name__
print(Upper("%(message)s").format(logging.makeLogRecord({"msg": "quiet", "exc_info": (KeyError, KeyError("k"), None)})).split("\n"))
# expect: ['QUIET', 'EXC<KeyError>']
print(logging.Formatter("%(message)s").usesTime(), logging.Formatter("%(asctime)s").usesTime(),
# expect: False True True True
      logging.Formatter("{asctime}", style="{").usesTime(), logging.Formatter("$asctime", style="$").usesTime())

bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format([rec, r2]), repr(bf.format([])))  # expect: <disk sda at 91%><ann did it> ''
