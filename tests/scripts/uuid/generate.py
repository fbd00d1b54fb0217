# uuid1 / uuid4 (random) and uuid3 / uuid5 (hash based, needs hashlib)
import uuid

a = uuid.uuid4()
print(type(a).__name__, a.version, a.variant, len(str(a)), a != uuid.uuid4())  # expect: UUID 4 specified in RFC 4122 36 True
print(len({uuid.uuid4() for _ in range(200)}))  # expect: 200
print(all(uuid.uuid4().version == 4 for _ in range(50)))  # expect: True

b = uuid.uuid1()
c = uuid.uuid1()
print(b.version, b.variant, b != c, c.time > b.time, b.node == uuid.getnode())  # expect: 1 specified in RFC 4122 True True True
d = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(d.node), d.clock_seq, d.version)  # expect: 0x123456789abc 4660 1
print(uuid.getnode() == uuid.getnode(), 0 < uuid.getnode() < 1 << 48)  # expect: True True

print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))  # expect: 6fa459ea-ee8a-3ca4-894e-db77e160355e
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))  # expect: 886313e1-3b8a-5372-9b90-0c9aee199e5d
try:
    uuid.uuid3(uuid.NAMESPACE_URL, b'http://example.com/')
except TypeError:
    print('TypeError for bytes names')
# expect: TypeError for bytes names
print(uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x').version)  # expect: 42d5e23b-3a02-5135-85c6-52d1102f1f00 5
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://example.com/'))  # expect: 773536a8-4b7b-383d-9106-697d4d366254
