//! Interpreter-wide state shared by every goroutine of one interpreter:
//! loaded modules, sources for tracebacks, the output sink, limits, and
//! the cancellation flag.

use crate::object::Obj;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use parking_lot::Mutex;

use crate::exc::{self, PyErr};
use crate::value::Value;

/// Where `print` and tracebacks go.
pub trait Output: Send + Sync {
    fn write_out(&self, s: &str);
    fn write_err(&self, s: &str);
    fn flush(&self) {}
}

/// The process's stdout and stderr; stdout is buffered and flushed before
/// anything goes to stderr, before `input()`, and at exit.
pub struct StdOutput {
    out: Mutex<std::io::BufWriter<std::io::Stdout>>,
}

impl StdOutput {
    pub fn new() -> StdOutput {
        StdOutput {
            out: Mutex::new(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            )),
        }
    }
}

impl Default for StdOutput {
    fn default() -> Self {
        StdOutput::new()
    }
}

impl Output for StdOutput {
    fn write_out(&self, s: &str) {
        let _ = self.out.lock().write_all(s.as_bytes());
    }

    fn write_err(&self, s: &str) {
        let _ = self.out.lock().flush();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }

    fn flush(&self) {
        let _ = self.out.lock().flush();
    }
}

/// An output sink that collects text in memory (embedding, tests).
#[derive(Default)]
pub struct CaptureOutput {
    pub out: Mutex<String>,
    pub err: Mutex<String>,
}

impl Output for CaptureOutput {
    fn write_out(&self, s: &str) {
        self.out.lock().push_str(s);
    }

    fn write_err(&self, s: &str) {
        self.err.lock().push_str(s);
    }
}

/// A library an embedder registers: called once to fill the module.
pub type LibraryInit = Arc<dyn Fn(&crate::object::Globals) + Send + Sync>;

/// The table of loaded modules, shared with scripts as `sys.modules`.
pub struct Modules(pub Obj<crate::object::Dict>);

impl Modules {
    /// The module imported as `name`, if any (None stored there counts).
    pub fn get(&self, name: &str) -> Option<Value> {
        self.0.get_str(name)
    }

    pub fn insert(&self, name: &str, m: Value) {
        self.0.set_native(Value::str(name), m);
    }

    pub fn remove(&self, name: &str) {
        self.0.remove_str(name);
    }
}

/// Interpreter-wide state.
pub struct Context {
    pub recursion_limit: usize,
    pub output: Arc<dyn Output>,
    /// `sys.modules`: a dict scripts can read and change.
    pub modules: Modules,
    pub sources: Mutex<HashMap<Arc<str>, Arc<str>>>,
    pub search_paths: Mutex<Vec<PathBuf>>,
    pub argv: Mutex<Vec<String>>,
    pub libraries: Mutex<HashMap<String, LibraryInit>>,
}

impl Context {
    pub fn new(output: Arc<dyn Output>, recursion_limit: usize) -> Context {
        Context {
            recursion_limit,
            output,
            modules: Modules(Obj::new(crate::object::Dict::new())),
            sources: Mutex::new(HashMap::new()),
            search_paths: Mutex::new(Vec::new()),
            argv: Mutex::new(Vec::new()),
            libraries: Mutex::new(HashMap::new()),
        }
    }

    pub fn write_out(&self, s: &str) {
        self.output.write_out(s);
    }

    pub fn write_err(&self, s: &str) {
        self.output.write_err(s);
    }

    pub fn add_source(&self, filename: &str, source: &str) {
        self.sources
            .lock()
            .insert(Arc::from(filename), Arc::from(source));
    }

    /// Line `line` (1-based) of a known source file.
    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let src = self.sources.lock().get(filename).cloned();
        let src = match src {
            Some(s) => s,
            None => Arc::from(std::fs::read_to_string(filename).ok()?),
        };
        src.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(|l| l.to_string())
    }
}

/// The exception that unwinds a cancelled evaluation.
#[cold]
pub fn cancelled_error() -> PyErr {
    exc::PyErr::msg(
        &crate::types::types().keyboard_interrupt,
        "evaluation cancelled",
    )
}
