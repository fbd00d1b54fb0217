# spindle-only
# A file database needs file access, which the sandbox does not grant; a
# user function that re-enters its own connection is refused, not hung.
import sqlite3

try:
    sqlite3.connect('/tmp/spindle-test.db')
except PermissionError as e:
    print(type(e).__name__, e.errno)  # expect: PermissionError 13

conn = sqlite3.connect(':memory:')
conn.create_function('again', 0, lambda: conn.execute('select 1').fetchone()[0])
try:
    conn.execute('select again()')
except sqlite3.OperationalError as e:
    print(e)  # expect: user-defined function raised exception
conn.create_function('boom', 1, lambda x: 1 / x)
try:
    conn.execute('select boom(0)')
except sqlite3.OperationalError as e:
    print(e)  # expect: user-defined function raised exception
print(conn.execute('select boom(2)').fetchone())  # expect: (0.5,)
