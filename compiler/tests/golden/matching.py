def classify(p):
    match p:
        case 0 | 1:
            return "bit"
        case [x, *rest] if x:
            return rest
        case {"k": v, **others}:
            return v, others
        case Point(x=0, y=yy) as pt:
            return yy, pt
        case None:
            return None
        case _:
            return "other"
