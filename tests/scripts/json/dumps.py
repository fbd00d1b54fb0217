import json
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "s"}))  # expect: {"a": 1, "b": [1, 2.5, null, true, false], "c": "s"}
print(json.dumps([]), json.dumps({}), json.dumps(None), json.dumps("x"), json.dumps(3))  # expect: [] {} null "x" 3
print(json.dumps((1, 2)), json.dumps(1.0), json.dumps(1e20), json.dumps(0.1 + 0.2))  # expect: [1, 2] 1.0 1e+20 0.30000000000000004
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True))  # expect: {"a": {"c": 3, "d": 2}, "b": 1}
print(json.dumps([1, {"k": "v"}], separators=(",", ":")))  # expect: [1,{"k":"v"}]
print(json.dumps({"k": [1, 2]}, indent=2))
# expect: {
# expect:   "k": [
# expect:     1,
# expect:     2
# expect:   ]
# expect: }
print(json.dumps({"a": [], "b": {}}, indent=4))
# expect: {
# expect:     "a": [],
# expect:     "b": {}
# expect: }
print(json.dumps("héllo ✓ \"q\" \\ \n\t\x01"))  # expect: "h\u00e9llo \u2713 \"q\" \\ \n\t\u0001"
print(json.dumps("héllo", ensure_ascii=False))  # expect: "héllo"
print(json.dumps("😀"))  # expect: "\ud83d\ude00"
print(json.dumps({1: "int key", None: "none", 2.5: "f"}), json.dumps({True: 0, False: 1}))  # expect: {"1": "int key", "null": "none", "2.5": "f"} {"true": 0, "false": 1}
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-float("inf")))  # expect: Infinity NaN -Infinity
print(json.dumps(2**70), json.dumps(-0.0))  # expect: 1180591620717411303424 -0.0
print(json.dumps([1, [2, [3]]], indent=1))
# expect: [
# expect:  1,
# expect:  [
# expect:   2,
# expect:   [
# expect:    3
# expect:   ]
# expect:  ]
# expect: ]
print(json.dumps({"a": 1, "b": 2}, indent="\t").replace("\t", "<TAB>"))
# expect: {
# expect: <TAB>"a": 1,
# expect: <TAB>"b": 2
# expect: }
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)  # expect: Object of type set is not JSON serializable
class Obj:
    pass
try:
    json.dumps(Obj())
except TypeError as e:
    print(e)  # expect: Object of type Obj is not JSON serializable
print(json.dumps(Obj(), default=lambda o: "custom"))  # expect: "custom"
