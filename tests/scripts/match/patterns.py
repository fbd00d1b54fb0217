def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "unreachable for True (1 matched)"
        case None:
            return "none"
        case -1.5:
            return "neg float"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string of {len(s)}"
        case _:
            return "other"
for v in [0, 2, "hello", True, None, -1.5, -7, 99, 2.5, "abc", [1]]:
    print(describe(v))
# expect: zero
# expect: small
# expect: greeting
# expect: small
# expect: none
# expect: neg float
# expect: negative int -7
# expect: number 99
# expect: number 2.5
# expect: string of 3
# expect: other
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *mid, last] if len(mid) > 2:
            return f"long {first}..{last} mid={len(mid)}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", {"k": 1}]:
    print(seq(v))
# expect: empty
# expect: one 1
# expect: two 1 2
# expect: first 1 rest [2, 3]
# expect: long 0..5 mid=4
# expect: not a sequence
# expect: not a sequence
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["go", _]:
            return "bad direction"
        case ["take", *items] if items:
            return "taking " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"
for c in ["go north", "go up", "take a b", "take", "exit", "dance now"]:
    print(cmd(c))
# expect: going north
# expect: bad direction
# expect: taking a,b
# expect: unknown
# expect: bye
# expect: unknown
def mapping(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={rest}"
        case {"type": str(t)}:
            return "typed " + t
        case {}:
            return "some mapping"
for m in [{"type": "point", "x": 1, "y": 2, "z": 9}, {"type": "circle", "r": 5, "c": "red"}, {"type": "sq"}, {"type": 3}]:
    print(mapping(m))
# expect: point 1,2
# expect: circle r=5 extra={'c': 'red'}
# expect: typed sq
# expect: some mapping
print(mapping([1]))  # expect: None
