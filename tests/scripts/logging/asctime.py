# logging asctime: formatTime with a UTC converter, datefmt and millisecond formats.
import logging
import time

class UTC(logging.Formatter):
    converter = time.gmtime

rec = logging.makeLogRecord({"msg": "tick", "created": 1700000000.25, "msecs": 250.0})
print(UTC("%(asctime)s %(message)s").format(rec))  # expect: 2023-11-14 22:13:20,250 tick
print(UTC("%(asctime)s|%(message)s", datefmt="%d/%m/%Y %H-%M-%S").format(rec))  # expect: 14/11/2023 22-13-20|tick
print(UTC("{asctime} {message}", style="{").format(rec))  # expect: 2023-11-14 22:13:20,250 tick
print(UTC("${asctime} $message", style="$").format(rec))  # expect: 2023-11-14 22:13:20,250 tick
print(rec.asctime)  # expect: 2023-11-14 22:13:20,250
f = UTC()
print(f.formatTime(rec), f.formatTime(rec, "%Y"), f.formatTime(rec, "%j %a %b %p"))  # expect: 2023-11-14 22:13:20,250 2023 318 Tue Nov PM
f.default_msec_format = "%s.%03d"
print(f.formatTime(rec))  # expect: 2023-11-14 22:13:20.250
f.default_msec_format = None
print(f.formatTime(rec))  # expect: 2023-11-14 22:13:20
f.default_time_format = "%H:%M"
print(f.formatTime(rec))  # expect: 22:13
rec2 = logging.makeLogRecord({"created": 0.0, "msecs": 0.0, "msg": "epoch"})
print(UTC("%(asctime)s %(message)s").format(rec2))  # expect: 1970-01-01 00:00:00,000 epoch
rec3 = logging.makeLogRecord({"created": 951782400.999, "msecs": 999.0, "msg": "leap"})
print(UTC("%(asctime)s %(message)s").format(rec3))  # expect: 2000-02-29 00:00:00,999 leap
r = logging.LogRecord("n", 20, "p", 1, "m", None, None)
print(0 <= r.msecs < 1000, r.msecs == int(r.msecs), r.relativeCreated >= 0, r.created > 1.6e9)  # expect: True True True True
