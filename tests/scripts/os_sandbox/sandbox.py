# spindle-only
# The host is out of reach: os, os.path, tempfile and glob functions that would
# touch it raise PermissionError naming themselves; os.environ is empty.
import os
import tempfile
import glob

print(dict(os.environ), len(os.environ), os.getenv("HOME"), os.getenv("PATH", "none"))  # expect: {} 0 None none
os.environ["MINE"] = "1"
print(os.getenv("MINE"), os.path.expandvars("$MINE-$OTHER"))  # expect: 1 1-$OTHER
del os.environ["MINE"]

def err(f):
    try:
        f()
        print("no error")
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

err(lambda: os.getcwd())  # expect: PermissionError: [Errno 13] Permission denied: 'os.getcwd' is not available in the Spindle sandbox
err(lambda: os.listdir("."))  # expect: PermissionError: [Errno 13] Permission denied: 'os.listdir' is not available in the Spindle sandbox
err(lambda: os.unlink("/tmp/x"))  # expect: PermissionError: [Errno 13] Permission denied: 'os.unlink' is not available in the Spindle sandbox
err(lambda: os.remove("/tmp/x"))  # expect: PermissionError: [Errno 13] Permission denied: 'os.remove' is not available in the Spindle sandbox
err(lambda: os.close(3))  # expect: PermissionError: [Errno 13] Permission denied: 'os.close' is not available in the Spindle sandbox
err(lambda: os.stat("/"))  # expect: PermissionError: [Errno 13] Permission denied: 'os.stat' is not available in the Spindle sandbox
err(lambda: os.mkdir("d"))  # expect: PermissionError: [Errno 13] Permission denied: 'os.mkdir' is not available in the Spindle sandbox
err(lambda: os.system("ls"))  # expect: PermissionError: [Errno 13] Permission denied: 'os.system' is not available in the Spindle sandbox
err(lambda: os.getpid())  # expect: PermissionError: [Errno 13] Permission denied: 'os.getpid' is not available in the Spindle sandbox
err(lambda: os.urandom(4))  # expect: PermissionError: [Errno 13] Permission denied: 'os.urandom' is not available in the Spindle sandbox
err(lambda: os.scandir("."))  # expect: PermissionError: [Errno 13] Permission denied: 'os.scandir' is not available in the Spindle sandbox
err(lambda: os.putenv("A", "b"))  # expect: PermissionError: [Errno 13] Permission denied: 'os.putenv' is not available in the Spindle sandbox
walker = os.walk(".")
err(lambda: next(walker))  # expect: PermissionError: [Errno 13] Permission denied: 'os.walk' is not available in the Spindle sandbox
err(lambda: os.path.exists("/"))  # expect: PermissionError: [Errno 13] Permission denied: 'os.path.exists' is not available in the Spindle sandbox
err(lambda: os.path.isdir("/"))  # expect: PermissionError: [Errno 13] Permission denied: 'os.path.isdir' is not available in the Spindle sandbox
err(lambda: os.path.getsize("/"))  # expect: PermissionError: [Errno 13] Permission denied: 'os.path.getsize' is not available in the Spindle sandbox
err(lambda: os.path.abspath("rel"))  # expect: PermissionError: [Errno 13] Permission denied: 'os.getcwd' is not available in the Spindle sandbox
err(lambda: os.path.realpath("/x"))  # expect: PermissionError: [Errno 13] Permission denied: 'os.path.realpath' is not available in the Spindle sandbox
err(lambda: os.path.relpath("/a", "b"))  # expect: PermissionError: [Errno 13] Permission denied: 'os.getcwd' is not available in the Spindle sandbox
print(os.path.relpath("a/b", "a/c"), os.path.expanduser("~/x"), os.cpu_count())  # expect: ../b ~/x None
err(lambda: tempfile.mkstemp())  # expect: PermissionError: [Errno 13] Permission denied: 'tempfile.mkstemp' is not available in the Spindle sandbox
err(lambda: tempfile.mkdtemp())  # expect: PermissionError: [Errno 13] Permission denied: 'tempfile.mkdtemp' is not available in the Spindle sandbox
err(lambda: tempfile.gettempdir())  # expect: PermissionError: [Errno 13] Permission denied: 'tempfile.gettempdir' is not available in the Spindle sandbox
err(lambda: tempfile.NamedTemporaryFile())  # expect: PermissionError: [Errno 13] Permission denied: 'tempfile.NamedTemporaryFile' is not available in the Spindle sandbox
err(lambda: tempfile.TemporaryDirectory())  # expect: PermissionError: [Errno 13] Permission denied: 'tempfile.TemporaryDirectory' is not available in the Spindle sandbox
print(tempfile.gettempprefix(), tempfile.TMP_MAX, tempfile.tempdir)  # expect: tmp 10000 None
with tempfile.SpooledTemporaryFile(mode="w+") as f:
    f.write("kept in memory")
    f.seek(0)
    print(f.read(), f.mode)  # expect: kept in memory w+
err(lambda: glob.glob("*"))  # expect: PermissionError: [Errno 13] Permission denied: 'glob.iglob' is not available in the Spindle sandbox
try:
    os.open("/etc/passwd", os.O_RDONLY)
except OSError as exc:
    print(isinstance(exc, PermissionError), exc.errno, exc.strerror[:17])  # expect: True 13 Permission denied
