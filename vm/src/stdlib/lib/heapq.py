"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k.
The sift procedures below compare elements in the same order as CPython's
_heapq, so the resulting heap layouts are identical.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(heap, fname, what):
    if not isinstance(heap, list):
        raise TypeError("%s() argument %smust be list, not %s"
                        % (fname, what + ' ' if what else '', type(heap).__name__))


def _siftdown(heap, startpos, pos):
    # Move heap[pos] up towards the root while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Walk the smaller child up to the leaves, then sift the item back down.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    if heap.__class__ is not list:
        _need_list(heap, 'heappush', '1')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if heap.__class__ is not list:
        _need_list(heap, 'heappop', '')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    if heap.__class__ is not list:
        _need_list(heap, 'heapreplace', '1')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    if heap.__class__ is not list:
        _need_list(heap, 'heappushpop', '1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    if x.__class__ is not list:
        _need_list(x, 'heapify', '')
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _heappop_max(heap):
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator)."""
    if reverse:
        hfy, hpop, hrep, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        hfy, hpop, hrep, direction = heapify, heappop, heapreplace, 1
    h = []
    order = 0
    for it in iterables:
        it = iter(it)
        nxt = it.__next__
        try:
            value = nxt()
        except StopIteration:
            order += 1
            continue
        h.append([value if key is None else key(value), order * direction, value, nxt, it])
        order += 1
    hfy(h)
    while len(h) > 1:
        try:
            while True:
                s = h[0]
                yield s[2]
                value = s[3]()
                s[0] = value if key is None else key(value)
                s[2] = value
                hrep(h, s)
        except StopIteration:
            hpop(h)
    if h:
        s = h[0]
        yield s[2]
        yield from s[4]


def nsmallest(n, iterable, key=None):
    """Equivalent to sorted(iterable, key=key)[:n]."""
    if n <= 0:
        it = iter(iterable)
        return []
    if n == 1:
        sentinel = object()
        r = min(iterable, default=sentinel, key=key)
        return [] if r is sentinel else [r]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    h = []
    i = 0
    for elem in it:
        h.append((elem if key is None else key(elem), i, elem))
        i += 1
        if i == n:
            break
    if not h:
        return []
    _heapify_max(h)
    top = h[0][0]
    for elem in it:
        k = elem if key is None else key(elem)
        if k < top:
            _heapreplace_max(h, (k, i, elem))
            top = h[0][0]
        i += 1
    h.sort()
    return [t[2] for t in h]


def nlargest(n, iterable, key=None):
    """Equivalent to sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        it = iter(iterable)
        return []
    if n == 1:
        sentinel = object()
        r = max(iterable, default=sentinel, key=key)
        return [] if r is sentinel else [r]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    h = []
    i = 0
    for elem in it:
        h.append((elem if key is None else key(elem), -i, elem))
        i += 1
        if i == n:
            break
    if not h:
        return []
    heapify(h)
    top = h[0][0]
    for elem in it:
        k = elem if key is None else key(elem)
        if top < k:
            heapreplace(h, (k, -i, elem))
            top = h[0][0]
        i += 1
    h.sort(reverse=True)
    return [t[2] for t in h]
