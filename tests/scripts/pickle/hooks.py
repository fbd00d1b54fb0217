import io
import pickle
import copyreg
class Thing:
    def __init__(self, name):
        self.name = name
class P(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Thing):
            return 'thing:' + obj.name
        return None
class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded ' + pid
for proto in (0, 1, 4):
    f = io.BytesIO()
    P(f, proto).dump([Thing('a'), 1, Thing('b')])
    f.seek(0)
    print(proto, f.getvalue(), U(f).load())  # expect: 0 b'(lp0\nPthing:a\naI1\naPthing:b\na.' ['loaded thing:a', 1, 'loaded thing:b']
# expect: 1 b']q\x00(X\x07\x00\x00\x00thing:aq\x01QK\x01X\x07\x00\x00\x00thing:bq\x02Qe.' ['loaded thing:a', 1, 'loaded thing:b']
# expect: 4 b'\x80\x04\x95\x1d\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x07thing:a\x94QK\x01\x8c\x07thing:b\x94Qe.' ['loaded thing:a', 1, 'loaded thing:b']
f.seek(0)
try:
    pickle.Unpickler(f).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)  # expect: UnpicklingError A load persistent id instruction was encountered,
# expect: but no persistent_load function was specified.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def reduce_point(p):
    return (Point, (p.x, p.y))
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = {Point: reduce_point}
p.dump(Point(1, 2))
print(f.getvalue())  # expect: b'\x80\x02c__main__\nPoint\nq\x00K\x01K\x02\x86q\x01Rq\x02.'
copyreg.pickle(Point, reduce_point)
print(pickle.dumps(Point(3, 4), 4))  # expect: b'\x80\x04\x95\x1e\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x05Point\x94\x93\x94K\x03K\x04\x86\x94R\x94.'
pt = pickle.loads(pickle.dumps(Point(3, 4), 4))
print(pt.x, pt.y)  # expect: 3 4
del copyreg.dispatch_table[Point]
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Point:
            return (str, ('was Point',))
        if isinstance(obj, Point):
            return (tuple, ((obj.x, obj.y),))
        return NotImplemented
f = io.BytesIO()
RO(f, 4).dump([Point, Point(5, 6), 7, 'x'])
print(f.getvalue())  # expect: b'\x80\x04\x95D\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x08builtins\x94\x8c\x03str\x94\x93\x94\x8c\twas Point\x94\x85\x94R\x94h\x01\x8c\x05tuple\x94\x93\x94K\x05K\x06\x86\x94\x85\x94R\x94K\x07\x8c\x01x\x94e.'
f.seek(0)
print(pickle.load(f))  # expect: ['was Point', (5, 6), 7, 'x']
copyreg.add_extension('__main__', 'Point', 240)
print(pickle.dumps(Point, 2), pickle.dumps(Point, 1))  # expect: b'\x80\x02\x82\xf0.' b'c__main__\nPoint\nq\x00.'
print(pickle.loads(pickle.dumps(Point, 2)) is Point)  # expect: True
copyreg.remove_extension('__main__', 'Point', 240)
print(pickle.dumps(Point, 2))  # expect: b'\x80\x02c__main__\nPoint\nq\x00.'
for args in [('m', 'n', 0), ('m', 'n', 2**31)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError', e)  # expect: ValueError code out of range
# expect: ValueError code out of range
copyreg.add_extension('m', 'n', 241)
for args in [('m', 'n', 242), ('m', 'o', 241)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError', e)  # expect: ValueError key ('m', 'n') is already registered with code 241
# expect: ValueError code 241 is already in use for key ('m', 'n')
copyreg.remove_extension('m', 'n', 241)
try:
    copyreg.remove_extension('m', 'n', 241)
except ValueError as e:
    print('ValueError', e)  # expect: ValueError key ('m', 'n') is not registered with code 241
try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print('TypeError', e)  # expect: TypeError reduction functions must be callable
try:
    copyreg.constructor(5)
except TypeError as e:
    print('TypeError', e)  # expect: TypeError constructors must be callable
print(copyreg.__newobj__(Point, 1, 2).__class__.__name__, copyreg._reconstructor(Point, object, None).__class__.__name__)  # expect: Point Point
class Sl:
    __slots__ = ('a', '__b', '__dict__')
class Sl2(Sl):
    __slots__ = 'c'
print(copyreg._slotnames(Sl2), Sl2.__slotnames__, copyreg._slotnames(Point))  # expect: ['c', 'a', '_Sl__b'] ['c', 'a', '_Sl__b'] []
