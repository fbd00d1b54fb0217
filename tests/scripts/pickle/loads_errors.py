import pickle
def t(data, **kw):
    try:
        r = repr(pickle.loads(data, **kw))
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    return r
print(t(b''))  # expect: EOFError: Ran out of input
print(t(b'.'))  # expect: UnpicklingError: unpickling stack underflow
print(t(b'(.'))  # expect: UnpicklingError: unexpected MARK found
print(t(b'a.'))  # expect: UnpicklingError: unpickling stack underflow
print(t(b'\x80\x05'))  # expect: EOFError: Ran out of input
print(t(b'K'))  # expect: UnpicklingError: pickle data was truncated
print(t(b'\x80\x04\x8c\x05ab'))  # expect: UnpicklingError: pickle data was truncated
print(t(b'h\x05.'))  # expect: UnpicklingError: Memo value not found at index 5
print(t(b'g5\n.'))  # expect: UnpicklingError: Memo value not found at index 5
print(t(b'j\x05\x00\x00\x00.'))  # expect: UnpicklingError: Memo value not found at index 5
print(t(b'\xff'))  # expect: UnpicklingError: invalid load key, '\xff'.
print(t(b'z'))  # expect: UnpicklingError: invalid load key, 'z'.
print(t(b"'"))  # expect: UnpicklingError: invalid load key, '\x27'.
print(t(b'}NNNu.'))  # expect: UnpicklingError: could not find MARK
print(t(b'}(NNNu.'))  # expect: UnpicklingError: odd number of items for SETITEMS
print(t(b'\x80\x04\x8c\x08builtins\x8c\x03zzz\x93.'))  # expect: AttributeError: Can't get attribute 'zzz' on <module 'builtins' (built-in)>
print(t(b'cbuiltins\nzzz\n.'))  # expect: AttributeError: Can't get attribute 'zzz' on <module 'builtins' (built-in)>
print(t(b'K\x01\x81.'))  # expect: UnpicklingError: unpickling stack underflow
print(t(b'c__builtin__\nint\nK\x01\x81.'))  # expect: UnpicklingError: NEWOBJ args argument must be a tuple, not int
print(t(b"S'abc\n."))  # expect: UnpicklingError: the STRING opcode argument must be quoted
print(t(b"S'a\\x41\\n\\101'\n."))  # expect: 'aA\nA'
print(t(b'V\\u0041\\\\u0042 \\U0001f600\n.'))  # expect: 'A\\\\u0042 😀'
print(t(b'\x80\x02\x82\x05.'))  # expect: ValueError: unregistered extension code 5
print(t(b'P1\n.'))  # expect: UnpicklingError: A load persistent id instruction was encountered,
# expect: but no persistent_load function was specified.
print(t(b'\x95\x10\x00\x00\x00\x00\x00\x00\x00N.'))  # expect: UnpicklingError: pickle data was truncated
print(t(b'I5\nI01\nI00\nL5L\nF1.5\n\x86\x86\x86.'))  # expect: (True, (False, (5, 1.5)))
print(t(b'\x80\x05\x97.'))  # expect: UnpicklingError: pickle stream refers to out-of-band data but no *buffers* argument was given
print(t(b'N}b.'))  # expect: AttributeError: 'NoneType' object has no attribute '__dict__'
print(t(b'N]b.'))  # expect: UnpicklingError: state is not a dictionary
print(t(b'0.'))  # expect: UnpicklingError: unpickling stack underflow
print(t(b'1.'))  # expect: UnpicklingError: could not find MARK
print(t(b'N2\x86.'))  # expect: (None, None)
print(t(b'Np-1\n.'))  # expect: ValueError: negative PUT argument
print(t(b'\x80\x02]K\x01a.'))  # expect: [1]
print(t(b'NN\x87.'))  # expect: UnpicklingError: unpickling stack underflow
print(t(b'(\x87.'))  # expect: UnpicklingError: unexpected MARK found
print(t(b'T\xff\xff\xff\xff.'))  # expect: UnpicklingError: pickle data was truncated
print(t(b'\x8b\xff\xff\xff\xff.'))  # expect: UnpicklingError: LONG pickle has negative byte count
print(t(b'X\x01\x00\x00\x00\xff.'))  # expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
print(t(b'U\x02\xc3\xa9.'))  # expect: UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)
print(t(b'U\x02\xc3\xa9.', encoding='latin1'))  # expect: 'Ã©'
print(t(b'U\x02\xc3\xa9.', encoding='bytes'))  # expect: b'\xc3\xa9'
print(t(b'\x80\x02c__builtin__\nxrange\nK\x03\x85R.'))  # expect: range(0, 3)
print(t(b'\x80\x03c__builtin__\nxrange\nK\x03\x85R.'))  # expect: ModuleNotFoundError: No module named '__builtin__'
print(t(b'\x80\x02c__builtin__\nxrange\nK\x03\x85R.', fix_imports=False))  # expect: ModuleNotFoundError: No module named '__builtin__'
print(t(b'cbuiltins\nlen\n(]t\x81.'))  # expect: UnpicklingError: NEWOBJ class argument must be a type, not builtin_function_or_method
print(t(b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.'))  # expect: UnpicklingError: pickle data was truncated
print(t(b'(K\x01K\x02l.'), t(b'(K\x01K\x02d.'), t(b'(K\x01t.'), t(b'K\x01K\x022.'))  # expect: [1, 2] {1: 2} (1,) 2
print(t(b'(K\x01K\x020K\x03l.'), t(b'(K\x011K\x05.'), t(b']K\x01\x94h\x00e.'))  # expect: [1, 3] 5 UnpicklingError: could not find MARK
print(t(b'\x80\x04\x8f(K\x01K\x02\x90.'), t(b'\x80\x04(K\x01\x91.'))  # expect: {1, 2} frozenset({1})
print(t(b'(c__builtin__\nlist\no.'), t(b'(i__builtin__\ndict\n.'))  # expect: [] {}
print(t(b'\x80\x02\x8a\x02\xff\x00.'), t(b'\x80\x02\x8a\x00.'), t(b'\x80\x02\x8b\x01\x00\x00\x00\x80.'))  # expect: 255 0 -128
print(t(b'N\x8a'), t(b'B\x02\x00\x00\x00ab.'), t(b'C\x01z.'))  # expect: UnpicklingError: pickle data was truncated b'ab' b'z'
print(t('N.'))  # expect: TypeError: a bytes-like object is required, not 'str'
print(t(b'\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00N.'))  # expect: None
print(t(b'\x80\x03]q\x00(K\x01h\x00e.'))  # expect: [1, [...]]
