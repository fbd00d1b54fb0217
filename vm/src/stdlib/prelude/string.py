# The Python half of the `string` module (constants are native).

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
        nd = len(d)
        out = []
        i = 0
        n = len(s)
        run = 0
        while i < n:
            if s[i:i + nd] != d:
                i += 1
                continue
            out.append(s[run:i])
            j = i
            k = i + nd
            if s[k:k + nd] == d:
                out.append(d)
                i = run = k + nd
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
                        i = run = e + 1
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
                i = run = e
                continue
            if safe:
                out.append(d)
                i = run = k
                continue
            line = 1
            last_nl = -1
            for p in range(j):
                if s[p] == '\n':
                    line += 1
                    last_nl = p
            col = j - last_nl
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))
        out.append(s[run:])
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
