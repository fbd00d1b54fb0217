import pprint

class MyDict(dict):
    pass
class MyList(list):
    def __repr__(self):
        return 'MyList!'
print(pprint.pformat(MyDict(a=list(range(30)))), pprint.pformat(MyList(range(40))))
# expect: {'a': [0,
# expect:        1,
# expect:        2,
# expect:        3,
# expect:        4,
# expect:        5,
# expect:        6,
# expect:        7,
# expect:        8,
# expect:        9,
# expect:        10,
# expect:        11,
# expect:        12,
# expect:        13,
# expect:        14,
# expect:        15,
# expect:        16,
# expect:        17,
# expect:        18,
# expect:        19,
# expect:        20,
# expect:        21,
# expect:        22,
# expect:        23,
# expect:        24,
# expect:        25,
# expect:        26,
# expect:        27,
# expect:        28,
# expect:        29]} MyList!

# recursion markers (ids replaced so the output is stable)
import re
def norm(s):
    return re.sub(r'id=\d+', 'id=N', s)
lst = [1, 2]
lst.append(lst)
d = {'a': 1}
d['me'] = d
print(norm(pprint.pformat(lst)), norm(pprint.pformat(d)))  # expect: [1, 2, <Recursion on list with id=N>] {'a': 1, 'me': <Recursion on dict with id=N>}
print(norm(pprint.pformat([lst, d], width=20)))
# expect: [[1,
# expect:   2,
# expect:   <Recursion on list with id=N>],
# expect:  {'a': 1,
# expect:   'me': <Recursion on dict with id=N>}]
print(norm(pprint.saferepr(lst)), pprint.isrecursive(lst), pprint.isreadable(lst))  # expect: [1, 2, <Recursion on list with id=N>] True False
print(pprint.isreadable([1, 'a', (2.0, None)]), pprint.isreadable([object]), pprint.isrecursive([[1], [2]]))  # expect: True False False
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.saferepr(3), pprint.saferepr('x'))  # expect: {'a': (3,), 'b': [1, 2]} 3 'x'
shared = [1]
print(pprint.pformat([shared, shared]))  # expect: [[1], [1]]

# format() hook
class Upper(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return repr(obj.upper()), True, False
        return super().format(obj, context, maxlevels, level)
print(Upper(width=25).pformat({'k': ['abc', 'def', 'ghi', 'jkl']}))
# expect: {'K': ['ABC',
# expect:        'DEF',
# expect:        'GHI',
# expect:        'JKL']}

for kw in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print('ValueError', e)
        # expect: ValueError indent must be >= 0
        # expect: ValueError depth must be > 0
        # expect: ValueError width must be != 0
