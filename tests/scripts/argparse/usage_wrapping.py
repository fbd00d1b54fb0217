import argparse
out = []
for prog in ['p', 'a_very_long_program_name_that_takes_up_most_of_the_line_by_itself']:
    p = argparse.ArgumentParser(prog=prog)
    for i in range(6):
        p.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
    p.add_argument('first')
    p.add_argument('second', nargs='?')
    out.append(p.format_usage())
    q = argparse.ArgumentParser(prog=prog, add_help=False)
    for i in range(12):
        q.add_argument('positional%d' % i)
    out.append(q.format_usage())
    r = argparse.ArgumentParser(prog=prog)
    for c in 'ABCDEFGHIJKLMNOPQRSTU':
        r.add_argument('-' + c, action='store_true')
    out.append(r.format_usage())
print(''.join(out), end='')
# expect: usage: p [-h] [--option-0 VALUE0] [--option-1 VALUE1] [--option-2 VALUE2]
# expect:          [--option-3 VALUE3] [--option-4 VALUE4] [--option-5 VALUE5]
# expect:          first [second]
# expect: usage: p positional0 positional1 positional2 positional3 positional4
# expect:          positional5 positional6 positional7 positional8 positional9
# expect:          positional10 positional11
# expect: usage: p [-h] [-A] [-B] [-C] [-D] [-E] [-F] [-G] [-H] [-I] [-J] [-K] [-L] [-M]
# expect:          [-N] [-O] [-P] [-Q] [-R] [-S] [-T] [-U]
# expect: usage: a_very_long_program_name_that_takes_up_most_of_the_line_by_itself
# expect:        [-h] [--option-0 VALUE0] [--option-1 VALUE1] [--option-2 VALUE2]
# expect:        [--option-3 VALUE3] [--option-4 VALUE4] [--option-5 VALUE5]
# expect:        first [second]
# expect: usage: a_very_long_program_name_that_takes_up_most_of_the_line_by_itself
# expect:        positional0 positional1 positional2 positional3 positional4 positional5
# expect:        positional6 positional7 positional8 positional9 positional10
# expect:        positional11
# expect: usage: a_very_long_program_name_that_takes_up_most_of_the_line_by_itself
# expect:        [-h] [-A] [-B] [-C] [-D] [-E] [-F] [-G] [-H] [-I] [-J] [-K] [-L] [-M]
# expect:        [-N] [-O] [-P] [-Q] [-R] [-S] [-T] [-U]
p = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] FILE...')
p.add_argument('--x')
print(p.format_usage(), end='')
# expect: usage: custom [options] FILE...
p = argparse.ArgumentParser(prog='bare', add_help=False)
print(repr(p.format_usage()), repr(p.format_help()))
# expect: 'usage: bare\n' 'usage: bare\n'
p = argparse.ArgumentParser(prog='nousage', usage=argparse.SUPPRESS, description='only a description')
p.add_argument('x', help='the x')
print(p.format_help(), end='')
# expect: only a description
# expect:
# expect: positional arguments:
# expect:   x           the x
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
p = argparse.ArgumentParser(prog='narrow', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=30, width=50))
p.add_argument('--alpha', help='some help text that is long enough to be wrapped at fifty columns')
p.add_argument('--a-long-option-name-here', help='starts on its own line')
p.add_argument('-s', help='')
print(p.format_help(), end='')
# expect: usage: narrow [-h] [--alpha ALPHA]
# expect:               [--a-long-option-name-here A_LONG_OPTION_NAME_HERE]
# expect:               [-s S]
# expect:
# expect: options:
# expect:   -h, --help                  show this help
# expect:                               message and exit
# expect:   --alpha ALPHA               some help text that
# expect:                               is long enough to be
# expect:                               wrapped at fifty
# expect:                               columns
# expect:   --a-long-option-name-here A_LONG_OPTION_NAME_HERE
# expect:                               starts on its own
# expect:                               line
# expect:   -s S
