import pickle
class A:
    def __init__(self, x=1):
        self.x = x
class GS:
    def __init__(self):
        self.v = [1, 2]
    def __getstate__(self):
        return {'v2': self.v}
    def __setstate__(self, st):
        self.v = st['v2'] + ['restored']
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
class NewArgs:
    def __new__(cls, a, b=2):
        o = object.__new__(cls)
        o.a, o.b = a, b
        return o
    def __getnewargs__(self):
        return (self.a, self.b)
class NewArgsEx:
    def __new__(cls, a, *, k):
        o = object.__new__(cls)
        o.a = a
        return o
    def __getnewargs_ex__(self):
        return ((self.a,), {'kw': 3})
class Red:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Red, (self.v * 10,))
class RedEx:
    def __reduce_ex__(self, proto):
        return (RedEx, (), {'proto': proto})
class Items:
    def __init__(self):
        self.got = []
    def __reduce__(self):
        return (Items, (), None, iter([1, 2]), iter([('k', 'v')]))
    def append(self, x):
        self.got.append(x)
    def __setitem__(self, k, v):
        self.got.append((k, v))
def setter(obj, state):
    obj.via_setter = state
class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {'s': 1}, None, None, setter)
class L(list):
    pass
class D(dict):
    pass
class I(int):
    pass
class S(str):
    pass
for p in range(6):
    print(p, pickle.dumps(A(), p))  # expect: 0 b'ccopy_reg\n_reconstructor\np0\n(c__main__\nA\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n(dp5\nVx\np6\nI1\nsb.'
# expect: 1 b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nA\nq\x01c__builtin__\nobject\nq\x02Ntq\x03Rq\x04}q\x05X\x01\x00\x00\x00xq\x06K\x01sb.'
# expect: 2 b'\x80\x02c__main__\nA\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00xq\x03K\x01sb.'
# expect: 3 b'\x80\x03c__main__\nA\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00xq\x03K\x01sb.'
# expect: 4 b'\x80\x04\x95\x1f\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01A\x94\x93\x94)\x81\x94}\x94\x8c\x01x\x94K\x01sb.'
# expect: 5 b'\x80\x05\x95\x1f\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01A\x94\x93\x94)\x81\x94}\x94\x8c\x01x\x94K\x01sb.'
print(pickle.dumps(A([1, 'a']), 2))  # expect: b'\x80\x02c__main__\nA\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00xq\x03]q\x04(K\x01X\x01\x00\x00\x00aq\x05esb.'
print(pickle.dumps(GS(), 4), pickle.loads(pickle.dumps(GS(), 4)).v)  # expect: b"\x80\x04\x95'\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x02GS\x94\x93\x94)\x81\x94}\x94\x8c\x02v2\x94]\x94(K\x01K\x02esb." [1, 2, 'restored']
print(pickle.dumps(NewArgs(5), 2), vars(pickle.loads(pickle.dumps(NewArgs(5), 2))))  # expect: b'\x80\x02c__main__\nNewArgs\nq\x00K\x05K\x02\x86q\x01\x81q\x02}q\x03(X\x01\x00\x00\x00aq\x04K\x05X\x01\x00\x00\x00bq\x05K\x02ub.' {'a': 5, 'b': 2}
print(pickle.dumps(NewArgsEx(5, k=1), 4))  # expect: b'\x80\x04\x954\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\tNewArgsEx\x94\x93\x94K\x05\x85\x94}\x94\x8c\x02kw\x94K\x03s\x92\x94}\x94\x8c\x01a\x94K\x05sb.'
print(pickle.dumps(Red(2), 1), pickle.loads(pickle.dumps(Red(2), 1)).v)  # expect: b'c__main__\nRed\nq\x00(K\x14tq\x01Rq\x02.' 20
print(pickle.dumps(RedEx(), 3), vars(pickle.loads(pickle.dumps(RedEx(), 3))))  # expect: b'\x80\x03c__main__\nRedEx\nq\x00)Rq\x01}q\x02X\x05\x00\x00\x00protoq\x03K\x03sb.' {'proto': 3}
print(pickle.dumps(Items(), 2), pickle.loads(pickle.dumps(Items(), 2)).got)  # expect: b'\x80\x02c__main__\nItems\nq\x00)Rq\x01(K\x01K\x02eX\x01\x00\x00\x00kq\x02X\x01\x00\x00\x00vq\x03s.' [1, 2, ('k', 'v')]
print(pickle.dumps(WithSetter(), 5), vars(pickle.loads(pickle.dumps(WithSetter(), 5))))  # expect: b'\x80\x05\x959\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\nWithSetter\x94\x93\x94)R\x94h\x00\x8c\x06setter\x94\x93\x94h\x03}\x94\x8c\x01s\x94K\x01s\x86R0.' {'via_setter': {'s': 1}}
l = L([1, 2]); l.tag = 't'
print(pickle.dumps(l, 2), pickle.dumps(l, 0))  # expect: b'\x80\x02c__main__\nL\nq\x00)\x81q\x01(K\x01K\x02e}q\x02X\x03\x00\x00\x00tagq\x03X\x01\x00\x00\x00tq\x04sb.' b'ccopy_reg\n_reconstructor\np0\n(c__main__\nL\np1\nc__builtin__\nlist\np2\n(lp3\nI1\naI2\natp4\nRp5\n(dp6\nVtag\np7\nVt\np8\nsb.'
l2 = pickle.loads(pickle.dumps(l, 4)); print(type(l2).__name__, l2, l2.tag)  # expect: L [1, 2] t
print(pickle.dumps(D(a=1), 4), pickle.dumps(I(7), 2), pickle.dumps(S('s'), 4))  # expect: b'\x80\x04\x95\x1c\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01D\x94\x93\x94)\x81\x94\x8c\x01a\x94K\x01s.' b'\x80\x02c__main__\nI\nq\x00K\x07\x85q\x01\x81q\x02.' b'\x80\x04\x95\x1a\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01S\x94\x93\x94\x8c\x01s\x94\x85\x94\x81\x94.'
print(pickle.loads(pickle.dumps(I(7), 1)) + 1, type(pickle.loads(pickle.dumps(S('s'), 0))).__name__)  # expect: 8 S
s = Slots()
print(pickle.dumps(s, 2), pickle.loads(pickle.dumps(s, 4)).a)  # expect: b'\x80\x02c__main__\nSlots\nq\x00)\x81q\x01N}q\x02X\x01\x00\x00\x00aq\x03K\x01s\x86q\x04b.' 1
try:
    pickle.dumps(s, 1)
except TypeError as e:
    print('TypeError', e)  # expect: TypeError a class that defines __slots__ without defining __getstate__ cannot be pickled
a = A(); a.me = a
b = pickle.loads(pickle.dumps(a, 2)); print(b.me is b, pickle.dumps(a, 4))  # expect: True b"\x80\x04\x95'\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01A\x94\x93\x94)\x81\x94}\x94(\x8c\x01x\x94K\x01\x8c\x02me\x94h\x03ub."
objs = [A(i) for i in range(3)]
print(pickle.dumps(objs, 4))  # expect: b'\x80\x04\x95=\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x08__main__\x94\x8c\x01A\x94\x93\x94)\x81\x94}\x94\x8c\x01x\x94K\x00sbh\x03)\x81\x94}\x94h\x06K\x01sbh\x03)\x81\x94}\x94h\x06K\x02sbe.'
print([o.x for o in pickle.loads(pickle.dumps(objs, 0))])  # expect: [0, 1, 2]
