name = "World"
n = 42
print(f"Hello, {name}!")  # expect: Hello, World!
print(f"{n + 1} {n * 2} {n > 40}")  # expect: 43 84 True
print(f"{'nested ' + f'{n}'}")  # expect: nested 42
print(f"{name!r} {name!s} {name.upper()}")  # expect: 'World' World WORLD
print(f"{{braces}} {{{n}}}")  # expect: {braces} {42}
d = {"k": [1, 2, 3]}
print(f"{d['k'][1]} {len(d)} {d}")  # expect: 2 1 {'k': [1, 2, 3]}
print(f"{n=}", f"{n + 1 = }")  # expect: n=42 n + 1 = 43
print(f"{name=!s}", f"{3.5=:.2f}")  # expect: name=World 3.5=3.50
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}]")  # expect: [     3.142]
print(f"[{'x':{'>'}{width}}]")  # expect: [         x]
print(f"{[i * i for i in range(4)]}")  # expect: [0, 1, 4, 9]
print(f"{'yes' if n else 'no'}")  # expect: yes
print(f"{(lambda x: x * 2)(4)}")  # expect: 8
print(F"upper F {n}", rf"raw \n {n}", fr"\t{n}")  # expect: upper F 42 raw \n 42 \t42
print(f"""triple {
n}""")  # expect: triple 42
print(f"{None} {True} {[None]}")  # expect: None True [None]
print(f"a" f"{n}" "c")  # expect: a42c
class C:
    def __format__(self, spec):
        return "fmt<" + spec + ">"
    def __str__(self):
        return "str"
    def __repr__(self):
        return "repr"
print(f"{C()} {C():xyz} {C()!r} {C()!s}")  # expect: fmt<> fmt<xyz> repr str
