# The Python half of the `string` module (constants are native).

def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _render(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and s[k] == '{':
                e = k + 1
                if e < n and _is_ident_start(s[e]):
                    e += 1
                    while e < n and _is_ident(s[e]):
                        e += 1
                    if e < n and s[e] == '}':
                        name = s[k + 1:e]
                        if safe and name not in mapping:
                            out.append(s[j:e + 1])
                        else:
                            out.append(str(mapping[name]))
                        i = e + 1
                        continue
            elif k < n and _is_ident_start(s[k]):
                e = k + 1
                while e < n and _is_ident(s[e]):
                    e += 1
                name = s[k:e]
                if safe and name not in mapping:
                    out.append(s[j:e])
                else:
                    out.append(str(mapping[name]))
                i = e
                continue
            if safe:
                out.append(d)
                i = k
                continue
            line = s.count('\n', 0, j) + 1
            col = j - (s.rfind('\n', 0, j) + 1) + 1
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))
        return ''.join(out)

    def substitute(self, *args, **kws):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        m = dict(args[0]) if args else {}
        m.update(kws)
        return self._render(m, False)

    def safe_substitute(self, *args, **kws):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        m = dict(args[0]) if args else {}
        m.update(kws)
        return self._render(m, True)
