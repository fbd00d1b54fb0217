import _helper
print(_helper.VALUE, _helper.greet("x"))  # expect: 42 hello x from _helper
print(_helper.Thing(1), type(_helper).__name__, _helper.__name__)  # expect: Thing(1) module _helper
import _helper as h
print(h is _helper, h.loaded)  # expect: True ['loaded once']
from _helper import greet, Thing as T, VALUE
print(greet("y"), T(2), VALUE)  # expect: hello y from _helper Thing(2) 42
print(h.counter(), h.VALUE, VALUE)  # expect: 43 43 42
import _other
print(_other.via_helper(), h.loaded)  # expect: hello other from _helper ['loaded once']
import _pkg.sub
print(_pkg.PKG_NAME, _pkg.sub.f())  # expect: pkg pkg.sub.f
import _pkg.sub as s
from _pkg import sub as s2
print(s.f(), s2 is s)  # expect: pkg.sub.f True
from _pkg.sub import f as pf
print(pf())  # expect: pkg.sub.f
import math, json
print(math.floor(2.5), json.dumps([1]))  # expect: 2 [1]
def local_import():
    import math as m
    return m.sqrt(9)
print(local_import(), "m" in globals())  # expect: 3.0 False
print(__name__)  # expect: __main__
try:
    import _nonexistent_helper
except ImportError as e:
    print(type(e).__name__, e.name)  # expect: ModuleNotFoundError _nonexistent_helper
try:
    from _helper import missing_name
except ImportError as e:
    print(type(e).__name__)  # expect: ImportError
