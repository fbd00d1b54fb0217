import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])  # expect: 35 ['False', 'None', 'True', 'and', 'as'] ['while', 'with', 'yield']
print(keyword.softkwlist)  # expect: ['_', 'case', 'match']
print(keyword.iskeyword('for'), keyword.iskeyword('For'), keyword.iskeyword('print'), keyword.iskeyword('None'))  # expect: True False False True
print(keyword.issoftkeyword('match'), keyword.issoftkeyword('_'), keyword.issoftkeyword('if'))  # expect: True True False
print([w for w in ['async', 'await', 'nonlocal', 'exec', 'case'] if keyword.iskeyword(w)])  # expect: ['async', 'await', 'nonlocal']
print(sorted(keyword.__all__))  # expect: ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']
print(keyword.kwlist == sorted(keyword.kwlist))  # expect: True
