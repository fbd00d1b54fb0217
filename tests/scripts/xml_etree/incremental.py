import io
import xml.etree.ElementTree as ET

class Target:
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append("start %s %s" % (tag, sorted(attrib.items())))
    def end(self, tag):
        self.log.append("end " + tag)
    def data(self, text):
        self.log.append("data %r" % text)
    def comment(self, text):
        self.log.append("comment %r" % text)
    def pi(self, target, data):
        self.log.append("pi %r %r" % (target, data))
    def start_ns(self, prefix, uri):
        self.log.append("start_ns %r %r" % (prefix, uri))
    def end_ns(self, prefix):
        self.log.append("end_ns %r" % prefix)
    def doctype(self, name, pubid, system):
        self.log.append("doctype %r %r %r" % (name, pubid, system))
    def close(self):
        self.log.append("close")
        return "result"

t = Target()
parser = ET.XMLParser(target=t)
parser.feed("<!DOCTYPE r SYSTEM 'r.dtd'><?go now ?><r xmlns:p='u' xmlns='d'>a\nb &amp; c&#65;")
parser.feed("<p:x p:k='1'>x<![CDATA[y\nz]]></p:x><!--note--><e/></r>")
print(parser.close())  # expect: result
for entry in t.log:
    print(entry)  # expect: doctype 'r' None 'r.dtd'
    # expect: pi 'go' 'now '
    # expect: start_ns 'p' 'u'
    # expect: start_ns '' 'd'
    # expect: start {d}r []
    # expect: data 'a'
    # expect: data '\n'
    # expect: data 'b '
    # expect: data '&'
    # expect: data ' c'
    # expect: data 'A'
    # expect: start {u}x [('{u}k', '1')]
    # expect: data 'x'
    # expect: data 'y'
    # expect: data '\n'
    # expect: data 'z'
    # expect: end {u}x
    # expect: comment 'note'
    # expect: start {d}e []
    # expect: end {d}e
    # expect: end {d}r
    # expect: end_ns ''
    # expect: end_ns 'p'
    # expect: close

# feeding byte by byte gives the same tree
data = "<a x='1'>t&amp;<b>é</b>tail<!--c--></a>".encode("utf-8")
p = ET.XMLParser()
for i in range(len(data)):
    p.feed(data[i:i + 1])
r = p.close()
print(r.tag, r.attrib, r.text, r[0].text, r[0].tail)  # expect: a {'x': '1'} t& é tail

# TreeBuilder used directly
b = ET.TreeBuilder()
b.start("root", {"k": "v"})
b.data("hello ")
b.data("world")
b.start("leaf", {})
b.end("leaf")
b.data("tail")
b.comment("dropped")
print(b.end("root").tag, ET.tostring(b.close(), encoding="unicode"))  # expect: root <root k="v">hello world<leaf />tail</root>
b = ET.TreeBuilder(insert_comments=True, insert_pis=True)
b.start("r", {})
b.comment("kept")
b.pi("tgt", "dt")
b.end("r")
print(ET.tostring(b.close(), encoding="unicode"))  # expect: <r><!--kept--><?tgt dt?></r>
print(ET.TreeBuilder().close())  # expect: None
def factory(tag, attrib):
    e = ET.Element(tag.upper(), attrib)
    return e
p = ET.XMLParser(target=ET.TreeBuilder(element_factory=factory))
p.feed("<a><b/></a>")
print(ET.tostring(p.close(), encoding="unicode"))  # expect: <A><B /></A>

# XMLPullParser
pull = ET.XMLPullParser(["start", "end", "start-ns", "end-ns", "comment", "pi"])
pull.feed("<r xmlns='u'><!--c--><?p d?><s>t")
print([(ev, x.text if ev in ("comment", "pi") else getattr(x, "tag", x)) for ev, x in pull.read_events()])  # expect: [('start-ns', ('', 'u')), ('start', '{u}r'), ('comment', 'c'), ('pi', 'p d'), ('start', '{u}s')]
pull.feed("</s></r>")
print([(ev, getattr(x, "tag", x)) for ev, x in pull.read_events()])  # expect: [('end', '{u}s'), ('end', '{u}r'), ('end-ns', None)]
pull.close()
pull = ET.XMLPullParser()
pull.feed("<a><b/></a>junk")
try:
    print([(ev, x.tag) for ev, x in pull.read_events()])
except ET.ParseError as exc:
    print("ParseError:", exc)  # expect: ParseError: junk after document element: line 1, column 11
try:
    ET.XMLPullParser(["bogus"])
except ValueError as exc:
    print("ValueError:", exc)  # expect: ValueError: unknown event 'bogus'

# iterparse over file-like objects
src = io.BytesIO(b"<a><b>1</b><c><d/></c></a>")
it = ET.iterparse(src, ["start", "end"])
print(it.root, iter(it) is it)  # expect: None True
print([(ev, el.tag) for ev, el in it])  # expect: [('start', 'a'), ('start', 'b'), ('end', 'b'), ('start', 'c'), ('start', 'd'), ('end', 'd'), ('end', 'c'), ('end', 'a')]
print(it.root.tag)  # expect: a
print([(ev, el.tag) for ev, el in ET.iterparse(io.StringIO("<x><y/></x>"))])  # expect: [('end', 'y'), ('end', 'x')]
try:
    for ev, el in ET.iterparse(io.BytesIO(b"<a><b></a>")):
        print("event", ev, el.tag)
except ET.ParseError as exc:
    print("ParseError:", exc)  # expect: ParseError: mismatched tag: line 1, column 8

# ElementTree.parse / write
tree = ET.parse(io.BytesIO(b"<?xml version='1.0' encoding='iso-8859-1'?><root><k>\xe9</k></root>"))
print(type(tree).__name__, tree.getroot().tag, tree.find("k").text)  # expect: ElementTree root é
out = io.BytesIO()
tree.write(out)
print(out.getvalue())  # expect: b'<root><k>&#233;</k></root>'
out = io.BytesIO()
tree.write(out, encoding="utf-8", xml_declaration=True)
print(out.getvalue())  # expect: b"<?xml version='1.0' encoding='utf-8'?>\n<root><k>\xc3\xa9</k></root>"
out = io.StringIO()
tree.write(out, encoding="unicode")
print(out.getvalue())  # expect: <root><k>é</k></root>
out = io.BytesIO()
tree.write(out, encoding="iso-8859-1")
print(out.getvalue())  # expect: b"<?xml version='1.0' encoding='iso-8859-1'?>\n<root><k>\xe9</k></root>"
out = io.BytesIO()
tree.write(out, method="text")
print(out.getvalue())  # expect: b'&#233;'
t2 = ET.ElementTree()
print(t2.getroot(), t2.parse(io.StringIO("<z/>")).tag, t2.getroot().tag)  # expect: None z z
try:
    tree.write(io.BytesIO(), method="c14n")
except ValueError as exc:
    print("ValueError:", exc)  # expect: ValueError: unknown method 'c14n'
