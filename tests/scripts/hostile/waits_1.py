# Hostile inputs (tests/hostile/cases.tsv, h03, h04, h06, h07, h36, h37, h38, h39): Sleeps with absurd lengths fail at once; big ranges and modular powers
# answer in O(1)/O(log n) as CPython does.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('h03')
try:
    import time; time.sleep(-1)
except Exception as e:
    show(e)

print('h04')
try:
    import time; time.sleep(float('inf'))
except Exception as e:
    print(type(e).__name__)

print('h06')
try:
    import time; time.sleep(10**400)
except Exception as e:
    print(type(e).__name__)

print('h07')
try:
    import time; time.sleep(-0.0); print('ok')
except Exception as e:
    show(e)

print('h36')
try:
    import queue; queue.Queue().get(timeout=-1)
except Exception as e:
    show(e)

print('h37')
try:
    print(10**18 - 1 in range(10**18))
except Exception as e:
    show(e)

print('h38')
try:
    print(range(10**18).index(10**18 - 1))
except Exception as e:
    show(e)

print('h39')
try:
    print(range(10**18).count(10**17))
except Exception as e:
    show(e)

# expect: h03
# expect: ValueError: sleep length must be non-negative
# expect: h04
# expect: OverflowError
# expect: h06
# expect: OverflowError
# expect: h07
# expect: ok
# expect: h36
# expect: ValueError: 'timeout' must be a non-negative number
# expect: h37
# expect: True
# expect: h38
# expect: 999999999999999999
# expect: h39
# expect: 1
