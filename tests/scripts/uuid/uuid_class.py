# uuid.UUID: constructors, properties, comparisons, errors, namespaces
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u))  # expect: 12345678-1234-5678-1234-567812345678 UUID('12345678-1234-5678-1234-567812345678')
print(u.hex, u.int, u.urn)  # expect: 12345678123456781234567812345678 24197857161011715162171839636988778104 urn:uuid:12345678-1234-5678-1234-567812345678
print(u.version, u.variant)  # expect: None reserved for NCS compatibility
print(u.bytes)  # expect: b'\x124Vx\x124Vx\x124Vx\x124Vx'
print(u.bytes_le)  # expect: b'xV4\x124\x12xV\x124Vx\x124Vx'
print(u.fields)  # expect: (305419896, 4660, 22136, 18, 52, 95073701484152)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)  # expect: 305419896 4660 22136 18 52 95073701484152
print(u.time, u.clock_seq)  # expect: 466142576285865592 4660

same = [uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields),
        uuid.UUID(int=u.int), uuid.UUID('urn:uuid:12345678123456781234567812345678'),
        uuid.UUID('12345678-1234-5678-1234-567812345678')]
print(all(x == u for x in same), len({hash(x) for x in same}))  # expect: True 1

v4 = uuid.UUID(int=0, version=4)
print(v4, v4.version, v4.variant)  # expect: 00000000-0000-4000-8000-000000000000 4 specified in RFC 4122
print(uuid.UUID(int=(1 << 128) - 1, version=1))  # expect: ffffffff-ffff-1fff-bfff-ffffffffffff
print(uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=(1 << 128) - 1).version)  # expect: reserved for future definition None
print(uuid.UUID(int=0).variant, uuid.UUID(int=0xc000 << 48).variant)  # expect: reserved for NCS compatibility reserved for Microsoft compatibility
print(uuid.UUID(bytes=bytes(range(16))), uuid.UUID(bytes_le=bytes(range(16))))  # expect: 00010203-0405-0607-0809-0a0b0c0d0e0f 03020100-0504-0706-0809-0a0b0c0d0e0f

a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, int(b), sorted([b, a]))  # expect: True True False False False True 2 [UUID('00000000-0000-0000-0000-000000000001'), UUID('00000000-0000-0000-0000-000000000002')]
print(a == 1, a != 'x')  # expect: False True
try:
    a < 1
except TypeError as e:
    print('TypeError:', e)
# expect: TypeError: '<' not supported between instances of 'UUID' and 'int'
try:
    a.int = 5
except TypeError as e:
    print('TypeError:', e)
# expect: TypeError: UUID objects are immutable

bad = [
    {}, {'hex': 'abc'}, {'hex': '12345678123456781234567812345678', 'int': 1},
    {'bytes': b'short'}, {'bytes_le': b'short'}, {'fields': (1, 2, 3)},
    {'fields': (1 << 32, 0, 0, 0, 0, 0)}, {'fields': (0, 1 << 16, 0, 0, 0, 0)},
    {'fields': (0, 0, 1 << 16, 0, 0, 0)}, {'fields': (0, 0, 0, 256, 0, 0)},
    {'fields': (0, 0, 0, 0, 256, 0)}, {'fields': (0, 0, 0, 0, 0, 1 << 48)},
    {'int': -1}, {'int': 1 << 128}, {'int': 0, 'version': 6}, {'int': 0, 'version': 0},
]
for kw in bad:
    try:
        uuid.UUID(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
# expect: TypeError: one of the hex, bytes, bytes_le, fields, or int arguments must be given
# expect: ValueError: badly formed hexadecimal UUID string
# expect: TypeError: one of the hex, bytes, bytes_le, fields, or int arguments must be given
# expect: ValueError: bytes is not a 16-char string
# expect: ValueError: bytes_le is not a 16-char string
# expect: ValueError: fields is not a 6-tuple
# expect: ValueError: field 1 out of range (need a 32-bit value)
# expect: ValueError: field 2 out of range (need a 16-bit value)
# expect: ValueError: field 3 out of range (need a 16-bit value)
# expect: ValueError: field 4 out of range (need an 8-bit value)
# expect: ValueError: field 5 out of range (need an 8-bit value)
# expect: ValueError: field 6 out of range (need a 48-bit value)
# expect: ValueError: int is out of range (need a 128-bit value)
# expect: ValueError: int is out of range (need a 128-bit value)
# expect: ValueError: illegal version number
# expect: ValueError: illegal version number

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL)  # expect: 6ba7b810-9dad-11d1-80b4-00c04fd430c8 6ba7b811-9dad-11d1-80b4-00c04fd430c8
print(uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)  # expect: 6ba7b812-9dad-11d1-80b4-00c04fd430c8 6ba7b814-9dad-11d1-80b4-00c04fd430c8
print(uuid.RESERVED_NCS, '|', uuid.RFC_4122, '|', uuid.RESERVED_MICROSOFT, '|', uuid.RESERVED_FUTURE)  # expect: reserved for NCS compatibility | specified in RFC 4122 | reserved for Microsoft compatibility | reserved for future definition
print(uuid.SafeUUID.safe, uuid.SafeUUID.unsafe.value, uuid.SafeUUID.unknown.value)  # expect: SafeUUID.safe -1 None
print(u.is_safe, uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)  # expect: SafeUUID.unknown SafeUUID.safe
print(u.__getstate__(), uuid.UUID(int=5, is_safe=uuid.SafeUUID.unsafe).__getstate__())  # expect: {'int': 24197857161011715162171839636988778104} {'int': 5, 'is_safe': -1}
w = uuid.UUID.__new__(uuid.UUID)
w.__setstate__({'int': 7, 'is_safe': 0})
print(repr(w), w.is_safe)  # expect: UUID('00000000-0000-0000-0000-000000000007') SafeUUID.safe
print(str(uuid.UUID('12345678-1234-5678-1234-567812345678', version=1)))  # expect: 12345678-1234-1678-9234-567812345678
print({uuid.UUID(int=3): 'x'}[uuid.UUID(int=3)])  # expect: x
