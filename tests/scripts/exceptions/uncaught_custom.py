class ConfigError(Exception):
    pass
def load(cfg):
    if "name" not in cfg:
        raise ConfigError(f"missing key {'name'!r} in {sorted(cfg)}")
load({"b": 1, "a": 2})
# expect runtime error: ConfigError: missing key 'name' in ['a', 'b']
