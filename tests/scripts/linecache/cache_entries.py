# linecache: getline/getlines over cache entries, lazy loaders, clearcache
import linecache

linecache.cache['fake.py'] = (20, None, ['a = 1\n', '  b = 2\n', 'c = 3\n'], 'fake.py')
print(repr(linecache.getline('fake.py', 2)))  # expect: '  b = 2\n'
print(repr(linecache.getline('fake.py', 0)), repr(linecache.getline('fake.py', 4)))  # expect: '' ''
print(linecache.getlines('fake.py'))  # expect: ['a = 1\n', '  b = 2\n', 'c = 3\n']
print(linecache.getlines('<string>'), linecache.getline('<stdin>', 1) == '')  # expect: [] True
print(linecache.getlines('no-such-file-anywhere.py'))  # expect: []
print(linecache.updatecache('<string>'))  # expect: []


class Loader:
    def __init__(self):
        self.calls = 0

    def get_source(self, name):
        self.calls += 1
        return 'first\nsecond\r\n\nlast'


loader = Loader()
g = {'__name__': 'lazymod', '__loader__': loader}
print(linecache.lazycache('lazy_mod.py', g), loader.calls)  # expect: True 0
print(len(linecache.cache['lazy_mod.py']))  # expect: 1
print(linecache.getlines('lazy_mod.py'), loader.calls)  # expect: ['first\n', 'second\n', '\n', 'last\n'] 1
print(repr(linecache.getline('lazy_mod.py', 4)), loader.calls)  # expect: 'last\n' 1
print(linecache.lazycache('lazy_mod.py', g))  # expect: False
print(linecache.lazycache('<string>', g), linecache.lazycache('other.py', None),
      linecache.lazycache('other.py', {'__name__': 'x'}))
# expect: False False False


class NoSource:
    def get_source(self, name):
        return None


print(linecache.lazycache('none.py', {'__name__': 'n', '__loader__': NoSource()}))  # expect: True
print(linecache.getlines('none.py'), 'none.py' in linecache.cache)  # expect: [] True

linecache.checkcache('fake.py')
linecache.checkcache()
print('fake.py' in linecache.cache)  # expect: True
linecache.clearcache()
print(linecache.cache, linecache.getline('fake.py', 1) == '')  # expect: {} True
