# The last traceback line of an uncaught exception uses the class's __str__.
class Problem(Exception):
    def __init__(self, code):
        super().__init__()
        self.code = code

    def __str__(self):
        return f"problem code={self.code}"

print(str(Problem(3)))  # expect: problem code=3
raise Problem(7)
# expect runtime error: Problem: problem code=7
