TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
def words(text):
    out = []
    for raw in text.lower().split():
        w = raw.strip(".,;:!?\"'")
        if w:
            out.append(w)
    return out
ws = words(TEXT)
print(len(ws), len(set(ws)))  # expect: 36 13
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:5]:
    print(f"{w:<8}{n:>3} {'#' * n}")
# expect: it        6 ######
# expect: of        6 ######
# expect: the       6 ######
# expect: was       6 ######
# expect: age       2 ##
print([w for w, n in top if n == 1])  # expect: ['belief', 'best', 'foolishness', 'incredulity', 'wisdom', 'worst']
by_len = {}
for w in sorted(set(ws)):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, by_len[length])
# expect: 2 ['it', 'of']
# expect: 3 ['age', 'the', 'was']
# expect: 4 ['best']
# expect: 5 ['epoch', 'times', 'worst']
# expect: 6 ['belief', 'wisdom']
# expect: 11 ['foolishness', 'incredulity']
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: kv[1], reverse=True)[:3])  # expect: [('t', 17), ('e', 17), ('s', 14)]
