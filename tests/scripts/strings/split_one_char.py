# str.split / rsplit with one-character separators: ASCII and non-ASCII
# text, separators at the ends, maxsplit of every kind, and the parts
# used as ordinary strs afterwards.
cases = ["", ",", ",,", "a,b", ",a,b,", "a,,b", "é,ü,,ö", "日本,語", "no sep", "x,y,z,w"]
for t in cases:
    for m in [-1, 0, 1, 2, 10]:
        print(repr(t), m, t.split(",", m), t.rsplit(",", m), len(t.split(",", m)[0]) if t.split(",", m) else -1)
print("a|b".split("|"), "é|b".split("|")[0].upper(), [len(p) for p in "ab|éé|".split("|")])
print("a:b".split(":", maxsplit=0), "a:b".split(sep=":"))
parts = "x1,é2,y3".split(",")
print(parts, [p[1:] for p in parts], hash(parts[0]) == hash("x1"), parts[0] == "x1", {parts[0]: 1}["x1"])
# expect: '' -1 [''] [''] 0
# expect: '' 0 [''] [''] 0
# expect: '' 1 [''] [''] 0
# expect: '' 2 [''] [''] 0
# expect: '' 10 [''] [''] 0
# expect: ',' -1 ['', ''] ['', ''] 0
# expect: ',' 0 [','] [','] 1
# expect: ',' 1 ['', ''] ['', ''] 0
# expect: ',' 2 ['', ''] ['', ''] 0
# expect: ',' 10 ['', ''] ['', ''] 0
# expect: ',,' -1 ['', '', ''] ['', '', ''] 0
# expect: ',,' 0 [',,'] [',,'] 2
# expect: ',,' 1 ['', ','] [',', ''] 0
# expect: ',,' 2 ['', '', ''] ['', '', ''] 0
# expect: ',,' 10 ['', '', ''] ['', '', ''] 0
# expect: 'a,b' -1 ['a', 'b'] ['a', 'b'] 1
# expect: 'a,b' 0 ['a,b'] ['a,b'] 3
# expect: 'a,b' 1 ['a', 'b'] ['a', 'b'] 1
# expect: 'a,b' 2 ['a', 'b'] ['a', 'b'] 1
# expect: 'a,b' 10 ['a', 'b'] ['a', 'b'] 1
# expect: ',a,b,' -1 ['', 'a', 'b', ''] ['', 'a', 'b', ''] 0
# expect: ',a,b,' 0 [',a,b,'] [',a,b,'] 5
# expect: ',a,b,' 1 ['', 'a,b,'] [',a,b', ''] 0
# expect: ',a,b,' 2 ['', 'a', 'b,'] [',a', 'b', ''] 0
# expect: ',a,b,' 10 ['', 'a', 'b', ''] ['', 'a', 'b', ''] 0
# expect: 'a,,b' -1 ['a', '', 'b'] ['a', '', 'b'] 1
# expect: 'a,,b' 0 ['a,,b'] ['a,,b'] 4
# expect: 'a,,b' 1 ['a', ',b'] ['a,', 'b'] 1
# expect: 'a,,b' 2 ['a', '', 'b'] ['a', '', 'b'] 1
# expect: 'a,,b' 10 ['a', '', 'b'] ['a', '', 'b'] 1
# expect: 'é,ü,,ö' -1 ['é', 'ü', '', 'ö'] ['é', 'ü', '', 'ö'] 1
# expect: 'é,ü,,ö' 0 ['é,ü,,ö'] ['é,ü,,ö'] 6
# expect: 'é,ü,,ö' 1 ['é', 'ü,,ö'] ['é,ü,', 'ö'] 1
# expect: 'é,ü,,ö' 2 ['é', 'ü', ',ö'] ['é,ü', '', 'ö'] 1
# expect: 'é,ü,,ö' 10 ['é', 'ü', '', 'ö'] ['é', 'ü', '', 'ö'] 1
# expect: '日本,語' -1 ['日本', '語'] ['日本', '語'] 2
# expect: '日本,語' 0 ['日本,語'] ['日本,語'] 4
# expect: '日本,語' 1 ['日本', '語'] ['日本', '語'] 2
# expect: '日本,語' 2 ['日本', '語'] ['日本', '語'] 2
# expect: '日本,語' 10 ['日本', '語'] ['日本', '語'] 2
# expect: 'no sep' -1 ['no sep'] ['no sep'] 6
# expect: 'no sep' 0 ['no sep'] ['no sep'] 6
# expect: 'no sep' 1 ['no sep'] ['no sep'] 6
# expect: 'no sep' 2 ['no sep'] ['no sep'] 6
# expect: 'no sep' 10 ['no sep'] ['no sep'] 6
# expect: 'x,y,z,w' -1 ['x', 'y', 'z', 'w'] ['x', 'y', 'z', 'w'] 1
# expect: 'x,y,z,w' 0 ['x,y,z,w'] ['x,y,z,w'] 7
# expect: 'x,y,z,w' 1 ['x', 'y,z,w'] ['x,y,z', 'w'] 1
# expect: 'x,y,z,w' 2 ['x', 'y', 'z,w'] ['x,y', 'z', 'w'] 1
# expect: 'x,y,z,w' 10 ['x', 'y', 'z', 'w'] ['x', 'y', 'z', 'w'] 1
# expect: ['a', 'b'] É [2, 2, 0]
# expect: ['a:b'] ['a', 'b']
# expect: ['x1', 'é2', 'y3'] ['1', '2', '3'] True True 1
