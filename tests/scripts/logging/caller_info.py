# logging records where the call came from: funcName, lineno, module, stacklevel.
import io
import logging

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(module)s %(filename)s %(funcName)s %(lineno)d %(message)s"))
lg = logging.getLogger("where")
lg.addHandler(h)
lg.propagate = False

def helper():
    lg.warning("inside helper")

def wrapper():
    lg.warning("from wrapper via stacklevel", stacklevel=2)

def outer():
    wrapper()

lg.warning("at module level")
helper()
outer()
ad = logging.LoggerAdapter(lg, {})
ad.warning("through an adapter")
print(stream.getvalue(), end="")
# expect: caller_info caller_info.py <module> 21 at module level
# expect: caller_info caller_info.py helper 13 inside helper
# expect: caller_info caller_info.py outer 19 from wrapper via stacklevel
# expect: caller_info caller_info.py <module> 25 through an adapter
