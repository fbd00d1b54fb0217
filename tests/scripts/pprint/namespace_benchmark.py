import pprint
import types

ns = types.SimpleNamespace(alpha=list(range(20)), beta='b' * 50, gamma=types.SimpleNamespace(x=1))
print(pprint.pformat(ns))
# expect: namespace(alpha=[0,
# expect:                  1,
# expect:                  2,
# expect:                  3,
# expect:                  4,
# expect:                  5,
# expect:                  6,
# expect:                  7,
# expect:                  8,
# expect:                  9,
# expect:                  10,
# expect:                  11,
# expect:                  12,
# expect:                  13,
# expect:                  14,
# expect:                  15,
# expect:                  16,
# expect:                  17,
# expect:                  18,
# expect:                  19],
# expect:           beta='bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
# expect:           gamma=namespace(x=1))
print(pprint.pformat(ns, width=30))
# expect: namespace(alpha=[0,
# expect:                  1,
# expect:                  2,
# expect:                  3,
# expect:                  4,
# expect:                  5,
# expect:                  6,
# expect:                  7,
# expect:                  8,
# expect:                  9,
# expect:                  10,
# expect:                  11,
# expect:                  12,
# expect:                  13,
# expect:                  14,
# expect:                  15,
# expect:                  16,
# expect:                  17,
# expect:                  18,
# expect:                  19],
# expect:           beta='bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
# expect:           gamma=namespace(x=1))
print(pprint.pformat(types.SimpleNamespace()))  # expect: namespace()
print(pprint.pformat(types.MappingProxyType({'a': list(range(30))})))
# expect: mappingproxy({'a': [0,
# expect:                     1,
# expect:                     2,
# expect:                     3,
# expect:                     4,
# expect:                     5,
# expect:                     6,
# expect:                     7,
# expect:                     8,
# expect:                     9,
# expect:                     10,
# expect:                     11,
# expect:                     12,
# expect:                     13,
# expect:                     14,
# expect:                     15,
# expect:                     16,
# expect:                     17,
# expect:                     18,
# expect:                     19,
# expect:                     20,
# expect:                     21,
# expect:                     22,
# expect:                     23,
# expect:                     24,
# expect:                     25,
# expect:                     26,
# expect:                     27,
# expect:                     28,
# expect:                     29]})

# the pprint_pformat benchmark's data, smaller
printable = [('string', (1, 2), [3, 4], {5: 6, 7: 8})] * 5
print(pprint.pformat(printable))
# expect: [('string', (1, 2), [3, 4], {5: 6, 7: 8}),
# expect:  ('string', (1, 2), [3, 4], {5: 6, 7: 8}),
# expect:  ('string', (1, 2), [3, 4], {5: 6, 7: 8}),
# expect:  ('string', (1, 2), [3, 4], {5: 6, 7: 8}),
# expect:  ('string', (1, 2), [3, 4], {5: 6, 7: 8})]
s = pprint.PrettyPrinter().pformat([('string', (1, 2), [3, 4], {5: 6, 7: 8})] * 1000)
print(len(s), s.count('\n'), s[:60])
# expect: 42999 999 [('string', (1, 2), [3, 4], {5: 6, 7: 8}),
# expect:  ('string', (1, 2
