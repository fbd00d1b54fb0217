for i in range(3):
    print(i)
# expect: 0
# expect: 1
# expect: 2
for i in range(10):
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("no break")
# expect: i 0
# expect: i 1
# expect: i 3
for i in range(2):
    pass
else:
    print("for else runs", i)  # expect: for else runs 1
for x in []:
    print("never")
else:
    print("empty else")  # expect: empty else
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)  # expect: while else 3
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("after", n)  # expect: after 0
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
# expect: 0 0
# expect: 1 0
# expect: 2 0
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24:
            found = (a, b)
            break
    if found:
        break
print(found)  # expect: (3, 8)
x = 7
if x < 5:
    print("small")
elif x < 10:
    print("medium")  # expect: medium
else:
    print("large")
if not x: pass
elif x == 7: print("seven")  # expect: seven
items = [1, 2, 3]
for it in items:
    if it == 1:
        items.append(4)
print(items)  # expect: [1, 2, 3, 4]
k = 0
while k < 10:
    k += 1
    if k % 2:
        continue
    if k > 6:
        break
print(k)  # expect: 8
for i in range(3): pass
print(i)  # expect: 2
