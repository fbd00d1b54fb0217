//! Exceptions as Rust values: `PyErr` wraps an exception instance, and
//! constructors build the common built-in errors. Error paths are cold.

use crate::object::Obj;
use std::sync::Arc;

use spindle_compiler::code::Code;

use crate::object::{Class, ExcData, Instance, Payload, TbEntry};
use crate::types::types;
use crate::value::Value;

/// A raised exception: an instance of a BaseException subclass.
#[derive(Clone)]
pub struct PyErr {
    pub exc: Obj<Instance>,
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.exc.class.name, self.message())
    }
}

impl PyErr {
    /// A new exception of class `cls` with `args`.
    #[cold]
    pub fn new(cls: &Obj<Class>, args: Vec<Value>) -> PyErr {
        let inst = Instance::new(
            cls.clone(),
            Payload::Exc(Box::new(parking_lot::Mutex::new(ExcData::new(
                Value::tuple(args),
            )))),
        );
        PyErr {
            exc: Obj::new(inst),
        }
    }

    /// A new exception with a message.
    #[cold]
    pub fn msg(cls: &Obj<Class>, msg: impl Into<String>) -> PyErr {
        PyErr::new(cls, vec![Value::string(msg.into())])
    }

    /// Wraps an exception instance value (the caller checked its class).
    pub fn from_value(v: Value) -> PyErr {
        match v {
            Value::Instance(i) if i.exc().is_some() => PyErr { exc: i },
            other => internal(format!("raised a non-exception {:?}", other)),
        }
    }

    pub fn value(&self) -> Value {
        Value::Instance(self.exc.clone())
    }

    pub fn class(&self) -> &Obj<Class> {
        &self.exc.class
    }

    /// Whether the exception is an instance of `cls`.
    pub fn is(&self, cls: &Class) -> bool {
        self.exc.class.is_subclass(cls)
    }

    fn data(&self) -> parking_lot::MutexGuard<'_, ExcData> {
        self.exc.exc().expect("exception payload").lock()
    }

    pub fn args(&self) -> Value {
        self.data().args.clone()
    }

    /// `str(exc)` for built-in exception classes.
    pub fn message(&self) -> String {
        let args = self.args();
        match &args {
            Value::Tuple(t) if t.items.is_empty() => String::new(),
            Value::Tuple(t) if t.items.len() == 1 => match &t.items[0] {
                Value::Str(s) if !self.is(&types().key_error) => s.as_str().to_string(),
                other => crate::protocol::repr_plain(other),
            },
            other => crate::protocol::repr_plain(other),
        }
    }

    pub fn traceback(&self) -> Vec<TbEntry> {
        self.data().traceback.clone()
    }

    /// Records that the exception passed through `code` at `ip`, once per frame.
    pub fn add_traceback(&self, code: &Code, ip: usize, depth: usize) {
        let mut d = self.data();
        let line = code.line_at(ip);
        if let Some(last) = d.traceback.last() {
            if last.depth == depth as u32
                && Arc::ptr_eq(&last.name, &code.name)
                && Arc::ptr_eq(&last.filename, &code.filename)
            {
                return;
            }
        }
        d.traceback.push(TbEntry {
            filename: code.filename.clone(),
            name: code.name.clone(),
            line,
            depth: depth as u32,
        });
    }

    /// Sets `__context__` to the exception being handled, if any.
    pub fn with_context(self, cur: &Value) -> PyErr {
        if let Value::Instance(c) = cur {
            if !Obj::ptr_eq(c, &self.exc) {
                let mut d = self.data();
                if d.context.is_none() {
                    d.context = cur.clone();
                }
            }
        }
        self
    }

    pub fn set_cause(&self, cause: Value) {
        let mut d = self.data();
        d.cause = cause;
        d.suppress_context = true;
    }
}

macro_rules! error_ctors {
    ($($fn_name:ident => $field:ident;)*) => {
        $(
            #[cold]
            pub fn $fn_name(msg: impl Into<String>) -> PyErr {
                PyErr::msg(&types().$field, msg)
            }
        )*
    };
}

error_ctors! {
    type_error => type_error;
    value_error => value_error;
    index_error => index_error;
    attribute_error => attribute_error;
    runtime_error => runtime_error;
    zero_division => zero_division_error;
    overflow_error => overflow_error;
    import_error => import_error;
    module_not_found => module_not_found_error;
    not_implemented => not_implemented_error;
    memory_error => memory_error;
    timeout_error => timeout_error;
    os_error => os_error;
    assertion_error => assertion_error;
    unicode_decode_error => unicode_decode_error;
    eof_error => eof_error;
    syntax_error_msg => syntax_error;
}

#[cold]
pub fn key_error(key: Value) -> PyErr {
    PyErr::new(&types().key_error, vec![key])
}

#[cold]
pub fn stop_iteration(v: Value) -> PyErr {
    if v.is_none() {
        PyErr::new(&types().stop_iteration, vec![])
    } else {
        PyErr::new(&types().stop_iteration, vec![v])
    }
}

#[cold]
pub fn name_error(name: &str) -> PyErr {
    PyErr::msg(
        &types().name_error,
        format!("name '{}' is not defined", name),
    )
}

#[cold]
pub fn unbound_local(name: &str) -> PyErr {
    PyErr::msg(
        &types().unbound_local_error,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name
        ),
    )
}

#[cold]
pub fn unbound_deref(name: &str) -> PyErr {
    PyErr::msg(
        &types().name_error,
        format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name),
    )
}

#[cold]
pub fn recursion_error() -> PyErr {
    PyErr::msg(&types().recursion_error, "maximum recursion depth exceeded")
}

/// A VM bug surfaced as an exception instead of a crash.
#[cold]
pub fn internal(msg: impl Into<String>) -> PyErr {
    PyErr::msg(
        &types().runtime_error,
        format!("internal error: {}", msg.into()),
    )
}

/// `'X' object has no attribute 'y'`.
#[cold]
pub fn no_attribute(v: &Value, name: &str) -> PyErr {
    match v {
        Value::Module(m) => {
            attribute_error(format!("module '{}' has no attribute '{}'", m.name, name))
        }
        Value::Class(c) => attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            c.name, name
        )),
        _ => attribute_error(format!(
            "'{}' object has no attribute '{}'",
            crate::types::type_name(v),
            name
        )),
    }
}

impl PyErr {
    /// The message as a traceback prints it (user `__str__` not called).
    pub fn message_for_traceback(&self) -> String {
        if let Some(Value::Str(s)) = self.exc.get_attr("__str_cache__") {
            return s.as_str().to_string();
        }
        self.message()
    }
}

impl PyErr {
    /// The park signal: a blocking call returned to the driver (see `sched`).
    pub fn park() -> PyErr {
        PyErr::new(&types().park_signal, vec![])
    }

    /// Whether this is the park signal.
    #[inline]
    pub fn is_park(&self) -> bool {
        Obj::ptr_eq(&self.exc.class, &types().park_signal)
    }
}

/// Whether a result of `bytes` bytes, sized by a script's argument, can be
/// allocated: within the machine's physical memory and granted by the
/// allocator. Builtins ask before they build (padding, widths, `to_bytes`,
/// `randbytes` ...), so a huge size raises `MemoryError` instead of
/// aborting the process when the allocation fails.
pub fn alloc_ok(bytes: usize) -> bool {
    if bytes < (1 << 24) {
        return true;
    }
    if bytes > physical_memory() || bytes > ALLOC_LIMIT.load(std::sync::atomic::Ordering::Relaxed) {
        return false;
    }
    let mut probe: Vec<u8> = Vec::new();
    probe.try_reserve_exact(bytes).is_ok()
}

/// `alloc_ok`, as the `MemoryError` CPython raises.
pub fn check_alloc(bytes: usize) -> Result<(), PyErr> {
    if alloc_ok(bytes) {
        Ok(())
    } else {
        Err(memory_error(""))
    }
}

/// `check_alloc` for `n` items of `size` bytes.
pub fn check_alloc_items(n: usize, size: usize) -> Result<(), PyErr> {
    check_alloc(n.saturating_mul(size))
}

static ALLOC_LIMIT: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(usize::MAX);

/// Caps, for the whole process, the size of one result built from a
/// script's arguments (`alloc_ok`); a sandboxing host or the fuzzer sets
/// it low.
pub fn set_alloc_limit(bytes: usize) {
    ALLOC_LIMIT.store(bytes.max(1 << 24), std::sync::atomic::Ordering::Relaxed);
}

fn physical_memory() -> usize {
    static MEM: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *MEM.get_or_init(|| {
        // SAFETY: sysconf has no preconditions.
        let (pages, size) = unsafe {
            (
                libc::sysconf(libc::_SC_PHYS_PAGES),
                libc::sysconf(libc::_SC_PAGESIZE),
            )
        };
        if pages > 0 && size > 0 {
            (pages as usize).saturating_mul(size as usize)
        } else {
            usize::MAX
        }
    })
}
