"""WeakSet: a set that holds its members through weak references, so a
member leaves the set when it is freed. weakref re-exports it.

The set keeps `ref(item, callback)` objects; a ref hashes and compares like
its referent while that is alive, so membership tests build a throwaway
`ref(item)` and look it up. When a member dies its ref's callback discards
the (now dead, still hashed) ref at once. Iteration walks a snapshot of
the refs taken when it starts, so members dying mid-loop cannot disturb it
and an iterator abandoned half-way needs no clean-up."""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        owner = ref(self)

        def forget(itemref):
            ws = owner()
            if ws is not None:
                ws.data.discard(itemref)

        self._remove = forget
        if data is not None:
            self.update(data)

    # -- reading -----------------------------------------------------------

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return (self.__class__, (list(self),), getattr(self, '__dict__', None))

    __class_getitem__ = classmethod(GenericAlias)

    # -- changing ----------------------------------------------------------

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    # -- set algebra (any iterable is accepted as the other operand) -------

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        # Drop what is not in other, in place, so that the refs kept are
        # still the ones carrying this set's callback (set.intersection_update
        # may keep the other operand's callback-less refs instead).
        keep = {ref(item) for item in other}
        for itemref in [r for r in self.data if r not in keep]:
            self.data.discard(itemref)
        return self

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(
                ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for part in (self, other) for e in part)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    # -- comparisons -------------------------------------------------------

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < {ref(item) for item in other}

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > {ref(item) for item in other}

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == {ref(item) for item in other}
