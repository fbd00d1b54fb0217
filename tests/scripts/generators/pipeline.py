def read_lines(text):
    for line in text.split("\n"):
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.split("#")[0].strip()
        if line:
            yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), int(value)
SRC = """
a = 1   # first
# comment only
b = 22
  c=333
"""
pairs = parse(strip_comments(read_lines(SRC)))
for k, v in pairs:
    print(k, v)
# expect: a 1
# expect: b 22
# expect: c 333
def chunked(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked(range(7), 3)))  # expect: [[0, 1, 2], [3, 4, 5], [6]]
def running_avg():
    total, n, avg = 0, 0, None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
ra = running_avg(); next(ra)
print([ra.send(v) for v in [10, 20, 60]])  # expect: [10.0, 15.0, 30.0]
order = []
def stage(name, src):
    for v in src:
        order.append(name + str(v))
        yield v
list(stage("B", stage("A", range(2))))
print(order)  # expect: ['A0', 'B0', 'A1', 'B1']
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
ps = primes()
print([next(ps) for _ in range(10)])  # expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))  # expect: [1, 2, 3, 4, 5, 6]
