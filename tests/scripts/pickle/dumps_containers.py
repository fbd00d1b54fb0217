import pickle
def digest(b):
    return '%d:%d:%d:%d' % (len(b), sum(b), sum(b[::7]), sum(b[3::11]))
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
    print(n, [digest(pickle.dumps(list(range(n)), p)) for p in (1, 2, 5)],  # expect: 999 ['2747:202750:28981:18632', '2749:202880:28993:18554', '2757:203263:29058:18678'] ['3746:280720:40115:25501', '3748:280850:40103:25651', '3756:281212:40142:25700'] ['2774:205030:29227:18597', '2757:203355:29058:18678']
# expect: 1000 ['2750:203061:28981:18632', '2752:203191:29039:18554', '2760:203577:29159:18681'] ['3752:281266:40300:25501', '3754:281396:40220:25651', '3762:281764:40182:25666'] ['2777:205341:29226:18600', '2762:203855:29202:18683']
# expect: 1001 ['2755:203514:29213:18733', '2757:203644:29033:18786', '2765:204035:29159:18732'] ['3756:281656:40303:25618', '3758:281786:40180:25654', '3766:282158:40182:25716'] ['2782:205794:29569:18730', '2765:204170:29202:18732']
# expect: 2000 ['5752:410862:58734:37460', '5754:410992:58585:37423', '5762:411320:58840:37572'] ['7754:567083:81236:51519', '7756:567213:80958:51633', '7764:567503:80974:51631'] ['5779:413142:59059:37604', '5764:411641:58877:37574']
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
big = [{'k%d' % i: [i] * 3} for i in range(2500)]
b = pickle.dumps(big, 4)
print(digest(b), b[:12], pickle.loads(b) == big)  # expect: 58142:4933861:704838:448668 b'\x80\x04\x95\x13\xe3\x00\x00\x00\x00\x00\x00]' True
print(digest(pickle.dumps(['s' * 200] * 400, 5)), digest(pickle.dumps([('t%d' % i) * 50 for i in range(1000)], 4)))  # expect: 1017:66334:9574:6329 197543:13894791:1982415:1263121
lb = [b'x' * 70000, 'y' * 66000, 1]
b = pickle.dumps(lb, 4)
print(digest(b), b[:12], pickle.loads(b) == lb)  # expect: 136030:16387580:2340939:1489874 b'\x80\x04]\x94(Bp\x11\x01\x00xx' True
print(pickle.loads(pickle.dumps([1, (2, [3, {4: frozenset([5])}]), {6}], 4)))  # expect: [1, (2, [3, {4: frozenset({5})}]), {6}]
