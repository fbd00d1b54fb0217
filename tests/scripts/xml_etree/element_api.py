import xml.etree.ElementTree as ET

root = ET.Element("root", {"a": "1"}, b="2")
print(root.tag, sorted(root.attrib.items()), root.text, root.tail)  # expect: root [('a', '1'), ('b', '2')] None None
print(ET.Element("x", attrib={"k": "v"}, z="w").attrib)  # expect: {'k': 'v', 'z': 'w'}
kids = [ET.SubElement(root, "c%d" % i, n=str(i)) for i in range(4)]
print(len(root), [c.tag for c in root], root[1].get("n"), root[-1].tag)  # expect: 4 ['c0', 'c1', 'c2', 'c3'] 1 c3
print([c.tag for c in root[1:3]], [c.tag for c in root[::-1]])  # expect: ['c1', 'c2'] ['c3', 'c2', 'c1', 'c0']
print(root.keys(), root.items(), root.get("zz"), root.get("zz", "dflt"))  # expect: ['a', 'b'] [('a', '1'), ('b', '2')] None dflt
root.set("a", "one")
print(root.get("a"), type(root.keys()).__name__)  # expect: one list
x = ET.Element("x")
root.insert(1, x)
print([c.tag for c in root])  # expect: ['c0', 'x', 'c1', 'c2', 'c3']
root.remove(x)
root.append(ET.Element("tail"))
root.extend([ET.Element("e1"), ET.Element("e2")])
print([c.tag for c in root])  # expect: ['c0', 'c1', 'c2', 'c3', 'tail', 'e1', 'e2']
root[0] = ET.Element("first")
del root[1]
print([c.tag for c in root])  # expect: ['first', 'c2', 'c3', 'tail', 'e1', 'e2']
root[1:3] = [ET.Element("s1")]
print([c.tag for c in root])  # expect: ['first', 's1', 'tail', 'e1', 'e2']
del root[::2]
print([c.tag for c in root])  # expect: ['s1', 'e1']
print(bool(ET.Element("empty")), bool(root), len(ET.Element("empty")))  # expect: False True 0
print(ET.iselement(root), ET.iselement("root"))  # expect: True False
m = root.makeelement("made", {"q": "1"})
print(m.tag, m.attrib, len(root))  # expect: made {'q': '1'} 2
root.clear()
print(root.tag, root.attrib, len(root), root.text)  # expect: root {} 0 None

# iteration
t = ET.fromstring("<a>A<b>B<c>C</c>c-tail</b>b-tail<d/>D<c>C2</c></a>")
print([e.tag for e in t.iter()])  # expect: ['a', 'b', 'c', 'd', 'c']
print([e.tag for e in t.iter("c")], [e.tag for e in t.iter("*")])  # expect: ['c', 'c'] ['a', 'b', 'c', 'd', 'c']
print(list(t.itertext()))  # expect: ['A', 'B', 'C', 'c-tail', 'b-tail', 'D', 'C2']
print(list(t[0].itertext()))  # expect: ['B', 'C', 'c-tail']
it = t.iter()
print(next(it).tag, next(it).tag)  # expect: a b

# copies
import copy
e = ET.fromstring('<a x="1"><b/></a>')
c = copy.copy(e)
print(c is e, c.attrib is e.attrib, c[0] is e[0], c.tag)  # expect: False True True a
d = copy.deepcopy(e)
print(d.attrib == e.attrib, d.attrib is e.attrib, d[0] is e[0], d[0].tag)  # expect: True False False b

# Comment and ProcessingInstruction elements
com = ET.Comment("note")
pi = ET.PI("target", "data")
print(com.tag is ET.Comment, com.text, pi.tag is ET.PI, pi.text)  # expect: True note True target data
print(ET.ProcessingInstruction("t").text, ET.PI is ET.ProcessingInstruction)  # expect: t True

# QName
q = ET.QName("http://u", "local")
print(q.text, str(q), repr(ET.QName("x")))  # expect: {http://u}local {http://u}local <QName 'x'>
print(q == "{http://u}local", q == ET.QName("{http://u}local"), ET.QName("a") < ET.QName("b"))  # expect: True True True
print(hash(q) == hash("{http://u}local"))  # expect: True

# errors
def err(f):
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

err(lambda: ET.Element("a", "notadict"))  # expect: TypeError: Element() argument 2 must be dict, not str
err(lambda: ET.Element("a", attrib=5))  # expect: TypeError: attrib must be dict, not int
err(lambda: ET.SubElement("p", "a"))  # expect: TypeError: SubElement() argument 1 must be xml.etree.ElementTree.Element, not str
err(lambda: ET.SubElement(ET.Element("p"), "a", []))  # expect: TypeError: SubElement() argument 3 must be dict, not list
err(lambda: ET.Element("a").append("b"))  # expect: TypeError: append() argument must be xml.etree.ElementTree.Element, not str
err(lambda: ET.Element("a").insert(0, 5))  # expect: TypeError: insert() argument 2 must be xml.etree.ElementTree.Element, not int
err(lambda: ET.Element("a").extend([ET.Element("b"), 3]))  # expect: TypeError: expected an Element, not "int"
err(lambda: ET.Element("a").remove(ET.Element("b")))  # expect: ValueError: list.remove(x): x not in list
err(lambda: ET.Element("a").remove(1))  # expect: TypeError: remove() argument must be xml.etree.ElementTree.Element, not int
err(lambda: ET.Element("a")[0])  # expect: IndexError: child index out of range
err(lambda: ET.Element("a")["x"])  # expect: TypeError: element indices must be integers
err(lambda: ET.Element("a").__setitem__(0, ET.Element("b")))  # expect: IndexError: child assignment index out of range
err(lambda: ET.Element("a").makeelement("b", []))  # expect: TypeError: makeelement() argument 2 must be dict, not list
big = ET.fromstring("<a><b/><b/><b/><b/></a>")
err(lambda: big.__setitem__(slice(0, None, 2), [ET.Element("x")]))  # expect: ValueError: attempt to assign sequence of size 1 to extended slice of size 2
err(lambda: big.__setitem__(slice(0, 1), [1]))  # expect: TypeError: expected an Element, not "int"
