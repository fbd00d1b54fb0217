# logging.handlers: BufferingHandler, MemoryHandler and QueueHandler.
import io
import logging
import logging.handlers

lg = logging.getLogger("hm")
lg.propagate = False
lg.setLevel(logging.DEBUG)

buf = logging.handlers.BufferingHandler(3)
lg.addHandler(buf)
lg.info("one")
lg.info("two")
print([r.getMessage() for r in buf.buffer])  # expect: ['one', 'two']
lg.info("three")
print(buf.buffer, buf.shouldFlush(logging.makeLogRecord({})))  # expect: [] False
lg.removeHandler(buf)

# MemoryHandler passes buffered records on when full or at flushLevel
out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
mem = logging.handlers.MemoryHandler(4, flushLevel=logging.ERROR, target=target)
lg.addHandler(mem)
lg.debug("d1")
lg.info("i1")
print(repr(out.getvalue()), len(mem.buffer))  # expect: '' 2
lg.error("e1")
print(repr(out.getvalue()), len(mem.buffer))  # expect: 'DEBUG:d1\nINFO:i1\nERROR:e1\n' 0
for i in range(5):
    lg.info("bulk %d", i)
print(out.getvalue().splitlines()[-4:], len(mem.buffer))  # expect: ['INFO:bulk 0', 'INFO:bulk 1', 'INFO:bulk 2', 'INFO:bulk 3'] 1
mem.close()
print(out.getvalue().splitlines()[-1], mem.target, mem.buffer)  # expect: INFO:bulk 4 None []
lg.removeHandler(mem)

nomem = logging.handlers.MemoryHandler(2, target=None)
nomem.handle(logging.makeLogRecord({"msg": "kept", "levelno": 50}))
print(len(nomem.buffer))  # expect: 1
nomem.setTarget(target)
nomem.flush()
print(out.getvalue().splitlines()[-1], nomem.buffer)  # expect: Level None:kept []

# QueueHandler formats the record and puts a copy on the queue
class ListQueue:
    def __init__(self):
        self.items = []
    def put_nowait(self, item):
        self.items.append(item)

q = ListQueue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
lg.addHandler(qh)
lg.warning("queued %s", "arg")
try:
    raise ValueError("boom")
except ValueError as exc:
    lg.error("with exception", exc_info=(ValueError, exc, None))
rec = q.items[0]
print(rec.msg, rec.args, rec.message, rec.exc_info, rec.getMessage())  # expect: [hm] queued arg None [hm] queued arg None [hm] queued arg
print(q.items[1].msg.splitlines(), q.items[1].exc_text)  # expect: ['[hm] with exception', 'ValueError: boom'] None
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)  # expect: 9020 514
try:
    logging.handlers.RotatingFileHandler("/no/such/dir/x.log", maxBytes=10)
except OSError:
    print("RotatingFileHandler raised OSError")  # expect: RotatingFileHandler raised OSError
