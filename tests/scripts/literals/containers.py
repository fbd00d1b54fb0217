print([])  # expect: []
print([1, 'a', 2.5, None, True])  # expect: [1, 'a', 2.5, None, True]
print(())  # expect: ()
print((1,))  # expect: (1,)
print((1, 2), 1, )  # expect: (1, 2) 1
print({})  # expect: {}
print({'a': 1, 2: 'b'})  # expect: {'a': 1, 2: 'b'}
print({3, 1, 2})  # expect: {1, 2, 3}
print(set())  # expect: set()
print([[1, [2]], (3, {'k': [4]})])  # expect: [[1, [2]], (3, {'k': [4]})]
print([1, 2, 3,])  # expect: [1, 2, 3]
print([*range(3), *"ab"])  # expect: [0, 1, 2, 'a', 'b']
print((*[1, 2], 3))  # expect: (1, 2, 3)
print({*[1, 2], *(2, 3)})  # expect: {1, 2, 3}
print({**{'a': 1}, 'b': 2, **{'a': 3}})  # expect: {'a': 3, 'b': 2}
print(frozenset())  # expect: frozenset()
print(frozenset([2, 1]))  # expect: frozenset({1, 2})
print(repr(['x', "y'"]))  # expect: ['x', "y'"]
