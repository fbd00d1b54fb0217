KEYWORDS = {"let", "print", "if"}
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "ID", word))
            i = j
        elif c == '"':
            j = src.index('"', i + 1)
            tokens.append(("STR", src[i + 1:j]))
            i = j + 1
        elif src[i:i + 2] in ("==", "<=", ">=", "!="):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/=<>();":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    return tokens
for tok in tokenize('let x_1 = 3.5 * (y + 42); if x_1 >= 10 print "big"'):
    print(*tok)
# expect: KW let
# expect: ID x_1
# expect: OP =
# expect: NUM 3.5
# expect: OP *
# expect: OP (
# expect: ID y
# expect: OP +
# expect: NUM 42
# expect: OP )
# expect: OP ;
# expect: KW if
# expect: ID x_1
# expect: OP >=
# expect: NUM 10
# expect: KW print
# expect: STR big
try:
    tokenize("a $ b")
except SyntaxError as e:
    print("error:", e)  # expect: error: unexpected '$' at 2
def evaluate(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else (None, None)
    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        v = term()
        while peek()[1] in ("+", "-"):
            op = advance()[1]
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek()[1] in ("*", "/"):
            op = advance()[1]
            v = v * factor() if op == "*" else v / factor()
        return v
    def factor():
        kind, val = advance()
        if val == "(":
            v = expr()
            advance()
            return v
        if val == "-":
            return -factor()
        return val
    return expr()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "-(2 + 3) * 2", "2 * 3.5"]:
    print(src, "=", evaluate(tokenize(src)))
# expect: 1 + 2 * 3 = 7
# expect: (1 + 2) * 3 = 9
# expect: 10 / 4 - 1 = 1.5
# expect: -(2 + 3) * 2 = -10
# expect: 2 * 3.5 = 7.0
