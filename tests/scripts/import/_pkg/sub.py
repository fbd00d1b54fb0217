def f():
    return "pkg.sub.f"
