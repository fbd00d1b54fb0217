import shlex
print(shlex.split("ls -l 'my file.txt' \"other file\" plain"))
# expect: ['ls', '-l', 'my file.txt', 'other file', 'plain']
print(shlex.split("a\\ b c\\\\d 'it''s' \"x\\\"y\" \"a\\b\" 'a\\b'"))
# expect: ['a b', 'c\\d', 'its', 'x"y', 'a\\b', 'a\\b']
print(shlex.split("echo hi # a comment"), shlex.split("echo hi # a comment", comments=True))
# expect: ['echo', 'hi', '#', 'a', 'comment'] ['echo', 'hi']
print(shlex.split("  "), shlex.split(""), shlex.split("''"), shlex.split('"" x'))
# expect: [] [] [''] ['', 'x']
print(shlex.split("foo=bar baz='qu ux' --opt=\"1 2\""))
# expect: ['foo=bar', 'baz=qu ux', '--opt=1 2']
print(shlex.split("a\nb\tc\r\nd"))
# expect: ['a', 'b', 'c', 'd']
print(shlex.split("it\\'s \"nested 'q'\" done", posix=True))
# expect: ["it's", "nested 'q'", 'done']
print(shlex.split("'abc' \"de f\" g", posix=False))
# expect: ["'abc'", '"de f"', 'g']
print(shlex.split("multi\\\nline"))
# expect: ['multi\nline']
for bad in ["'unterminated", '"also', "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
        # expect: ValueError: No closing quotation
        # expect: ValueError: No closing quotation
        # expect: ValueError: No escaped character
for s in ["", "simple", "with space", "it's", "$HOME", "a\"b", "-x=1,2:3/4.5@6%7+8", "tab\there", "naïve", "*"]:
    print(repr(shlex.quote(s)))
    # expect: "''"
    # expect: 'simple'
    # expect: "'with space'"
    # expect: '\'it\'"\'"\'s\''
    # expect: "'$HOME'"
    # expect: '\'a"b\''
    # expect: '-x=1,2:3/4.5@6%7+8'
    # expect: "'tab\there'"
    # expect: "'naïve'"
    # expect: "'*'"
print(shlex.join(["echo", "hello world", "it's", ""]))
# expect: echo 'hello world' 'it'"'"'s' ''
cmd = ["grep", "-e", "a b", "'q'", "x;y"]
print(shlex.split(shlex.join(cmd)) == cmd)
# expect: True
print(shlex.__all__)
# expect: ['shlex', 'split', 'quote', 'join']
