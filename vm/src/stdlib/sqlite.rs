//! `_sqlite3`: the native half of `sqlite3` over a bundled SQLite
//! (rusqlite). It opens in-memory databases only — the sandbox has no
//! file access (SPEC part 2) — and runs one statement at a time, handing
//! back its rows, description, rowcount and lastrowid; the DB-API layer
//! (cursors, rows, transactions, exceptions) is `lib/sqlite3/__init__.py`.

use crate::object::Obj;
use std::cell::Cell;
use std::panic::AssertUnwindSafe;
use std::sync::OnceLock;

use parking_lot::Mutex;
use rusqlite::functions::{Aggregate, Context, FunctionFlags};
use rusqlite::types::{Value as SqlValue, ValueRef};

use crate::builtins::args::arg_or_kw;
use crate::exc::{self, PyErr};
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{Class, NativeObj};
use crate::types::type_name;
use crate::value::Value;
use crate::PyResult;

struct Conn {
    db: Mutex<Option<rusqlite::Connection>>,
}

fn conn_class() -> &'static Obj<Class> {
    static C: OnceLock<Obj<Class>> = OnceLock::new();
    C.get_or_init(|| crate::builtins::native_class("_Connection", "_sqlite3"))
}

thread_local! {
    /// The interpreter running the statement whose user functions SQLite
    /// may call back (set only for the duration of a statement).
    static CUR_VM: Cell<*mut Vm> = const { Cell::new(std::ptr::null_mut()) };
}

/// Runs `f` with `vm` registered for SQLite's callbacks.
fn with_vm<T>(vm: &mut Vm, f: impl FnOnce() -> T) -> T {
    let prev = CUR_VM.with(|c| c.replace(vm as *mut Vm));
    let r = f();
    CUR_VM.with(|c| c.set(prev));
    r
}

/// Calls `func(args)` on the interpreter running the current statement.
fn call_back(func: &Value, args: Vec<Value>) -> Result<Value, rusqlite::Error> {
    let p = CUR_VM.with(|c| c.get());
    if p.is_null() {
        return Err(user_error());
    }
    // SAFETY: `p` was set by `with_vm` from a `&mut Vm` whose owner is
    // blocked inside the SQLite call that invoked this callback, on this
    // same thread; nothing else uses that `Vm` until the call returns, and
    // the pointer is reset before `with_vm` returns.
    let vm = unsafe { &mut *p };
    vm.call_kw(func, args, Vec::new()).map_err(|_| user_error())
}

fn user_error() -> rusqlite::Error {
    rusqlite::Error::UserFunctionError("user-defined function raised exception".into())
}

/// The module's exception class `name` (set by the Python layer).
fn error(vm: &Vm, name: &str, msg: String) -> PyErr {
    let cls = match vm.ctx.modules.get("_sqlite3") {
        Some(Value::Module(m)) => m.globals.get_by_name(name),
        _ => None,
    };
    match cls {
        Some(Value::Class(c)) => PyErr::new(&c, vec![Value::string(msg)]),
        _ => exc::runtime_error(msg),
    }
}

/// A rusqlite error as the DB-API exception CPython raises for it.
fn sql_error(vm: &Vm, e: rusqlite::Error) -> PyErr {
    use rusqlite::ffi::ErrorCode;
    let (kind, msg) = match &e {
        rusqlite::Error::SqliteFailure(f, m) => {
            let msg = m.clone().unwrap_or_else(|| f.to_string());
            let kind = match f.code {
                ErrorCode::ConstraintViolation => "IntegrityError",
                ErrorCode::TooBig => "DataError",
                ErrorCode::ApiMisuse => "ProgrammingError",
                _ => "OperationalError",
            };
            (kind, msg)
        }
        rusqlite::Error::UserFunctionError(m) => ("OperationalError", m.to_string()),
        rusqlite::Error::InvalidParameterCount(given, want) => (
            "ProgrammingError",
            format!(
                "Incorrect number of bindings supplied. The current statement uses {}, and there are {} supplied.",
                want, given
            ),
        ),
        rusqlite::Error::MultipleStatement => (
            "ProgrammingError",
            "You can only execute one statement at a time.".to_string(),
        ),
        other => ("OperationalError", other.to_string()),
    };
    error(vm, kind, msg)
}

fn this(vm: &Vm, v: &Value) -> PyResult<&'static str> {
    let _ = vm;
    match v {
        Value::Native(n) if n.data.is::<Conn>() => Ok("ok"),
        _ => Err(exc::type_error("expected a sqlite3 connection")),
    }
}

fn conn(v: &Value) -> &Conn {
    match v {
        Value::Native(n) => n.data.downcast_ref::<Conn>().expect("checked by this()"),
        _ => unreachable!("checked by this()"),
    }
}

/// Runs `f` on the open database, or raises ProgrammingError when closed.
fn with_db<T>(
    vm: &mut Vm,
    v: &Value,
    f: impl FnOnce(&mut Vm, &rusqlite::Connection) -> PyResult<T>,
) -> PyResult<T> {
    this(vm, v)?;
    let c = conn(v);
    // A user function that uses its own connection again would wait on
    // itself forever: refuse it as CPython does.
    let Some(guard) = c.db.try_lock() else {
        return Err(error(
            vm,
            "ProgrammingError",
            "Recursive use of cursors not allowed.".into(),
        ));
    };
    match guard.as_ref() {
        Some(db) => f(vm, db),
        None => Err(error(
            vm,
            "ProgrammingError",
            "Cannot operate on a closed database.".into(),
        )),
    }
}

/// A script value as an SQLite value.
fn to_sql(vm: &mut Vm, v: &Value) -> PyResult<SqlValue> {
    Ok(match v {
        Value::None => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(b.get() as i64),
        Value::Int(i) => SqlValue::Integer(*i),
        Value::BigInt(_) => {
            return Err(exc::overflow_error(
                "Python int too large to convert to SQLite INTEGER",
            ))
        }
        Value::Float(f) => SqlValue::Real(f.get()),
        Value::Str(s) => SqlValue::Text(s.as_str().to_string()),
        Value::Bytes(b) => SqlValue::Blob(b.to_vec()),
        other => {
            if vm.lookup_special(other, "__bytes__").is_some() {
                let b = super::hashlib::buffer(vm, other)?;
                return Ok(SqlValue::Blob(b.to_vec()));
            }
            if let Some(p) = vm.builtin_payload(other) {
                return to_sql(vm, &p);
            }
            return Err(error(
                vm,
                "ProgrammingError",
                format!(
                    "Error binding parameter - probably unsupported type ('{}').",
                    type_name(other)
                ),
            ));
        }
    })
}

fn from_sql(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::None,
        ValueRef::Integer(i) => Value::Int(i),
        ValueRef::Real(f) => Value::float(f),
        ValueRef::Text(t) => Value::string(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Bytes(b.to_vec().into()),
    }
}

/// `_sqlite3.connect(database)`.
fn connect(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let db = match arg_or_kw(args, 0, kw, "database") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(exc::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                type_name(&other)
            )))
        }
        None => {
            return Err(exc::type_error(
                "connect() missing required argument 'database' (pos 1)",
            ))
        }
    };
    let memory = db == ":memory:" || db.starts_with("file::memory:") || db.is_empty();
    if !memory {
        let e = crate::builtins::exceptions::new_os_error(
            &crate::types::types().permission_error,
            vec![
                Value::Int(13),
                Value::str(
                    "Permission denied: file databases are not available in the Spindle sandbox",
                ),
                Value::string(db),
            ],
        );
        return Err(exc::PyErr::from_value(e));
    }
    let c = rusqlite::Connection::open_in_memory().map_err(|e| sql_error(vm, e))?;
    Ok(Value::Native(Obj::new(NativeObj {
        class: conn_class().clone(),
        data: Box::new(Conn {
            db: Mutex::new(Some(c)),
        }),
    })))
}

/// `_sqlite3.execute(conn, sql, params)`: runs one statement and returns
/// `(rows, column_names_or_None, rowcount, lastrowid)`.
fn execute(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() != 3 {
        return Err(exc::type_error("execute(conn, sql, params)"));
    }
    let sql = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(exc::type_error(format!(
                "execute() argument 1 must be str, not {}",
                type_name(other)
            )))
        }
    };
    if sql.contains('\0') {
        return Err(error(
            vm,
            "ProgrammingError",
            "the query contains a null character".into(),
        ));
    }
    let params = args[2].clone();
    with_db(vm, &args[0].clone(), |vm, db| {
        let mut stmt = db.prepare(&sql).map_err(|e| sql_error(vm, e))?;
        if has_second_statement(db, &sql) {
            return Err(error(
                vm,
                "ProgrammingError",
                "You can only execute one statement at a time.".into(),
            ));
        }
        let n = stmt.parameter_count();
        // Bind: a mapping by name, or a sequence by position.
        let named = matches!(params, Value::Dict(_))
            || matches!(&params, Value::Instance(_) if vm.lookup_special(&params, "keys").is_some());
        if named {
            for i in 1..=n {
                let Some(pname) = stmt.parameter_name(i) else {
                    return Err(error(vm, "ProgrammingError", "Binding is not named".into()));
                };
                let key = Value::str(&pname[1..]);
                let v = match vm.getitem(&params, &key) {
                    Ok(v) => v,
                    Err(_) => {
                        return Err(error(
                            vm,
                            "ProgrammingError",
                            format!(
                                "You did not supply a value for binding parameter :{}.",
                                &pname[1..]
                            ),
                        ))
                    }
                };
                let sv = to_sql(vm, &v)?;
                stmt.raw_bind_parameter(i, sv)
                    .map_err(|e| sql_error(vm, e))?;
            }
        } else if !params.is_none() {
            let items = vm.collect(&params)?;
            if items.len() != n {
                return Err(error(
                    vm,
                    "ProgrammingError",
                    format!(
                        "Incorrect number of bindings supplied. The current statement uses {}, and there are {} supplied.",
                        n,
                        items.len()
                    ),
                ));
            }
            for (i, v) in items.iter().enumerate() {
                let sv = to_sql(vm, v)?;
                stmt.raw_bind_parameter(i + 1, sv)
                    .map_err(|e| sql_error(vm, e))?;
            }
        } else if n > 0 {
            return Err(error(
                vm,
                "ProgrammingError",
                format!(
                    "Incorrect number of bindings supplied. The current statement uses {}, and there are 0 supplied.",
                    n
                ),
            ));
        }
        let ncols = stmt.column_count();
        let names: Vec<Value> = stmt.column_names().iter().map(|c| Value::str(c)).collect();
        let readonly = stmt.readonly();
        let before = db.total_changes();
        let mut out = Vec::new();
        let step = with_vm(vm, || -> Result<(), rusqlite::Error> {
            let mut rows = stmt.raw_query();
            while let Some(row) = rows.next()? {
                let mut t = Vec::with_capacity(ncols);
                for i in 0..ncols {
                    t.push(from_sql(row.get_ref(i)?));
                }
                out.push(Value::tuple(t));
            }
            Ok(())
        });
        step.map_err(|e| sql_error(vm, e))?;
        let rowcount = if readonly || db.total_changes() == before && ncols > 0 {
            -1
        } else {
            db.changes() as i64
        };
        let description = if ncols > 0 {
            Value::list(names)
        } else {
            Value::None
        };
        Ok(Value::tuple(vec![
            Value::list(out),
            description,
            Value::Int(rowcount),
            Value::Int(db.last_insert_rowid()),
        ]))
    })
}

/// Whether `sql` holds more than one statement: SQLite's tail after the
/// first holds something other than blanks, semicolons and comments.
fn has_second_statement(db: &rusqlite::Connection, sql: &str) -> bool {
    let Ok(c) = std::ffi::CString::new(sql) else {
        return false;
    };
    let mut stmt = std::ptr::null_mut();
    let mut tail: *const std::os::raw::c_char = std::ptr::null();
    // SAFETY: the handle is the open connection's, `c` outlives the call,
    // and the prepared statement is finalized before returning; `tail`
    // points into `c`.
    let rest = unsafe {
        let rc =
            rusqlite::ffi::sqlite3_prepare_v2(db.handle(), c.as_ptr(), -1, &mut stmt, &mut tail);
        rusqlite::ffi::sqlite3_finalize(stmt);
        if rc != 0 || tail.is_null() {
            return false;
        }
        std::ffi::CStr::from_ptr(tail)
            .to_string_lossy()
            .into_owned()
    };
    let mut t = rest.as_str();
    loop {
        t = t.trim_start_matches(|ch: char| ch.is_whitespace() || ch == ';');
        if let Some(r) = t.strip_prefix("--") {
            t = r.split_once('\n').map(|x| x.1).unwrap_or("");
        } else if let Some(r) = t.strip_prefix("/*") {
            t = r.split_once("*/").map(|x| x.1).unwrap_or("");
        } else {
            return !t.is_empty();
        }
    }
}

/// `_sqlite3.executescript(conn, sql)`.
fn executescript(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let sql = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(exc::type_error("executescript() argument must be str")),
    };
    with_db(vm, &args[0].clone(), |vm, db| {
        let r = with_vm(vm, || db.execute_batch(&sql));
        r.map_err(|e| sql_error(vm, e))?;
        Ok(Value::None)
    })
}

/// `_sqlite3.create_function(conn, name, narg, func, deterministic)`.
fn create_function(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() != 5 {
        return Err(exc::type_error(
            "create_function(conn, name, narg, func, deterministic)",
        ));
    }
    let name = args[1].as_str().unwrap_or("").to_string();
    let narg = crate::builtins::args::int_arg("create_function", &args[2])? as i32;
    let func = args[3].clone();
    let mut flags = FunctionFlags::SQLITE_UTF8;
    if vm.truthy(&args[4])? {
        flags |= FunctionFlags::SQLITE_DETERMINISTIC;
    }
    with_db(vm, &args[0].clone(), |vm, db| {
        if func.is_none() {
            return db
                .remove_function(&name, narg)
                .map(|_| Value::None)
                .map_err(|e| sql_error(vm, e));
        }
        db.create_scalar_function(&name, narg, flags, move |ctx: &Context<'_>| {
            let mut a = Vec::with_capacity(ctx.len());
            for i in 0..ctx.len() {
                a.push(from_sql(ctx.get_raw(i)));
            }
            let r = call_back(&func, a)?;
            value_out(&r)
        })
        .map(|_| Value::None)
        .map_err(|e| sql_error(vm, e))
    })
}

/// A callback's result as an SQLite value.
fn value_out(v: &Value) -> Result<SqlValue, rusqlite::Error> {
    Ok(match v {
        Value::None => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(b.get() as i64),
        Value::Int(i) => SqlValue::Integer(*i),
        Value::Float(f) => SqlValue::Real(f.get()),
        Value::Str(s) => SqlValue::Text(s.as_str().to_string()),
        Value::Bytes(b) => SqlValue::Blob(b.to_vec()),
        _ => return Err(user_error()),
    })
}

/// An aggregate whose state is an instance of a script class. (A panic
/// cannot cross a callback: script errors are returned as SQLite errors,
/// so the unwind-safety assertion only satisfies rusqlite's bound.)
struct PyAggregate {
    cls: AssertUnwindSafe<Value>,
}

type Acc = AssertUnwindSafe<Value>;

impl Aggregate<Acc, SqlValue> for PyAggregate {
    fn init(&self, _ctx: &mut Context<'_>) -> rusqlite::Result<Acc> {
        call_back(&self.cls, Vec::new()).map(AssertUnwindSafe)
    }

    fn step(&self, ctx: &mut Context<'_>, acc: &mut Acc) -> rusqlite::Result<()> {
        let mut a = Vec::with_capacity(ctx.len());
        for i in 0..ctx.len() {
            a.push(from_sql(ctx.get_raw(i)));
        }
        let p = CUR_VM.with(|c| c.get());
        if p.is_null() {
            return Err(user_error());
        }
        // SAFETY: as in `call_back`: the registering statement's `Vm` is
        // blocked in SQLite on this thread for the whole callback.
        let vm = unsafe { &mut *p };
        let step = vm.getattr(&acc.0, "step").map_err(|_| user_error())?;
        vm.call_kw(&step, a, Vec::new()).map_err(|_| user_error())?;
        Ok(())
    }

    fn finalize(&self, _ctx: &mut Context<'_>, acc: Option<Acc>) -> rusqlite::Result<SqlValue> {
        let acc = match acc {
            Some(a) => a.0,
            None => call_back(&self.cls, Vec::new())?,
        };
        let p = CUR_VM.with(|c| c.get());
        if p.is_null() {
            return Err(user_error());
        }
        // SAFETY: as in `call_back`.
        let vm = unsafe { &mut *p };
        let fin = vm.getattr(&acc, "finalize").map_err(|_| user_error())?;
        let r = vm
            .call_kw(&fin, Vec::new(), Vec::new())
            .map_err(|_| user_error())?;
        value_out(&r)
    }
}

/// `_sqlite3.create_aggregate(conn, name, narg, cls)`.
fn create_aggregate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() != 4 {
        return Err(exc::type_error("create_aggregate(conn, name, narg, cls)"));
    }
    let name = args[1].as_str().unwrap_or("").to_string();
    let narg = crate::builtins::args::int_arg("create_aggregate", &args[2])? as i32;
    let cls = args[3].clone();
    with_db(vm, &args[0].clone(), |vm, db| {
        db.create_aggregate_function(
            &name,
            narg,
            FunctionFlags::SQLITE_UTF8,
            PyAggregate {
                cls: AssertUnwindSafe(cls),
            },
        )
        .map(|_| Value::None)
        .map_err(|e| sql_error(vm, e))
    })
}

/// `_sqlite3.close(conn)`.
fn close(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let v = args.first().cloned().unwrap_or(Value::None);
    this(vm, &v)?;
    conn(&v).db.lock().take();
    Ok(Value::None)
}

/// `_sqlite3.in_transaction(conn)`.
fn in_transaction(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let v = args.first().cloned().unwrap_or(Value::None);
    with_db(vm, &v, |_, db| Ok(Value::bool(!db.is_autocommit())))
}

/// `_sqlite3.total_changes(conn)`.
fn total_changes(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let v = args.first().cloned().unwrap_or(Value::None);
    with_db(vm, &v, |_, db| Ok(Value::Int(db.total_changes() as i64)))
}

/// `_sqlite3.complete_statement(sql)`.
fn complete_statement(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let sql = match args.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(exc::type_error("complete_statement() argument must be str")),
    };
    let c = match std::ffi::CString::new(sql) {
        Ok(c) => c,
        Err(_) => return Ok(Value::bool(false)),
    };
    // SAFETY: `c` is a valid NUL-terminated string for the call's duration.
    let r = unsafe { rusqlite::ffi::sqlite3_complete(c.as_ptr()) };
    Ok(Value::bool(r != 0))
}

pub fn module() -> Value {
    super::native_module(
        "_sqlite3",
        &[
            ("connect", connect),
            ("execute", execute),
            ("executescript", executescript),
            ("create_function", create_function),
            ("create_aggregate", create_aggregate),
            ("close", close),
            ("in_transaction", in_transaction),
            ("total_changes", total_changes),
            ("complete_statement", complete_statement),
        ],
        vec![("sqlite_version", Value::str(rusqlite::version()))],
    )
}
