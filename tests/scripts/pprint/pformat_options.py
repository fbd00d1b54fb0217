import pprint

print(pprint.pformat((1,)), pprint.pformat(()), pprint.pformat([]), pprint.pformat({}))  # expect: (1,) () [] {}
print(pprint.pformat([(1,), ('x' * 40, 'y' * 40)]))
# expect: [(1,),
# expect:  ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
# expect:   'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy')]
print(pprint.pformat({1, 3, 2}), pprint.pformat(frozenset()), pprint.pformat(set()))  # expect: {1, 2, 3} frozenset() set()
print(pprint.pformat(set(range(25)), width=30))
# expect: {0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19,
# expect:  20,
# expect:  21,
# expect:  22,
# expect:  23,
# expect:  24}
print(pprint.pformat(frozenset({'bb', 'a', 'ccc'}), width=10))
# expect: frozenset({'a',
# expect:            'bb',
# expect:            'ccc'})
print(pprint.pformat({'b': 1, 'a': 2, 10: 'x'} if False else {'b': 1, 'a': 2}, width=5))
# expect: {'a': 2,
# expect:  'b': 1}
print(pprint.pformat([[[[['deep']]]]], width=8))  # expect: [[[[['deep']]]]]
print(pprint.pformat({'key': [1] * 30}, indent=4))
# expect: {   'key': [   1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1,
# expect:                1]}
print(pprint.pformat(12345678901234567890, underscore_numbers=True), pprint.pformat([10 ** 6, 1.5e6], underscore_numbers=True))  # expect: 12_345_678_901_234_567_890 [1_000_000, 1500000.0]
print(pprint.pformat({(2, 'b'): 1, (1, 'z'): 2, (1, 'a'): 3}))  # expect: {(1, 'a'): 3, (1, 'z'): 2, (2, 'b'): 1}
print(pprint.pformat([True, None, 3.0, -7, 'q', b'r'], width=10))
# expect: [True,
# expect:  None,
# expect:  3.0,
# expect:  -7,
# expect:  'q',
# expect:  b'r']

# pp keeps insertion order, pprint prints to a stream
import sys
pprint.pp({'zeta': 1, 'alpha': [2] * 25})
# expect: {'zeta': 1,
# expect:  'alpha': [2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2]}
pprint.pprint({'zeta': 1, 'alpha': 2}, stream=sys.stdout)  # expect: {'alpha': 2, 'zeta': 1}
p = pprint.PrettyPrinter(indent=3, width=25, stream=sys.stdout)
p.pprint(['one', 'two', ['three', 'four', 'five']])
# expect: [  'one',
# expect:    'two',
# expect:    [  'three',
# expect:       'four',
# expect:       'five']]
print(p.pformat('short'), p.isreadable([1, 'a']), p.isrecursive([1]))  # expect: 'short' True False
