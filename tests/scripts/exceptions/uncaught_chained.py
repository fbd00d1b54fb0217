try:
    int("abc")
except ValueError as e:
    raise RuntimeError("could not parse") from e
# expect runtime error: RuntimeError: could not parse
