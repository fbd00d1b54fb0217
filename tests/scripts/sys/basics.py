import sys
print(sys.argv[0].endswith("basics.py"), len(sys.argv))  # expect: True 1
print(isinstance(sys.argv, list))  # expect: True
n = sys.stdout.write("written directly\n")  # expect: written directly
print(n)  # expect: 17
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")  # expect: no newline, then newline
print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
print("to stdout", file=sys.stdout)  # expect: to stdout
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code, isinstance(e, Exception), isinstance(e, BaseException))  # expect: exit code 3 False True
try:
    sys.exit()
except SystemExit as e:
    print(e.code)  # expect: None
try:
    sys.exit("message")
except SystemExit as e:
    print(e.code)  # expect: message
print("end")  # expect: end
