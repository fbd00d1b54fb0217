l = [3, 1, 2]
l.append(4); print(l)  # expect: [3, 1, 2, 4]
l.extend([5, 6]); l.extend(range(7, 8)); print(l)  # expect: [3, 1, 2, 4, 5, 6, 7]
l.insert(0, 0); l.insert(-1, 99); l.insert(100, 100); print(l)  # expect: [0, 3, 1, 2, 4, 5, 6, 99, 7, 100]
print(l.pop(), l.pop(0), l.pop(-2), l)  # expect: 100 0 99 [3, 1, 2, 4, 5, 6, 7]
l.remove(4); print(l)  # expect: [3, 1, 2, 5, 6, 7]
print(l.index(5), l.index(2, 1), [1, 2, 1].count(1))  # expect: 3 2 2
l.sort(); print(l)  # expect: [1, 2, 3, 5, 6, 7]
l.sort(reverse=True); print(l)  # expect: [7, 6, 5, 3, 2, 1]
l.reverse(); print(l)  # expect: [1, 2, 3, 5, 6, 7]
c = l.copy(); c.append(0); print(len(l), len(c), c is l)  # expect: 6 7 False
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len); print(words)  # expect: ['a', 'bb', 'dd', 'ccc']
words.sort(key=len, reverse=True); print(words)  # expect: ['ccc', 'bb', 'dd', 'a']
c.clear(); print(c)  # expect: []
print(l.sort())  # expect: None
try:
    [].pop()
except IndexError as e:
    print(e)  # expect: pop from empty list
try:
    [1].remove(2)
except ValueError as e:
    print(e)  # expect: list.remove(x): x not in list
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)  # expect: 3 is not in list
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'str' and 'int'
