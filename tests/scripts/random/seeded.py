import random
random.seed(42)
print(random.random())  # expect: 0.6394267984578837
print(random.random(), random.random())  # expect: 0.025010755222666936 0.27502931836911926
random.seed(42)
print([random.randint(1, 100) for _ in range(8)])  # expect: [82, 15, 4, 95, 36, 32, 29, 18]
random.seed(1)
print(random.choice("abcdefgh"), random.choice([10, 20, 30]), random.choice(range(1000)))  # expect: c 30 867
random.seed(7)
items = list(range(10))
random.shuffle(items)
print(items)  # expect: [8, 3, 1, 4, 7, 0, 9, 6, 2, 5]
random.seed(3)
print(random.sample(range(100), 5), random.sample("abcdef", 3))  # expect: [30, 75, 69, 16, 47] ['e', 'd', 'a']
random.seed(5)
print(random.uniform(1, 2), random.uniform(-10, 10))  # expect: 1.622901694889702 4.835739785214589
random.seed(9)
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(-3, 3))  # expect: 7 30 -1
random.seed(11)
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))  # expect: 115 10325977861573396812 616491608484966955204321435563
random.seed("a string seed")
print(random.random())  # expect: 0.5951446248069528
random.seed(2**80 + 5)
print(random.randint(0, 10**30))  # expect: 278227000132441580471795808153
random.seed(42)
a = [random.random() for _ in range(3)]
random.seed(42)
b = [random.random() for _ in range(3)]
print(a == b)  # expect: True
r = random.Random(42)
print(r.random() == a[0], r.randint(1, 6))  # expect: True 1
random.seed(0)
print(random.gauss(0, 1), random.choices("abc", k=4))  # expect: 0.9417154046806644 ['b', 'a', 'b', 'b']
try:
    random.choice([])
except IndexError as e:
    print(e)  # expect: Cannot choose from an empty sequence
try:
    random.randint(5, 1)
except ValueError as e:
    print(type(e).__name__)  # expect: ValueError
