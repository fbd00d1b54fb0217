import xml.etree.ElementTree as ET

doc = ET.fromstring(
    "<lib>"
    "<book id='1' lang='en'><title>A</title><year>2001</year></book>"
    "<book id='2' lang='fr'><title>B</title><year>1999</year><note>n</note></book>"
    "<shelf><book id='3'><title>C</title></book></shelf>"
    "<magazine id='4'><title>M</title></magazine>"
    "</lib>")

def ids(path, ns=None):
    return [e.get("id", e.tag) for e in doc.findall(path, ns)]

print(ids("book"), ids("*"), ids("."), ids(".//book"), ids("./book"))  # expect: ['1', '2'] ['1', '2', 'shelf', '4'] ['lib'] ['1', '2', '3'] ['1', '2']
print(ids("shelf/book"), ids("*/book"), ids("*/title"), ids(".//title"))  # expect: ['3'] ['3'] ['title', 'title', 'title'] ['title', 'title', 'title', 'title']
print(ids("book[@lang]"), ids("book[@lang='fr']"), ids('book[@lang="en"]'), ids("book[@lang!='en']"))  # expect: ['1', '2'] ['2'] ['1'] ['2']
print(ids(".//book[title]"), ids("book[note]"), ids("book[title='B']"), ids("book[title!='B']"))  # expect: ['1', '2', '3'] ['2'] ['2'] ['1']
print(ids(".//title[.='C']"), ids(".//title[.!='C']"))  # expect: ['title'] ['title', 'title', 'title']
print(ids("book[1]"), ids("book[2]"), ids("book[last()]"), ids("book[last()-1]"), ids("*[3]"))  # expect: ['1'] ['2'] ['2'] ['1'] []
print(ids(".//title/.."), ids("shelf/book/.."), ids("book/title/../year"))  # expect: ['1', '2', '3', '4'] ['shelf'] ['year', 'year']
print(ids("book/"), ids("nothing"), ids(".//nothing/deeper"))  # expect: ['title', 'year', 'title', 'year', 'note'] [] []
print(doc.find("book").get("id"), doc.find("nothing"), doc.find(".//book[@id='3']/title").text)  # expect: 1 None C
print(doc.findtext("book/title"), repr(doc.findtext("nothing")), doc.findtext("nothing", "dflt"))  # expect: A None dflt
print(repr(ET.fromstring("<a><b/></a>").findtext("b")))  # expect: ''
print([e.tag for e in doc.iterfind(".//title")], type(doc.iterfind("book")).__name__ != "list")  # expect: ['title', 'title', 'title', 'title'] True
print(doc.find("shelf").find(".//title").text)  # expect: C

tree = ET.ElementTree(doc)
print([e.get("id") for e in tree.findall("book")], tree.find("magazine/title").text, tree.findtext("book/year"))  # expect: ['1', '2'] M 2001
print([e.get("id") for e in tree.iterfind(".//book")], [e.tag for e in tree.iter("title")])  # expect: ['1', '2', '3'] ['title', 'title', 'title', 'title']

ns = ET.fromstring(
    '<r xmlns="http://d" xmlns:p="http://p">'
    '<p:a>1</p:a><b>2</b><c xmlns="">3</c><p:a>4</p:a></r>')
print([e.tag for e in ns])  # expect: ['{http://p}a', '{http://d}b', 'c', '{http://p}a']
print([e.text for e in ns.findall("p:a", {"p": "http://p"})])  # expect: ['1', '4']
print([e.text for e in ns.findall("b", {"": "http://d"})])  # expect: ['2']
print([e.text for e in ns.findall("{http://d}b")], [e.text for e in ns.findall("{*}a")])  # expect: ['2'] ['1', '4']
print([e.text for e in ns.findall("{http://p}*")], [e.text for e in ns.findall("{}*")], [e.text for e in ns.findall("{}c")])  # expect: ['1', '4'] ['3'] ['3']
print([e.text for e in ns.findall(".//{*}*")], ns.findtext("x:a", namespaces={"x": "http://p"}))  # expect: ['1', '2', '3', '4'] 1

# plain tags without XPath characters are matched as they are
weird = ET.fromstring("<a><b/></a>")
print(weird.find("b c"), weird.findall("p:b"), weird.find(""), weird.findall(""))  # expect: None [] None []

def err(f):
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

err(lambda: doc.findall("/book"))  # expect: SyntaxError: cannot use absolute path on element
err(lambda: doc.findall("book[0]"))  # expect: SyntaxError: XPath position >= 1 expected
err(lambda: doc.findall("book[last()+1]"))  # expect: SyntaxError: XPath offset from last() must be negative
err(lambda: doc.findall("book[last()-0]"))  # expect: SyntaxError: XPath offset from last() must be negative
err(lambda: doc.findall("book[first()]"))  # expect: SyntaxError: unsupported function
err(lambda: doc.findall("book[@a='1' or @b]"))  # expect: SyntaxError: invalid predicate
err(lambda: doc.findall("x:book"))
err(lambda: doc.findall("x:book", {"y": "u"}))  # expect: SyntaxError: prefix 'x' not found in prefix map
err(lambda: doc.findall("@id"))  # expect: KeyError: '@'
err(lambda: doc.findall(".//"))
err(lambda: list(doc.iterfind("")))  # expect: TypeError: 'NoneType' object is not iterable
