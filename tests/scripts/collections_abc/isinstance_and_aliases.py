import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
    Collection, Callable, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence,
    ByteString, MappingView, KeysView, ItemsView, ValuesView)
def gen():
    yield 1
checks = [
    ('list', [], [Iterable, Sized, Container, Collection, Sequence, MutableSequence, Reversible, Hashable, Mapping, Set, Iterator]),
    ('tuple', (), [Sequence, MutableSequence, Hashable, Reversible]),
    ('str', '', [Sequence, MutableSequence, Hashable, ByteString]),
    ('bytes', b'', [Sequence, ByteString, Hashable]),
    ('dict', {}, [Mapping, MutableMapping, Hashable, Reversible, Sequence]),
    ('set', set(), [Set, MutableSet, Hashable, Sequence]),
    ('frozenset', frozenset(), [Set, MutableSet, Hashable]),
    ('range', range(3), [Sequence, MutableSequence, Reversible]),
    ('gen', gen(), [Iterator, Generator, Iterable, Sized]),
    ('listiter', iter([]), [Iterator, Iterable, Generator]),
    ('keys', {}.keys(), [KeysView, Set, MappingView, Sized, ItemsView]),
    ('items', {}.items(), [ItemsView, Set, KeysView]),
    ('values', {}.values(), [ValuesView, Collection, Set]),
    ('int', 5, [Hashable, Iterable, Sized, Callable]),
    ('len', len, [Callable, Hashable]),
    ('lambda', lambda: 0, [Callable]),
    ('type', int, [Callable]),
]
for name, obj, abcs in checks:
    print(name, [isinstance(obj, a) for a in abcs])  # expect: list [True, True, True, True, True, True, True, False, False, False, False]
# expect: tuple [True, False, True, True]
# expect: str [True, False, True, False]
# expect: bytes [True, True, True]
# expect: dict [True, True, False, True, False]
# expect: set [True, True, False, False]
# expect: frozenset [True, False, True]
# expect: range [True, False, True]
# expect: gen [True, True, True, False]
# expect: listiter [True, True, False]
# expect: keys [True, True, True, True, False]
# expect: items [True, True, False]
# expect: values [True, True, False]
# expect: int [True, False, False, False]
# expect: len [True, True]
# expect: lambda [True]
# expect: type [True]
class OnlyIter:
    def __iter__(self):
        return iter([])
class NoHash:
    __hash__ = None
class Sizer:
    def __len__(self):
        return 3
print(isinstance(OnlyIter(), Iterable), isinstance(OnlyIter(), Iterator), isinstance(NoHash(), Hashable), isinstance(Sizer(), Sized))  # expect: True False False True
print(issubclass(OnlyIter, Iterable), issubclass(Sizer, Collection), issubclass(list, Collection))  # expect: True False True
print(repr(Iterable[int]), repr(Callable[[int, str], bool]), repr(Callable[..., int]), repr(Callable[[], None]), repr(Mapping[str, int]))  # expect: collections.abc.Iterable[int] collections.abc.Callable[[int, str], bool] collections.abc.Callable[..., int] collections.abc.Callable[[], None] collections.abc.Mapping[str, int]
print(Callable[[int], str].__args__, Iterable[int].__origin__ is Iterable, Mapping[str, int].__args__)  # expect: (<class 'int'>, <class 'str'>) True (<class 'str'>, <class 'int'>)
print(sorted(Set.__abstractmethods__), sorted(MutableMapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))  # expect: ['__contains__', '__iter__', '__len__'] ['__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__'] ['__delitem__', '__getitem__', '__len__', '__setitem__', 'insert']
print(Iterable.__module__, Sequence.__name__, cabc.__name__)  # expect: collections.abc Sequence collections.abc
try:
    Callable[int]
except TypeError as e:
    print(e)  # expect: Callable must be used as Callable[[arg, ...], result].
