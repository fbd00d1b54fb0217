# sort_floats: generate 1M floats in [0, 1) with a deterministic 32-bit LCG
# (no `random`, so every implementation sorts the same numbers), sort them with
# list.sort(), then checksum a few elements and a strided sum.
# Expected output: "sort_floats n=1000000 min=1.2135133147239685e-06 median=0.49991292716003954 max=0.9999987420160323 ordered=True stride_sum=499.4218206354417"
N = 1000000

def make(n):
    xs = []
    s = 12345
    for _ in range(n):
        s = (s * 1664525 + 1013904223) % 4294967296
        xs.append(s / 4294967296.0)
    return xs

xs = make(N)
xs.sort()
ordered = True
for k in range(0, N - 1, 997):
    if xs[k] > xs[k + 1]:
        ordered = False
stride = 0.0
for k in range(0, N, 1000):
    stride += xs[k]
print("sort_floats n=" + str(N) + " min=" + repr(xs[0]) + " median=" + repr(xs[N // 2])
      + " max=" + repr(xs[-1]) + " ordered=" + str(ordered) + " stride_sum=" + repr(stride))
