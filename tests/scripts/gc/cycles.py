import gc

gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None


# a two-object cycle is found and freed
a = Node("a"); b = Node("b")
a.next = b; b.next = a
del a, b
print(gc.collect() >= 2)
print(gc.collect())

# self-referencing containers
l = []; l.append(l)
d = {}; d["me"] = d
del l, d
print(gc.collect())

# reachable cycles survive, intact
keep = Node("k1"); keep.next = Node("k2"); keep.next.next = keep
print(gc.collect())
print(keep.name, keep.next.name, keep.next.next is keep)

# a long chain hanging off a cycle survives as long as the cycle is held
head = Node(0)
cur = head
for i in range(1, 3000):
    cur.next = Node(i)
    cur = cur.next
cur.next = head
gc.collect()
n, cur = 1, head.next
while cur is not head:
    n += 1
    cur = cur.next
print(n)
del head, cur
print(gc.collect() >= 3000)

# __del__ runs once for an object in a cycle, and the cycle is freed
class Fin:
    def __del__(self):
        print("finalized", self.tag)

f = Fin(); f.tag = "cyc"; f.me = f
del f
print(gc.collect())
print(gc.collect())

# __del__ at refcount zero runs immediately
g = Fin(); g.tag = "plain"
del g
print("after del")

# resurrection: __del__ stores the object; it survives, and __del__ never runs twice
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)

p = Phoenix(); p.me = p
del p
gc.collect()
print(len(saved), saved[0].me is saved[0])
saved.clear()
print(gc.collect() >= 1)

# closures, bound methods and class objects in cycles
def make():
    def inner():
        return inner
    return inner
fn = make(); del fn
class C:
    def m(self):
        pass
c = C(); c.bm = c.m; del c
K = type("K", (), {}); K.self_ref = K; del K
print(gc.collect() >= 3)

# tracking
print(gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked(Node("t")))

# expect: True
# expect: 0
# expect: 2
# expect: 0
# expect: k1 k2 True
# expect: 3000
# expect: True
# expect: finalized cyc
# expect: 1
# expect: 0
# expect: finalized plain
# expect: after del
# expect: phoenix __del__
# expect: 1 True
# expect: True
# expect: True
# expect: False True True
