# f-string pieces: ints written straight into the result (any sign and
# size), next to strs, bools, big ints, conversions, specs and __format__.
big = 2 ** 70
for i in [0, 7, -7, 10, -10, 99, 100, -1000, 9223372036854775807, -9223372036854775808]:
    print(f"<{i}>", f"{i}{i}", f"a{i:5}b", f"{i!r}|{i!s}|{i:d}", f"{i:+}{i: }")
print(f"{big}x{-big}y{True}{False}{None}{1.5}")
print(f"{'s'}{3}{'t'}", f"{'é'}{-3}ü{3}")
x = 12
print(f"{x}" + f"{x}{x}", len(f"{x}é{x}"), f"{x}é{x}"[3], f"{x}é{x}".upper())
class I(int):
    def __format__(self, spec):
        return "I!" + spec
    def __str__(self):
        return "I-str"
print(f"{I(3)}|{I(4):x}|{I(5)!s}")
print(f"{[1, 2]}{(3,)}{ {'k': 4} }")
h = {f"k{i}": i for i in range(3)}
print(h["k2"], hash(f"k{1}") == hash("k1"), f"k{1}" == "k1", f"k{1}" in h)
# expect: <0> 00 a    0b 0|0|0 +0 0
# expect: <7> 77 a    7b 7|7|7 +7 7
# expect: <-7> -7-7 a   -7b -7|-7|-7 -7-7
# expect: <10> 1010 a   10b 10|10|10 +10 10
# expect: <-10> -10-10 a  -10b -10|-10|-10 -10-10
# expect: <99> 9999 a   99b 99|99|99 +99 99
# expect: <100> 100100 a  100b 100|100|100 +100 100
# expect: <-1000> -1000-1000 a-1000b -1000|-1000|-1000 -1000-1000
# expect: <9223372036854775807> 92233720368547758079223372036854775807 a9223372036854775807b 9223372036854775807|9223372036854775807|9223372036854775807 +9223372036854775807 9223372036854775807
# expect: <-9223372036854775808> -9223372036854775808-9223372036854775808 a-9223372036854775808b -9223372036854775808|-9223372036854775808|-9223372036854775808 -9223372036854775808-9223372036854775808
# expect: 1180591620717411303424x-1180591620717411303424yTrueFalseNone1.5
# expect: s3t é-3ü3
# expect: 121212 5 1 12É12
# expect: I!|I!x|I-str
# expect: [1, 2](3,){'k': 4}
# expect: 2 True True True
