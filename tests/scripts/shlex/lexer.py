import shlex
lex = shlex.shlex("a = b + 'c d' ; e(f) # comment\nnext-line 12.5")
print(list(lex))
# expect: ['a', '=', 'b', '+', "'c d'", ';', 'e', '(', 'f', ')', 'next', '-', 'line', '12', '.', '5']
lex = shlex.shlex("a = b + 'c d' ; e(f) # comment\nnext-line", posix=True)
print(list(lex))
# expect: ['a', '=', 'b', '+', 'c d', ';', 'e', '(', 'f', ')', 'next', '-', 'line']
lex = shlex.shlex("a;b", posix=False)
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
# expect: a ; b ''
lex = shlex.shlex("x y z", posix=True)
print(lex.get_token())
# expect: x
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token())
# expect: pushed y z None
lex = shlex.shlex("one\ntwo\n\nthree", posix=True)
toks = []
while True:
    t = lex.get_token()
    if t is None:
        break
    toks.append((t, lex.lineno))
print(toks)
# expect: [('one', 2), ('two', 3), ('three', 4)]
lex = shlex.shlex("a && b || c; d > out.txt 2>&1", punctuation_chars=True)
print(list(lex))
# expect: ['a', '&&', 'b', '||', 'c', ';', 'd', '>', 'out.txt', '2', '>&', '1']
lex = shlex.shlex("ls -l|grep x&&echo ~/a.b", posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
# expect: ['ls', '-l', '|', 'grep', 'x', '&&', 'echo', '~/a.b']
lex = shlex.shlex("a|b;c", punctuation_chars="|")
print(list(lex), lex.punctuation_chars)
# expect: ['a', '|', 'b', ';', 'c'] |
try:
    lex.punctuation_chars = "x"
except AttributeError:
    print("read-only")
    # expect: read-only
lex = shlex.shlex("x,y z", posix=True)
lex.whitespace = " ,"
print(list(lex))
# expect: ['x', 'y', 'z']
lex = shlex.shlex("a:b c", posix=True)
lex.wordchars += ":"
print(list(lex))
# expect: ['a:b', 'c']
lex = shlex.shlex("%x% 'y'", posix=True)
lex.quotes = "%"
print(list(lex))
# expect: ['x', "'", 'y', "'"]
lex = shlex.shlex("hello", infile="f.txt")
print(repr(lex.error_leader()), repr(lex.error_leader("g", 7)))
# expect: '"f.txt", line 1: ' '"g", line 7: '
s = shlex.shlex("", posix=True)
print(s.eof, repr(shlex.shlex("").eof), s.commenters, repr(s.whitespace), s.quotes, s.escape, s.escapedquotes)
# expect: None '' # ' \t\r\n' '" \ "
print(shlex.shlex(posix=True).wordchars)
# expect: abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ
print(shlex.shlex("x", punctuation_chars=True).wordchars)
# expect: abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_~-./*?=
lex = shlex.shlex("'open", posix=True)
try:
    list(lex)
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: No closing quotation
lex = shlex.shlex("'open")
try:
    list(lex)
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: No closing quotation
