from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urldefrag, ParseResult, SplitResult)

r = urlparse('https://user:pw@Example.COM:8080/path/to;params?q=1&r=2#frag')
print(r)  # expect: ParseResult(scheme='https', netloc='user:pw@Example.COM:8080', path='/path/to', params='params', query='q=1&r=2', fragment='frag')
print(r.scheme, r.netloc, r.path, r.params, r.query, r.fragment)  # expect: https user:pw@Example.COM:8080 /path/to params q=1&r=2 frag
print(r.hostname, r.port, r.username, r.password, r.geturl())  # expect: example.com 8080 user pw https://user:pw@Example.COM:8080/path/to;params?q=1&r=2#frag
print(r._replace(fragment='').geturl(), r[1], len(r), isinstance(r, tuple), type(r).__name__)  # expect: https://user:pw@Example.COM:8080/path/to;params?q=1&r=2 user:pw@Example.COM:8080 6 True ParseResult
s = urlsplit('HTTP://[::1]:80/a;b?c#d')
print(s, s.hostname, s.port, s.geturl())  # expect: SplitResult(scheme='http', netloc='[::1]:80', path='/a;b', query='c', fragment='d') ::1 80 http://[::1]:80/a;b?c#d
print(urlsplit('//host/p'), urlsplit('path/only'), urlsplit('mailto:someone@example.com'))
# expect: SplitResult(scheme='', netloc='host', path='/p', query='', fragment='') SplitResult(scheme='', netloc='', path='path/only', query='', fragment='') SplitResult(scheme='mailto', netloc='', path='someone@example.com', query='', fragment='')
print(urlparse('http://h/p;x/y;z'), urlparse('ftp://h/a;type=i'))
# expect: ParseResult(scheme='http', netloc='h', path='/p;x/y', params='z', query='', fragment='') ParseResult(scheme='ftp', netloc='h', path='/a', params='type=i', query='', fragment='')
print(urlsplit('http://h/p#f', allow_fragments=False), urlsplit('x', scheme='http'))
# expect: SplitResult(scheme='http', netloc='h', path='/p#f', query='', fragment='') SplitResult(scheme='http', netloc='', path='x', query='', fragment='')
print(urlsplit(' \t\nhttp://a\tb/c\nd '), urlsplit('1http://x'), urlsplit('a+b.c-d://x'))
# expect: SplitResult(scheme='http', netloc='ab', path='/cd ', query='', fragment='') SplitResult(scheme='', netloc='', path='1http://x', query='', fragment='') SplitResult(scheme='a+b.c-d', netloc='x', path='', query='', fragment='')
print(urlsplit('http://[fe80::1%25eth0]:8/').hostname, urlsplit('http://h:/').port, urlsplit('http://H').port)  # expect: fe80::1%25eth0 None None
print(urlsplit('http://U@h').username, urlsplit('http://U@h').password, urlsplit('http://:@h').password, urlsplit('//').hostname)  # expect: U None  None
print(urlparse(b'http://h/p?q'), urlparse(b'http://h/p?q').hostname)  # expect: ParseResultBytes(scheme=b'http', netloc=b'h', path=b'/p', params=b'', query=b'q', fragment=b'') b'h'
print(urlparse('http://h/p').encode(), urlparse(b'http://h/p').decode().geturl())  # expect: ParseResultBytes(scheme=b'http', netloc=b'h', path=b'/p', params=b'', query=b'', fragment=b'') http://h/p
for bad in ['http://h:99999/', 'http://h:x/', 'http://h:-1/']:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print('ValueError', e)
        # expect: ValueError Port out of range 0-65535
        # expect: ValueError Port could not be cast to integer value as 'x'
        # expect: ValueError Port could not be cast to integer value as '-1'
for bad in ['http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[vX.y]/', 'http://[zz]/']:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print('ValueError', e)
        # expect: ValueError Invalid IPv6 URL
        # expect: ValueError Invalid IPv6 URL
        # expect: ValueError An IPv4 address cannot be in brackets
        # expect: ValueError IPvFuture address is invalid
        # expect: ValueError 'zz' does not appear to be an IPv4 or IPv6 address
try:
    urlparse('http://h', b'x')
except TypeError as e:
    print('TypeError', e)  # expect: TypeError Cannot mix str and non-str arguments

print(urlunparse(('http', 'h', '/p', 'a', 'q=1', 'f')), urlunsplit(('', '', 'p', '', '')))  # expect: http://h/p;a?q=1#f p
print(urlunsplit(('http', '', 'p', '', '')), urlunsplit(('file', '', '/tmp', '', '')), urlunsplit(('mailto', '', 'x@y', '', '')))  # expect: http:///p file:///tmp mailto:x@y
print(urlunparse(urlparse('http://a/b?#')), urlunsplit(['s', 'n', 'p', 'q', 'f']))
# expect: http://a/b s://n/p?q#f

base = 'http://a/b/c/d;p?q'
rels = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
        'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
        '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
        './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g']
print([urljoin(base, r) for r in rels])
# expect: ['g:h', 'http://a/b/c/g', 'http://a/b/c/g', 'http://a/b/c/g/', 'http://a/g', 'http://g', 'http://a/b/c/d;p?y', 'http://a/b/c/g?y', 'http://a/b/c/d;p?q#s', 'http://a/b/c/g#s', 'http://a/b/c/g?y#s', 'http://a/b/c/;x', 'http://a/b/c/g;x', 'http://a/b/c/g;x?y#s', 'http://a/b/c/d;p?q', 'http://a/b/c/', 'http://a/b/c/', 'http://a/b/', 'http://a/b/', 'http://a/b/g', 'http://a/', 'http://a/', 'http://a/g', 'http://a/g', 'http://a/g', 'http://a/g', 'http://a/g', 'http://a/b/c/g.', 'http://a/b/c/.g', 'http://a/b/c/g..', 'http://a/b/c/..g', 'http://a/b/g', 'http://a/b/c/g/', 'http://a/b/c/g/h', 'http://a/b/c/h', 'http://a/b/c/g;x=1/y', 'http://a/b/c/y', 'http://a/b/c/g']
print(urljoin('http://a/b/', '../../x'), urljoin('http://a', 'b'), urljoin('', 'x'), urljoin('http://a/b', ''))  # expect: http://a/x http://a/b x http://a/b
print(urljoin('https://a/b', '//c/d'), urljoin('mailto:x', 'y'), urljoin('file:///a/b', 'c'), urljoin(b'http://a/b/', b'c'))  # expect: https://c/d y file:///a/c b'http://a/b/c'
print(urldefrag('http://a/b#frag'), urldefrag('http://a/b'), urldefrag('http://a/b#'), urldefrag(b'x#y'))
# expect: DefragResult(url='http://a/b', fragment='frag') DefragResult(url='http://a/b', fragment='') DefragResult(url='http://a/b', fragment='') DefragResultBytes(url=b'x', fragment=b'y')
print(urldefrag('http://a/b#c').geturl(), urldefrag('q#').geturl())
# expect: http://a/b#c q
