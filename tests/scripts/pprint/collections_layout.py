import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap

od = OrderedDict([('b', list(range(10))), ('a', 'x' * 50)])
print(pprint.pformat(od), pprint.pformat(OrderedDict()))
# expect: OrderedDict([('b', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
# expect:              ('a', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')]) OrderedDict()
print(pprint.pformat(od, width=30))
# expect: OrderedDict([('b',
# expect:               [0,
# expect:                1,
# expect:                2,
# expect:                3,
# expect:                4,
# expect:                5,
# expect:                6,
# expect:                7,
# expect:                8,
# expect:                9]),
# expect:              ('a',
# expect:               'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')])
dd = defaultdict(list, {'k%d' % i: [i] * 6 for i in range(3)})
print(pprint.pformat(dd, width=30))
# expect: defaultdict(<class 'list'>,
# expect:             {'k0': [0,
# expect:                     0,
# expect:                     0,
# expect:                     0,
# expect:                     0,
# expect:                     0],
# expect:              'k1': [1,
# expect:                     1,
# expect:                     1,
# expect:                     1,
# expect:                     1,
# expect:                     1],
# expect:              'k2': [2,
# expect:                     2,
# expect:                     2,
# expect:                     2,
# expect:                     2,
# expect:                     2]})
print(pprint.pformat(defaultdict(int)))  # expect: defaultdict(<class 'int'>, {})
c = Counter('abracadabra' * 3)
print(pprint.pformat(c), pprint.pformat(Counter()))  # expect: Counter({'a': 15, 'b': 6, 'r': 6, 'c': 3, 'd': 3}) Counter()
print(pprint.pformat(c, width=20))
# expect: Counter({'a': 15,
# expect:          'b': 6,
# expect:          'r': 6,
# expect:          'c': 3,
# expect:          'd': 3})
q = deque(range(20))
print(pprint.pformat(q, width=30))
# expect: deque([0,
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
# expect:        19])
print(pprint.pformat(deque(range(12), maxlen=15), width=30), pprint.pformat(deque()))
# expect: deque([0,
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
# expect:        11],
# expect:       maxlen=15) deque([])
cm = ChainMap({'a': list(range(10))}, {'b': 'y' * 30})
print(pprint.pformat(cm, width=40))
# expect: ChainMap({'a': [0,
# expect:                 1,
# expect:                 2,
# expect:                 3,
# expect:                 4,
# expect:                 5,
# expect:                 6,
# expect:                 7,
# expect:                 8,
# expect:                 9]},
# expect:          {'b': 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'})
print(pprint.pformat(ChainMap()))  # expect: ChainMap({})

