import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.sub(2, 3), operator.mul(2, 3), operator.truediv(7, 2), operator.floordiv(7, 2))  # expect: 5 -1 6 3.5 3
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3))  # expect: 1 1024 -5 -5 3
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.inv(5), operator.invert(0))  # expect: 8 14 6 -6 -1
print(operator.lshift(1, 4), operator.rshift(256, 2))  # expect: 16 64
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))  # expect: True True True False False True
print(operator.not_(0), operator.truth([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))  # expect: True False True True True
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.contains([1, 2], 2))  # expect: [1, 2] ab True
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))  # expect: 3 2
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'b'), d)  # expect: 2 {'a': 1, 'b': 2}
operator.delitem(d, 'a')
print(d)  # expect: {'b': 2}
print(operator.index(7), operator.index(True))  # expect: 7 1
class Idx:
    def __index__(self):
        return 42
print(operator.index(Idx()))  # expect: 42
print(operator.length_hint([1, 2, 3]), operator.length_hint(5), operator.length_hint(5, 9))  # expect: 3 0 9
class Hint:
    def __length_hint__(self):
        return 11
class NoHint:
    def __length_hint__(self):
        return NotImplemented
print(operator.length_hint(Hint()), operator.length_hint(NoHint(), 4))  # expect: 11 4
print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1], reverse=True))  # expect: 9 [3, 1]
x = [1]
y = operator.iadd(x, [2])
print(x, y is x)  # expect: [1, 2] True
print(operator.iadd(1, 2), operator.isub(5, 1), operator.imul(3, 3), operator.itruediv(1, 4), operator.ifloordiv(9, 2))  # expect: 3 4 9 0.25 4
print(operator.imod(9, 4), operator.ipow(3, 3), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))  # expect: 1 27 2 7 5
print(operator.ilshift(1, 3), operator.irshift(16, 2), operator.iconcat([1], (2,)))  # expect: 8 4 [1, 2]
print(operator.__add__(1, 1), operator.__not__(1), operator.__getitem__('xy', 1))  # expect: 2 False y
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return self.v * o.v
print(operator.matmul(M(3), M(4)))  # expect: 12
try:
    operator.index(1.5)
except TypeError as e:
    print(e)  # expect: 'float' object cannot be interpreted as an integer
try:
    operator.concat(1, 2)
except TypeError as e:
    print(e)  # expect: 'int' object can't be concatenated
try:
    operator.indexOf([1, 2], 3)
except ValueError as e:
    print(e)  # expect: sequence.index(x): x not in sequence
try:
    operator.length_hint([], 'x')
except TypeError as e:
    print(e)  # expect: 'str' object cannot be interpreted as an integer
class BadHint:
    def __length_hint__(self):
        return -1
try:
    operator.length_hint(BadHint())
except ValueError as e:
    print(e)  # expect: __length_hint__() should return >= 0
class StrHint:
    def __length_hint__(self):
        return 'x'
try:
    operator.length_hint(StrHint())
except TypeError as e:
    print(e)  # expect: __length_hint__ must be an integer, not str
