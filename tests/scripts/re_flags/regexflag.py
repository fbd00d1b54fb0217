import re
print(re.I, repr(re.I|re.M), re.I|1024, ~re.I, re.NOFLAG, re.compile("a", re.I).flags, re.search("A", "xa", re.I|re.M).group(), isinstance(re.I, int), re.I == 2, re.I.name, f"{re.I:d}")
print([("x", re.I), ("y", 0)])

# The output, in order:
# expect: re.IGNORECASE re.IGNORECASE|re.MULTILINE re.IGNORECASE|0x400 re.ASCII|re.LOCALE|re.UNICODE|re.MULTILINE|re.DOTALL|re.VERBOSE|re.TEMPLATE|re.DEBUG re.NOFLAG 34 a True True IGNORECASE 2
# expect: [('x', re.IGNORECASE), ('y', 0)]
