# logging.captureWarnings routes warnings to the 'py.warnings' logger.
import io
import logging
import warnings

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
pw = logging.getLogger("py.warnings")
pw.addHandler(h)
pw.propagate = False

logging.captureWarnings(True)
warnings.simplefilter("always")
warnings.warn_explicit("captured", UserWarning, "nowhere.py", 3)
warnings.warn_explicit("deprecated thing", DeprecationWarning, "nowhere.py", 4)
logging.captureWarnings(False)
print(stream.getvalue().split("\n"))
# expect: ['py.warnings|WARNING|nowhere.py:3: UserWarning: captured', '', 'py.warnings|WARNING|nowhere.py:4: DeprecationWarning: deprecated thing', '', '']
print(warnings.showwarning is warnings._showwarning_orig)  # expect: True
warnings.resetwarnings()
