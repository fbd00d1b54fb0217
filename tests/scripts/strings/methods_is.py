print("123".isdigit(), "12a".isdigit(), "".isdigit())  # expect: True False False
print("abc".isalpha(), "ab1".isalpha(), "é".isalpha())  # expect: True False True
print("ab1".isalnum(), "ab 1".isalnum())  # expect: True False
print(" \t\n".isspace(), "".isspace(), " a ".isspace())  # expect: True False False
print("abc".islower(), "aBc".islower(), "ABC1".isupper(), "123".isupper())  # expect: True False True False
print("Hello World".istitle(), "Hello world".istitle())  # expect: True False
print("123".isdecimal(), "½".isnumeric(), "½".isdigit())  # expect: True True False
print("var_1".isidentifier(), "1var".isidentifier(), "class".isidentifier())  # expect: True False True
print("abc".isascii(), "é".isascii(), "abc".isprintable(), "a\n".isprintable())  # expect: True False True False
