import sqlite3, math
conn = sqlite3.connect(':memory:')
cur = conn.cursor()
cur.execute('create table t (id integer primary key, name text, score real, data blob)')
cur.execute('insert into t (name, score, data) values (?, ?, ?)', ('ann', 1.5, b'\x00\x01'))
print(cur.lastrowid, cur.rowcount, conn.in_transaction)
cur.executemany('insert into t (name, score) values (?, ?)', [('bob', 2.0), ('cy', None)])
print(cur.rowcount)
conn.commit()
print(conn.in_transaction, conn.total_changes)
for row in conn.execute('select id, name, score, data from t order by id'):
    print(row)
print(conn.execute('select count(*) from t').fetchone(), [d[0] for d in cur.execute('select name as n, score from t').description])
print(cur.fetchmany(2), cur.fetchall())
conn.row_factory = sqlite3.Row
r = conn.execute('select * from t where name = :n', {'n': 'bob'}).fetchone()
print(r['name'], r['SCORE'], r[0], r.keys(), tuple(r))
conn.row_factory = None
conn.create_function('twice', 1, lambda x: x * 2)
print(conn.execute('select twice(score) from t where score is not null').fetchall())
class Avg:
    def __init__(self): self.n = 0; self.s = 0
    def step(self, v):
        if v is not None: self.n += 1; self.s += v
    def finalize(self): return self.s / self.n
conn.create_aggregate('myavg', 1, Avg)
print(conn.execute('select myavg(score) from t').fetchone())
for sql, args in [('select * from nope', ()), ('insert into t (id) values (?)', (1,)), ('select ?', (1, 2)), ('select 1; select 2', ())]:
    try:
        conn.execute(sql, args)
    except sqlite3.Error as e:
        print(type(e).__name__, e)
with conn:
    conn.execute("insert into t (name) values ('dee')")
print(conn.execute('select count(*) from t').fetchone()[0], sqlite3.complete_statement('select 1;'), sqlite3.complete_statement('select 1'))
conn.close()
try:
    conn.execute('select 1')
except sqlite3.ProgrammingError as e:
    print(e)
print(isinstance(sqlite3.IntegrityError(), sqlite3.DatabaseError), sqlite3.paramstyle)

# The output, in order:
# expect: 1 1 True
# expect: 2
# expect: False 3
# expect: (1, 'ann', 1.5, b'\x00\x01')
# expect: (2, 'bob', 2.0, None)
# expect: (3, 'cy', None, None)
# expect: (3,) ['n', 'score']
# expect: [('ann', 1.5), ('bob', 2.0)] [('cy', None)]
# expect: bob 2.0 2 ['id', 'name', 'score', 'data'] (2, 'bob', 2.0, None)
# expect: [(3.0,), (4.0,)]
# expect: (1.75,)
# expect: OperationalError no such table: nope
# expect: IntegrityError UNIQUE constraint failed: t.id
# expect: ProgrammingError Incorrect number of bindings supplied. The current statement uses 1, and there are 2 supplied.
# expect: ProgrammingError You can only execute one statement at a time.
# expect: 4 True False
# expect: Cannot operate on a closed database.
# expect: True qmark
