import pickle
class A:
    class Inner:
        pass
def func():
    pass
for p in range(6):
    print(p, pickle.dumps(A, p), pickle.dumps(A.Inner, p))  # expect: 0 b'c__main__\nA\np0\n.' b'c__builtin__\ngetattr\np0\n(c__main__\nA\np1\nVInner\np2\ntp3\nRp4\n.'
# expect: 1 b'c__main__\nA\nq\x00.' b'c__builtin__\ngetattr\nq\x00(c__main__\nA\nq\x01X\x05\x00\x00\x00Innerq\x02tq\x03Rq\x04.'
# expect: 2 b'\x80\x02c__main__\nA\nq\x00.' b'\x80\x02c__builtin__\ngetattr\nq\x00c__main__\nA\nq\x01X\x05\x00\x00\x00Innerq\x02\x86q\x03Rq\x04.'
# expect: 3 b'\x80\x03c__main__\nA\nq\x00.' b'\x80\x03cbuiltins\ngetattr\nq\x00c__main__\nA\nq\x01X\x05\x00\x00\x00Innerq\x02\x86q\x03Rq\x04.'
# expect: 4 b'\x80\x04\x95\x12\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01A\x94\x93\x94.' b'\x80\x04\x95\x18\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x07A.Inner\x94\x93\x94.'
# expect: 5 b'\x80\x05\x95\x12\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01A\x94\x93\x94.' b'\x80\x05\x95\x18\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x07A.Inner\x94\x93\x94.'
for p in (0, 2, 3, 4):
    print(p, pickle.dumps([func, func], p))  # expect: 0 b'(lp0\nc__main__\nfunc\np1\nag1\na.'
# expect: 2 b'\x80\x02]q\x00(c__main__\nfunc\nq\x01h\x01e.'
# expect: 3 b'\x80\x03]q\x00(c__main__\nfunc\nq\x01h\x01e.'
# expect: 4 b'\x80\x04\x95\x1b\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x08__main__\x94\x8c\x04func\x94\x93\x94h\x03e.'
for obj in [len, int, str, range, ValueError, OSError, KeyError, object, type(None), Ellipsis, NotImplemented]:
    print(obj.__name__ if hasattr(obj, '__name__') else repr(obj), pickle.dumps(obj, 0), pickle.dumps(obj, 3), pickle.dumps(obj, 4))  # expect: len b'c__builtin__\nlen\np0\n.' b'\x80\x03cbuiltins\nlen\nq\x00.' b'\x80\x04\x95\x14\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x03len\x94\x93\x94.'
# expect: int b'c__builtin__\nlong\np0\n.' b'\x80\x03cbuiltins\nint\nq\x00.' b'\x80\x04\x95\x14\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x03int\x94\x93\x94.'
# expect: str b'c__builtin__\nunicode\np0\n.' b'\x80\x03cbuiltins\nstr\nq\x00.' b'\x80\x04\x95\x14\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x03str\x94\x93\x94.'
# expect: range b'c__builtin__\nxrange\np0\n.' b'\x80\x03cbuiltins\nrange\nq\x00.' b'\x80\x04\x95\x16\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x05range\x94\x93\x94.'
# expect: ValueError b'cexceptions\nValueError\np0\n.' b'\x80\x03cbuiltins\nValueError\nq\x00.' b'\x80\x04\x95\x1b\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\nValueError\x94\x93\x94.'
# expect: OSError b'cexceptions\nOSError\np0\n.' b'\x80\x03cbuiltins\nOSError\nq\x00.' b'\x80\x04\x95\x18\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x07OSError\x94\x93\x94.'
# expect: KeyError b'cexceptions\nKeyError\np0\n.' b'\x80\x03cbuiltins\nKeyError\nq\x00.' b'\x80\x04\x95\x19\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x08KeyError\x94\x93\x94.'
# expect: object b'c__builtin__\nobject\np0\n.' b'\x80\x03cbuiltins\nobject\nq\x00.' b'\x80\x04\x95\x17\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x06object\x94\x93\x94.'
# expect: NoneType b'c__builtin__\ntype\np0\n(Ntp1\nRp2\n.' b'\x80\x03cbuiltins\ntype\nq\x00N\x85q\x01Rq\x02.' b'\x80\x04\x95\x1a\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x04type\x94\x93\x94N\x85\x94R\x94.'
# expect: Ellipsis b'c__builtin__\nEllipsis\np0\n.' b'\x80\x03cbuiltins\nEllipsis\nq\x00.' b'\x80\x04\x95\x19\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x08Ellipsis\x94\x93\x94.'
# expect: NotImplemented b'c__builtin__\nNotImplemented\np0\n.' b'\x80\x03cbuiltins\nNotImplemented\nq\x00.' b'\x80\x04\x95\x1f\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x0eNotImplemented\x94\x93\x94.'
print(pickle.loads(pickle.dumps(A.Inner, 2)) is A.Inner, pickle.loads(pickle.dumps(func, 4)) is func)  # expect: True True
print(pickle.loads(b'c__builtin__\nxrange\n(I3\ntR.'), pickle.loads(b'\x80\x02cexceptions\nValueError\nq\x00.'))  # expect: range(0, 3) <class 'ValueError'>
print(pickle.loads(b'\x80\x02c__builtin__\nunicode\nq\x00.'), pickle.loads(b'c__builtin__\nlong\n.'))  # expect: <class 'str'> <class 'int'>
print(pickle.loads(b'\x80\x02ccopy_reg\n_reconstructor\n.').__name__)  # expect: _reconstructor
print(pickle.dumps(range(1, 10, 3), 2), pickle.dumps(slice(1, None), 4))  # expect: b'\x80\x02c__builtin__\nxrange\nq\x00K\x01K\nK\x03\x87q\x01Rq\x02.' b'\x80\x04\x95\x1e\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x05slice\x94\x93\x94K\x01NN\x87\x94R\x94.'
print(pickle.loads(pickle.dumps(range(5), 3)), pickle.loads(pickle.dumps(slice(1, 2, 3), 1)))  # expect: range(0, 5) slice(1, 2, 3)
print(pickle.dumps(type(None), 2), pickle.loads(pickle.dumps(type(None), 4)) is type(None))  # expect: b'\x80\x02c__builtin__\ntype\nq\x00N\x85q\x01Rq\x02.' True
print(pickle.loads(pickle.dumps(Ellipsis, 2)) is Ellipsis, pickle.dumps(ValueError('bad', 2), 2))  # expect: True b'\x80\x02cexceptions\nValueError\nq\x00X\x03\x00\x00\x00badq\x01K\x02\x86q\x02Rq\x03.'
e = pickle.loads(pickle.dumps(KeyError('k'), 4)); print(type(e).__name__, e.args)  # expect: KeyError ('k',)
def outer():
    def inner():
        pass
    return inner
for bad in [outer(), lambda: 0]:
    try:
        pickle.dumps(bad)
    except (AttributeError, pickle.PicklingError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0].replace('<function ', ''))  # expect: AttributeError Can't pickle local object 'outer.<locals>.inner'
# expect: PicklingError Can't pickle <lambda>
class B:
    pass
Orig = B
class B:
    pass
try:
    pickle.dumps(Orig)
except pickle.PicklingError as e:
    print('PicklingError', e)  # expect: PicklingError Can't pickle <class '__main__.B'>: it's not the same object as __main__.B
print(pickle.dumps(pickle.loads, 2)[:40])  # expect: b'\x80\x02cpickle\nloads\nq\x00.'
