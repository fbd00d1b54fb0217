# traceback module: exceptions without tracebacks, format_list, FrameSummary,
# StackSummary (no __traceback__ needed)
import linecache
import traceback


class AppError(Exception):
    pass


print(traceback.format_exception_only(ValueError('bad value')))  # expect: ['ValueError: bad value\n']
print(traceback.format_exception_only(KeyError('k')))  # expect: ["KeyError: 'k'\n"]
print(traceback.format_exception_only(AppError()))  # expect: ['AppError\n']
print(traceback.format_exception_only(None))  # expect: ['NoneType: None\n']
print(traceback.format_exception_only(ValueError, ValueError('two args')))  # expect: ['ValueError: two args\n']
print(''.join(traceback.format_exception(RuntimeError('never raised'))), end='')  # expect: RuntimeError: never raised

# notes
e = ValueError('with notes')
e.add_note('first note')
e.add_note('second\nmultiline')
print(traceback.format_exception_only(e))  # expect: ['ValueError: with notes\n', 'first note\n', 'second\n', 'multiline\n']

# a str() that fails
class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError('no')


print(traceback.format_exception_only(Unprintable()))  # expect: ['Unprintable: <exception str() failed>\n']
print(traceback.format_exception_only(AppError('')))  # expect: ['AppError\n']

# chains set by hand
outer = TypeError('outer')
outer.__context__ = KeyError('inner')
print(''.join(traceback.format_exception(outer)), end='')
# expect: KeyError: 'inner'
# expect:
# expect: During handling of the above exception, another exception occurred:
# expect:
# expect: TypeError: outer
print('---')  # expect: ---
outer.__cause__ = IndexError('cause')
print(''.join(traceback.format_exception(outer)), end='')
# expect: IndexError: cause
# expect:
# expect: The above exception was the direct cause of the following exception:
# expect:
# expect: TypeError: outer
print('---')  # expect: ---
print(''.join(traceback.format_exception(outer, chain=False)), end='')  # expect: TypeError: outer
print('---')  # expect: ---
outer.__cause__ = None
outer.__suppress_context__ = True
print(''.join(traceback.format_exception(outer)), end='')  # expect: TypeError: outer

# value/tb must come together; exc must be an exception
try:
    traceback.format_exception(ValueError('x'), None)
except ValueError as err:
    print('ValueError:', err)
# expect: ValueError: Both or neither of value and tb must be given
try:
    traceback.format_exception(42)
except TypeError as err:
    print('TypeError:', err)
# expect: TypeError: Exception expected for value, int found

# format_list / FrameSummary / StackSummary
entries = [('a.py', 3, 'f', 'x = 1'), ('b.py', 10, 'g', None), ('c.py', 7, '<module>', '')]
print(''.join(traceback.format_list(entries)), end='')
# expect:   File "a.py", line 3, in f
# expect:     x = 1
# expect:   File "b.py", line 10, in g
# expect:   File "c.py", line 7, in <module>
fs = traceback.FrameSummary('zz.py', 3, 'fn', line='   a = 1   ')
print(repr(fs), repr(fs.line), fs.lineno, fs.name, fs.filename, len(fs), fs[2])  # expect: <FrameSummary file zz.py, line 3 in fn> 'a = 1' 3 fn zz.py 4 fn
print(fs == ('zz.py', 3, 'fn', 'a = 1'), list(fs))  # expect: True ['zz.py', 3, 'fn', 'a = 1']
st = traceback.StackSummary.from_list([fs, ('y.py', 1, 'h', 'pass')])
print(type(st).__name__, len(st), st.format())  # expect: StackSummary 2 ['  File "zz.py", line 3, in fn\n    a = 1\n', '  File "y.py", line 1, in h\n    pass\n']

# source lines come from linecache
linecache.cache['virtual.py'] = (40, None, ['def k():\n', '    return 42\n'], 'virtual.py')
print(traceback.format_list([('virtual.py', 2, 'k', None)]))  # expect: ['  File "virtual.py", line 2, in k\n    return 42\n']
fs = traceback.FrameSummary('virtual.py', 1, 'k')
print(repr(fs.line), repr(linecache.getline('virtual.py', 2)), repr(linecache.getline('virtual.py', 9)))  # expect: 'def k():' '    return 42\n' ''

# repeated frames are collapsed after three
same = [('r.py', 5, 'rec', 'rec(n - 1)')] * 6 + [('r.py', 2, 'rec', 'raise ValueError')]
print(''.join(traceback.format_list(same)), end='')
# expect:   File "r.py", line 5, in rec
# expect:     rec(n - 1)
# expect:   File "r.py", line 5, in rec
# expect:     rec(n - 1)
# expect:   File "r.py", line 5, in rec
# expect:     rec(n - 1)
# expect:   [Previous line repeated 3 more times]
# expect:   File "r.py", line 2, in rec
# expect:     raise ValueError
te = traceback.TracebackException.from_exception(AppError('te'))
print(str(te), te.exc_type.__name__, list(te.format()), te.stack == [])  # expect: te AppError ['AppError: te\n'] True
