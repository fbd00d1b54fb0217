from difflib import SequenceMatcher, Match

s = SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks())  # expect: [Match(a=0, b=0, size=2), Match(a=3, b=2, size=2), Match(a=5, b=4, size=0)]
print(s.get_opcodes())  # expect: [('equal', 0, 2, 0, 2), ('delete', 2, 3, 2, 2), ('equal', 3, 5, 2, 4)]
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())  # expect: 0.8888888888888888 0.8888888888888888 0.8888888888888888
print(s.find_longest_match(), s.find_longest_match(0, 2, 0, 4), s.find_longest_match(3, 5, 0, 4))  # expect: Match(a=0, b=0, size=2) Match(a=0, b=0, size=2) Match(a=3, b=2, size=2)
print(Match(1, 2, 3), Match(1, 2, 3).size)  # expect: Match(a=1, b=2, size=3) 3

# junk: spaces are junk
s = SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks(), s.bjunk)  # expect: 0.866 [Match(a=0, b=0, size=8), Match(a=8, b=17, size=21), Match(a=29, b=38, size=0)] {' '}
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('%7s a[%d:%d] (%s) b[%d:%d] (%s)' % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
    # expect:   equal a[0:8] (private ) b[0:8] (private )
    # expect:  insert a[8:8] () b[8:17] (volatile )
    # expect:   equal a[8:29] (Thread currentThread;) b[17:38] (Thread currentThread;)
s = SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))  # expect: Match(a=0, b=4, size=5)
s = SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))  # expect: Match(a=1, b=0, size=4)

# autojunk: popular elements of a long b
b = 'ab' * 150 + 'c'
s = SequenceMatcher(None, 'xcab', b)
print(sorted(s.bpopular), s.get_matching_blocks()[:2], round(s.ratio(), 5))  # expect: ['a', 'b'] [Match(a=1, b=300, size=1), Match(a=4, b=301, size=0)] 0.00656
s = SequenceMatcher(None, 'xcab', b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks()[:2], round(s.ratio(), 5))  # expect: [] [Match(a=2, b=0, size=2), Match(a=4, b=301, size=0)] 0.01311

# grouped opcodes
a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ['i']
b[20] += 'x'
b[23:28] = []
b[30] += 'y'
s = SequenceMatcher(None, a, b)
for group in s.get_grouped_opcodes():
    print(group)
    # expect: [('equal', 5, 8, 5, 8), ('insert', 8, 8, 8, 9), ('equal', 8, 11, 9, 12)]
    # expect: [('equal', 16, 19, 17, 20), ('replace', 19, 20, 20, 21), ('equal', 20, 22, 21, 23), ('delete', 22, 27, 23, 23), ('equal', 27, 30, 23, 26)]
    # expect: [('equal', 31, 34, 27, 30), ('replace', 34, 35, 30, 31), ('equal', 35, 38, 31, 34)]
print(list(SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))  # expect: []
print(list(SequenceMatcher(None, '', '').get_grouped_opcodes()), SequenceMatcher(None, '', '').ratio())  # expect: [] 1.0
print(list(SequenceMatcher(None, 'a', 'b').get_grouped_opcodes(0)))  # expect: [[('replace', 0, 1, 0, 1)]]

# reuse with set_seq1 / set_seq2 / set_seqs
s = SequenceMatcher()
s.set_seqs('hello', 'hallo')
print(s.ratio())  # expect: 0.8
s.set_seq2('help')
print(s.get_opcodes(), s.ratio())  # expect: [('equal', 0, 3, 0, 3), ('replace', 3, 5, 3, 4)] 0.6666666666666666
s.set_seq1('yelp')
print(s.get_opcodes(), s.ratio())  # expect: [('replace', 0, 1, 0, 1), ('equal', 1, 4, 1, 4)] 0.75
print(SequenceMatcher(None, [1, 2, 3, 4], [2, 3, 5]).get_opcodes())  # expect: [('delete', 0, 1, 0, 0), ('equal', 1, 3, 0, 2), ('replace', 3, 4, 2, 3)]
print(SequenceMatcher(None, ('a', 'b'), ['b']).get_matching_blocks())  # expect: [Match(a=1, b=0, size=1), Match(a=2, b=1, size=0)]
