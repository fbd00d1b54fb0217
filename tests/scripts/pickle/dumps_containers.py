import pickle
def digest(b):
    h = 0
    for c in b:
        h = (h * 131 + c) % 1000000007
    return '%d:%d' % (len(b), h)
for v in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2}, {1: 2, 3: 4}]:
    print(repr(v), [pickle.dumps(v, p) for p in (0, 1, 2, 4)])  # expect: () [b'(t.', b').', b'\x80\x02).', b'\x80\x04).']
# expect: (1,) [b'(I1\ntp0\n.', b'(K\x01tq\x00.', b'\x80\x02K\x01\x85q\x00.', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01\x85\x94.']
# expect: (1, 2) [b'(I1\nI2\ntp0\n.', b'(K\x01K\x02tq\x00.', b'\x80\x02K\x01K\x02\x86q\x00.', b'\x80\x04\x95\x07\x00\x00\x00\x00\x00\x00\x00K\x01K\x02\x86\x94.']
# expect: (1, 2, 3) [b'(I1\nI2\nI3\ntp0\n.', b'(K\x01K\x02K\x03tq\x00.', b'\x80\x02K\x01K\x02K\x03\x87q\x00.', b'\x80\x04\x95\t\x00\x00\x00\x00\x00\x00\x00K\x01K\x02K\x03\x87\x94.']
# expect: (1, 2, 3, 4) [b'(I1\nI2\nI3\nI4\ntp0\n.', b'(K\x01K\x02K\x03K\x04tq\x00.', b'\x80\x02(K\x01K\x02K\x03K\x04tq\x00.', b'\x80\x04\x95\x0c\x00\x00\x00\x00\x00\x00\x00(K\x01K\x02K\x03K\x04t\x94.']
# expect: [] [b'(lp0\n.', b']q\x00.', b'\x80\x02]q\x00.', b'\x80\x04]\x94.']
# expect: [1] [b'(lp0\nI1\na.', b']q\x00K\x01a.', b'\x80\x02]q\x00K\x01a.', b'\x80\x04\x95\x06\x00\x00\x00\x00\x00\x00\x00]\x94K\x01a.']
# expect: [1, 2] [b'(lp0\nI1\naI2\na.', b']q\x00(K\x01K\x02e.', b'\x80\x02]q\x00(K\x01K\x02e.', b'\x80\x04\x95\t\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01K\x02e.']
# expect: {} [b'(dp0\n.', b'}q\x00.', b'\x80\x02}q\x00.', b'\x80\x04}\x94.']
# expect: {1: 2} [b'(dp0\nI1\nI2\ns.', b'}q\x00K\x01K\x02s.', b'\x80\x02}q\x00K\x01K\x02s.', b'\x80\x04\x95\x08\x00\x00\x00\x00\x00\x00\x00}\x94K\x01K\x02s.']
# expect: {1: 2, 3: 4} [b'(dp0\nI1\nI2\nsI3\nI4\ns.', b'}q\x00(K\x01K\x02K\x03K\x04u.', b'\x80\x02}q\x00(K\x01K\x02K\x03K\x04u.', b'\x80\x04\x95\r\x00\x00\x00\x00\x00\x00\x00}\x94(K\x01K\x02K\x03K\x04u.']
print(pickle.dumps(set(), 4), pickle.dumps({5}, 4), pickle.dumps(frozenset(), 4), pickle.dumps(frozenset([5]), 4))  # expect: b'\x80\x04\x8f\x94.' b'\x80\x04\x95\x07\x00\x00\x00\x00\x00\x00\x00\x8f\x94(K\x05\x90.' b'\x80\x04\x95\x04\x00\x00\x00\x00\x00\x00\x00(\x91\x94.' b'\x80\x04\x95\x06\x00\x00\x00\x00\x00\x00\x00(K\x05\x91\x94.'
print(pickle.dumps({5}, 2), pickle.dumps(frozenset([5]), 1))  # expect: b'\x80\x02c__builtin__\nset\nq\x00]q\x01K\x05a\x85q\x02Rq\x03.' b'c__builtin__\nfrozenset\nq\x00(]q\x01K\x05atq\x02Rq\x03.'
for n in (999, 1000, 1001, 2000):
    print(n, [digest(pickle.dumps(list(range(n)), p)) for p in (1, 2, 5)],  # expect: 999 ['2747:807062922', '2749:179330514', '2757:182677129'] ['3746:425606744', '3748:889464', '3756:723670305'] ['2774:204441849', '2757:232891831']
# expect: 1000 ['2750:226644985', '2752:659690257', '2760:965706474'] ['3752:589794431', '3754:705521541', '3762:527309372'] ['2777:92577621', '2762:357602505']
# expect: 1001 ['2755:772795037', '2757:364616798', '2765:865566166'] ['3756:725386960', '3758:239373895', '3766:466737737'] ['2782:742542619', '2765:665916160']
# expect: 2000 ['5752:429540656', '5754:72516154', '5762:393632172'] ['7754:77970889', '7756:860922852', '7764:793079029'] ['5779:256298692', '5764:404299472']
          [digest(pickle.dumps(dict.fromkeys(range(n)), p)) for p in (1, 2, 5)],
          [digest(pickle.dumps(set(range(n)), p)) for p in (2, 4)])
s = [1, 2]
print(pickle.dumps([s, s, (s,)], 2))  # expect: b'\x80\x02]q\x00(]q\x01(K\x01K\x02eh\x01h\x01\x85q\x02e.'
print(pickle.dumps([s, s, (s,)], 0))  # expect: b'(lp0\n(lp1\nI1\naI2\naag1\na(g1\ntp2\na.'
t = (s, s)
print(pickle.dumps([t, t], 4))  # expect: b'\x80\x04\x95\x13\x00\x00\x00\x00\x00\x00\x00]\x94(]\x94(K\x01K\x02eh\x01\x86\x94h\x02e.'
r = [1]
r.append(r)
print(pickle.dumps(r, 2), pickle.dumps(r, 0))  # expect: b'\x80\x02]q\x00(K\x01h\x00e.' b'(lp0\nI1\nag0\na.'
d = {}
d['me'] = d
print(pickle.dumps(d, 4))  # expect: b'\x80\x04\x95\x0b\x00\x00\x00\x00\x00\x00\x00}\x94\x8c\x02me\x94h\x00s.'
rt = ([],)
rt[0].append(rt)
print(pickle.dumps(rt, 2), pickle.dumps(rt, 1), pickle.dumps(rt, 0))  # expect: b'\x80\x02]q\x00h\x00\x85q\x01a0h\x01.' b'(]q\x00(h\x00tq\x01a1h\x01.' b'((lp0\n(g0\ntp1\na00g1\n.'
rt4 = ([], 1, 2, 3)
rt4[0].append(rt4)
print(pickle.dumps(rt4, 2))  # expect: b'\x80\x02(]q\x00(h\x00K\x01K\x02K\x03tq\x01aK\x01K\x02K\x031h\x01.'
x = pickle.loads(pickle.dumps(r, 4))
print(x[1] is x, x[0])  # expect: True 1
y = pickle.loads(pickle.dumps(rt, 2))
print(y[0][0] is y)  # expect: True
z = pickle.loads(pickle.dumps([s, s], 5))
print(z[0] is z[1], z)  # expect: True [[1, 2], [1, 2]]
u = pickle.loads(pickle.dumps({'a': s, 'b': (s, s)}, 3))
print(u['a'] is u['b'][0] is u['b'][1], u)  # expect: True {'a': [1, 2], 'b': ([1, 2], [1, 2])}
big = [{'k%d' % i: [i] * 3} for i in range(5000)]
b = pickle.dumps(big, 4)
print(digest(b), b[:12], pickle.loads(b) == big)  # expect: 118155:98776088 b'\x80\x04\x95\x01\x00\x01\x00\x00\x00\x00\x00]' True
print(digest(pickle.dumps(['s' * 200] * 400, 5)), digest(pickle.dumps([('t%d' % i) * 50 for i in range(3000)], 4)))  # expect: 1017:110033920 703610:93246930
lb = [b'x' * 70000, 'y' * 66000, 1]
b = pickle.dumps(lb, 4)
print(digest(b), b[:12], pickle.loads(b) == lb)  # expect: 136030:794707682 b'\x80\x04]\x94(Bp\x11\x01\x00xx' True
print(pickle.loads(pickle.dumps([1, (2, [3, {4: frozenset([5])}]), {6}], 4)))  # expect: [1, (2, [3, {4: frozenset({5})}]), {6}]
