import _helper
def via_helper():
    return _helper.greet("other")
