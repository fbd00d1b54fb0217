"""Abstract base classes: ABCMeta, ABC and the abstract-method decorators."""


def abstractmethod(funcobj):
    """Mark a method as abstract: a class using ABCMeta that still has it
    cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Abstract classmethod (deprecated: stack classmethod on abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Abstract staticmethod (deprecated: stack staticmethod on abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Abstract property (deprecated: stack property on abstractmethod)."""
    __isabstractmethod__ = True


# Every register() call bumps this; a negative cache tagged with an older
# value is out of date.
_abc_invalidation_counter = 0

# Number of ABCMeta instance/subclass checks in progress. A __subclasshook__
# that sees it above 1 was reached from inside the ABC machinery (which walks
# registries and subclasses) rather than straight from a user's issubclass();
# typing's protocols tolerate such indirect checks.
_abc_depth = 0


def _abstract_names(cls, own_items, bases):
    names = set()
    for name, value in own_items:
        if getattr(value, '__isabstractmethod__', False):
            names.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass of abstract base classes.

    An ABC tracks its abstract methods (__abstractmethods__) and supports
    virtual subclasses: register(C) makes issubclass(C, ABC) and
    isinstance(C(), ABC) true without C inheriting from the ABC. A classmethod
    __subclasshook__ can decide membership structurally.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items(), bases)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _abc_invalidation_counter
        # direct subclasses, all of them ABCs too (the metaclass is inherited)
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of cls; returns subclass (so this
        works as a class decorator)."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        global _abc_depth
        klass = instance.__class__
        if klass in cls._abc_cache:
            return True
        kind = type(instance)
        _abc_depth += 1
        try:
            if kind is klass:
                if (cls._abc_negative_cache_version == _abc_invalidation_counter
                        and klass in cls._abc_negative_cache):
                    return False
                return cls.__subclasscheck__(klass)
            return cls.__subclasscheck__(klass) or cls.__subclasscheck__(kind)
        finally:
            _abc_depth -= 1

    def __subclasscheck__(cls, subclass):
        global _abc_depth
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        _abc_depth += 1
        try:
            answer = _decide(cls, subclass)
        finally:
            _abc_depth -= 1
        if answer:
            cls._abc_cache.add(subclass)
        else:
            cls._abc_negative_cache.add(subclass)
        return answer

    def _dump_registry(cls, file=None):
        """Print the registry and caches (debugging aid)."""
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                     '_abc_negative_cache_version'):
            print("%s: %r" % (name, getattr(cls, name)), file=file)

    def _abc_registry_clear(cls):
        """Forget all registered virtual subclasses."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Empty the positive and negative caches."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def _decide(cls, subclass):
    # the uncached part of issubclass(subclass, cls)
    hook = getattr(cls, '__subclasshook__', None)
    if hook is not None:
        verdict = hook(subclass)
        if verdict is not NotImplemented:
            if verdict is not True and verdict is not False:
                raise AssertionError("__subclasshook__ must return either "
                                     "False, True, or NotImplemented")
            return verdict
    if cls in getattr(subclass, '__mro__', ()):
        return True
    for registered in cls._abc_registry:
        if issubclass(subclass, registered):
            return True
    for child in cls._abc_subclasses:
        if issubclass(subclass, child):
            return True
    return False


def get_cache_token():
    """An opaque value that changes whenever any ABC registers a class."""
    return _abc_invalidation_counter


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or
    replaced on an existing ABC; returns cls. Classes without
    __abstractmethods__ are returned untouched."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__.items(),
                                              cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Convenience base: subclassing ABC gives a class ABCMeta as metaclass."""
    __slots__ = ()
