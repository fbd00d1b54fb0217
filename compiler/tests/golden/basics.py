x = 1
y = x + 2 * 3
a, *b, c = [1, 2, 3, 4]
x += 1
obj.attr[k] //= 2
print(f"{x!r:>{y}} and {y}", sep="")
z = 1 < x <= 10
w = x and y or not z
t = (1, 2.5, "s", None, -3)
lst = [*t, x]
d = {"a": 1, **d}
s = lst[1:-1:2]
