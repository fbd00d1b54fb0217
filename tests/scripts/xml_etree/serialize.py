import xml.etree.ElementTree as ET

e = ET.Element("a", x='q"<>&\n\r\t\'')
e.text = "t<&>\"'"
e.tail = "tail&"
print(ET.tostring(e))  # expect: b'<a x="q&quot;&lt;&gt;&amp;&#10;&#13;&#09;\'">t&lt;&amp;&gt;"\'</a>tail&amp;'
print(ET.tostring(e, encoding="unicode"))  # expect: <a x="q&quot;&lt;&gt;&amp;&#10;&#13;&#09;'">t&lt;&amp;&gt;"'</a>tail&amp;
s = ET.SubElement(e, "b")
s.tail = "after"
ET.SubElement(e, "c").text = ""
print(ET.tostring(e, encoding="unicode"))  # expect: <a x="q&quot;&lt;&gt;&amp;&#10;&#13;&#09;'">t&lt;&amp;&gt;"'<b />after<c /></a>tail&amp;
print(ET.tostring(e, encoding="unicode", short_empty_elements=False))  # expect: <a x="q&quot;&lt;&gt;&amp;&#10;&#13;&#09;'">t&lt;&amp;&gt;"'<b></b>after<c></c></a>tail&amp;
u = ET.Element("u", v="é€")
u.text = "é€😀"
print(ET.tostring(u))  # expect: b'<u v="&#233;&#8364;">&#233;&#8364;&#128512;</u>'
print(ET.tostring(u, encoding="utf-8"))  # expect: b'<u v="\xc3\xa9\xe2\x82\xac">\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80</u>'
print(ET.tostring(u, encoding="UTF-8"))  # expect: b'<u v="\xc3\xa9\xe2\x82\xac">\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80</u>'
print(ET.tostring(u, encoding="utf8"))  # expect: b'<?xml version=\'1.0\' encoding=\'utf8\'?>\n<u v="\xc3\xa9\xe2\x82\xac">\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80</u>'
print(ET.tostring(u, encoding="latin-1"))  # expect: b'<?xml version=\'1.0\' encoding=\'latin-1\'?>\n<u v="\xe9&#8364;">\xe9&#8364;&#128512;</u>'
print(ET.tostring(u, encoding="us-ascii"))  # expect: b'<u v="&#233;&#8364;">&#233;&#8364;&#128512;</u>'
print(ET.tostring(u, encoding="unicode"))  # expect: <u v="é€">é€😀</u>
print(ET.tostring(u, encoding="unicode", xml_declaration=True))  # expect: <?xml version='1.0' encoding='utf-8'?>
# expect: <u v="é€">é€😀</u>
print(ET.tostring(u, xml_declaration=True))  # expect: b'<?xml version=\'1.0\' encoding=\'us-ascii\'?>\n<u v="&#233;&#8364;">&#233;&#8364;&#128512;</u>'
print(ET.tostring(u, encoding="utf-8", xml_declaration=False))  # expect: b'<u v="\xc3\xa9\xe2\x82\xac">\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80</u>'
print(ET.tostringlist(ET.fromstring('<a x="1"><b>t</b><c/></a>'), encoding="unicode"))  # expect: ['<a', ' x="1"', '>', '<b', '>', 't', '</b>', '<c', ' />', '</a>']
print(b"".join(ET.tostringlist(ET.fromstring("<a><b/></a>"))))  # expect: b'<a><b /></a>'

# namespaces
n = ET.Element("{http://one}root", {"{http://two}attr": "v", "plain": "p"})
ET.SubElement(n, "{http://one}child")
ET.SubElement(n, "{http://www.w3.org/XML/1998/namespace}lang").text = "en"
ET.SubElement(n, "{http://www.w3.org/1999/xhtml}p")
ET.SubElement(n, ET.QName("{http://three}q"), ref=ET.QName("{http://two}val"))
print(ET.tostring(n, encoding="unicode"))  # expect: <ns0:root xmlns:html="http://www.w3.org/1999/xhtml" xmlns:ns0="http://one" xmlns:ns1="http://two" xmlns:ns3="http://three" ns1:attr="v" plain="p"><ns0:child /><xml:lang>en</xml:lang><html:p /><ns3:q ref="ns1:val" /></ns0:root>
d = ET.Element("{http://d}root")
ET.SubElement(d, "{http://d}kid")
ET.SubElement(d, "{http://e}other")
print(ET.tostring(d, encoding="unicode", default_namespace="http://d"))  # expect: <root xmlns="http://d" xmlns:ns1="http://e"><kid /><ns1:other /></root>
ET.register_namespace("my", "http://one")
print(ET.tostring(n, encoding="unicode")[:60])  # expect: <my:root xmlns:html="http://www.w3.org/1999/xhtml" xmlns:my=

# None tag, comments and processing instructions
holder = ET.Element(None)
holder.text = "lead "
ET.SubElement(holder, "k").tail = " trail"
holder.append(ET.Comment(" c < & "))
holder.append(ET.PI("php", "echo 1 < 2;"))
print(ET.tostring(holder, encoding="unicode"))  # expect: lead <k /> trail<!-- c < & --><?php echo 1 < 2;?>

# html and text methods
h = ET.fromstring('<html><head><script/><style>p>b{}</style></head>'
                  '<body><br/><p class="a&amp;&quot;&gt;&lt;">x &lt; y</p><img src="i"/><hr/><div/></body></html>')
h[0][0].text = "if (a < b && c) {}"
print(ET.tostring(h, method="html", encoding="unicode"))  # expect: <html><head><script>if (a < b && c) {}</script><style>p>b{}</style></head><body><br><p class="a&amp;&quot;&gt;<">x &lt; y</p><img src="i"><hr><div></div></body></html>
print(ET.tostring(h, method="text", encoding="unicode"))  # expect: if (a < b && c) {}p>b{}x < y
print(ET.tostring(ET.fromstring("<a>1<b>2</b>3<!--c-->4</a>"), method="text"))  # expect: b'1234'

# indent
tree = ET.fromstring("<a><b><c>text</c><d/></b><e>  </e><f>keep</f></a>")
ET.indent(tree)
print(ET.tostring(tree, encoding="unicode"))  # expect: <a>
# expect:   <b>
# expect:     <c>text</c>
# expect:     <d />
# expect:   </b>
# expect:   <e>  </e>
# expect:   <f>keep</f>
# expect: </a>
t2 = ET.ElementTree(ET.fromstring("<r><s/><t><u/></t></r>"))
ET.indent(t2, space="\t", level=1)
print(repr(ET.tostring(t2.getroot(), encoding="unicode")))  # expect: '<r>\n\t\t<s />\n\t\t<t>\n\t\t\t<u />\n\t\t</t>\n\t</r>'
ET.indent(ET.Element("lonely"))

# errors
def err(f):
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

bad = ET.Element("a")
bad.text = 5
err(lambda: ET.tostring(bad))  # expect: TypeError: cannot serialize 5 (type int)
err(lambda: ET.tostring(ET.Element(3)))  # expect: TypeError: cannot serialize 3 (type int)
err(lambda: ET.tostring(ET.Element("a", {"k": 1})))  # expect: TypeError: cannot serialize 1 (type int)
err(lambda: ET.tostring(ET.Element("a", {1: "k"})))  # expect: TypeError: cannot serialize 1 (type int)
err(lambda: ET.tostring(ET.Element("a"), method="json"))  # expect: ValueError: unknown method 'json'
err(lambda: ET.tostring(ET.Element("a"), encoding="no-such-codec"))  # expect: LookupError: unknown encoding: no-such-codec
err(lambda: ET.tostring(ET.Element("plain"), default_namespace="http://d"))  # expect: ValueError: cannot use non-qualified names with default_namespace option
err(lambda: ET.register_namespace("ns3", "http://x"))  # expect: ValueError: Prefix format reserved for internal use
err(lambda: ET.indent(ET.Element("a"), level=-1))  # expect: ValueError: Initial indentation level must be >= 0, got -1
