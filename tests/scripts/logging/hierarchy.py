# logging: the logger tree, levels, propagation and handlers on a StringIO.
import io
import logging

root = logging.getLogger()
print(root is logging.root, root.name, logging.getLogger("root") is root, repr(root))  # expect: True root True <RootLogger root (WARNING)>
a = logging.getLogger("app")
ab = logging.getLogger("app.db")
abc = logging.getLogger("app.db.conn")
print(ab.parent is a, abc.parent is ab, a.parent is root, logging.getLogger("app") is a)  # expect: True True True True

# a child created before its parent is reattached when the parent appears
x = logging.getLogger("x.y.z")
print(x.parent is root)  # expect: True
xy = logging.getLogger("x.y")
print(x.parent is xy, xy.parent is root)  # expect: True True
print(a.getChild("db") is ab, root.getChild("app") is a, ab.getChild("conn.pool").name)  # expect: True True app.db.conn.pool
print(type(logging.Logger.manager.loggerDict["x"]).__name__)  # expect: PlaceHolder

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
a.addHandler(handler)
a.setLevel(logging.INFO)
print(a.level, ab.level, ab.getEffectiveLevel(), abc.getEffectiveLevel(), root.getEffectiveLevel())  # expect: 20 0 20 20 30
print(repr(a), repr(abc))  # expect: <Logger app (INFO)> <Logger app.db.conn (INFO)>

ab.debug("not shown")
ab.info("info from db")
abc.warning("warning %s %d", "with", 2)
a.error("error")
abc.critical("crit")
a.log(25, "custom level")
a.fatal("fatal")
print(stream.getvalue(), end="")
# expect: app.db|INFO|info from db
# expect: app.db.conn|WARNING|warning with 2
# expect: app|ERROR|error
# expect: app.db.conn|CRITICAL|crit
# expect: app|Level 25|custom level
# expect: app|CRITICAL|fatal

# propagate=False stops at the logger; handler levels filter too
stream.seek(0)
stream.truncate()
child_stream = io.StringIO()
ch = logging.StreamHandler(child_stream)
ch.setLevel(logging.ERROR)
ab.addHandler(ch)
ab.warning("to parent only")
ab.error("to both")
ab.propagate = False
ab.error("child only")
print(repr(stream.getvalue()), repr(child_stream.getvalue()))  # expect: 'app.db|WARNING|to parent only\napp.db|ERROR|to both\n' 'to both\nchild only\n'
print(ab.hasHandlers(), logging.getLogger("other").hasHandlers(), abc.hasHandlers())  # expect: True False True
ab.removeHandler(ch)
ab.removeHandler(ch)
print(ab.handlers, ab.hasHandlers())  # expect: [] False
ab.propagate = True

# the same handler is added once
a.addHandler(handler)
print(len(a.handlers))  # expect: 1

# levels
print(logging.getLevelName(10), logging.getLevelName(35), logging.getLevelName("ERROR"), logging.getLevelName("nope"))  # expect: DEBUG Level 35 40 Level nope
logging.addLevelName(35, "NOTICE")
print(logging.getLevelName(35), logging.getLevelName("NOTICE"))  # expect: NOTICE 35
stream.seek(0)
stream.truncate()
a.log(35, "a notice")
print(stream.getvalue(), end="")  # expect: app|NOTICE|a notice
print(sorted(logging.getLevelNamesMapping().items())[:3])  # expect: [('CRITICAL', 50), ('DEBUG', 10), ('ERROR', 40)]
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL, logging.NOTSET)  # expect: True True 0
a.setLevel("DEBUG")
print(a.level, a.isEnabledFor(logging.DEBUG))  # expect: 10 True
for bad in ("LOUD", 2.5, None):
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# expect: ValueError Unknown level: 'LOUD'
# expect: TypeError Level not an integer or a valid string: 2.5
# expect: TypeError Level not an integer or a valid string: None
try:
    a.log("INFO", "x")
except TypeError as e:
    print(e)  # expect: level must be an integer
try:
    logging.getLogger(42)
except TypeError as e:
    print(e)  # expect: A logger name must be a string
print(logging.getLogger("") is root, logging.getLogger(None) is root)  # expect: True True
