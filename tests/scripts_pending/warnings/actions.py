# warnings: filter actions, recorded warnings and the registries.
import warnings

def names(log):
    return [(w.category.__name__, str(w.message)) for w in log]

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("runtime", RuntimeWarning)
    warnings.warn(FutureWarning("an instance"))
    warnings.warn(DeprecationWarning("category ignored"), UserWarning)
    for i in range(3):
        warnings.warn("repeated")
print(names(log))
# expect: [('UserWarning', 'plain'), ('RuntimeWarning', 'runtime'), ('FutureWarning', 'an instance'), ('DeprecationWarning', 'category ignored'), ('UserWarning', 'repeated'), ('UserWarning', 'repeated'), ('UserWarning', 'repeated')]
w = log[0]
print(type(w.message).__name__, w.message.args, w.category is UserWarning, w.file, w.line, w.source)  # expect: UserWarning ('plain',) True None None None

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
print(log)  # expect: []

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an exception", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)  # expect: raised RuntimeWarning now an exception
    try:
        warnings.warn(UserWarning("instance raised as is"))
    except UserWarning as e:
        print("raised", e)  # expect: raised instance raised as is

# "default" shows a message once per location, "once" once per text, "always" every time
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("loop default")
print(names(log))  # expect: [('UserWarning', 'loop default')]
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("loop once")
        warnings.warn_explicit("loop once", UserWarning, "elsewhere.py", 10 + i)
print(names(log))  # expect: [('UserWarning', 'loop once'), ('UserWarning', 'loop once')]
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    reg = {}
    for i in range(3):
        warnings.warn_explicit("per module", UserWarning, "m.py", 20 + i, registry=reg)
    print(sorted(k for k in reg if k != "version"))
# expect: [('per module', <class 'UserWarning'>), ('per module', <class 'UserWarning'>, 20), ('per module', <class 'UserWarning'>, 21), ('per module', <class 'UserWarning'>, 22)]
print(names(log))  # expect: [('UserWarning', 'per module')]

# warn_explicit: module names, registries and the version key
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    reg = {}
    warnings.warn_explicit("explicit", SyntaxWarning, "file.py", 5, registry=reg)
    warnings.warn_explicit("explicit", SyntaxWarning, "file.py", 5, registry=reg)
    warnings.warn_explicit("explicit", SyntaxWarning, "file.py", 6, registry=reg)
    print(sorted(k for k in reg if k != "version"), "version" in reg)
# expect: [('explicit', <class 'SyntaxWarning'>, 5), ('explicit', <class 'SyntaxWarning'>, 6)] True
    warnings.simplefilter("default")
    warnings.warn_explicit("explicit", SyntaxWarning, "file.py", 5, registry=reg)
print([(w.filename, w.lineno, w.category.__name__) for w in log])
# expect: [('file.py', 5, 'SyntaxWarning'), ('file.py', 6, 'SyntaxWarning'), ('file.py', 5, 'SyntaxWarning')]

# filters match by category subclass, message regex (case-insensitive, anchored) and module
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("ignore", module="quiet")
    warnings.filterwarnings("error", message=".*fatal", category=RuntimeWarning)
    warnings.warn("deprecated", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("SKIP me")
    warnings.warn("do not skip")
    warnings.warn_explicit("from quiet", UserWarning, "q.py", 1, module="quiet.sub")
    warnings.warn_explicit("from loud", UserWarning, "l.py", 1, module="loud")
    warnings.warn("is it fatal", UserWarning)
    try:
        warnings.warn("is it fatal", RuntimeWarning)
    except RuntimeWarning as e:
        print("error filter:", e)  # expect: error filter: is it fatal
    warnings.filterwarnings("ignore", lineno=7)
    warnings.warn_explicit("line seven", UserWarning, "x.py", 7)
    warnings.warn_explicit("line eight", UserWarning, "x.py", 8)
print(names(log))
# expect: [('PendingDeprecationWarning', 'pending'), ('UserWarning', 'do not skip'), ('UserWarning', 'from loud'), ('UserWarning', 'is it fatal'), ('UserWarning', 'line eight')]

# bytes warnings etc. are plain Warning subclasses
print([c.__name__ for c in (UserWarning, DeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning,
# expect: ['UserWarning', 'DeprecationWarning', 'SyntaxWarning', 'RuntimeWarning', 'FutureWarning', 'PendingDeprecationWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning']
                            PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning)
       if issubclass(c, Warning)])
print(issubclass(Warning, Exception), DeprecationWarning.__mro__[1].__name__)  # expect: True Warning
