# getattr & co. with a non-str name; sort()/sorted() with an unknown keyword.
for call in [lambda: getattr(1, 5), lambda: setattr(1, 2, 3), lambda: hasattr(1, 2),
             lambda: delattr(1, 2), lambda: [].sort(cmp=1), lambda: sorted([], cmp=None),
             lambda: sorted([2, 1], x=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
# expect: attribute name must be string, not 'int'
# expect: attribute name must be string, not 'int'
# expect: attribute name must be string, not 'int'
# expect: attribute name must be string, not 'int'
# expect: 'cmp' is an invalid keyword argument for sort()
# expect: 'cmp' is an invalid keyword argument for sort()
# expect: 'x' is an invalid keyword argument for sort()
print(sorted([2, 1], key=None, reverse=True))  # expect: [2, 1]
