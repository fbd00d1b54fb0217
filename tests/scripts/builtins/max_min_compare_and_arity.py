# max() asks `item > best` (so a class with only __lt__ works by reflection),
# min() asks `item < best`; CPython 3.11's arity and iteration messages.
class L:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __repr__(self): return f"L{self.v}"
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(max([L(1), L(3), L(2)]))
print(min([L(1), L(3), L(0)]))
print(max([G(1), G(3), G(2)]))
print(min(G(2), G(1)))
for f in [lambda: max([1, "a"]), lambda: min([1, "a"]), lambda: zip([1], 2), lambda: enumerate(), lambda: divmod(1), lambda: isinstance(1), lambda: filter(len), lambda: setattr(1)]:
    try: f()
    except TypeError as e: print(e)
# expect: lt 1 3
# expect: lt 3 2
# expect: L3
# expect: lt 3 1
# expect: lt 0 1
# expect: L0
# expect: gt 3 1
# expect: gt 2 3
# expect: G3
# expect: gt 2 1
# expect: G1
# expect: '>' not supported between instances of 'str' and 'int'
# expect: '<' not supported between instances of 'str' and 'int'
# expect: 'int' object is not iterable
# expect: enumerate() missing required argument 'iterable'
# expect: divmod expected 2 arguments, got 1
# expect: isinstance expected 2 arguments, got 1
# expect: filter expected 2 arguments, got 1
# expect: setattr expected 3 arguments, got 1
