import sys
def main():
    print("working")  # expect: working
    return 7
sys.exit(main())
print("not reached")
# expect exit: 7
