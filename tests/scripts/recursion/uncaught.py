def down(n):
    return down(n + 1)
print("start")  # expect: start
down(0)
# expect runtime error: RecursionError: maximum recursion depth exceeded
