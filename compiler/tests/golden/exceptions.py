def handlers(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return e
    except Exception:
        raise
    else:
        pass
    finally:
        print("done")


def managed(path):
    with open(path) as fh, lock:
        for line in fh:
            if line:
                return line
