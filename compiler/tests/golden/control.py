def loops(seq):
    total = 0
    for v in seq:
        if v < 0:
            continue
        if v > 100:
            break
        total += v
    else:
        total = -1
    while total > 10 and total != 12:
        total -= 3
    return total
