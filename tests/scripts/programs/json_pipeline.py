import json
RAW = """
[
  {"id": 1, "name": "Widget", "price": 9.99, "tags": ["tools", "sale"], "stock": {"eu": 5, "us": 0}},
  {"id": 2, "name": "Gadget", "price": 24.5, "tags": [], "stock": {"eu": 0, "us": 12}},
  {"id": 3, "name": "Doohickey", "price": 4.25, "tags": ["sale"], "stock": {"eu": 3, "us": 7}},
  {"id": 4, "name": "Gizmo \\u00e9", "price": 100, "tags": ["premium"], "stock": {}}
]
"""
items = json.loads(RAW)
print(len(items), items[3]["name"], type(items[3]["price"]).__name__)  # expect: 4 Gizmo é int
def total_stock(item):
    return sum(item["stock"].values())
in_stock = [i for i in items if total_stock(i) > 0]
print([i["name"] for i in in_stock])  # expect: ['Widget', 'Gadget', 'Doohickey']
sale = [i for i in items if "sale" in i["tags"]]
for i in sale:
    i["price"] = round(i["price"] * 0.8, 2)
print([(i["id"], i["price"]) for i in sale])  # expect: [(1, 7.99), (3, 3.4)]
summary = {
    "count": len(items),
    "value": round(sum(i["price"] * total_stock(i) for i in items), 2),
    "by_tag": {},
}
for i in items:
    for t in i["tags"] or ["untagged"]:
        summary["by_tag"].setdefault(t, []).append(i["id"])
out = json.dumps(summary, indent=2, sort_keys=True)
print(out)
# expect: {
# expect:   "by_tag": {
# expect:     "premium": [
# expect:       4
# expect:     ],
# expect:     "sale": [
# expect:       1,
# expect:       3
# expect:     ],
# expect:     "tools": [
# expect:       1
# expect:     ],
# expect:     "untagged": [
# expect:       2
# expect:     ]
# expect:   },
# expect:   "count": 4,
# expect:   "value": 367.95
# expect: }
back = json.loads(out)
print(back == summary, back["by_tag"]["sale"])  # expect: True [1, 3]
compact = json.dumps(items[3], separators=(",", ":"), ensure_ascii=False)
print(compact)  # expect: {"id":4,"name":"Gizmo é","price":100,"tags":["premium"],"stock":{}}
print(json.dumps(items[3]["name"]))  # expect: "Gizmo \u00e9"
