def numbers():
    yield 1
    yield 2
    raise IndexError("generator ran dry")
for n in numbers():
    print(n)
# expect: 1
# expect: 2
# expect runtime error: IndexError: generator ran dry
