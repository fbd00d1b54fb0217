import time
st = time.struct_time((2023, 11, 14, 22, 13, 20, 1, 318, 0))
print(st)  # expect: time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, tm_yday=318, tm_isdst=0)
print(repr(st))  # expect: time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, tm_yday=318, tm_isdst=0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)  # expect: 2023 11 14 22 13 20 1 318 0
print(st.tm_zone, st.tm_gmtoff, len(st), st[0], st[-1], st[2:5])  # expect: None None 9 2023 0 (14, 22, 13)
print(isinstance(st, tuple), type(st).__name__, type(st).__module__)  # expect: True struct_time time
print(st == (2023, 11, 14, 22, 13, 20, 1, 318, 0), hash(st) == hash(tuple(st)))  # expect: True True
print(tuple(st), list(st)[:3], st + (1,), st.count(0), st.index(318))  # expect: (2023, 11, 14, 22, 13, 20, 1, 318, 0) [2023, 11, 14] (2023, 11, 14, 22, 13, 20, 1, 318, 0, 1) 1 7
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)  # expect: 11 9 0
print(time.struct_time.__match_args__)  # expect: ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
# 10 and 11 items fill tm_zone / tm_gmtoff
s10 = time.struct_time(range(10))
print(s10, s10.tm_zone, s10.tm_gmtoff)  # expect: time.struct_time(tm_year=0, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, tm_wday=6, tm_yday=7, tm_isdst=8) 9 None
s11 = time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, 'EST', -18000))
print(s11.tm_zone, s11.tm_gmtoff, len(s11))  # expect: EST -18000 9
# a dict supplies the fields that the sequence does not
sd = time.struct_time(range(9), {'tm_zone': 'CET', 'tm_gmtoff': 3600, 'tm_year': 99})
print(sd.tm_year, sd.tm_zone, sd.tm_gmtoff)  # expect: 0 CET 3600
print(time.struct_time(range(10), {'tm_zone': 'X', 'tm_gmtoff': 7}).tm_zone)  # expect: 9
print(time.struct_time(sequence=range(9), dict={'tm_gmtoff': 3}).tm_gmtoff)  # expect: 3
# any iterable works
print(time.struct_time(x * 2 for x in range(9)))  # expect: time.struct_time(tm_year=0, tm_mon=2, tm_mday=4, tm_hour=6, tm_min=8, tm_sec=10, tm_wday=12, tm_yday=14, tm_isdst=16)
print(time.struct_time("abcdefghi").tm_mday)  # expect: c
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9]).tm_isdst)  # expect: 9
for bad in [(1, 2), range(12), range(8), ()]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
        # expect: time.struct_time() takes an at least 9-sequence (2-sequence given)
        # expect: time.struct_time() takes an at most 11-sequence (12-sequence given)
        # expect: time.struct_time() takes an at least 9-sequence (8-sequence given)
        # expect: time.struct_time() takes an at least 9-sequence (0-sequence given)
try:
    time.struct_time(5)
except TypeError as e:
    print(e)  # expect: constructor requires a sequence
try:
    time.struct_time(range(9), 5)
except TypeError as e:
    print(e)  # expect: time.struct_time() takes a dict as second arg, if any
try:
    time.struct_time(range(9), None)
except TypeError as e:
    print(e)  # expect: time.struct_time() takes a dict as second arg, if any
try:
    st[9]
except IndexError as e:
    print(e)  # expect: tuple index out of range
try:
    st.foo
except AttributeError as e:
    print('AttributeError')  # expect: AttributeError
for name in ['tm_year', 'tm_zone', 'tm_gmtoff', 'foo']:
    try:
        setattr(st, name, 1)
    except AttributeError as e:
        print(name, e)
        # expect: tm_year readonly attribute
        # expect: tm_zone readonly attribute
        # expect: tm_gmtoff readonly attribute
        # expect: foo 'time.struct_time' object has no attribute 'foo'
try:
    del st.tm_mon
except AttributeError as e:
    print(e)  # expect: readonly attribute
# pickling support
print(st.__reduce__())  # expect: (<class 'time.struct_time'>, ((2023, 11, 14, 22, 13, 20, 1, 318, 0), {'tm_zone': None, 'tm_gmtoff': None}))
print(s11.__reduce__()[1][1])  # expect: {'tm_zone': 'EST', 'tm_gmtoff': -18000}
import copy
c = copy.copy(s11)
print(c, c.tm_zone, c.tm_gmtoff, type(c) is time.struct_time)  # expect: time.struct_time(tm_year=2000, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=5, tm_yday=1, tm_isdst=0) EST -18000 True
print(copy.deepcopy(st) == st)  # expect: True
import pickle
p = pickle.loads(pickle.dumps(s11))
print(p, p.tm_zone, p.tm_gmtoff)  # expect: time.struct_time(tm_year=2000, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=5, tm_yday=1, tm_isdst=0) EST -18000
# gmtime results carry the zone
g = time.gmtime(0)
print(g.tm_zone, g.tm_gmtoff)  # expect: GMT 0
# unpacking and comparison
y, m, d, *rest = g
print(y, m, d, rest)  # expect: 1970 1 1 [0, 0, 0, 3, 1, 0]
print(g < time.gmtime(1), max(g), sorted(g)[:3])  # expect: True 1970 [0, 0, 0]
print(time.struct_time((1,) * 9) == time.struct_time((1,) * 9 + ('A', 1)))  # expect: True
