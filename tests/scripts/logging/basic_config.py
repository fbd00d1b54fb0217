# logging.basicConfig, the module-level functions, disable() and lastResort.
import io
import logging
import sys

# with no handlers anywhere, warnings and above go to sys.stderr (message only)
sys.stderr = sys.stdout
logging.getLogger("lone").warning("last resort %d", 1)  # expect: last resort 1
logging.getLogger("lone").info("not shown")
logging.getLogger("lone").error("error too")  # expect: error too
print(logging.lastResort.level)  # expect: 30

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
print(len(logging.root.handlers), logging.root.level, logging.root.handlers[0].formatter._fmt)  # expect: 1 20 %(levelname)s:%(name)s:%(message)s
logging.info("info via root")  # expect: INFO:root:info via root
logging.debug("debug hidden")
logging.warning("warn %s", "arg")  # expect: WARNING:root:warn arg
logging.getLogger("mod.sub").error("from a child")  # expect: ERROR:mod.sub:from a child
logging.log(logging.CRITICAL, "logged")  # expect: CRITICAL:root:logged

# a second call does nothing; force=True replaces the handlers
logging.basicConfig(format="IGNORED %(message)s")
logging.info("same format")  # expect: INFO:root:same format
logging.basicConfig(force=True, stream=sys.stdout, format="{levelname}:{message}", style="{", level="DEBUG")
logging.debug("new format")  # expect: DEBUG:new format
logging.basicConfig(force=True, stream=sys.stdout, format="$levelname-$name-$message", style="$")
logging.getLogger("d").warning("dollar")  # expect: WARNING-d-dollar

s = io.StringIO()
h = logging.StreamHandler(s)
logging.basicConfig(force=True, handlers=[h], format="%(levelname)s %(message)s")
logging.error("to the handler")
print(repr(s.getvalue()), h.formatter._fmt)  # expect: 'ERROR to the handler\n' %(levelname)s %(message)s

for kwargs in [dict(force=True, stream=sys.stdout, filename="x.log"),
               dict(force=True, stream=sys.stdout, handlers=[h]),
               dict(force=True, style="?"),
               dict(force=True, stream=sys.stdout, colour=True)]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print(e)
# expect: 'stream' and 'filename' should not be specified together
# expect: 'stream' or 'filename' should not be specified together with 'handlers'
# expect: Style must be one of: %,{,$
# expect: Unrecognised argument(s): colour

# disable() turns off levels for every logger until reset
logging.basicConfig(force=True, stream=sys.stdout, level=logging.DEBUG, format="%(message)s")
lg = logging.getLogger("dis")
logging.disable(logging.INFO)
lg.info("disabled info")
lg.warning("enabled warning")  # expect: enabled warning
print(lg.isEnabledFor(logging.INFO), lg.isEnabledFor(logging.WARNING), logging.root.manager.disable)  # expect: False True 20
logging.disable()
lg.critical("critical disabled too")
logging.disable(logging.NOTSET)
lg.info("back on")  # expect: back on
logging.disable("WARNING")
print(logging.root.manager.disable)  # expect: 30
logging.disable(0)

# a logger's own disabled flag
lg.disabled = True
lg.error("silenced")
lg.disabled = False
lg.error("audible")  # expect: audible

# errors in emit are reported (here: not, since raiseExceptions is off)
logging.raiseExceptions = False
lg.error("bad format %d", "x")
logging.raiseExceptions = True
print("still running")  # expect: still running

print(repr(logging.StreamHandler(sys.stdout)), repr(logging.NullHandler()), repr(logging.Handler(logging.ERROR)))
# expect: <StreamHandler <stdout> (NOTSET)> <NullHandler (NOTSET)> <Handler (ERROR)>
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print(e)  # expect: emit must be implemented by Handler subclasses
nh = logging.NullHandler()
lg.addHandler(nh)
lg.error("null handler does nothing extra")  # expect: null handler does nothing extra
try:
    logging.FileHandler("/no/such/dir/f.log")
except OSError:
    print("FileHandler raised OSError")  # expect: FileHandler raised OSError
h.set_name("named")
print(h.name, h.get_name())  # expect: named named
logging.shutdown()
print("done")  # expect: done
