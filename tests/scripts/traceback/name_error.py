def f():
    return undefined_variable + 1
print("calling")  # expect: calling
f()
# expect runtime error: NameError: name 'undefined_variable' is not defined
