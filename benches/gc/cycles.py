# A million two-object cycles, dropped as they are made: memory must stay
# flat (CPython ends near 13 MB; without a collector Spindle reached 509 MB).
class A:
    pass


for i in range(1_000_000):
    a = A()
    b = A()
    a.other = b
    b.other = a
print("done")
