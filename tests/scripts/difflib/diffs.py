import difflib

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'two\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'ate\n', 'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(a, b, 'before.py', 'after.py', '2024-01-01', '2024-01-02')), end='')
# expect: --- before.py	2024-01-01
# expect: +++ after.py	2024-01-02
# expect: @@ -1,10 +1,12 @@
# expect: +zero
# expect:  one
# expect:  two
# expect: -three
# expect: +tree
# expect:  four
# expect:  five
# expect:  six
# expect:  seven
# expect: -eight
# expect: +ate
# expect:  nine
# expect:  ten
# expect: +eleven
print(''.join(difflib.unified_diff(a, b, 'a', 'b', n=0)), end='')
# expect: --- a
# expect: +++ b
# expect: @@ -0,0 +1 @@
# expect: +zero
# expect: @@ -3 +4 @@
# expect: -three
# expect: +tree
# expect: @@ -8 +9 @@
# expect: -eight
# expect: +ate
# expect: @@ -10,0 +12 @@
# expect: +eleven
print(''.join(difflib.context_diff(a, b, 'before.py', 'after.py')), end='')
# expect: *** before.py
# expect: --- after.py
# expect: ***************
# expect: *** 1,10 ****
# expect:   one
# expect:   two
# expect: ! three
# expect:   four
# expect:   five
# expect:   six
# expect:   seven
# expect: ! eight
# expect:   nine
# expect:   ten
# expect: --- 1,12 ----
# expect: + zero
# expect:   one
# expect:   two
# expect: ! tree
# expect:   four
# expect:   five
# expect:   six
# expect:   seven
# expect: ! ate
# expect:   nine
# expect:   ten
# expect: + eleven
print(''.join(difflib.context_diff(a, a[:3] + a[4:], 'a', 'b', n=1)), end='')
# expect: *** a
# expect: --- b
# expect: ***************
# expect: *** 3,5 ****
# expect:   three
# expect: - four
# expect:   five
# expect: --- 3,4 ----
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))  # expect: ['--- ', '+++ ', '@@ -1 +1 @@', '-x', '+y']
print(list(difflib.unified_diff([], ['new'], lineterm='')))  # expect: ['--- ', '+++ ', '@@ -0,0 +1 @@', '+new']
print(list(difflib.context_diff(['gone'], [], lineterm='')))  # expect: ['*** ', '--- ', '***************', '*** 1 ****', '- gone', '--- 0 ----']
print(list(difflib.unified_diff(a, a)))  # expect: []

# ndiff / Differ with intraline hints
print(''.join(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])), end='')
# expect: - one
# expect: ?  ^
# expect: + ore
# expect: ?  ^
# expect: - two
# expect: - three
# expect: ?  -
# expect: + tree
# expect: + emu
d = difflib.Differ()
text1 = ['  1. Beautiful is better than ugly.\n', '  2. Explicit is better than implicit.\n',
         '  3. Simple is better than complex.\n', '  4. Complex is better than complicated.\n']
text2 = ['  1. Beautiful is better than ugly.\n', '  3.   Simple is better than complex.\n',
         '  4. Complicated is better than complex.\n', '  5. Flat is better than nested.\n']
result = list(d.compare(text1, text2))
print(''.join(result), end='')
# expect:     1. Beautiful is better than ugly.
# expect: -   2. Explicit is better than implicit.
# expect: -   3. Simple is better than complex.
# expect: +   3.   Simple is better than complex.
# expect: ?     ++
# expect: -   4. Complex is better than complicated.
# expect: ?            ^                     ---- ^
# expect: +   4. Complicated is better than complex.
# expect: ?           ++++ ^                      ^
# expect: +   5. Flat is better than nested.
print(''.join(difflib.restore(result, 1)) == ''.join(text1), ''.join(difflib.restore(result, 2)) == ''.join(text2))  # expect: True True
print(list(difflib.ndiff(['a\tb\n'], ['a\tc\n'])))  # expect: ['- a\tb\n', '?  \t^\n', '+ a\tc\n', '?  \t^\n']
print(list(difflib.ndiff(['abc'], ['xyz'])), list(difflib.ndiff(['same'], ['same'])))  # expect: ['- abc', '+ xyz'] ['  same']
print(list(difflib.ndiff(['1\n', '2\n', '\n'], ['1\n', '\n', '2\n'], linejunk=difflib.IS_LINE_JUNK)))  # expect: ['  1\n', '+ \n', '  2\n', '- \n']

# bytes
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'b\n', b'\xff\n'], b'x', b'y')))  # expect: [b'--- x\n', b'+++ y\n', b'@@ -1,2 +1,2 @@\n', b'-a\n', b'+b\n', b' \xff\n']

# close matches and junk predicates
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))  # expect: ['apple', 'ape']
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist), difflib.get_close_matches('pineapple', keyword.kwlist))  # expect: ['while'] []
print(difflib.get_close_matches('accept', keyword.kwlist), difflib.get_close_matches('x', ['x', 'xy', 'xz', 'y'], n=2, cutoff=0.5))  # expect: ['except'] ['x', 'xz']
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'), difflib.IS_LINE_JUNK('##'))
# expect: True True False False
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x'))  # expect: True True False False

for bad in [lambda: list(difflib.unified_diff([b'a'], ['b'])), lambda: list(difflib.unified_diff(['a'], ['b'], fromfile=3)),
            lambda: list(difflib.context_diff(['a'], [1])), lambda: list(difflib.restore([], 3)),
            lambda: difflib.get_close_matches('a', ['a'], n=0), lambda: difflib.get_close_matches('a', ['a'], cutoff=1.5),
            lambda: list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b']))]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
        # expect: TypeError lines to compare must be str, not bytes (b'a')
        # expect: TypeError all arguments must be str, not: 3
        # expect: TypeError lines to compare must be str, not int (1)
        # expect: ValueError unknown delta choice (must be 1 or 2): 3
        # expect: ValueError n must be > 0: 0
        # expect: ValueError cutoff must be in [0.0, 1.0]: 1.5
        # expect: TypeError all arguments must be bytes, not str ('a')
