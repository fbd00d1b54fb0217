class Empty(Exception):
    pass
raise Empty
# expect runtime error: Empty
