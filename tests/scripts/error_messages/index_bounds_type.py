# list.index/tuple.index start and stop must be integers.
for f in [lambda: [1].index(1, "a"), lambda: (1,).index(1, None),
          lambda: [1, 2].index(2, 0, 1.5), lambda: [5, 6, 7].index(7, -1)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
# expect: slice indices must be integers or have an __index__ method
# expect: slice indices must be integers or have an __index__ method
# expect: slice indices must be integers or have an __index__ method
# expect: 2
