import argparse
p = argparse.ArgumentParser(prog='tool', description='Process some files. ' * 5, epilog='See the manual for details.')
p.add_argument('infile', help='input file')
p.add_argument('outs', nargs='*', help='output files')
p.add_argument('-v', '--verbose', action='count', default=0, help='increase verbosity')
p.add_argument('-q', action='store_true')
p.add_argument('--level', type=int, choices=[1, 2, 3], default=1, help='level %(default)s of %(choices)s (%(type)s)')
p.add_argument('--name', metavar='NAME', required=True, help='the name to use')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'), help='a key and a value')
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='+', type=float, help='several numbers ' * 6)
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colourise')
p.add_argument('--a-really-long-option-name', help='help on the next line')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--version', action='version', version='%(prog)s 2.0')
print(p.format_usage(), end='')
# expect: usage: tool [-h] [-v] [-q] [--level {1,2,3}] --name NAME [--pair KEY VALUE]
# expect:             [--opt [OPT]] [--many MANY [MANY ...]] [--color | --no-color]
# expect:             [--a-really-long-option-name A_REALLY_LONG_OPTION_NAME]
# expect:             [--version]
# expect:             infile [outs ...]
print(p.format_help(), end='')
# expect: usage: tool [-h] [-v] [-q] [--level {1,2,3}] --name NAME [--pair KEY VALUE]
# expect:             [--opt [OPT]] [--many MANY [MANY ...]] [--color | --no-color]
# expect:             [--a-really-long-option-name A_REALLY_LONG_OPTION_NAME]
# expect:             [--version]
# expect:             infile [outs ...]
# expect:
# expect: Process some files. Process some files. Process some files. Process some
# expect: files. Process some files.
# expect:
# expect: positional arguments:
# expect:   infile                input file
# expect:   outs                  output files
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   -v, --verbose         increase verbosity
# expect:   -q
# expect:   --level {1,2,3}       level 1 of 1, 2, 3 (int)
# expect:   --name NAME           the name to use
# expect:   --pair KEY VALUE      a key and a value
# expect:   --opt [OPT]
# expect:   --many MANY [MANY ...]
# expect:                         several numbers several numbers several numbers
# expect:                         several numbers several numbers several numbers
# expect:   --color, --no-color   colourise
# expect:   --a-really-long-option-name A_REALLY_LONG_OPTION_NAME
# expect:                         help on the next line
# expect:   --version             show program's version number and exit
# expect:
# expect: See the manual for details.
p.print_usage()
# expect: usage: tool [-h] [-v] [-q] [--level {1,2,3}] --name NAME [--pair KEY VALUE]
# expect:             [--opt [OPT]] [--many MANY [MANY ...]] [--color | --no-color]
# expect:             [--a-really-long-option-name A_REALLY_LONG_OPTION_NAME]
# expect:             [--version]
# expect:             infile [outs ...]
