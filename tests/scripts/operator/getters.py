from operator import itemgetter, attrgetter, methodcaller
import operator
g = itemgetter(1)
print(g([10, 20, 30]), g('xyz'), g({1: 'one'}))  # expect: 20 y one
g2 = itemgetter(0, 2, -1)
print(g2('abcdef'), g2([1, 2, 3]))  # expect: ('a', 'c', 'f') (1, 3, 3)
print(itemgetter(slice(1, 3))([1, 2, 3, 4]))  # expect: [2, 3]
print(repr(g), repr(g2), repr(itemgetter('k', 2.5)))  # expect: operator.itemgetter(1) operator.itemgetter(0, 2, -1) operator.itemgetter('k', 2.5)
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)))  # expect: [('c', 1), ('b', 2), ('a', 3)] [('a', 3), ('b', 2), ('c', 1)]
print(list(map(itemgetter(0), data)))  # expect: ['b', 'a', 'c']
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.inner = self
    def greet(self, greeting, punct='!'):
        return '%s %s%s' % (greeting, self.name, punct)
people = [P('bob', 30), P('al', 25)]
a = attrgetter('age')
print(a(people[0]), [p.name for p in sorted(people, key=a)])  # expect: 30 ['al', 'bob']
a2 = attrgetter('name', 'age')
print(a2(people[1]))  # expect: ('al', 25)
a3 = attrgetter('inner.inner.name')
print(a3(people[0]))  # expect: bob
print(repr(a), repr(a2), repr(a3))  # expect: operator.attrgetter('age') operator.attrgetter('name', 'age') operator.attrgetter('inner.inner.name')
m = methodcaller('greet', 'hi')
print(m(people[0]))  # expect: hi bob!
m2 = methodcaller('greet', 'yo', punct='?')
print(m2(people[1]))  # expect: yo al?
print(repr(m), repr(m2), repr(methodcaller('upper')))  # expect: operator.methodcaller('greet', 'hi') operator.methodcaller('greet', 'yo', punct='?') operator.methodcaller('upper')
print(methodcaller('split', ',')('a,b,c'), methodcaller('upper')('abc'))  # expect: ['a', 'b', 'c'] ABC
try:
    itemgetter()
except TypeError as e:
    print(e)  # expect: itemgetter expected 1 argument, got 0
try:
    attrgetter(1)
except TypeError as e:
    print(e)  # expect: attribute name must be a string
try:
    attrgetter('a', 2)
except TypeError as e:
    print(e)  # expect: attribute name must be a string
try:
    methodcaller()
except TypeError as e:
    print(e)  # expect: methodcaller needs at least one argument, the method name
try:
    methodcaller(5)
except TypeError as e:
    print(e)  # expect: method name must be a string
try:
    attrgetter('missing')(people[0])
except AttributeError as e:
    print(e)  # expect: 'P' object has no attribute 'missing'
try:
    itemgetter(5)([1])
except IndexError as e:
    print(e)  # expect: list index out of range
try:
    itemgetter('z')({})
except KeyError as e:
    print(repr(e))  # expect: KeyError('z')
print(type(itemgetter(1)).__name__, type(attrgetter('a')).__name__, type(methodcaller('a')).__name__)  # expect: itemgetter attrgetter methodcaller
print(operator.itemgetter(1, 0)((5, 6)))  # expect: (6, 5)
