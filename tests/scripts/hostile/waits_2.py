# Hostile inputs (tests/hostile/cases.tsv, h40, h41, h43, h44, h46, h48, h49, h62): Sleeps with absurd lengths fail at once; big ranges and modular powers
# answer in O(1)/O(log n) as CPython does.


def show(e):
    m = e.msg if isinstance(e, SyntaxError) else str(e)
    print(type(e).__name__ + (': ' + m if m else ''))


print('h40')
try:
    print(10**18 - 3 in range(0, 10**18, 7))
except Exception as e:
    show(e)

print('h41')
try:
    print(range(10**18)[::-1][0], range(10**18)[5:10**17:3][-1])
except Exception as e:
    show(e)

print('h43')
try:
    print(pow(3, 10**18, 10**9 + 7))
except Exception as e:
    show(e)

print('h44')
try:
    print(pow(3, 2**200, 2**61 - 1))
except Exception as e:
    show(e)

print('h46')
try:
    import math; print(math.gcd(2**100000, 6**60000).bit_length())
except Exception as e:
    show(e)

print('h48')
try:
    import itertools; print(list(itertools.islice(itertools.count(10**18, 10**17), 2)))
except Exception as e:
    show(e)

print('h49')
try:
    print(range(10**30).index(10**29), range(0, 10**30, 3).count(10**29))
except Exception as e:
    show(e)

print('h62')
try:
    import time; time.sleep(1e-300); time.sleep(5e-10); print('ok')
except Exception as e:
    show(e)

# expect: h40
# expect: False
# expect: h41
# expect: 999999999999999999 99999999999999998
# expect: h43
# expect: 246336683
# expect: h44
# expect: 2149975014418732133
# expect: h46
# expect: 60001
# expect: h48
# expect: [1000000000000000000, 1100000000000000000]
# expect: h49
# expect: 100000000000000000000000000000 0
# expect: h62
# expect: ok
