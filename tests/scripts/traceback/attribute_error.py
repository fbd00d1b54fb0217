config = None
print(config.get("key"))
# expect runtime error: AttributeError: 'NoneType' object has no attribute 'get'
