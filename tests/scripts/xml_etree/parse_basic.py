import xml.etree.ElementTree as ET

def show(e, depth=0):
    out = []
    tag = e.tag if isinstance(e.tag, str) else e.tag.__name__
    out.append("%s%s %s text=%r tail=%r" % ("  " * depth, tag, sorted(e.attrib.items()), e.text, e.tail))
    for c in e:
        out.extend(show(c, depth + 1))
    return out

def p(text):
    for line in show(ET.fromstring(text)):
        print(line)

p("<a>x<b>y</b>z<c/>w</a>")  # expect: a [] text='x' tail=None
# expect:   b [] text='y' tail='z'
# expect:   c [] text=None tail='w'
p("<a b='1' c=\"2\" d='&quot;' e=\"'\" f='a&amp;b&lt;&gt;'/>")  # expect: a [('b', '1'), ('c', '2'), ('d', '"'), ('e', "'"), ('f', 'a&b<>')] text=None tail=None
p("<a>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x20AC;&#128512;</a>")  # expect: a [] text='<>&"\'AB€😀' tail=None
p("<a><![CDATA[<not> & markup]]>after</a>")  # expect: a [] text='<not> & markupafter' tail=None
p("<a>one<!-- comment -->two<?pi data?>three</a>")  # expect: a [] text='onetwothree' tail=None
p("<a>\r\nline\rnext\n</a>")  # expect: a [] text='\nline\nnext\n' tail=None
p("<a x='tab\there\nnl' y='&#9;&#10;&#13;'/>")  # expect: a [('x', 'tab here nl'), ('y', '\t\n\r')] text=None tail=None
p("<?xml version='1.0' encoding='utf-8'?>\n<!-- before -->\n<a/>\n<!-- after -->\n")  # expect: a [] text=None tail=None
p("<!DOCTYPE a [<!ENTITY who 'world'><!ENTITY greet 'hello &who;'>]><a>&greet;!</a>")  # expect: a [] text='hello world!' tail=None
p("<!DOCTYPE a [<!ATTLIST a def CDATA 'dflt' other CDATA #IMPLIED>]><a/>")  # expect: a [('def', 'dflt')] text=None tail=None
p("<!DOCTYPE a [<!ATTLIST a def CDATA 'dflt'>]><a def='given'/>")  # expect: a [('def', 'given')] text=None tail=None
p("<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd'><html/>")  # expect: html [] text=None tail=None
p("<a xmlns='http://d' xmlns:p='http://p'><b/><p:c p:x='1' y='2'/><d xmlns=''/></a>")  # expect: {http://d}a [] text=None tail=None
# expect:   {http://d}b [] text=None tail=None
# expect:   {http://p}c [('y', '2'), ('{http://p}x', '1')] text=None tail=None
# expect:   d [] text=None tail=None
p("<p:a xmlns:p='http://p'><p:b xmlns:p='http://q'/><p:c/></p:a>")  # expect: {http://p}a [] text=None tail=None
# expect:   {http://q}b [] text=None tail=None
# expect:   {http://p}c [] text=None tail=None
p("<a xml:lang='en' xmlns:xml='http://www.w3.org/XML/1998/namespace'/>")  # expect: a [('{http://www.w3.org/XML/1998/namespace}lang', 'en')] text=None tail=None
p("<a>\n  <b>  spaced  </b>\n</a>")  # expect: a [] text='\n  ' tail=None
# expect:   b [] text='  spaced  ' tail='\n'
p("<é ü='ö'>ß</é>")  # expect: é [('ü', 'ö')] text='ß' tail=None
p("<a:b xmlns:a='u'></a:b>")  # expect: {u}b [] text=None tail=None
p("<a\n  b = '1'\n  c\t=\t\"2\"\n/>")  # expect: a [('b', '1'), ('c', '2')] text=None tail=None

print(ET.fromstring(b"<a>\xc3\xa9</a>").text)  # expect: é
print(ET.fromstring(b"\xef\xbb\xbf<a>bom</a>").text)  # expect: bom
print(ET.fromstring(b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>").text)  # expect: é
print(ET.fromstring("<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>").text)  # expect: é
print(ET.XML("<a/>").tag, ET.fromstringlist(["<a>", "te", "xt</a>"]).text)  # expect: a text
root, ids = ET.XMLID("<a id='r'><b id='x'/><c><d id='y'/></c></a>")
print(root.tag, sorted(ids), ids["y"].tag)  # expect: a ['r', 'x', 'y'] d
print(ET.fromstring("<a>" + "<b>x</b>" * 3 + "</a>").findall("b")[2].text)  # expect: x
