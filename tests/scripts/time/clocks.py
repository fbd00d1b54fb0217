import time
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
    # expect: time clock_gettime(CLOCK_REALTIME) False True 1e-09
    # expect: monotonic clock_gettime(CLOCK_MONOTONIC) True False 1e-09
    # expect: perf_counter clock_gettime(CLOCK_MONOTONIC) True False 1e-09
    # expect: process_time clock_gettime(CLOCK_PROCESS_CPUTIME_ID) True False 1e-09
    # expect: thread_time clock_gettime(CLOCK_THREAD_CPUTIME_ID) True False 1e-09
print(time.get_clock_info('monotonic'))  # expect: namespace(implementation='clock_gettime(CLOCK_MONOTONIC)', monotonic=True, adjustable=False, resolution=1e-09)
print(sorted(vars(time.get_clock_info('time'))))  # expect: ['adjustable', 'implementation', 'monotonic', 'resolution']
try:
    time.get_clock_info('nope')
except ValueError as e:
    print(e)  # expect: unknown clock
try:
    time.get_clock_info(1)
except TypeError as e:
    print(e)  # expect: get_clock_info() argument 1 must be str, not int
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)  # expect: 0 1 2 3
print(time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI)  # expect: 4 7 11
for clk in [time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID]:
    print(clk, type(time.clock_gettime(clk)).__name__, type(time.clock_gettime_ns(clk)).__name__, time.clock_getres(clk))
    # expect: 0 float int 1e-09
    # expect: 1 float int 1e-09
    # expect: 2 float int 1e-09
    # expect: 3 float int 1e-09
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)  # expect: True
print(abs(time.clock_gettime_ns(time.CLOCK_REALTIME) - time.time_ns()) < 10**9)  # expect: True
m1 = time.clock_gettime(time.CLOCK_MONOTONIC)
m2 = time.monotonic()
print(m2 >= m1, m2 - m1 < 1)  # expect: True True
for bad in [99, -5]:
    for fn in [time.clock_gettime, time.clock_gettime_ns, time.clock_getres]:
        try:
            fn(bad)
        except OSError as e:
            print(fn.__name__, type(e).__name__, e.errno, e)
            # expect: clock_gettime OSError 22 [Errno 22] Invalid argument
            # expect: clock_gettime_ns OSError 22 [Errno 22] Invalid argument
            # expect: clock_getres OSError 22 [Errno 22] Invalid argument
            # expect: clock_gettime OSError 22 [Errno 22] Invalid argument
            # expect: clock_gettime_ns OSError 22 [Errno 22] Invalid argument
            # expect: clock_getres OSError 22 [Errno 22] Invalid argument
try:
    time.clock_gettime('x')
except TypeError as e:
    print(e)  # expect: 'str' object cannot be interpreted as an integer
try:
    time.clock_gettime(2**40)
except OverflowError as e:
    print(e)  # expect: signed integer is greater than maximum
p1 = time.process_time_ns()
t1 = time.thread_time()
t2 = time.thread_time_ns()
print(type(p1).__name__, type(t1).__name__, type(t2).__name__, p1 >= 0, t1 >= 0, t2 >= 0)  # expect: int float int True True True
x = 0
for i in range(20000):
    x += i
print(time.process_time_ns() >= p1, time.thread_time() >= t1)  # expect: True True
print(time.tzset(), type(time.tzname).__name__, time._STRUCT_TM_ITEMS)  # expect: None tuple 11
print(time.timezone == -time.localtime(0).tm_gmtoff or time.daylight == 1)  # expect: True
