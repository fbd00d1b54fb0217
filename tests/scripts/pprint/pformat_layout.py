import pprint

data = {'name': 'spindle', 'tags': ['vm', 'python', 'rust'], 'version': (3, 11),
        'nested': {'z': [1, 2, {'deep': list(range(12))}], 'a': None, 'm': 1.5}}
print(pprint.pformat(data))
# expect: {'name': 'spindle',
# expect:  'nested': {'a': None,
# expect:             'm': 1.5,
# expect:             'z': [1, 2, {'deep': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]}]},
# expect:  'tags': ['vm', 'python', 'rust'],
# expect:  'version': (3, 11)}
print(pprint.pformat(data, width=50, indent=2))
# expect: { 'name': 'spindle',
# expect:   'nested': { 'a': None,
# expect:               'm': 1.5,
# expect:               'z': [ 1,
# expect:                      2,
# expect:                      { 'deep': [ 0,
# expect:                                  1,
# expect:                                  2,
# expect:                                  3,
# expect:                                  4,
# expect:                                  5,
# expect:                                  6,
# expect:                                  7,
# expect:                                  8,
# expect:                                  9,
# expect:                                  10,
# expect:                                  11]}]},
# expect:   'tags': ['vm', 'python', 'rust'],
# expect:   'version': (3, 11)}
print(pprint.pformat(data, sort_dicts=False, width=60))
# expect: {'name': 'spindle',
# expect:  'tags': ['vm', 'python', 'rust'],
# expect:  'version': (3, 11),
# expect:  'nested': {'z': [1,
# expect:                   2,
# expect:                   {'deep': [0,
# expect:                             1,
# expect:                             2,
# expect:                             3,
# expect:                             4,
# expect:                             5,
# expect:                             6,
# expect:                             7,
# expect:                             8,
# expect:                             9,
# expect:                             10,
# expect:                             11]}],
# expect:             'a': None,
# expect:             'm': 1.5}}
print(pprint.pformat(data, depth=1), pprint.pformat(data, depth=2, width=200))
# expect: {'name': 'spindle', 'nested': {...}, 'tags': [...], 'version': (...)} {'name': 'spindle', 'nested': {'a': None, 'm': 1.5, 'z': [...]}, 'tags': ['vm', 'python', 'rust'], 'version': (3, 11)}
print(pprint.pformat(list(range(30)), width=40, compact=True))
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
# expect:  12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
# expect:  22, 23, 24, 25, 26, 27, 28, 29]
print(pprint.pformat([list(range(8))] * 3, width=30, compact=True))
# expect: [[0, 1, 2, 3, 4, 5, 6, 7],
# expect:  [0, 1, 2, 3, 4, 5, 6, 7],
# expect:  [0, 1, 2, 3, 4, 5, 6, 7]]
