# warnings output: formatwarning, showwarning and user replacements of them.
import sys
import warnings

print(repr(warnings.formatwarning("text", UserWarning, "nofile.py", 12)))  # expect: 'nofile.py:12: UserWarning: text\n'
print(repr(warnings.formatwarning("text", DeprecationWarning, "nofile.py", 3, line="  source code  ")))
# expect: 'nofile.py:3: DeprecationWarning: text\n  source code\n'
print(repr(warnings.formatwarning(ValueError("msg obj"), RuntimeWarning, "f", 0, line="")))  # expect: 'f:0: RuntimeWarning: msg obj\n'
warnings.showwarning("shown", UserWarning, "nofile.py", 5, file=sys.stdout)  # expect: nofile.py:5: UserWarning: shown
warnings.showwarning("with line", UserWarning, "nofile.py", 6, sys.stdout, "the_line()")
# expect: nofile.py:6: UserWarning: with line
# expect:   the_line()

msg = warnings.WarningMessage(UserWarning("m"), UserWarning, "f.py", 9)
print(msg)  # expect: {message : UserWarning('m'), category : 'UserWarning', filename : 'f.py', lineno : 9, line : None}
print(msg.file, msg.line, msg.source, msg._category_name)  # expect: None None None UserWarning

# warnings go to sys.stderr as it is when they are shown
old_stderr = sys.stderr
sys.stderr = sys.stdout
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn_explicit("to stderr", UserWarning, "nofile.py", 42)  # expect: nofile.py:42: UserWarning: to stderr
    warnings.warn_explicit(FutureWarning("instance"), None, "nofile.py", 43)  # expect: nofile.py:43: FutureWarning: instance

    # a replaced formatwarning is used by the default showwarning
    orig_format = warnings.formatwarning
    warnings.formatwarning = lambda m, c, f, l, line=None: "FMT %s|%s|%s|%s\n" % (m, c.__name__, f, l)
    warnings.warn_explicit("custom format", RuntimeWarning, "nofile.py", 44)  # expect: FMT custom format|RuntimeWarning|nofile.py|44
    warnings.formatwarning = orig_format

    # a replaced showwarning is called with the details
    calls = []
    orig_show = warnings.showwarning
    warnings.showwarning = lambda *args: calls.append(args)
    warnings.warn_explicit("custom show", UserWarning, "nofile.py", 45)
    warnings.showwarning = orig_show
    print([(str(a[0]), a[1].__name__, a[2], a[3], a[4], a[5]) for a in calls])  # expect: [('custom show', 'UserWarning', 'nofile.py', 45, None, None)]
sys.stderr = old_stderr

# a showwarning replaced inside a record=True block is called instead of recording
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.showwarning = lambda *a: print("user showwarning wins")
    warnings.warn("recorded")  # expect: user showwarning wins
print([str(w.message) for w in log], warnings.showwarning is warnings._showwarning_orig)  # expect: [] True

# showwarning to a file object with a write method
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
warnings.showwarning("into sink", ImportWarning, "nofile.py", 1, file=sink)
print(sink.parts)  # expect: ['nofile.py:1: ImportWarning: into sink\n']
