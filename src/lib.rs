//! Spindle: run Scriptling (Python-like) scripts from Rust.
//!
//! ```no_run
//! let interp = spindle::Interpreter::builder().build();
//! let v = interp.eval("1 + 2").unwrap();
//! assert_eq!(v.as_i64(), Some(3));
//! ```

use spindle_vm::object::Obj;
use std::path::PathBuf;
use std::sync::Arc;

use parking_lot::Mutex;
use spindle_vm::context::Context;
pub use spindle_vm::context::{CaptureOutput, Output, StdOutput};
use spindle_vm::import::{load_code, new_module_globals};
use spindle_vm::object::CodeObj;
use spindle_vm::object::{Globals, Module};
pub use spindle_vm::Value;
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

/// Another name for [`CancelHandle`].
pub type Canceller = CancelHandle;

/// Builds an [`Interpreter`].
pub struct Builder {
    recursion_limit: usize,
    workers: Option<usize>,
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

    /// Worker threads of a private runtime (default: share the global
    /// runtime, one worker per core, with every other interpreter).
    pub fn workers(mut self, n: usize) -> Self {
        self.workers = Some(n);
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
        ctx.modules.insert(
            "__main__",
            Value::Module(Obj::new(Module {
                name: Arc::from("__main__"),
                globals: main.clone(),
            })),
        );
        let (runtime, handle) = match self.workers {
            Some(n) => {
                let rt = spindle_runtime::Runtime::builder()
                    .workers(n)
                    .stack_size(GOROUTINE_STACK)
                    .build()
                    .expect("start the runtime");
                let h = rt.handle().clone();
                (Some(Arc::new(rt)), h)
            }
            None => (None, shared_runtime().clone()),
        };
        Interpreter {
            ctx,
            main,
            _runtime: runtime,
            handle,
            current: Arc::new(Mutex::new(None)),
            last_stats: Mutex::new(None),
        }
    }
}

/// Native stack of each goroutine: reserved address space, touched only as
/// deep as native re-entry (generators resumed inside generators, sort keys,
/// dunders) goes. Debug builds use several times more stack per level.
const GOROUTINE_STACK: usize = if cfg!(debug_assertions) {
    8 << 20
} else {
    2 << 20
};

/// The runtime shared by interpreters that do not ask for their own.
fn shared_runtime() -> &'static spindle_runtime::Handle {
    static RT: std::sync::OnceLock<spindle_runtime::Runtime> = std::sync::OnceLock::new();
    RT.get_or_init(|| {
        spindle_runtime::Runtime::builder()
            .stack_size(GOROUTINE_STACK)
            .build()
            .expect("start the runtime")
    })
    .handle()
}

/// A panic in the VM, reported instead of crashing the process.
fn internal_error(what: &str) -> Error {
    let message = format!(
        "SystemError: internal error: {}",
        what.lines().next().unwrap_or("")
    );
    Error {
        kind: ErrorKind::Internal,
        exc_type: "SystemError".to_string(),
        traceback: format!(
            "spindle: internal error (this is a bug in spindle)\n{}\n",
            message
        ),
        message,
    }
}

/// A Rust function callable from scripts.
pub type HostFn = Arc<dyn Fn(&[Value]) -> Result<Value, String> + Send + Sync>;

fn host_function(name: &str, f: HostFn) -> Value {
    let fname: Arc<str> = Arc::from(name);
    let call = move |_vm: &mut Vm,
                     args: &[Value],
                     _kw: spindle_vm::object::func::Kwargs|
          -> spindle_vm::PyResult {
        let f = f.clone();
        let args = args.to_vec();
        let r = spindle_runtime::run_blocking(move || {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&args)))
        });
        match r {
            Ok(Ok(Ok(v))) => Ok(v),
            Ok(Ok(Err(msg))) => Err(spindle_vm::exc::runtime_error(msg)),
            Ok(Err(_)) => Err(spindle_vm::exc::runtime_error("host function panicked")),
            Err(e) => Err(spindle_vm::sched::map_error(e)),
        }
    };
    Value::Builtin(Obj::new(spindle_vm::object::Builtin {
        name: fname,
        func: spindle_vm::object::func::BuiltinImpl::Dyn(Arc::new(call)),
        owner: None,
        bound: None,
    }))
}

/// Cancels the running evaluation of an [`Interpreter`] from any thread.
#[derive(Clone)]
pub struct CancelHandle {
    current: Arc<Mutex<Option<spindle_runtime::CancelToken>>>,
}

impl CancelHandle {
    /// Stops every goroutine of the current evaluation, running or parked.
    pub fn cancel(&self) {
        if let Some(t) = self.current.lock().as_ref() {
            t.cancel();
        }
    }
}

/// Scheduler figures of the last evaluation (`--stats`).
#[derive(Clone, Debug)]
pub struct Stats {
    pub spawned: u64,
    pub peak_live: u64,
    pub steals: u64,
    pub parks: u64,
    pub runtime: String,
}

/// One interpreter: its modules, `__main__` namespace and output.
pub struct Interpreter {
    ctx: Arc<Context>,
    main: Arc<Globals>,
    _runtime: Option<Arc<spindle_runtime::Runtime>>,
    handle: spindle_runtime::Handle,
    current: Arc<Mutex<Option<spindle_runtime::CancelToken>>>,
    last_stats: Mutex<Option<Stats>>,
}

impl Interpreter {
    pub fn builder() -> Builder {
        Builder {
            recursion_limit: 1000,
            workers: None,
            output: None,
            paths: Vec::new(),
            argv: Vec::new(),
        }
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
                Value::Bool(b) => b.get() as i32,
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
        if matches!(kind, ErrorKind::Exception) {
            let mut vm = Vm::new(self.ctx.clone());
            spindle_vm::traceback::cache_messages(&mut vm, &e);
        }
        Error {
            kind,
            exc_type: e.class().name.to_string(),
            message: spindle_vm::traceback::last_line(&e),
            traceback: spindle_vm::traceback::format(&self.ctx, &e),
        }
    }

    /// A handle that cancels this interpreter's evaluations from any thread.
    pub fn canceller(&self) -> Canceller {
        self.cancel_handle()
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
                Err(internal_error(&what))
            }
        }
    }

    /// Runs `source` as the main module (`filename` is used in tracebacks).
    pub fn run_main(&self, source: &str, filename: &str) -> Result<(), Error> {
        self.guard(|| self.run_main_inner(source, filename))
    }

    fn run_main_inner(&self, source: &str, filename: &str) -> Result<(), Error> {
        self.ctx.add_source(filename, source);
        let names: Vec<Arc<str>> = self.main.table.read().names.clone();
        let compiled = spindle_compiler::compile_with_globals(source, filename, &names)
            .map_err(|e| self.error(spindle_vm::builtins::exceptions::syntax_error(&e)))?;
        for n in &compiled.globals {
            self.main.slot_of(n);
        }
        self.main.set_by_name("__file__", Value::str(filename));
        let code = load_code(&compiled.code);
        self.evaluate(code, filename, None).map(|_| ())
    }

    /// Runs `source` like [`run_main`](Self::run_main), stopping every
    /// goroutine of the evaluation when `timeout` expires.
    pub fn run_main_with_timeout(
        &self,
        source: &str,
        filename: &str,
        timeout: std::time::Duration,
    ) -> Result<(), Error> {
        self.ctx.add_source(filename, source);
        let names: Vec<Arc<str>> = self.main.table.read().names.clone();
        let compiled = spindle_compiler::compile_with_globals(source, filename, &names)
            .map_err(|e| self.error(spindle_vm::builtins::exceptions::syntax_error(&e)))?;
        for n in &compiled.globals {
            self.main.slot_of(n);
        }
        let code = load_code(&compiled.code);
        self.evaluate(code, filename, Some(timeout)).map(|_| ())
    }

    /// A handle that cancels the running evaluation from another thread.
    pub fn cancel_handle(&self) -> CancelHandle {
        CancelHandle {
            current: self.current.clone(),
        }
    }

    /// Scheduler figures of the last evaluation.
    pub fn stats(&self) -> Option<Stats> {
        self.last_stats.lock().clone()
    }

    /// Runs module code as the main goroutine of a new scope, then waits
    /// for every goroutine it started (SPEC part 2).
    fn evaluate(
        &self,
        code: Obj<CodeObj>,
        name: &str,
        timeout: Option<std::time::Duration>,
    ) -> Result<Value, Error> {
        let start = std::time::Instant::now();
        let scope = spindle_runtime::Scope::new_named(&self.handle, name);
        *self.current.lock() = Some(scope.cancel_token());
        let mut vm = Vm::new(self.ctx.clone());
        vm.driver = true;
        vm.start_module(code, self.main.clone());
        let main = scope.task().name("main").main().spawn_poll(move |_cx| {
            vm.stack_low = 0;
            spindle_vm::stdlib::threads::drive(&mut vm)
        });
        let left = |t: std::time::Duration| t.saturating_sub(start.elapsed());
        let joined = match timeout {
            Some(t) => main.clone().join_timeout(left(t)),
            None => main.clone().join(),
        };
        let result: Result<Value, Error> = match joined {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(self.error(e)),
            Err(spindle_runtime::Error::Timeout) => {
                scope.cancel();
                let _ = main.join();
                Err(self.cancelled("evaluation timed out"))
            }
            Err(spindle_runtime::Error::Panicked(msg)) => Err(internal_error(&msg)),
            Err(e) => Err(self.error(spindle_vm::sched::map_error(e))),
        };
        // The script ends when every goroutine it started has finished.
        let waited = match timeout {
            Some(t) => scope.wait_all_timeout(left(t)),
            None => scope.wait_all(),
        };
        let result = match (result, waited) {
            (Ok(v), Ok(())) => Ok(v),
            (Ok(_), Err(spindle_runtime::Error::Timeout)) => {
                Err(self.cancelled("evaluation timed out"))
            }
            (Ok(_), Err(e)) => Err(self.error(spindle_vm::sched::map_error(e))),
            (Err(e), _) => Err(e),
        };
        scope.shutdown(std::time::Duration::from_secs(5));
        let ss = scope.stats();
        let rs = self.handle.stats();
        *self.last_stats.lock() = Some(Stats {
            spawned: ss.spawned,
            peak_live: ss.peak_live,
            steals: rs.steals,
            parks: rs.parks,
            runtime: format!("{:?}", rs),
        });
        *self.current.lock() = None;
        self.ctx.output.flush();
        result
    }

    fn cancelled(&self, msg: &str) -> Error {
        Error {
            kind: ErrorKind::Cancelled,
            exc_type: "TimeoutError".into(),
            message: format!("TimeoutError: {}", msg),
            traceback: format!("TimeoutError: {}\n", msg),
        }
    }

    /// Evaluates an expression or runs statements in `__main__`; returns
    /// the value of a final expression statement (or None).
    pub fn eval(&self, source: &str) -> Result<Value, Error> {
        self.guard(|| self.eval_inner(source, None))
    }

    /// Like [`eval`](Self::eval), but stops every goroutine of the
    /// evaluation (running or parked) once `timeout` has passed; the result
    /// is then an error of kind [`ErrorKind::Cancelled`].
    pub fn eval_with_timeout(
        &self,
        source: &str,
        timeout: std::time::Duration,
    ) -> Result<Value, Error> {
        self.guard(|| self.eval_inner(source, Some(timeout)))
    }

    fn eval_inner(
        &self,
        source: &str,
        timeout: Option<std::time::Duration>,
    ) -> Result<Value, Error> {
        let names: Vec<Arc<str>> = self.main.table.read().names.clone();
        let wrapped = format!("__spindle_result__ = ({})", source.trim());
        let try_expr = spindle_compiler::compile_with_globals(&wrapped, "<eval>", &names);
        let compiled = match try_expr {
            Ok(c) => c,
            Err(_) => spindle_compiler::compile_with_globals(source, "<eval>", &names)
                .map_err(|e| self.error(spindle_vm::builtins::exceptions::syntax_error(&e)))?,
        };
        self.ctx.add_source("<eval>", source);
        for n in &compiled.globals {
            self.main.slot_of(n);
        }
        let code = load_code(&compiled.code);
        self.evaluate(code, "<eval>", timeout)?;
        let v = self
            .main
            .get_by_name("__spindle_result__")
            .unwrap_or(Value::None);
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
    pub fn set_global(&self, name: &str, v: impl Into<Value>) {
        self.main.set_by_name(name, v.into());
    }

    /// Calls the script function (or any callable global) `name` with
    /// `args`, as a goroutine of a new evaluation.
    pub fn call(&self, name: &str, args: Vec<Value>) -> Result<Value, Error> {
        let f = self.get_global(name).ok_or_else(|| Error {
            kind: ErrorKind::Exception,
            exc_type: "NameError".into(),
            message: format!("NameError: name '{}' is not defined", name),
            traceback: format!("NameError: name '{}' is not defined\n", name),
        })?;
        let scope = spindle_runtime::Scope::new_named(&self.handle, name);
        *self.current.lock() = Some(scope.cancel_token());
        let vm = Vm::new(self.ctx.clone());
        let p = spindle_vm::stdlib::threads::spawn_call(
            &vm,
            &scope,
            f,
            args,
            Vec::new(),
            Arc::from(name),
        );
        let r = p.join();
        let waited = scope.wait_all();
        scope.shutdown(std::time::Duration::from_secs(5));
        *self.current.lock() = None;
        self.ctx.output.flush();
        match (r, waited) {
            (Ok(Ok(v)), Ok(())) => Ok(v),
            (Ok(Err(e)), _) => Err(self.error(e)),
            (Err(e), _) | (Ok(Ok(_)), Err(e)) => Err(self.error(spindle_vm::sched::map_error(e))),
        }
    }

    /// Registers a Rust function as a built-in global of `__main__`.
    /// It runs on the runtime's blocking pool, so it may block (I/O, a
    /// foreign call) without holding a worker; a panic becomes a
    /// RuntimeError in the script.
    pub fn register_function<F>(&self, name: &str, f: F)
    where
        F: Fn(&[Value]) -> Result<Value, String> + Send + Sync + 'static,
    {
        self.main
            .set_by_name(name, host_function(name, Arc::new(f)));
    }

    /// Registers a library the script can `import name`: each function
    /// runs like those of [`register_function`](Self::register_function).
    pub fn register_library(&self, name: &str, functions: Vec<(&str, HostFn)>) {
        let fns: Vec<(String, HostFn)> = functions
            .into_iter()
            .map(|(n, f)| (n.to_string(), f))
            .collect();
        self.ctx.libraries.lock().insert(
            name.to_string(),
            Arc::new(move |g: &Globals| {
                for (n, f) in &fns {
                    g.set_by_name(n, host_function(n, f.clone()));
                }
            }),
        );
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
        self.ctx.add_source("<stdin>", source);
        let names: Vec<Arc<str>> = self.main.table.read().names.clone();
        let module = spindle_compiler::parse(source, "<stdin>")
            .map_err(|e| self.error(spindle_vm::builtins::exceptions::syntax_error(&e)))?;
        let compiled =
            spindle_compiler::compile_interactive_ast(&module, "<stdin>", source, &names)
                .map_err(|e| self.error(spindle_vm::builtins::exceptions::syntax_error(&e)))?;
        for n in &compiled.globals {
            self.main.slot_of(n);
        }
        let code = load_code(&compiled.code);
        self.evaluate(code, "<stdin>", None).map(|_| ())
    }
}
