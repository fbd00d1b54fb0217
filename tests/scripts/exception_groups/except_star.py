try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("V", repr(e), type(e).__name__)
except* TypeError as e:
    print("T", repr(e))
eg = ExceptionGroup("many", [ValueError('a'), KeyError('b'), ExceptionGroup('inner', [ValueError('c')])])
print(eg, eg.message, len(eg.exceptions), type(BaseExceptionGroup('x', [ValueError()])).__name__)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
try:
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('caught naked as', repr(e))
except Exception as e:
    print('outer', e)
try:
    try:
        raise KeyError('k')
    except* ValueError:
        print('no')
except KeyError as e:
    print('unmatched naked re-raised', repr(e))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        pass
except ExceptionGroup as e:
    print('rest', repr(e))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise TypeError('from handler')
except TypeError as e:
    print('raised in handler', repr(e))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(3)])
    except* ValueError:
        raise TypeError('from handler')
except ExceptionGroup as e:
    print('raised with rest', repr(e))
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))

# The output, in order:
# expect: V ExceptionGroup('eg', [ValueError(1)]) ExceptionGroup
# expect: T ExceptionGroup('eg', [TypeError(2)])
# expect: many (3 sub-exceptions) many 3 ExceptionGroup
# expect: ExceptionGroup('many', [ValueError('a'), ExceptionGroup('inner', [ValueError('c')])]) ExceptionGroup('many', [KeyError('b')])
# expect: ExceptionGroup('many', [KeyError('b')])
# expect: caught naked as ExceptionGroup('', (ValueError('naked'),))
# expect: unmatched naked re-raised KeyError('k')
# expect: rest ExceptionGroup('g', [KeyError(2)])
# expect: raised in handler TypeError('from handler')
# expect: raised with rest ExceptionGroup('', [TypeError('from handler'), ExceptionGroup('g', [KeyError(3)])])
# expect: second argument (exceptions) must be a non-empty sequence
# expect: Cannot nest BaseExceptions in an ExceptionGroup
# expect: True True
