# logging filters (objects and callables), LoggerAdapter, extra and makeRecord.
import io
import logging

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(name)s:%(message)s"))
top = logging.getLogger("f")
top.addHandler(h)
top.setLevel(logging.DEBUG)
top.propagate = False

f = logging.Filter("f.keep")
print(f.filter(logging.makeLogRecord({"name": "f.keep"})), f.filter(logging.makeLogRecord({"name": "f.keep.sub"})),
# expect: True True False False True
      f.filter(logging.makeLogRecord({"name": "f.keeper"})), f.filter(logging.makeLogRecord({"name": "f"})),
      logging.Filter().filter(logging.makeLogRecord({"name": "any"})))

h.addFilter(f)
logging.getLogger("f.keep").info("kept")
logging.getLogger("f.drop").info("dropped")
logging.getLogger("f.keep.deeper").info("kept too")
h.removeFilter(f)
h.removeFilter(f)

# a callable filter can also modify the record
def tag(record):
    record.msg = "[tagged] " + record.msg
    return record.levelno >= logging.INFO
top.addFilter(tag)
top.debug("too low")
top.info("info")
top.removeFilter(tag)
top.debug("debug now")
print(stream.getvalue(), end="")
# expect: f.keep:kept
# expect: f.keep.deeper:kept too
# expect: f:[tagged] info
# expect: f:debug now
print(top.filters, h.filters)  # expect: [] []

# handler level and Handler.filter
stream.seek(0)
stream.truncate()
h.setLevel(logging.WARNING)
top.info("below handler level")
top.warning("at handler level")
h.setLevel(logging.NOTSET)
print(repr(stream.getvalue()))  # expect: 'f:at handler level\n'

# LoggerAdapter adds extra to every record
stream.seek(0)
stream.truncate()
h.setFormatter(logging.Formatter("%(conn)s %(levelname)s %(message)s"))
ad = logging.LoggerAdapter(top, {"conn": "c42"})
ad.info("opened %s", "db")
ad.warning("slow")
ad.log(logging.ERROR, "failed")
ad.debug("details")
print(stream.getvalue(), end="")
# expect: c42 INFO opened db
# expect: c42 WARNING slow
# expect: c42 ERROR failed
# expect: c42 DEBUG details
print(ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel(), ad.name, ad.manager is top.manager, repr(ad))  # expect: True 10 f True <LoggerAdapter f (DEBUG)>

class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "<%s> %s" % (self.extra["conn"], msg), kwargs
stream.seek(0)
stream.truncate()
h.setFormatter(logging.Formatter("%(message)s"))
Prefix(top, {"conn": "p1"}).error("custom process")
print(stream.getvalue(), end="")  # expect: <p1> custom process

# extra on a plain logger call; extra may not overwrite record attributes
stream.seek(0)
stream.truncate()
h.setFormatter(logging.Formatter("%(user)s: %(message)s"))
top.info("login", extra={"user": "ann"})
print(stream.getvalue(), end="")  # expect: ann: login
for key in ("message", "asctime", "levelname"):
    try:
        top.info("x", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)
# expect: KeyError "Attempt to overwrite 'message' in LogRecord"
# expect: KeyError "Attempt to overwrite 'asctime' in LogRecord"
# expect: KeyError "Attempt to overwrite 'levelname' in LogRecord"

# a custom record factory
old = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    record = old(*args, **kwargs)
    record.user = "factory"
    return record
logging.setLogRecordFactory(factory)
stream.seek(0)
stream.truncate()
top.info("made")
logging.setLogRecordFactory(old)
print(stream.getvalue(), end="", flush=True)  # expect: factory: made
print(logging.getLogRecordFactory() is logging.LogRecord)  # expect: True

class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("brand.new")).__name__, logging.getLoggerClass().__name__)  # expect: MyLogger MyLogger
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(e)  # expect: logger not derived from logging.Logger: int
