import json
print(json.loads('{"a": 1, "b": [true, false, null], "c": 1.5, "d": "s"}'))  # expect: {'a': 1, 'b': [True, False, None], 'c': 1.5, 'd': 's'}
print(json.loads("3"), json.loads("-2.5e3"), json.loads('"x"'), json.loads("null"), json.loads("[]"))  # expect: 3 -2500.0 x None []
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e2")).__name__)  # expect: int float float
print(json.loads('"\\u00e9\\n\\t\\"\\\\\\/"'))
# expect: é
# expect: 	"\/
print(json.loads('"\\ud83d\\ude00"') == "😀")  # expect: True
print(json.loads(' \n {"nested": {"deep": [1, {"x": [2]}]}} \t'))  # expect: {'nested': {'deep': [1, {'x': [2]}]}}
print(json.loads('{"k": 1, "k": 2}'))  # expect: {'k': 2}
print(json.loads("123456789012345678901234567890"))  # expect: 123456789012345678901234567890
print(json.loads("[Infinity, -Infinity]"), json.loads("NaN") != json.loads("NaN"))  # expect: [inf, -inf] True
data = {"name": "Ann", "tags": ["x", "y"], "score": 9.5, "ok": True, "none": None, "n": {"i": -1}}
text = json.dumps(data)
back = json.loads(text)
print(back == data, json.dumps(back) == text)  # expect: True True
print(json.loads(json.dumps("quote\" and \\ and \u2713")) == "quote\" and \\ and \u2713")  # expect: True
for bad in ["{", "[1,]", "{'a': 1}", "tru", "", "[1] x", '{"a" 1}']:
    try:
        json.loads(bad)
        print("parsed?!", bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", isinstance(e, ValueError), e.msg)
# expect: JSONDecodeError True Expecting property name enclosed in double quotes
# expect: JSONDecodeError True Expecting value
# expect: JSONDecodeError True Expecting property name enclosed in double quotes
# expect: JSONDecodeError True Expecting value
# expect: JSONDecodeError True Expecting value
# expect: JSONDecodeError True Extra data
# expect: JSONDecodeError True Expecting ':' delimiter
try:
    json.loads("[1, 2")
except ValueError as e:
    print(e)  # expect: Expecting ',' delimiter: line 1 column 6 (char 5)
try:
    json.loads('{"a":\n  x}')
except ValueError as e:
    print(e)  # expect: Expecting value: line 2 column 3 (char 8)
