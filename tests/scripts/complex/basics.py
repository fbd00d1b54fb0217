a = 1+2j
print(a, 1j, -1j, 2j*2j, complex(1, 2), complex('1+2j'), complex(' (3-4.5J) '), complex(), complex(2))
print(abs(3+4j), (1+2j)*(3-1j), (1+2j)/(3-1j), (1+1j)**2, 2**(1j), (1+2j) == 1+2j, 1+0j == 1, hash(1+0j) == hash(1))
print(a.real, a.imag, a.conjugate(), repr(-0.0+1j), complex(0,-0.0), -(1+1j), bool(0j), bool(1j))
print(type(a).__name__, isinstance(a, complex), f"{a}", format(1+2j, '.2f'), str(1e20j))
for s in ['j', '-j', '1e3j', '1_0j', 'abc']:
    try:
        print(complex(s))
    except ValueError as e:
        print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
print(sum([1j, 2, 3.5]), {1j: 'x'}[1j], [1j, 2j][1])

# The output, in order:
# expect: (1+2j) 1j (-0-1j) (-4+0j) (1+2j) (1+2j) (3-4.5j) 0j (2+0j)
# expect: 5.0 (5+5j) (0.1+0.7000000000000001j) 2j (0.7692389013639721+0.6389612763136348j) True True True
# expect: 1.0 2.0 (1-2j) 1j -0j (-1-1j) False True
# expect: complex True (1+2j) 1.00+2.00j 1e+20j
# expect: 1j
# expect: -1j
# expect: 1000j
# expect: 10j
# expect: complex() arg is a malformed string
# expect: complex division by zero
# expect: (5.5+1j) x 2j
