import sys
print("before exit")  # expect: before exit
sys.stdout.flush()
try:
    sys.exit(0)
finally:
    print("finally runs on exit")  # expect: finally runs on exit
print("not reached")
