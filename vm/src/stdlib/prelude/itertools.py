# `itertools` as lazy generators, following the reference implementations
# in CPython's documentation (same results, same laziness).

_marker = object()


def _check_int(name, v):
    if not isinstance(v, int):
        raise TypeError(f"Expected int as {name}")


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]): object, times times (or forever)."""

    def __init__(self, object, times=None):
        if times is not None:
            times = times.__index__()
            if times < 0:
                times = 0
        self._object = object
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._object
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %d)" % (self._object, self._left)


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def _chain(*iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterables):
    for it in iterables:
        yield from it


class chain:
    def __new__(cls, *iterables):
        return _chain(*iterables)

    from_iterable = staticmethod(_from_iterable)


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def _islice_arg(v):
    if v is None:
        return None
    if not isinstance(v, int) or v < 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return v


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}" if args else "islice expected at least 2 arguments, got 1")
    s = slice(*args)
    start = _islice_arg(s.start) or 0
    stop = _islice_arg(s.stop)
    step = s.step
    if step is None:
        step = 1
    elif not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(iterable, start, stop, step):
    if stop is None:
        stop = 9223372036854775807
    it = iter(range(start, stop, step))
    try:
        nexti = next(it)
    except StopIteration:
        for i, element in zip(range(start), iterable):
            pass
        return
    i = -1
    for i, element in enumerate(iterable):
        if i == nexti:
            yield element
            try:
                nexti = next(it)
            except StopIteration:
                for i, element in zip(range(i + 1, stop), iterable):
                    pass
                return


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def product(*args, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for p in pools:
        if not p:
            return
    idx = [0] * n
    yield tuple(p[0] for p in pools)
    while True:
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[k][idx[k]] for k in range(n))


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, len(pool), r)


def _combinations(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _cwr(pool, len(pool), r)


def _cwr(pool, n, r):
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class _Grouper:
    pass


def groupby(iterable, key=None):
    keyfunc = (lambda x: x) if key is None else key
    it = iter(iterable)
    state = [_marker, _marker, 0]  # current key, current value, group id
    exhausted = [False]

    def advance():
        try:
            v = next(it)
        except StopIteration:
            exhausted[0] = True
            return False
        state[1] = v
        state[0] = keyfunc(v)
        return True

    def grouper(tgtkey, gid):
        while True:
            if state[2] != gid:
                return
            yield state[1]
            if not advance():
                return
            if state[0] != tgtkey:
                return

    def groups():
        if not advance():
            return
        while True:
            tgtkey = state[0]
            state[2] += 1
            yield (tgtkey, grouper(tgtkey, state[2]))
            # Skip the rest of this group.
            while not exhausted[0] and state[0] == tgtkey:
                if not advance():
                    break
            if exhausted[0]:
                return

    return groups()


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(v)
            yield mybuf.pop(0)

    return tuple(gen(b) for b in buffers)
