try:
    pass
except* ValueError:
    pass
except TypeError:  # expect error: SyntaxError: cannot have both 'except' and 'except*' on the same 'try'
    pass
