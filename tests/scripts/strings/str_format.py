print("{} {}".format("a", "b"))  # expect: a b
print("{1} {0} {1}".format("a", "b"))  # expect: b a b
print("{name}={value}".format(name="x", value=3))  # expect: x=3
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))  # expect: 10 20 v
class P:
    x = 1
    y = 2
print("({0.x}, {0.y})".format(P()))  # expect: (1, 2)
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))  # expect:      r|l     |  c   |
print("{:*^9}".format("mid"))  # expect: ***mid***
print("{:08.3f}".format(-3.14159))  # expect: -003.142
print("{:,}".format(1234567890), "{:_}".format(1234567))  # expect: 1,234,567,890 1_234_567
print("{!r} {!s}".format("q", "q"))  # expect: 'q' q
print("{{literal}} {}".format(7))  # expect: {literal} 7
print("{:{w}.{p}f}".format(3.14159, w=8, p=2))  # expect:     3.14
print("{0:b} {0:o} {0:x} {0:#X}".format(3054))  # expect: 101111101110 5756 bee 0XBEE
print("{:%}".format(0.25), "{:.1%}".format(1 / 3))  # expect: 25.000000% 33.3%
print("{}".format(None), "{}".format([1, "a"]))  # expect: None [1, 'a']
print(format(42, "5d"), format("s", "3"), format(3.5))  # expect:    42 s   3.5
print("{:d}".format(True), "{}".format(True))  # expect: 1 True
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)  # expect: Replacement index 1 out of range for positional args tuple
try:
    "{x}".format(y=1)
except KeyError as e:
    print(repr(e))  # expect: KeyError('x')
