import argparse
out = []
desc = 'This description\n    keeps   its\n        layout.'
for fc in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
           argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
           argparse.MetavarTypeHelpFormatter]:
    out.append('### ' + fc.__name__ + '\n')
    p = argparse.ArgumentParser(prog='fmt', description=desc, epilog='  epilog\n  text', formatter_class=fc)
    p.add_argument('--num', type=int, default=42, help='a number\n  indented line')
    p.add_argument('--s', type=str, default='x', help='has %(default)s already')
    p.add_argument('--nohelp', type=float, default=1.5)
    p.add_argument('--sup', type=int, default=argparse.SUPPRESS, help='no default shown')
    p.add_argument('pos', type=str, help='positional')
    p.add_argument('opt', type=int, nargs='?', default=3, help='optional positional')
    p.add_argument('--flag', action='store_true', help='a flag')
    out.append(p.format_help())
print(''.join(out), end='')
# expect: ### HelpFormatter
# expect: usage: fmt [-h] [--num NUM] [--s S] [--nohelp NOHELP] [--sup SUP] [--flag]
# expect:            pos [opt]
# expect:
# expect: This description keeps its layout.
# expect:
# expect: positional arguments:
# expect:   pos              positional
# expect:   opt              optional positional
# expect:
# expect: options:
# expect:   -h, --help       show this help message and exit
# expect:   --num NUM        a number indented line
# expect:   --s S            has x already
# expect:   --nohelp NOHELP
# expect:   --sup SUP        no default shown
# expect:   --flag           a flag
# expect:
# expect: epilog text
# expect: ### RawDescriptionHelpFormatter
# expect: usage: fmt [-h] [--num NUM] [--s S] [--nohelp NOHELP] [--sup SUP] [--flag]
# expect:            pos [opt]
# expect:
# expect: This description
# expect:     keeps   its
# expect:         layout.
# expect:
# expect: positional arguments:
# expect:   pos              positional
# expect:   opt              optional positional
# expect:
# expect: options:
# expect:   -h, --help       show this help message and exit
# expect:   --num NUM        a number indented line
# expect:   --s S            has x already
# expect:   --nohelp NOHELP
# expect:   --sup SUP        no default shown
# expect:   --flag           a flag
# expect:
# expect:   epilog
# expect:   text
# expect: ### RawTextHelpFormatter
# expect: usage: fmt [-h] [--num NUM] [--s S] [--nohelp NOHELP] [--sup SUP] [--flag]
# expect:            pos [opt]
# expect:
# expect: This description
# expect:     keeps   its
# expect:         layout.
# expect:
# expect: positional arguments:
# expect:   pos              positional
# expect:   opt              optional positional
# expect:
# expect: options:
# expect:   -h, --help       show this help message and exit
# expect:   --num NUM        a number
# expect:                      indented line
# expect:   --s S            has x already
# expect:   --nohelp NOHELP
# expect:   --sup SUP        no default shown
# expect:   --flag           a flag
# expect:
# expect:   epilog
# expect:   text
# expect: ### ArgumentDefaultsHelpFormatter
# expect: usage: fmt [-h] [--num NUM] [--s S] [--nohelp NOHELP] [--sup SUP] [--flag]
# expect:            pos [opt]
# expect:
# expect: This description keeps its layout.
# expect:
# expect: positional arguments:
# expect:   pos              positional
# expect:   opt              optional positional (default: 3)
# expect:
# expect: options:
# expect:   -h, --help       show this help message and exit
# expect:   --num NUM        a number indented line (default: 42)
# expect:   --s S            has x already
# expect:   --nohelp NOHELP
# expect:   --sup SUP        no default shown
# expect:   --flag           a flag (default: False)
# expect:
# expect: epilog text
# expect: ### MetavarTypeHelpFormatter
# expect: usage: fmt [-h] [--num int] [--s str] [--nohelp float] [--sup int] [--flag]
# expect:            str [int]
# expect:
# expect: This description keeps its layout.
# expect:
# expect: positional arguments:
# expect:   str             positional
# expect:   int             optional positional
# expect:
# expect: options:
# expect:   -h, --help      show this help message and exit
# expect:   --num int       a number indented line
# expect:   --s str         has x already
# expect:   --nohelp float
# expect:   --sup int       no default shown
# expect:   --flag          a flag
# expect:
# expect: epilog text

