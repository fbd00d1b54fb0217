def f():
    try:
        raise ValueError("first")
    finally:
        print("finally runs before the traceback")  # expect: finally runs before the traceback
f()
# expect runtime error: ValueError: first
