import collections
import copy
import pickle
o = collections.OrderedDict(a=[1], b=2)
o2 = copy.deepcopy(o)
print(o2, o2['a'] is o['a'], type(copy.copy(o)).__name__)  # expect: OrderedDict([('a', [1]), ('b', 2)]) False OrderedDict
dq = collections.deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2[1] is dq[1], copy.copy(collections.deque([3])))  # expect: deque([1, [2]], maxlen=5) False deque([3])
dd = collections.defaultdict(list, {'k': [1]})
dd2 = copy.deepcopy(dd)
print(dd2, dd2['k'] is dd['k'], dd2['new'])  # expect: defaultdict(<class 'list'>, {'k': [1], 'new': []}) False []
ct = collections.Counter('abb')
print(copy.copy(ct), copy.deepcopy(ct) == ct)  # expect: Counter({'b': 2, 'a': 1}) True
for obj in [o, dq, dd, ct, collections.deque(), collections.defaultdict()]:
    print(type(obj).__name__, [pickle.loads(pickle.dumps(obj, p)) == obj for p in (0, 2, 4)])  # expect: OrderedDict [True, True, True]
# expect: deque [True, True, True]
# expect: defaultdict [True, True, True]
# expect: Counter [True, True, True]
# expect: deque [True, True, True]
# expect: defaultdict [True, True, True]
print(pickle.dumps(collections.OrderedDict(a=1), 2))  # expect: b'\x80\x02ccollections\nOrderedDict\nq\x00)Rq\x01X\x01\x00\x00\x00aq\x02K\x01s.'
print(pickle.dumps(collections.deque([1, 2], 3), 4))  # expect: b'\x80\x04\x95&\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x05deque\x94\x93\x94)K\x03\x86\x94R\x94(K\x01K\x02e.'
print(pickle.dumps(collections.Counter(x=1), 3))  # expect: b'\x80\x03ccollections\nCounter\nq\x00}q\x01X\x01\x00\x00\x00xq\x02K\x01s\x85q\x03Rq\x04.'
