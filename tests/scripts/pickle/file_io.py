import io
import pickle
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dump([1, 'a'])
p.dump({'k': (1, 2)})
print(f.getvalue())  # expect: b'\x80\x02]q\x00(K\x01X\x01\x00\x00\x00aq\x01e.\x80\x02}q\x02X\x01\x00\x00\x00kq\x03K\x01K\x02\x86q\x04s.'
p.clear_memo()
p.dump('a')
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load(), u.load())  # expect: [1, 'a'] {'k': (1, 2)} a
try:
    u.load()
except EOFError as e:
    print('EOFError', e)  # expect: EOFError Ran out of input
f = io.BytesIO()
pickle.dump({'x': [1.5, None]}, f, protocol=0)
pickle.dump(b'raw', f, 4)
f.write(b'trailer')
f.seek(0)
print(pickle.load(f), pickle.load(f), f.read())  # expect: {'x': [1.5, None]} b'raw' b'trailer'
big = [('y%d' % i) * 100 for i in range(700)] + [b'z' * 70000]
f = io.BytesIO()
pickle.dump(big, f, 5)
data = f.getvalue()
print(len(data), data == pickle.dumps(big, 5), data[:11])  # expect: 343228 True b'\x80\x05\x95\xab\x00\x01\x00\x00\x00\x00\x00'
f.seek(0)
print(pickle.load(f) == big, f.read())  # expect: True b''
f = io.BytesIO(pickle.dumps([1, 2], 1)[:-3])
try:
    pickle.load(f)
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)  # expect: UnpicklingError pickle data was truncated
print(pickle.load(io.BytesIO(pickle.dumps(('t', frozenset()), 4))))  # expect: ('t', frozenset())
class W:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(bytes(b))
w = W()
pickle.dump(list(range(10)), w, 3)
print(b''.join(w.chunks) == pickle.dumps(list(range(10)), 3))  # expect: True
for bad in [None, 42]:
    msgs = []
    try:
        pickle.Pickler(bad)
    except TypeError as e:
        msgs.append(str(e))
    try:
        pickle.Unpickler(bad)
    except TypeError as e:
        msgs.append(str(e))
    print('TypeError', msgs)  # expect: TypeError ["file must have a 'write' attribute", "file must have 'read' and 'readline' attributes"]
# expect: TypeError ["file must have a 'write' attribute", "file must have 'read' and 'readline' attributes"]
try:
    pickle.Pickler(io.BytesIO(), 6)
except ValueError as e:
    print('ValueError', e)  # expect: ValueError pickle protocol must be <= 5
print(pickle.Pickler(io.BytesIO(), -1).proto if hasattr(pickle.Pickler(io.BytesIO()), 'proto') else 5)  # expect: 5
