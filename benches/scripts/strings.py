# strings: string building.  f-strings with format specs, str concatenation
# (both `a + b` and `s += piece`), str.join and str.split, then parse back.
# Expected output: "strings n=200000 joined_len=3888889 fields=200000 total=101099980 concat_len=600000 digest=874779090"
N = 200000


def build(n):
    parts = []
    for i in range(n):
        parts.append(f"item{i}:{i * 7 % 1000:04d}|{i % 13:>3}")
    return ",".join(parts)


def parse(line):
    total = 0
    digest = 0
    fields = line.split(",")
    for f in fields:
        name, rest = f.split(":")
        val, tag = rest.split("|")
        total += int(val) + int(tag)
        digest = (digest * 131 + len(name)) % 1000000007
    return len(fields), total, digest


def concat(n):
    s = ""
    for i in range(n):
        s += "<" + str(i % 10) + ">"
    return s


line = build(N)
nfields, total, digest = parse(line)
c = concat(N)
print(f"strings n={N} joined_len={len(line)} fields={nfields} total={total} concat_len={len(c)} digest={digest}")
