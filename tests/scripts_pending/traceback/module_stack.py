# traceback.extract_stack / format_stack / print_stack / walk_stack
# (needs sys._getframe and source lines; all output comes from main())
import io
import sys
import traceback


def clean(text):
    return text.replace(__file__, 'FILE')


def level2():
    stack = traceback.extract_stack()
    print([(fs.name, fs.lineno, fs.line) for fs in stack[-3:]])
    print(clean(''.join(traceback.format_stack(limit=2))), end='')
    buf = io.StringIO()
    traceback.print_stack(limit=1, file=buf)
    print(clean(buf.getvalue()), end='')
    frame = sys._getframe()
    print([f.f_code.co_name for f, n in traceback.walk_stack(frame)][:3])
    summary = traceback.StackSummary.extract(traceback.walk_stack(frame), limit=2)
    print([(fs.name, fs.lineno) for fs in summary])


def level1():
    level2()


def main():
    level1()
    here = traceback.extract_stack(sys._getframe(), limit=1)
    print(len(here), here[0].name, here[0].line)


main()
# expect: [('main', 30, 'level1()'), ('level1', 26, 'level2()'), ('level2', 13, 'stack = traceback.extract_stack()')]
# expect:   File "FILE", line 26, in level1
# expect:     level2()
# expect:   File "FILE", line 15, in level2
# expect:     print(clean(''.join(traceback.format_stack(limit=2))), end='')
# expect:   File "FILE", line 17, in level2
# expect:     traceback.print_stack(limit=1, file=buf)
# expect: ['level2', 'level1', 'main']
# expect: [('level2', 21), ('level1', 26)]
# expect: 1 main here = traceback.extract_stack(sys._getframe(), limit=1)
