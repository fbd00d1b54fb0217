# __reduce__/__reduce_ex__ forms (as CPython's C types), state constructors, pickle bytes
import pickle
from datetime import date, time, datetime, timedelta, timezone, tzinfo
utc = timezone.utc
print(date(1980, 5, 7).__reduce__(), date(2020, 1, 1).__reduce_ex__(2))  # expect: (<class 'datetime.date'>, (b'\x07\xbc\x05\x07',)) (<class 'datetime.date'>, (b'\x07\xe4\x01\x01',))
print(timedelta(-1, 5, 7).__reduce__(), timedelta(1).__reduce_ex__(4))  # expect: (<class 'datetime.timedelta'>, (-1, 5, 7)) (<class 'datetime.timedelta'>, (1, 0, 0))
print(time(1, 2, 3, 4).__reduce__(), time(1, fold=1).__reduce_ex__(4), time(1, fold=1).__reduce_ex__(3))  # expect: (<class 'datetime.time'>, (b'\x01\x02\x03\x00\x00\x04',)) (<class 'datetime.time'>, (b'\x81\x00\x00\x00\x00\x00',)) (<class 'datetime.time'>, (b'\x01\x00\x00\x00\x00\x00',))
print(time(1, tzinfo=utc).__reduce_ex__(2))  # expect: (<class 'datetime.time'>, (b'\x01\x00\x00\x00\x00\x00', datetime.timezone.utc))
print(datetime(2020, 1, 2, 3, 4, 5, 6).__reduce__())  # expect: (<class 'datetime.datetime'>, (b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06',))
print(datetime(2020, 1, 2, fold=1).__reduce_ex__(4), datetime(2020, 1, 2, fold=1).__reduce_ex__(2))  # expect: (<class 'datetime.datetime'>, (b'\x07\xe4\x81\x02\x00\x00\x00\x00\x00\x00',)) (<class 'datetime.datetime'>, (b'\x07\xe4\x01\x02\x00\x00\x00\x00\x00\x00',))
print(datetime(2020, 1, 2, tzinfo=utc).__reduce_ex__(2))  # expect: (<class 'datetime.datetime'>, (b'\x07\xe4\x01\x02\x00\x00\x00\x00\x00\x00', datetime.timezone.utc))
print(utc.__reduce__(), timezone(timedelta(hours=-5), 'EST').__reduce_ex__(2))  # expect: (<class 'datetime.timezone'>, (datetime.timedelta(0),), None) (<class 'datetime.timezone'>, (datetime.timedelta(days=-1, seconds=68400), 'EST'), None)
print(date(2020, 1, 1).isocalendar().__reduce__())  # expect: (<class 'tuple'>, ((2020, 1, 3),))
# the state forms are accepted back
print(repr(date(b'\x07\xbc\x05\x07')), repr(date('\x07\xbc\x05\x07')))  # expect: datetime.date(1980, 5, 7) datetime.date(1980, 5, 7)
print(repr(datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06')), repr(datetime(b'\x07\xe4\x01\x02\x00\x00\x00\x00\x00\x00', utc)))  # expect: datetime.datetime(2020, 1, 2, 3, 4, 5, 6, fold=1) datetime.datetime(2020, 1, 2, 0, 0, tzinfo=datetime.timezone.utc)
print(repr(time(b'\x81\x02\x03\x00\x01\x00')), repr(time(b'\x01\x02\x03\x00\x00\x00', utc)))  # expect: datetime.time(1, 2, 3, 256, fold=1) datetime.time(1, 2, 3, tzinfo=datetime.timezone.utc)
for bad in [lambda: date(b'\x07\xe4\x0d\x01'), lambda: datetime(b'\x07\xe4\x01\x02\x00\x00\x00\x00\x00\x00', 5), lambda: time(b'\x01\x02\x03\x00\x00\x00', 'x')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
        # expect: TypeError: 'bytes' object cannot be interpreted as an integer
        # expect: TypeError: bad tzinfo state arg
        # expect: TypeError: bad tzinfo state arg
# pickle round trips, all protocols
objs = [date(1980, 5, 7), datetime(2020, 1, 2, 3, 4, 5, 6), datetime(2020, 1, 2, tzinfo=utc, fold=1),
        time(1, 2, 3, 4, timezone(timedelta(hours=-5), 'EST')), timedelta(-1, 5, 7), utc,
        timezone(timedelta(minutes=90)), date.max, datetime.min, timedelta.max]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = [pickle.loads(pickle.dumps(o, proto)) for o in objs]
    print(proto, back == objs, [type(b).__name__ for b in back] == [type(o).__name__ for o in objs], back[2].fold, back[5] is utc)
    # expect: 0 True True 0 True
    # expect: 1 True True 0 True
    # expect: 2 True True 0 True
    # expect: 3 True True 0 True
    # expect: 4 True True 1 True
    # expect: 5 True True 1 True
print(pickle.dumps(date(1980, 5, 7), 2))  # expect: b'\x80\x02cdatetime\ndate\nq\x00c_codecs\nencode\nq\x01X\x05\x00\x00\x00\x07\xc2\xbc\x05\x07q\x02X\x06\x00\x00\x00latin1q\x03\x86q\x04Rq\x05\x85q\x06Rq\x07.'
print(pickle.dumps(date(1980, 5, 7), 5))  # expect: b'\x80\x05\x95 \x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x04date\x94\x93\x94C\x04\x07\xbc\x05\x07\x94\x85\x94R\x94.'
print(pickle.dumps(datetime(2020, 1, 2, 3, 4, 5, 6), 3))  # expect: b'\x80\x03cdatetime\ndatetime\nq\x00C\n\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06q\x01\x85q\x02Rq\x03.'
print(pickle.dumps(timedelta(1, 2, 3), 2))  # expect: b'\x80\x02cdatetime\ntimedelta\nq\x00K\x01K\x02K\x03\x87q\x01Rq\x02.'
print(pickle.dumps(utc, 2))  # expect: b'\x80\x02cdatetime\ntimezone\nq\x00cdatetime\ntimedelta\nq\x01K\x00K\x00K\x00\x87q\x02Rq\x03\x85q\x04Rq\x05.'
print(pickle.dumps(time(1, 2, tzinfo=timezone(timedelta(hours=1), 'X')), 3))  # expect: b'\x80\x03cdatetime\ntime\nq\x00C\x06\x01\x02\x00\x00\x00\x00q\x01cdatetime\ntimezone\nq\x02cdatetime\ntimedelta\nq\x03K\x00M\x10\x0eK\x00\x87q\x04Rq\x05X\x01\x00\x00\x00Xq\x06\x86q\x07Rq\x08\x86q\tRq\n.'
print(pickle.dumps({'birthday': date(1980, 5, 7), 'when': datetime(2008, 10, 29, 1, 2, 3)}, 2))  # expect: b'\x80\x02}q\x00(X\x08\x00\x00\x00birthdayq\x01cdatetime\ndate\nq\x02c_codecs\nencode\nq\x03X\x05\x00\x00\x00\x07\xc2\xbc\x05\x07q\x04X\x06\x00\x00\x00latin1q\x05\x86q\x06Rq\x07\x85q\x08Rq\tX\x04\x00\x00\x00whenq\ncdatetime\ndatetime\nq\x0bh\x03X\x0b\x00\x00\x00\x07\xc3\x98\n\x1d\x01\x02\x03\x00\x00\x00q\x0ch\x05\x86q\rRq\x0e\x85q\x0fRq\x10u.'
print(pickle.dumps([date(1980, 5, 7), time(1), timedelta(2)], 5))  # expect: b'\x80\x05\x95V\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x08datetime\x94\x8c\x04date\x94\x93\x94C\x04\x07\xbc\x05\x07\x94\x85\x94R\x94h\x01\x8c\x04time\x94\x93\x94C\x06\x01\x00\x00\x00\x00\x00\x94\x85\x94R\x94h\x01\x8c\ttimedelta\x94\x93\x94K\x02K\x00K\x00\x87\x94R\x94e.'
class TZ(tzinfo):
    def __init__(self, name='x'):
        self.name = name
    def utcoffset(self, dt):
        return timedelta(hours=3)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return 'TZ(%r)' % self.name
z = TZ('abc')
print(z.__reduce__()[0] is TZ, z.__reduce__()[1:], TZ().__reduce__()[1:])  # expect: True ((), {'name': 'abc'}) ((), {'name': 'x'})
r = pickle.loads(pickle.dumps(datetime(2020, 1, 1, tzinfo=z), 2))
print(repr(r), r.tzname(), r.utcoffset())  # expect: datetime.datetime(2020, 1, 1, 0, 0, tzinfo=TZ('abc')) abc 3:00:00
class MyDate(date):
    pass
m = pickle.loads(pickle.dumps(MyDate(2020, 2, 3)))
print(repr(m), type(m).__name__, MyDate(2020, 2, 3).__reduce__()[1])  # expect: MyDate(2020, 2, 3) MyDate (b'\x07\xe4\x02\x03',)
