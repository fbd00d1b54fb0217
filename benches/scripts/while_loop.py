# while_loop: a 10-million-iteration `while` loop with small-int arithmetic
# (*, +, %, <, +=) on locals inside a function.
# Expected output: "while_loop n=10000000 acc=907196"
def run(n):
    i = 0
    acc = 0
    while i < n:
        acc = (acc * 31 + i) % 1000003
        i += 1
    return acc

N = 10000000
print("while_loop n=" + str(N) + " acc=" + str(run(N)))
