import xml.etree.ElementTree as ET

cases = [
    "", "   ", "<a>", "<a></b>", "<a><b></a>", "<a>\n  <b></c>", "x", "<a>x</a>y",
    "<a/><b/>", "<a/>\n<b/>", '<a x="1" x="2"/>', "<a x=1/>", "<a>&foo;</a>",
    "<a>&#0;</a>", "<a>&#xZZ;</a>", "<a>&#99999999;</a>", "<a><![CDATA[x</a>",
    "<a><!-- x</a>", "<p:a/>", "<a p:x='1'/>", "<a>é</b>", "<a", "<a b", "<a b='",
    "<a>&amp", "<a>&</a>", "<a><</a>", "<a>]]></a>", ' <?xml version="1.0"?><a/>',
    "<a/><?xml version='1.0'?>", "<a><?xml x?></a>", "<a b='<'/>", "<a b='&'/>",
    "<a>\x01</a>", "<1a/>", "<a 1b='x'/>", "</a>", "<a></ a>", "<a/ >",
    "<a xmlns:p=''/>", "<a xmlns:xml='u'/>", "<a xmlns:xmlns='u'/>",
    "<a><!-- a -- b --></a>", "<a:b:c/>", "<?xml?><a/>", "<?XML x?><a/>",
    "<!DOCTYPE a PUBLIC 'x'><a/>", "<!doctype a><a/>", "<a b='1'c='2'/>",
    "<a b>", "<a></a b>", "<a>&a b;</a>", "<a>&#65</a>", "<a>&#xD800;</a>",
    "<a b='&undefined;'/>", "\n\n<a>", "<a/>junk", "<a/>&amp;", "&amp;<a/>",
    "  x<a/>", "<![CDATA[x]]><a/>", "<!x><a/>", "<a><!x></a>",
]
for text in cases:
    try:
        ET.fromstring(text)
        print(repr(text), "parsed")
    except ET.ParseError as exc:
        print(repr(text), "|", exc, "|", exc.position, exc.code)  # expect: '' | no element found: line 1, column 0 | (1, 0) 3
        # expect: '   ' | no element found: line 1, column 3 | (1, 3) 3
        # expect: '<a>' | no element found: line 1, column 3 | (1, 3) 3
        # expect: '<a></b>' | mismatched tag: line 1, column 5 | (1, 5) 7
        # expect: '<a><b></a>' | mismatched tag: line 1, column 8 | (1, 8) 7
        # expect: '<a>\n  <b></c>' | mismatched tag: line 2, column 7 | (2, 7) 7
        # expect: 'x' | syntax error: line 1, column 0 | (1, 0) 2
        # expect: '<a>x</a>y' | junk after document element: line 1, column 8 | (1, 8) 9
        # expect: '<a/><b/>' | junk after document element: line 1, column 4 | (1, 4) 9
        # expect: '<a/>\n<b/>' | junk after document element: line 2, column 0 | (2, 0) 9
        # expect: '<a x="1" x="2"/>' | duplicate attribute: line 1, column 9 | (1, 9) 8
        # expect: '<a x=1/>' | not well-formed (invalid token): line 1, column 5 | (1, 5) 4
        # expect: '<a>&foo;</a>' | undefined entity: line 1, column 3 | (1, 3) 11
        # expect: '<a>&#0;</a>' | reference to invalid character number: line 1, column 3 | (1, 3) 14
        # expect: '<a>&#xZZ;</a>' | not well-formed (invalid token): line 1, column 6 | (1, 6) 4
        # expect: '<a>&#99999999;</a>' | reference to invalid character number: line 1, column 3 | (1, 3) 14
        # expect: '<a><![CDATA[x</a>' | unclosed CDATA section: line 1, column 17 | (1, 17) 20
        # expect: '<a><!-- x</a>' | unclosed token: line 1, column 3 | (1, 3) 5
        # expect: '<p:a/>' | unbound prefix: line 1, column 0 | (1, 0) 27
        # expect: "<a p:x='1'/>" | unbound prefix: line 1, column 0 | (1, 0) 27
        # expect: '<a>é</b>' | mismatched tag: line 1, column 6 | (1, 6) 7
        # expect: '<a' | unclosed token: line 1, column 0 | (1, 0) 5
        # expect: '<a b' | unclosed token: line 1, column 0 | (1, 0) 5
        # expect: "<a b='" | unclosed token: line 1, column 0 | (1, 0) 5
        # expect: '<a>&amp' | unclosed token: line 1, column 3 | (1, 3) 5
        # expect: '<a>&</a>' | not well-formed (invalid token): line 1, column 4 | (1, 4) 4
        # expect: '<a><</a>' | not well-formed (invalid token): line 1, column 4 | (1, 4) 4
        # expect: '<a>]]></a>' | not well-formed (invalid token): line 1, column 5 | (1, 5) 4
        # expect: ' <?xml version="1.0"?><a/>' | XML or text declaration not at start of entity: line 1, column 1 | (1, 1) 17
        # expect: "<a/><?xml version='1.0'?>" | junk after document element: line 1, column 4 | (1, 4) 9
        # expect: '<a><?xml x?></a>' | XML or text declaration not at start of entity: line 1, column 3 | (1, 3) 17
        # expect: "<a b='<'/>" | not well-formed (invalid token): line 1, column 6 | (1, 6) 4
        # expect: "<a b='&'/>" | not well-formed (invalid token): line 1, column 7 | (1, 7) 4
        # expect: '<a>\x01</a>' | not well-formed (invalid token): line 1, column 3 | (1, 3) 4
        # expect: '<1a/>' | not well-formed (invalid token): line 1, column 1 | (1, 1) 4
        # expect: "<a 1b='x'/>" | not well-formed (invalid token): line 1, column 3 | (1, 3) 4
        # expect: '</a>' | not well-formed (invalid token): line 1, column 1 | (1, 1) 4
        # expect: '<a></ a>' | not well-formed (invalid token): line 1, column 5 | (1, 5) 4
        # expect: '<a/ >' | not well-formed (invalid token): line 1, column 3 | (1, 3) 4
        # expect: "<a xmlns:p=''/>" | must not undeclare prefix: line 1, column 0 | (1, 0) 28
        # expect: "<a xmlns:xml='u'/>" | reserved prefix (xml) must not be undeclared or bound to another namespace name: line 1, column 0 | (1, 0) 38
        # expect: "<a xmlns:xmlns='u'/>" | reserved prefix (xmlns) must not be declared or undeclared: line 1, column 0 | (1, 0) 39
        # expect: '<a><!-- a -- b --></a>' | not well-formed (invalid token): line 1, column 12 | (1, 12) 4
        # expect: '<a:b:c/>' | not well-formed (invalid token): line 1, column 4 | (1, 4) 4
        # expect: '<?xml?><a/>' | XML declaration not well-formed: line 1, column 5 | (1, 5) 30
        # expect: '<?XML x?><a/>' | not well-formed (invalid token): line 1, column 5 | (1, 5) 4
        # expect: "<!DOCTYPE a PUBLIC 'x'><a/>" | syntax error: line 1, column 22 | (1, 22) 2
        # expect: '<!doctype a><a/>' | syntax error: line 1, column 0 | (1, 0) 2
        # expect: "<a b='1'c='2'/>" | not well-formed (invalid token): line 1, column 8 | (1, 8) 4
        # expect: '<a b>' | not well-formed (invalid token): line 1, column 4 | (1, 4) 4
        # expect: '<a></a b>' | not well-formed (invalid token): line 1, column 7 | (1, 7) 4
        # expect: '<a>&a b;</a>' | not well-formed (invalid token): line 1, column 5 | (1, 5) 4
        # expect: '<a>&#65</a>' | not well-formed (invalid token): line 1, column 7 | (1, 7) 4
        # expect: '<a>&#xD800;</a>' | reference to invalid character number: line 1, column 3 | (1, 3) 14
        # expect: "<a b='&undefined;'/>" | undefined entity: line 1, column 0 | (1, 0) 11
        # expect: '\n\n<a>' | no element found: line 3, column 3 | (3, 3) 3
        # expect: '<a/>junk' | junk after document element: line 1, column 4 | (1, 4) 9
        # expect: '<a/>&amp;' | not well-formed (invalid token): line 1, column 4 | (1, 4) 4
        # expect: '&amp;<a/>' | not well-formed (invalid token): line 1, column 0 | (1, 0) 4
        # expect: '  x<a/>' | not well-formed (invalid token): line 1, column 3 | (1, 3) 4
        # expect: '<![CDATA[x]]><a/>' | syntax error: line 1, column 0 | (1, 0) 2
        # expect: '<!x><a/>' | not well-formed (invalid token): line 1, column 3 | (1, 3) 4
        # expect: '<a><!x></a>' | not well-formed (invalid token): line 1, column 5 | (1, 5) 4

err = None
try:
    ET.fromstring("<root>\n  <child>\n</root>")
except SyntaxError as exc:
    err = exc
print(type(err).__name__, isinstance(err, SyntaxError), err.msg, err.position)  # expect: ParseError True mismatched tag: line 3, column 2 (3, 2)

p = ET.XMLParser()
p.feed("<a>")
try:
    p.feed("</b>")
except ET.ParseError as exc:
    print("feed:", exc)  # expect: feed: mismatched tag: line 1, column 5
p = ET.XMLParser()
p.feed("<a/>")
print(p.close().tag)  # expect: a
try:
    p.close()
except ET.ParseError as exc:
    print("again:", exc, exc.code)  # expect: again: parsing finished: line 1, column 4 36
try:
    ET.XMLParser().feed(5)
except TypeError as exc:
    print("TypeError:", exc)  # expect: TypeError: a bytes-like object is required, not 'int'
try:
    ET.fromstring(b"<?xml version='1.0' encoding='no-such'?><a/>")
except LookupError as exc:
    print("LookupError:", exc)  # expect: LookupError: unknown encoding: no-such
