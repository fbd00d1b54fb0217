import html
from html.entities import name2codepoint, codepoint2name, entitydefs, html5

print(html.escape('<script>alert("x") & \'y\'</script>'))  # expect: &lt;script&gt;alert(&quot;x&quot;) &amp; &#x27;y&#x27;&lt;/script&gt;
print(html.escape('<a href="x">', quote=False), html.escape(''), html.escape('plain'))  # expect: &lt;a href="x"&gt;  plain
print(html.unescape('&lt;p&gt;Caf&eacute; &amp; cr&egrave;me&lt;/p&gt;'))  # expect: <p>Café & crème</p>
print(html.unescape('&#65;&#x42;&#X43;&#0068;&#x000045; no-semicolon: &#70 &#x47'))
# expect: ABCDE no-semicolon: F G
print(ascii(html.unescape('&#0; &#13; &#128; &#150; &#159; &#x80;')))
# expect: '\ufffd \r \u20ac \u2013 \u0178 \u20ac'
print(ascii(html.unescape('&#xD800; &#x110000; &#99999999999; &#1; &#x7f; &#xFFFE; &#x10FFFF;')))
# expect: '\ufffd \ufffd \ufffd    '
print(html.unescape('&amp &lt &gt &quot &copy &nbsp;|&AMP; &COPY &notit; &notin; &noti'))  # expect: & < > " ©  |& © ¬it; ∉ ¬i
print(html.unescape('&bogus; &; &# &#x &#xg; & alone, &&amp;'))
# expect: &bogus; &; &# &#x &#xg; & alone, &&
print(html.unescape('&frac12;&frac34;&hearts;&rarr;&NotEqualTilde;&fjlig;'))  # expect: ½¾♥→≂̸fj
print(html.unescape('no ampersand here'), html.unescape(''), html.unescape('&'))  # expect: no ampersand here  &
print(html.unescape('&' + 'a' * 40 + ';'), html.unescape('&ampx;'), html.unescape('&amp;&amp;amp;'))  # expect: &aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa; &x; &&amp;
print(html.unescape(html.escape('<tag attr="v">\'both\' & more</tag>')))  # expect: <tag attr="v">'both' & more</tag>
print(len(name2codepoint), len(codepoint2name), len(entitydefs), len(html5))  # expect: 252 252 252 2231
print(name2codepoint['eacute'], codepoint2name[0x3b1], entitydefs['copy'], entitydefs['lt'])  # expect: 233 alpha © <
print(html5['amp;'], html5['amp'], 'amp' in html5, 'hellip' in html5, ascii(html5['NotEqualTilde;']))  # expect: & & True False '\u2242\u0338'
print(list(name2codepoint)[:5], list(html5)[:4])  # expect: ['AElig', 'Aacute', 'Acirc', 'Agrave', 'Alpha'] ['Aacute', 'aacute', 'Aacute;', 'aacute;']
