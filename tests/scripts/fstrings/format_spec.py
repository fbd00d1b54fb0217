print(f"[{'ab':<5}] [{'ab':>5}] [{'ab':^5}] [{'ab':*^6}]")  # expect: [ab   ] [   ab] [ ab  ] [**ab**]
print(f"[{42:5}] [{42:<5}] [{42:^5}] [{'s':5}]")  # expect: [   42] [42   ] [ 42  ] [s    ]
print(f"[{-42:=6}] [{-42:0=6}] [{42:+}] [{42: }] [{-42: }]")  # expect: [-   42] [-00042] [+42] [ 42] [-42]
print(f"[{42:06}] [{-42:06}] [{3.5:07.2f}]")  # expect: [000042] [-00042] [0003.50]
print(f"{255:b} {255:o} {255:x} {255:X}")  # expect: 11111111 377 ff FF
print(f"{255:#b} {255:#o} {255:#x} {255:#X}")  # expect: 0b11111111 0o377 0xff 0XFF
print(f"{255:#010x} {5:#06b}")  # expect: 0x000000ff 0b0101
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")  # expect: 1,234,567 1_234_567 1,234,567.89
print(f"{0xFFFFFFFF:_x} {-1234567:,d}")  # expect: ffff_ffff -1,234,567
print(f"{3.14159:.2f} {3.14159:.0f} {2.5:.0f} {3.5:.0f}")  # expect: 3.14 3 2 4
print(f"{1234.5678:e} {1234.5678:.2E} {0.0:e}")  # expect: 1.234568e+03 1.23E+03 0.000000e+00
print(f"{1234.5678:g} {0.00001234:g} {1e20:g} {123456789:g}")  # expect: 1234.57 1.234e-05 1e+20 1.23457e+08
print(f"{1.0:g} {100.0:G} {1e-20:G} {2.5:.3g}")  # expect: 1 100 1E-20 2.5
print(f"{float('inf'):f} {float('inf'):F} {float('nan'):F}")  # expect: inf INF NAN
print(f"{0.5:%} {0.123:.1%} {1:.0%}")  # expect: 50.000000% 12.3% 100%
print(f"{65:c} {0x4e2d:c}")  # expect: A 中
print(f"{42:d} {42:n} {3.5:n} {'s':s}")  # expect: 42 42 3.5 s
print(f"{12.0:} {12.5:.3} {1e16:.2}")  # expect: 12.0 12.5 1e+16
print(f"{'abcdef':.3} [{'abcdef':>8.2}]")  # expect: abc [      ab]
print(f"{-0.0:.1f} {-0.0001:.2f} {0.125:.2f} {0.375:.2f}")  # expect: -0.0 -0.00 0.12 0.38
print(f"{True:>5} {True:d} {None!s:>6}")  # expect:     1 1   None
print(f"{123.456:+.1f} {-5:+d} {5:-d}")  # expect: +123.5 -5 5
print(f"{1e6:,.0f} {1234.5:_.1f}")  # expect: 1,000,000 1_234.5
print(f"{2**70:,}")  # expect: 1,180,591,620,717,411,303,424
print(f"{-255:#x} {-5:b}")  # expect: -0xff -101
print(f"{12345.678:>+15,.2f}|")  # expect:      +12,345.68|
print(format(0.1, ".20f"))  # expect: 0.10000000000000000555
print(format(1e300, ".3e"), format(123, "e"))  # expect: 1.000e+300 1.230000e+02
try:
    f"{'s':d}"
except ValueError as e:
    print(e)  # expect: Unknown format code 'd' for object of type 'str'
try:
    f"{1.5:x}"
except ValueError as e:
    print(e)  # expect: Unknown format code 'x' for object of type 'float'
try:
    f"{1:,s}"
except ValueError as e:
    print(e)  # expect: Cannot specify ',' with 's'.
