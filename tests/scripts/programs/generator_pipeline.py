LOG = """2024-01-01 10:00:01 INFO user=alice action=login
2024-01-01 10:00:05 ERROR user=bob action=pay code=402
2024-01-01 10:01:00 INFO user=alice action=view
bad line
2024-01-01 10:02:30 WARN user=carol action=retry
2024-01-01 10:03:00 ERROR user=alice action=pay code=500
2024-01-01 10:04:00 INFO user=bob action=logout"""
def lines(text):
    yield from text.splitlines()
def parse(src):
    for n, line in enumerate(src, 1):
        parts = line.split()
        if len(parts) < 4:
            print(f"skip line {n}: {line!r}")
            continue
        date, time, level, *fields = parts
        rec = {"n": n, "time": time, "level": level}
        rec.update(f.split("=", 1) for f in fields)
        yield rec
def only(level, recs):
    return (r for r in recs if r["level"] == level)
def take(k, it):
    for i, v in enumerate(it):
        if i >= k:
            return
        yield v
errors = list(only("ERROR", parse(lines(LOG))))
# expect: skip line 4: 'bad line'
for e in errors:
    print(e["n"], e["user"], e.get("code", "-"))
# expect: 2 bob 402
# expect: 6 alice 500
users = {}
for r in parse(lines(LOG)):
    users.setdefault(r["user"], []).append(r["action"])
# expect: skip line 4: 'bad line'
print(users)  # expect: {'alice': ['login', 'view', 'pay'], 'bob': ['pay', 'logout'], 'carol': ['retry']}
first_two = [r["time"] for r in take(2, parse(lines(LOG)))]
print(first_two)  # expect: ['10:00:01', '10:00:05']
def windowed(it, size):
    window = []
    for v in it:
        window.append(v)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)
print(list(windowed(range(6), 3)))  # expect: [(0, 1, 2), (1, 2, 3), (2, 3, 4), (3, 4, 5)]
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
lengths = ((n, sum(1 for _ in collatz(n))) for n in range(1, 30))
print(max(lengths, key=lambda p: p[1]))  # expect: (27, 112)
