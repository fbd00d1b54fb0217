# Graph-building workload: trees with parent links and doubly-linked lists,
# built and dropped repeatedly (each round leaves only cycles behind).
class TreeNode:
    def __init__(self, parent, depth):
        self.parent = parent
        self.kids = [TreeNode(self, depth - 1) for _ in range(3)] if depth else []


class Link:
    def __init__(self, prev):
        self.prev = prev
        self.next = None
        if prev is not None:
            prev.next = self


total = 0
for r in range(60):
    root = TreeNode(None, 7)          # 3280 nodes, each pointing to its parent
    head = cur = Link(None)
    for i in range(5000):
        cur = Link(cur)
    total += len(root.kids) + (head.next is not None)
print(total)
