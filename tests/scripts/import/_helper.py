"""Helper module imported by the import tests (not a test case: leading underscore)."""
VALUE = 42
_private = "hidden"
loaded = []
loaded.append("loaded once")

def greet(name):
    return f"hello {name} from {__name__}"

class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Thing({self.v})"

def counter():
    global VALUE
    VALUE += 1
    return VALUE
