# int() with a base of the wrong type; repr of object(); the MRO conflict
# message.
for b in ["x", 2.0, None, True]:
    try:
        print(int("3", b))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: ValueError int() base must be >= 2 and <= 36, or 0
