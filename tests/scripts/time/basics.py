import time
t1 = time.time()
time.sleep(0)
time.sleep(0.01)
t2 = time.time()
print(t2 >= t1, t2 - t1 >= 0.005, t1 > 1_600_000_000)  # expect: True True True
p1 = time.perf_counter()
s = 0
for i in range(10000):
    s += i
p2 = time.perf_counter()
print(p2 >= p1, isinstance(p1, float))  # expect: True True
m1 = time.monotonic()
time.sleep(0.002)
m2 = time.monotonic()
print(m2 >= m1, m2 - m1 < 5)  # expect: True True
print(isinstance(time.time(), float), isinstance(time.monotonic(), float))  # expect: True True
try:
    time.sleep(-1)
except ValueError as e:
    print(e)  # expect: sleep length must be non-negative
