//! Spindle: run Scriptling (Python-like) scripts from Rust.
//!
//! ```no_run
//! let interp = spindle::Interpreter::builder().build();
//! let v = interp.eval("1 + 2").unwrap();
//! assert_eq!(v.as_i64(), Some(3));
//! ```

use std::path::PathBuf;
use std::sync::Arc;

pub use spindle_vm::context::{CaptureOutput, Output, StdOutput};
pub use spindle_vm::Value;
use spindle_vm::context::Context;
use spindle_vm::import::{load_code, new_module_globals};
use spindle_vm::object::{Globals, Module};
use spindle_vm::{PyErr, Vm};

/// Why an evaluation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The source did not compile.
    Syntax,
    /// A script exception escaped (its class name is in `exc_type`).
    Exception,
    /// `sys.exit(code)` was called.
    Exit(i32),
    /// The evaluation was cancelled or timed out.
    Cancelled,
    /// A bug in Spindle itself (a Rust panic inside the VM, caught at the
    /// evaluation root): `message` is `SystemError: internal error: ...`.
    Internal,
}

/// An evaluation error with its formatted traceback.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    /// The exception class name (`ValueError`), when a script raised.
    pub exc_type: String,
    /// The last traceback line (`ValueError: bad`).
    pub message: String,
    /// The full CPython-style traceback.
    pub traceback: String,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Cancels the evaluations of one [`Interpreter`] from any thread: the
/// running evaluation ends with [`ErrorKind::Cancelled`] at its next
/// preemption point (a backward jump, a call, or a sleep), and so does
/// every later one.
#[derive(Clone)]
pub struct Canceller {
    ctx: Arc<Context>,
}

impl Canceller {
    pub fn cancel(&self) {
        // Relaxed: see Context::check_cancel.
        self.ctx.cancelled.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Builds an [`Interpreter`].
pub struct Builder {
    recursion_limit: usize,
    output: Option<Arc<dyn Output>>,
    paths: Vec<PathBuf>,
    argv: Vec<String>,
}

impl Builder {
    /// Maximum script call depth (default 1000).
    pub fn recursion_limit(mut self, n: usize) -> Self {
        self.recursion_limit = n;
        self
    }

    /// Where `print` and tracebacks go (default: the process's stdout/stderr).
    pub fn output(mut self, out: Arc<dyn Output>) -> Self {
        self.output = Some(out);
        self
    }

    /// Adds a directory searched by `import`.
    pub fn path(mut self, dir: impl Into<PathBuf>) -> Self {
        self.paths.push(dir.into());
        self
    }

    /// `sys.argv`.
    pub fn argv(mut self, argv: Vec<String>) -> Self {
        self.argv = argv;
        self
    }

    pub fn build(self) -> Interpreter {
        let out = self.output.unwrap_or_else(|| Arc::new(StdOutput::new()));
        let ctx = Arc::new(Context::new(out, self.recursion_limit));
        *ctx.search_paths.lock() = self.paths;
        *ctx.argv.lock() = self.argv;
        let main = new_module_globals("__main__", &[], None);
        ctx.modules.lock().insert(
            Arc::from("__main__"),
            Value::Module(Arc::new(Module { name: Arc::from("__main__"), globals: main.clone() })),
        );
        Interpreter { ctx, main }
    }
}

/// One interpreter: its modules, `__main__` namespace and output.
pub struct Interpreter {
    ctx: Arc<Context>,
    main: Arc<Globals>,
}

impl Interpreter {
    pub fn builder() -> Builder {
        Builder { recursion_limit: 1000, output: None, paths: Vec::new(), argv: Vec::new() }
    }

    pub fn new() -> Interpreter {
        Interpreter::builder().build()
    }

    /// The output sink.
    pub fn output(&self) -> &Arc<dyn Output> {
        &self.ctx.output
    }

    fn error(&self, e: PyErr) -> Error {
        let t = spindle_vm::types::types();
        let kind = if e.is(&t.system_exit) {
            let code = match e.args() {
                Value::Tuple(tu) if !tu.items.is_empty() => tu.items[0].clone(),
                _ => Value::None,
            };
            let n = match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    // sys.exit("message") prints the message and exits 1.
                    let mut vm = Vm::new(self.ctx.clone());
                    let s = vm.to_str(&other).unwrap_or_default();
                    self.ctx.write_err(&format!("{}\n", s));
                    1
                }
            };
            ErrorKind::Exit(n)
        } else if e.is(&t.syntax_error) {
            ErrorKind::Syntax
        } else if e.is(&t.keyboard_interrupt) && e.message() == "evaluation cancelled" {
            ErrorKind::Cancelled
        } else {
            ErrorKind::Exception
        };
        Error {
            kind,
            exc_type: e.class().name.to_string(),
            message: spindle_vm::traceback::last_line(&e),
            traceback: spindle_vm::traceback::format(&self.ctx, &e),
        }
    }

    /// A handle that cancels this interpreter's evaluations from any thread.
    pub fn canceller(&self) -> Canceller {
        Canceller { ctx: self.ctx.clone() }
    }

    /// Runs `f` (one whole evaluation) and turns a Rust panic escaping it
    /// into an [`ErrorKind::Internal`] error instead of unwinding into the
    /// embedder or aborting the CLI.
    fn guard<T>(&self, f: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
            Ok(r) => r,
            Err(payload) => {
                let what = if let Some(s) = payload.downcast_ref::<&str>() {
                    s.to_string()
                } else if let Some(s) = payload.downcast_ref::<String>() {
                    s.clone()
                } else {
                    "panic".to_string()
                };
                self.ctx.output.flush();
                let message = format!("SystemError: internal error: {}", what.lines().next().unwrap_or(""));
                Err(Error {
                    kind: ErrorKind::Internal,
                    exc_type: "SystemError".to_string(),
                    traceback: format!("spindle: internal error (this is a bug in spindle)\n{}\n", message),
                    message,
                })
            }
        }
    }

    /// Runs `source` as the main module (`filename` is used in tracebacks).
    pub fn run_main(&self, source: &str, filename: &str) -> Result<(), Error> {
        self.guard(|| self.run_main_inner(source, filename))
    }

    fn run_main_inner(&self, source: &str, filename: &str) -> Result<(), Error> {
        let mut vm = Vm::new(self.ctx.clone());
        self.ctx.add_source(filename, source);
        let names: Vec<Arc<str>> = self.main.table.read().names.clone();
        let compiled = spindle_compiler::compile_with_globals(source, filename, &names)
            .map_err(|e| self.error(spindle_vm::builtins::exceptions::syntax_error(&e)))?;
        for n in &compiled.globals {
            self.main.slot_of(n);
        }
        self.main.set_by_name("__file__", Value::str(filename));
        let code = load_code(&compiled.code);
        let r = vm.run_module_code(code, self.main.clone());
        self.ctx.output.flush();
        r.map(|_| ()).map_err(|e| self.error(e))
    }

    /// Evaluates an expression or runs statements in `__main__`; returns
    /// the value of a final expression statement (or None).
    pub fn eval(&self, source: &str) -> Result<Value, Error> {
        self.guard(|| self.eval_inner(source))
    }

    fn eval_inner(&self, source: &str) -> Result<Value, Error> {
        let mut vm = Vm::new(self.ctx.clone());
        let names: Vec<Arc<str>> = self.main.table.read().names.clone();
        let wrapped = format!("__spindle_result__ = ({})", source.trim());
        let try_expr = spindle_compiler::compile_with_globals(&wrapped, "<eval>", &names);
        let compiled = match try_expr {
            Ok(c) => c,
            Err(_) => spindle_compiler::compile_with_globals(source, "<eval>", &names).map_err(|e| {
                self.error(spindle_vm::builtins::exceptions::syntax_error(&e))
            })?,
        };
        self.ctx.add_source("<eval>", source);
        for n in &compiled.globals {
            self.main.slot_of(n);
        }
        let code = load_code(&compiled.code);
        let r = vm.run_module_code(code, self.main.clone());
        self.ctx.output.flush();
        r.map_err(|e| self.error(e))?;
        let v = self.main.get_by_name("__spindle_result__").unwrap_or(Value::None);
        if let Some(i) = self.main.find_slot("__spindle_result__") {
            self.main.set(i, Value::Undef);
        }
        Ok(v)
    }

    /// Reads a global of `__main__`.
    pub fn get_global(&self, name: &str) -> Option<Value> {
        self.main.get_by_name(name)
    }

    /// Sets a global of `__main__`.
    pub fn set_global(&self, name: &str, v: Value) {
        self.main.set_by_name(name, v);
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

impl Interpreter {
    /// Runs one REPL entry in `__main__`, printing expression values.
    pub fn repl_line(&self, source: &str) -> Result<(), Error> {
        self.guard(|| self.repl_line_inner(source))
    }

    fn repl_line_inner(&self, source: &str) -> Result<(), Error> {
        let mut vm = Vm::new(self.ctx.clone());
        self.ctx.add_source("<stdin>", source);
        let names: Vec<Arc<str>> = self.main.table.read().names.clone();
        let module = spindle_compiler::parse(source, "<stdin>")
            .map_err(|e| self.error(spindle_vm::builtins::exceptions::syntax_error(&e)))?;
        let compiled = spindle_compiler::compile_interactive_ast(&module, "<stdin>", source, &names)
            .map_err(|e| self.error(spindle_vm::builtins::exceptions::syntax_error(&e)))?;
        for n in &compiled.globals {
            self.main.slot_of(n);
        }
        let code = load_code(&compiled.code);
        let r = vm.run_module_code(code, self.main.clone());
        self.ctx.output.flush();
        r.map(|_| ()).map_err(|e| self.error(e))
    }
}
