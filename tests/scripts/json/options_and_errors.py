import json
from collections import OrderedDict, Counter
print(json.dumps({"a": [1, {"b": None}]}, indent=0))
# expect: {
# expect: "a": [
# expect: 1,
# expect: {
# expect: "b": null
# expect: }
# expect: ]
# expect: }
print(json.dumps([1, 2], indent=-1), json.dumps({"x": 1}, separators=(",", "=")))
# expect: [
# expect: 1,
# expect: 2
# expect: ] {"x"=1}
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": [3, 2]}}, sort_keys=True, indent=2))
# expect: {
# expect:   "a": 2,
# expect:   "b": 1,
# expect:   "c": {
# expect:     "y": [
# expect:       3,
# expect:       2
# expect:     ],
# expect:     "z": 1
# expect:   }
# expect: }
print(json.dumps("\x7f\u2028 \ud7ff"), json.dumps("é\x00", ensure_ascii=False))  # expect: "\u007f\u2028 \ud7ff" "é\u0000"
print(json.dumps(Counter("aab")), json.dumps(OrderedDict(b=1, a=2)), json.dumps(True), json.dumps([1.5e300, -1e-7, 123456789.0]))  # expect: {"a": 2, "b": 1} {"b": 1, "a": 2} true [1.5e+300, -1e-07, 123456789.0]
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({"k": float("nan")}))  # expect: {} {"k": NaN}
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float("inf"), allow_nan=False), lambda: json.dumps({1: "a", "b": 2}, sort_keys=True)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError keys must be str, int, float, bool or None, not tuple
# expect: ValueError Out of range float values are not JSON compliant
# expect: TypeError '<' not supported between instances of 'str' and 'int'
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)  # expect: Circular reference detected
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)  # expect: Circular reference detected
print(json.dumps({"d": object()}, default=lambda o: [1, 2]))  # expect: {"d": [1, 2]}
print(json.loads('{"a": [1, 2, {"b": false}]}', object_hook=lambda d: sorted(d.items())))  # expect: [('a', [1, 2, [('b', False)]])]
print(json.loads("1.5", parse_float=lambda s: "F" + s), json.loads("12", parse_int=lambda s: int(s) * 2))  # expect: F1.5 24
print(json.loads('[1, 2]', object_pairs_hook=None), json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))  # expect: [1, 2] [('a', 1), ('b', 2)]
print(json.loads(b'{"x": "\\u00e9"}'))  # expect: {'x': 'é'}
for bad in ['"abc', '"a\x01b"', '[1 2]', '{"a": 1 "b": 2}', '{"a": 1,}', '[', '-', '01', '1.', '"\\x"', '"\\u12"', 'nul', '{1: 2}', '[1,\n\n 2,,]', '  ', '"a" "b"', '1e', '-Infinity x', '\ufeff1']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == bad)
# expect: '"abc' -> Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1 True
# expect: '"a\x01b"' -> Invalid control character at: line 1 column 3 (char 2) | Invalid control character at 2 1 3 True
# expect: '[1 2]' -> Expecting ',' delimiter: line 1 column 4 (char 3) | Expecting ',' delimiter 3 1 4 True
# expect: '{"a": 1 "b": 2}' -> Expecting ',' delimiter: line 1 column 9 (char 8) | Expecting ',' delimiter 8 1 9 True
# expect: '{"a": 1,}' -> Expecting property name enclosed in double quotes: line 1 column 9 (char 8) | Expecting property name enclosed in double quotes 8 1 9 True
# expect: '[' -> Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2 True
# expect: '-' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: '01' -> Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# expect: '1.' -> Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# expect: '"\\x"' -> Invalid \escape: line 1 column 2 (char 1) | Invalid \escape 1 1 2 True
# expect: '"\\u12"' -> Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3 True
# expect: 'nul' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: '{1: 2}' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2 True
# expect: '[1,\n\n 2,,]' -> Expecting value: line 3 column 4 (char 8) | Expecting value 8 3 4 True
# expect: '  ' -> Expecting value: line 1 column 3 (char 2) | Expecting value 2 1 3 True
# expect: '"a" "b"' -> Extra data: line 1 column 5 (char 4) | Extra data 4 1 5 True
# expect: '1e' -> Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# expect: '-Infinity x' -> Extra data: line 1 column 11 (char 10) | Extra data 10 1 11 True
# expect: '\ufeff1' -> Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0) | Unexpected UTF-8 BOM (decode using utf-8-sig) 0 1 1 True
print(json.loads('1e5'), json.loads('-0'), json.loads('-0.0'), json.loads('1E+2'), json.loads('[-1.5e-3]'))  # expect: 100000.0 0 -0.0 100.0 [-0.0015]
big = json.dumps([{"id": i, "v": [i] * 3, "s": "x" * 5} for i in range(2000)])
print(len(big), json.loads(big)[1999])  # expect: 101560 {'id': 1999, 'v': [1999, 1999, 1999], 's': 'xxxxx'}
deep = "[" * 100 + "]" * 100
print(len(json.dumps(json.loads(deep))))  # expect: 200
try:
    json.loads("[" * 100000)
except RecursionError as e:
    print("RecursionError")  # expect: RecursionError
