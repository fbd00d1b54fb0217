def divide(a, b):
    return a / b
def average(values):
    return divide(sum(values), len(values))
def report(groups):
    for name, values in groups.items():
        print(name, average(values))
report({"a": [1, 2, 3], "empty": []})
# expect: a 2.0
# expect runtime error: ZeroDivisionError: division by zero
