# warnings.warn reports the caller's file and line, and stacklevel moves up the stack.
import warnings

def where(log):
    return [(w.filename.replace("\\", "/").rsplit("/", 1)[-1], w.lineno, str(w.message)) for w in log]

def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)

def deep():
    warnings.warn("deep", stacklevel=3)

def middle():
    deep()

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("here")
    deprecated_api()
    middle()
    warnings.warn("far away", stacklevel=50)
print(where(log))  # expect: [('location.py', 18, 'here'), ('location.py', 19, 'old api'), ('location.py', 20, 'deep'), ('sys', 1, 'far away')]

# the default action shows each message once per line
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(2):
        warnings.warn("per line")
        warnings.warn("per line")
print(where(log))  # expect: [('location.py', 28, 'per line'), ('location.py', 29, 'per line')]

# DeprecationWarning is shown by default only when issued from __main__
with warnings.catch_warnings(record=True) as log:
    warnings.warn("from main", DeprecationWarning)
    warnings.warn_explicit("from a module", DeprecationWarning, "lib.py", 1, module="lib")
    warnings.warn_explicit("pending", PendingDeprecationWarning, "lib.py", 2, module="__main__")
print(where(log))  # expect: [('location.py', 34, 'from main')]
print("__warningregistry__" in globals())  # expect: True
