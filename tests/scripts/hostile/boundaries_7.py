# Hostile inputs (tests/hostile/cases.tsv, p120, p121, p122, p123, p124, p125, p126, p127, p128, p129, p130, p132, p133, p134, p135): Boundary values in conversions, indexing, slicing and arithmetic: the
# CPython result or exception, never an internal error.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('p120')
try:
    import time; time.ctime(1e20)
except Exception as e:
    show(e)

print('p121')
try:
    import time; time.gmtime(-1e20)
except Exception as e:
    show(e)

print('p122')
try:
    import time; print(time.gmtime(2**40).tm_year)
except Exception as e:
    show(e)

print('p123')
try:
    import datetime; datetime.timedelta(days=10**10)
except Exception as e:
    show(e)

print('p124')
try:
    import datetime; datetime.datetime.fromtimestamp(1e300)
except Exception as e:
    show(e)

print('p125')
try:
    import datetime; datetime.date(10**20, 1, 1)
except Exception as e:
    print(type(e).__name__)

print('p126')
try:
    import datetime; datetime.date.fromordinal(10**20)
except Exception as e:
    print(type(e).__name__)

print('p127')
try:
    import datetime; datetime.timedelta(seconds=float('nan'))
except Exception as e:
    show(e)

print('p128')
try:
    import datetime; datetime.datetime.max + datetime.timedelta(1)
except Exception as e:
    show(e)

print('p129')
try:
    import datetime; datetime.datetime.utcfromtimestamp(float('inf'))
except Exception as e:
    show(e)

print('p130')
try:
    import json; print(json.loads('1e400'), json.loads('-1e400'))
except Exception as e:
    show(e)

print('p132')
try:
    import json; json.dumps(float('nan'), allow_nan=False)
except Exception as e:
    show(e)

print('p133')
try:
    import random; random.getrandbits(-1)
except Exception as e:
    show(e)

print('p134')
try:
    import random; random.getrandbits(2**64)
except Exception as e:
    print(type(e).__name__)

print('p135')
try:
    import random; random.randbytes(-1)
except Exception as e:
    show(e)

# expect: p120
# expect: OverflowError: timestamp out of range for platform time_t
# expect: p121
# expect: OverflowError: timestamp out of range for platform time_t
# expect: p122
# expect: 36812
# expect: p123
# expect: OverflowError: Python int too large to convert to C int
# expect: p124
# expect: OverflowError: timestamp out of range for platform time_t
# expect: p125
# expect: OverflowError
# expect: p126
# expect: OverflowError
# expect: p127
# expect: ValueError: cannot convert float NaN to integer
# expect: p128
# expect: OverflowError: date value out of range
# expect: p129
# expect: OverflowError: timestamp out of range for platform time_t
# expect: p130
# expect: inf -inf
# expect: p132
# expect: ValueError: Out of range float values are not JSON compliant
# expect: p133
# expect: ValueError: number of bits must be non-negative
# expect: p134
# expect: OverflowError
# expect: p135
# expect: ValueError: number of bits must be non-negative
