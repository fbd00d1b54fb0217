# spindle-only
# Path objects work as pure paths; file system access raises PermissionError.
from pathlib import Path, PosixPath, WindowsPath, PurePosixPath

p = Path("/data/report.csv")
print(type(p).__name__, repr(p), p.name, p.suffix, p.parent)  # expect: PosixPath PosixPath('/data/report.csv') report.csv .csv /data
print(isinstance(p, PurePosixPath), p == PurePosixPath("/data/report.csv"))  # expect: True True
print(type(p / "x").__name__, type(p.parent).__name__, p.with_suffix(".txt"))  # expect: PosixPath PosixPath /data/report.txt
print(PosixPath("a", "b"), p.absolute() is p)  # expect: a/b True

def err(f):
    try:
        f()
        print("no error")
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

err(lambda: p.exists())  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.exists' is not available in the Spindle sandbox
err(lambda: p.read_text())  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.read_text' is not available in the Spindle sandbox
err(lambda: p.write_bytes(b"x"))  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.write_bytes' is not available in the Spindle sandbox
err(lambda: p.open())  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.open' is not available in the Spindle sandbox
err(lambda: p.iterdir())  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.iterdir' is not available in the Spindle sandbox
err(lambda: p.stat())  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.stat' is not available in the Spindle sandbox
err(lambda: p.mkdir(parents=True))  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.mkdir' is not available in the Spindle sandbox
err(lambda: p.unlink())  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.unlink' is not available in the Spindle sandbox
err(lambda: p.resolve())  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.resolve' is not available in the Spindle sandbox
err(lambda: p.is_dir())  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.is_dir' is not available in the Spindle sandbox
err(lambda: list(p.glob("*")))  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.glob' is not available in the Spindle sandbox
err(lambda: Path.cwd())  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.cwd' is not available in the Spindle sandbox
err(lambda: Path.home())  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.home' is not available in the Spindle sandbox
err(lambda: Path("rel").absolute())  # expect: PermissionError: [Errno 13] Permission denied: 'pathlib.Path.absolute' is not available in the Spindle sandbox
err(lambda: Path("~/x").expanduser())  # expect: RuntimeError: Could not determine home directory.
print(Path("x/~").expanduser())  # expect: x/~
err(lambda: WindowsPath("c:/x"))  # expect: NotImplementedError: cannot instantiate 'WindowsPath' on your system
try:
    Path("/etc/passwd").read_bytes()
except OSError as exc:
    print(isinstance(exc, PermissionError), exc.errno)  # expect: True 13
