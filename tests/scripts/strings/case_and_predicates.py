# Case mappings (titlecase digraphs, final sigma, casefold) and the is* predicates beyond ASCII.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = "héllo wörld, héllo"
show(lambda: "abc".upper(1))  # expect: TypeError: str.upper() takes no arguments (1 given)
show(lambda: "abc".upper(x=1))  # expect: TypeError: str.upper() takes no keyword arguments
show(lambda: "ǆemal ǈ".title())  # expect: 'ǅemal ǈ'
show(lambda: "ǆemal".capitalize())  # expect: 'ǅemal'
show(lambda: "ßtraße".upper())  # expect: 'SSTRASSE'
show(lambda: "ßtraße".title())  # expect: 'Sstraße'
show(lambda: "ΣΑΣ ΟΔΟΣ".lower())  # expect: 'σας οδος'
show(lambda: "ΣΑΣ ΟΔΟΣ".capitalize())  # expect: 'Σας οδος'
show(lambda: "ΣΑΣ ΟΔΟΣ".title())  # expect: 'Σας Οδος'
show(lambda: "ΣΑΣ ΟΔΟΣ".swapcase())  # expect: 'σας οδος'
show(lambda: "İstanbul".lower())  # expect: 'i̇stanbul'
show(lambda: "ﬁne ß ẞ ς µ".casefold())  # expect: 'fine ss ss σ μ'
show(lambda: "hello world 2nd_place 3RD".title())  # expect: 'Hello World 2Nd_Place 3Rd'
show(lambda: "o'neil mcdonald-smith".title())  # expect: "O'Neil Mcdonald-Smith"
show(lambda: "ABC def".swapcase())  # expect: 'abc DEF'
show(lambda: "   ".capitalize())  # expect: '   '
show(lambda: "".title())  # expect: ''
show(lambda: "aBC DEF".capitalize())  # expect: 'Abc def'
show(lambda: ["١٢٣".isdecimal(), "١٢٣".isdigit(), "²".isdigit(), "²".isdecimal(), "二".isnumeric(), "二".isdigit(), "Ⅻ".isnumeric(), "Ⅻ".isalpha()])  # expect: [True, True, True, False, True, False, True, False]
show(lambda: ["ǅ".istitle(), "ǅ".isupper(), "ǅ".islower(), "Ab Cd".istitle(), "AB".istitle(), "A1b".istitle(), "1A".istitle(), "".istitle(), "a ".islower(), "A1".isupper()])  # expect: [True, False, False, True, False, False, True, False, True, True]
show(lambda: ["\x1c\x1f\x85\xa0\u2000\u3000".isspace(), "\u200b".isspace(), "a\x00".isprintable(), "\xa0".isprintable(), " ".isprintable(), "".isprintable()])  # expect: [True, False, False, False, True, True]
show(lambda: ["_x".isidentifier(), "x1".isidentifier(), "ñame".isidentifier(), "a-b".isidentifier(), "".isidentifier(), "a b".isidentifier(), "℘x".isidentifier(), "x·".isidentifier()])  # expect: [True, True, True, False, False, False, True, True]
show(lambda: ["".isalnum(), "a1²".isalnum(), "ab\u0301".isalpha(), "".isascii(), "\x7f".isascii(), "\x80".isascii()])  # expect: [False, True, False, True, True, False]
