//! `scriptling.threads`: goroutines for scripts (SPEC part 3).
//!
//! Script values travel between goroutines by reference; the primitives are
//! the runtime's (`spindle_runtime`), wrapped as native objects. Every
//! blocking method goes through `Vm::block_on`, so a call made from
//! bytecode parks its goroutine without keeping a native stack.

use crate::object::Obj;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use parking_lot::Mutex;
use spindle_runtime::{Atomic, Promise, Queue, Scope, Step, WaitGroup};

use crate::builtins::args::{arg_or_kw, float_arg, take_kw};
use crate::exc::{self, PyErr};
use crate::interp::{Exit, Vm};
use crate::object::func::Kwargs;
use crate::object::{BuiltinFn, Class, Globals, NativeObj};
use crate::sched::map_error;
use crate::types::{type_name, types};
use crate::value::Value;
use crate::PyResult;

/// What a goroutine hands back: its result or the exception it raised.
pub type GoResult = Result<Value, PyErr>;

/// A goroutine's result, as scripts see it. `read` records whether the
/// script looked at it (Pool.close raises unread errors).
pub struct PromiseState {
    pub promise: Promise<GoResult>,
    pub read: AtomicBool,
}

struct SharedState {
    value: Mutex<Value>,
    /// A one-token queue used as a goroutine-aware lock for `update`.
    lock: Queue<()>,
}

struct PoolState {
    worker: Value,
    intake: Queue<(Value, Arc<PromiseState>)>,
    workers: Mutex<Vec<Promise<()>>>,
    failed: Mutex<Vec<Arc<PromiseState>>>,
    closed: AtomicBool,
}

macro_rules! native_classes {
    ($($fn_name:ident => $name:literal, [$(($m:literal, $f:expr)),* $(,)?];)*) => {
        $(
            fn $fn_name() -> &'static Obj<Class> {
                static C: OnceLock<Obj<Class>> = OnceLock::new();
                C.get_or_init(|| {
                    let c = crate::builtins::native_class($name, "scriptling.threads");
                    let methods: &[(&str, BuiltinFn)] = &[$(($m, $f)),*];
                    crate::builtins::add_methods(&c, $name, methods);
                    c.freeze();
                    c
                })
            }
        )*
    };
}

native_classes! {
    promise_class => "Promise", [("get", promise_get), ("wait", promise_wait), ("done", promise_done)];
    atomic_class => "Atomic", [("add", atomic_add), ("get", atomic_get), ("set", atomic_set), ("cas", atomic_cas)];
    shared_class => "Shared", [("get", shared_get), ("set", shared_set), ("update", shared_update)];
    queue_class => "Queue", [
        ("put", queue_put), ("get", queue_get), ("size", queue_size), ("close", queue_close),
        ("__iter__", queue_iter), ("__next__", queue_next), ("__len__", queue_size),
    ];
    wait_group_class => "WaitGroup", [("add", wg_add), ("done", wg_done), ("wait", wg_wait)];
    pool_class => "Pool", [
        ("submit", pool_submit), ("close", pool_close), ("__enter__", pool_enter), ("__exit__", pool_exit),
    ];
}

fn native<T: Send + Sync + 'static>(class: &Obj<Class>, data: T) -> Value {
    Value::Native(Obj::new(NativeObj {
        class: class.clone(),
        data: Box::new(data),
    }))
}

fn data<'a, T: 'static>(v: &'a Value, what: &str) -> PyResult<&'a T> {
    match v {
        Value::Native(n) => n
            .data
            .downcast_ref::<T>()
            .ok_or_else(|| exc::type_error(format!("{} expected", what))),
        _ => Err(exc::type_error(format!(
            "{} expected, got {}",
            what,
            type_name(v)
        ))),
    }
}

/// Builds the `scriptling.threads` module (and its `scriptling` package).
pub fn module() -> Value {
    let fns: &[(&str, BuiltinFn)] = &[
        ("run", run),
        ("Atomic", new_atomic),
        ("Shared", new_shared),
        ("Queue", new_queue),
        ("WaitGroup", new_wait_group),
        ("Pool", new_pool),
    ];
    let t = types();
    super::native_module(
        "scriptling.threads",
        fns,
        vec![
            ("QueueClosed", Value::Class(t.queue_closed.clone())),
            ("Deadlock", Value::Class(t.deadlock.clone())),
            ("Promise", Value::Class(promise_class().clone())),
        ],
    )
}

/// A timeout argument in seconds (None = wait forever).
fn timeout_arg(v: Option<Value>) -> PyResult<Option<Duration>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let s = float_arg(&v)?;
            if s.is_nan() {
                return Err(exc::value_error("timeout must not be NaN"));
            }
            if s < 0.0 {
                return Err(exc::value_error("timeout must be a non-negative number"));
            }
            // The clock counts i64 nanoseconds (as CPython's `_PyTime_t`):
            // about 292 years.
            if s > 9.2e9 {
                return Err(exc::overflow_error("timeout value is too large"));
            }
            Ok(Some(Duration::from_secs_f64(s)))
        }
    }
}

/// The function a goroutine runs, with its globals isolated (SPEC 3).
fn isolate(f: &Value) -> PyResult<Value> {
    match f {
        Value::Function(func) => {
            if !func.closure.is_empty() {
                return Err(exc::type_error(format!(
                    "threads.run() cannot run '{}': it captures variables of an enclosing function ({}); pass them as arguments",
                    func.qualname(),
                    func.code.code.freevars.join(", ")
                )));
            }
            let g = Globals::overlay(&func.globals);
            Ok(Value::Function(Obj::new(g.rebind(func))))
        }
        Value::Method(m) => {
            let inner = isolate(&m.func)?;
            Ok(Value::Method(Obj::new(crate::object::BoundMethod {
                receiver: m.receiver.clone(),
                func: inner,
            })))
        }
        Value::Builtin(_) | Value::Class(_) | Value::Native(_) | Value::Instance(_) => {
            Ok(f.clone())
        }
        other => Err(exc::type_error(format!(
            "'{}' object is not callable",
            type_name(other)
        ))),
    }
}

/// Spawns a stackless goroutine running `f(*args, **kw)` in `scope`. Its
/// interpreter state is created on the first poll, so a goroutine that has
/// not started costs only its closure.
pub fn spawn_call(
    vm: &Vm,
    scope: &Scope,
    f: Value,
    args: Vec<Value>,
    kw: Vec<(Arc<str>, Value)>,
    name: Arc<str>,
) -> Promise<GoResult> {
    let ctx = vm.ctx.clone();
    let mut start = Some((f, args, kw));
    let mut child: Option<Box<Vm>> = None;
    scope.task().name(name).spawn_poll(move |_cx| {
        if let Some((f, args, kw)) = start.take() {
            let mut vm = Box::new(Vm::new(ctx.clone()));
            vm.driver = true;
            match vm.start_call(&f, args, kw) {
                Ok(Some(v)) => return Step::Ready(Ok(v)),
                Ok(None) => {}
                Err(e) => return Step::Ready(Err(e)),
            }
            child = Some(vm);
        }
        match child.as_mut() {
            Some(vm) => {
                let step = drive(vm);
                if !matches!(step, Step::Pending | Step::Yield) {
                    child = None;
                }
                step
            }
            None => Step::Ready(Err(exc::internal("goroutine polled after completion"))),
        }
    })
}

/// One poll of a stackless goroutine's interpreter.
pub fn drive(vm: &mut Vm) -> Step<GoResult> {
    match vm.resume() {
        Ok(Exit::Return(v)) => Step::Ready(Ok(v)),
        Ok(Exit::Parked) => Step::Pending,
        Ok(Exit::Preempt) => Step::Yield,
        Ok(Exit::Yield(_)) => Step::Ready(Err(exc::internal("yield outside a generator"))),
        Err(e) => Step::Ready(Err(e)),
    }
}

fn current_scope() -> PyResult<Scope> {
    Scope::current().ok_or_else(|| exc::runtime_error("threads: not running on a goroutine"))
}

fn run(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let f = args
        .first()
        .ok_or_else(|| exc::type_error("run() missing required argument 'func'"))?;
    let f = isolate(f)?;
    let name: Arc<str> = match &f {
        Value::Function(func) => func.code.code.qualname.clone(),
        other => Arc::from(type_name(other)),
    };
    let scope = current_scope()?;
    let p = spawn_call(vm, &scope, f, args[1..].to_vec(), kw.to_vec(), name);
    Ok(native(
        promise_class(),
        Arc::new(PromiseState {
            promise: p,
            read: AtomicBool::new(false),
        }),
    ))
}

fn promise_of(v: &Value) -> PyResult<Arc<PromiseState>> {
    data::<Arc<PromiseState>>(v, "Promise").cloned()
}

fn join(vm: &mut Vm, p: &PromiseState, timeout: Option<Duration>) -> PyResult {
    let r = vm.block_on("Promise.get", timeout, |cx, deadline| {
        p.promise.poll_get(cx, deadline)
    })?;
    p.read.store(true, Ordering::Relaxed);
    r
}

fn promise_get(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let p = promise_of(&args[0])?;
    let timeout = timeout_arg(arg_or_kw(&args[1..], 0, kw, "timeout"))?;
    join(vm, &p, timeout)
}

fn promise_wait(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    promise_get(vm, args, kw).map(|_| Value::None)
}

fn promise_done(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::bool(promise_of(&args[0])?.promise.is_done()))
}

fn int_only(v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::BigInt(_) => Err(exc::overflow_error(format!(
            "{}: value out of range of a 64-bit integer",
            what
        ))),
        other => Err(exc::type_error(format!(
            "{} requires an int, not {}",
            what,
            type_name(other)
        ))),
    }
}

fn new_atomic(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let v = match arg_or_kw(args, 0, kw, "initial") {
        Some(v) => int_only(&v, "Atomic()")?,
        None => 0,
    };
    Ok(native(atomic_class(), Atomic::new(v)))
}

fn atomic_add(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let a = data::<Atomic>(&args[0], "Atomic")?;
    let d = match arg_or_kw(&args[1..], 0, kw, "delta") {
        Some(v) => int_only(&v, "Atomic.add()")?,
        None => 1,
    };
    a.add(d).map(Value::Int).map_err(map_error)
}

fn atomic_get(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Int(data::<Atomic>(&args[0], "Atomic")?.get()))
}

fn atomic_set(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let a = data::<Atomic>(&args[0], "Atomic")?;
    let v = args
        .get(1)
        .ok_or_else(|| exc::type_error("set() missing required argument 'value'"))?;
    a.set(int_only(v, "Atomic.set()")?);
    Ok(Value::None)
}

fn atomic_cas(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let a = data::<Atomic>(&args[0], "Atomic")?;
    if args.len() != 3 {
        return Err(exc::type_error(format!(
            "cas() takes exactly 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let old = int_only(&args[1], "Atomic.cas()")?;
    let new = int_only(&args[2], "Atomic.cas()")?;
    Ok(Value::bool(a.cas(old, new)))
}

fn new_shared(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let v = arg_or_kw(args, 0, kw, "initial").unwrap_or(Value::None);
    let lock = Queue::bounded(1);
    let _ = lock.try_put(());
    Ok(native(
        shared_class(),
        SharedState {
            value: Mutex::new(v),
            lock,
        },
    ))
}

fn shared_get(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(data::<SharedState>(&args[0], "Shared")?
        .value
        .lock()
        .clone())
}

fn shared_set(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = data::<SharedState>(&args[0], "Shared")?;
    let v = args
        .get(1)
        .cloned()
        .ok_or_else(|| exc::type_error("set() missing required argument 'value'"))?;
    *s.value.lock() = v;
    Ok(Value::None)
}

fn shared_update(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = data::<SharedState>(&args[0], "Shared")?;
    let f = args
        .get(1)
        .cloned()
        .ok_or_else(|| exc::type_error("update() missing required argument 'fn'"))?;
    vm.block_on("Shared.update", None, |cx, d| s.lock.poll_get(cx, d))?;
    let cur = s.value.lock().clone();
    let r = vm.call(&f, &[cur]);
    if let Ok(v) = &r {
        *s.value.lock() = v.clone();
    }
    let _ = s.lock.try_put(());
    r
}

fn new_queue(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let max = match arg_or_kw(args, 0, kw, "maxsize") {
        Some(v) => int_only(&v, "Queue()")?,
        None => 0,
    };
    Ok(native(queue_class(), Queue::<Value>::new(max)))
}

fn queue_put(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let q = data::<Queue<Value>>(&args[0], "Queue")?;
    let item = arg_or_kw(&args[1..], 0, kw, "item")
        .ok_or_else(|| exc::type_error("put() missing required argument 'item'"))?;
    let [_, timeout] = take_kw("put", kw, ["item", "timeout"])?;
    let timeout = timeout_arg(timeout.or_else(|| args.get(2).cloned()))?;
    vm.block_on("Queue.put", timeout, |cx, d| {
        let mut slot = Some(item.clone());
        q.poll_put(cx, &mut slot, d)
    })?;
    Ok(Value::None)
}

fn queue_get(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let q = data::<Queue<Value>>(&args[0], "Queue")?;
    let timeout = timeout_arg(arg_or_kw(&args[1..], 0, kw, "timeout"))?;
    vm.block_on("Queue.get", timeout, |cx, d| q.poll_get(cx, d))
}

fn queue_size(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Int(
        data::<Queue<Value>>(&args[0], "Queue")?.len() as i64
    ))
}

fn queue_close(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    data::<Queue<Value>>(&args[0], "Queue")?.close();
    Ok(Value::None)
}

fn queue_iter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(args[0].clone())
}

fn queue_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let q = data::<Queue<Value>>(&args[0], "Queue")?;
    match vm.block_on("Queue.get", None, |cx, d| q.poll_get(cx, d)) {
        Err(e) if e.is(&types().queue_closed) => Err(exc::stop_iteration(Value::None)),
        r => r,
    }
}

fn new_wait_group(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if !args.is_empty() {
        return Err(exc::type_error("WaitGroup() takes no arguments"));
    }
    Ok(native(wait_group_class(), WaitGroup::new()))
}

fn wg_add(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let wg = data::<WaitGroup>(&args[0], "WaitGroup")?;
    let d = match arg_or_kw(&args[1..], 0, kw, "delta") {
        Some(v) => int_only(&v, "WaitGroup.add()")?,
        None => 1,
    };
    wg.add(d).map_err(map_error)?;
    Ok(Value::None)
}

fn wg_done(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    data::<WaitGroup>(&args[0], "WaitGroup")?
        .done()
        .map_err(map_error)?;
    Ok(Value::None)
}

fn wg_wait(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let wg = data::<WaitGroup>(&args[0], "WaitGroup")?;
    let timeout = timeout_arg(arg_or_kw(&args[1..], 0, kw, "timeout"))?;
    vm.block_on("WaitGroup.wait", timeout, |cx, d| wg.poll_wait(cx, d))?;
    Ok(Value::None)
}

fn new_pool(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let worker = arg_or_kw(args, 0, kw, "worker")
        .ok_or_else(|| exc::type_error("Pool() missing required argument 'worker'"))?;
    let worker = isolate(&worker)?;
    let n = match arg_or_kw(args, 1, kw, "workers") {
        Some(v) => int_only(&v, "Pool()")?,
        None => 4,
    };
    if n < 1 {
        return Err(exc::value_error("Pool() needs at least one worker"));
    }
    // Each worker is a goroutine with its own state: a count no machine
    // could hold is refused up front instead of running out of memory.
    if n > 1 << 22 {
        return Err(exc::value_error("Pool() workers must be at most 4194304"));
    }
    let depth = match arg_or_kw(args, 2, kw, "queue_depth") {
        Some(Value::None) | None => n * 2,
        Some(v) => int_only(&v, "Pool()")?.max(1),
    };
    let state = Arc::new(PoolState {
        worker,
        intake: Queue::new(depth),
        workers: Mutex::new(Vec::new()),
        failed: Mutex::new(Vec::new()),
        closed: AtomicBool::new(false),
    });
    let scope = current_scope()?;
    for i in 0..n {
        let st = state.clone();
        let mut wvm = Vm::new(vm.ctx.clone());
        let p = scope
            .task()
            .name(format!("Pool worker {}", i))
            .spawn(move || {
                wvm.stack_low = 0;
                while let Ok((item, promise)) = st.intake.get() {
                    let r = wvm.call(&st.worker, &[item]);
                    if r.is_err() {
                        st.failed.lock().push(promise.clone());
                    }
                    promise.promise.complete(Ok(r));
                }
            });
        state.workers.lock().push(p);
    }
    Ok(native(pool_class(), state))
}

fn pool_of(v: &Value) -> PyResult<Arc<PoolState>> {
    data::<Arc<PoolState>>(v, "Pool").cloned()
}

fn pool_submit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let st = pool_of(&args[0])?;
    let item = arg_or_kw(&args[1..], 0, kw, "item")
        .ok_or_else(|| exc::type_error("submit() missing required argument 'item'"))?;
    if st.closed.load(Ordering::Acquire) {
        return Err(exc::runtime_error("cannot submit to a closed Pool"));
    }
    let ps = Arc::new(PromiseState {
        promise: Promise::new(),
        read: AtomicBool::new(false),
    });
    vm.block_on("Pool.submit", None, |cx, d| {
        let mut slot = Some((item.clone(), ps.clone()));
        st.intake.poll_put(cx, &mut slot, d)
    })?;
    Ok(native(promise_class(), ps))
}

fn pool_close(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let st = pool_of(&args[0])?;
    // Release ordering: a submit that sees `closed` must not enqueue.
    st.closed.store(true, Ordering::Release);
    st.intake.close();
    let workers: Vec<Promise<()>> = st.workers.lock().clone();
    for w in &workers {
        vm.block_on("Pool.close", None, |cx, d| w.poll_wait(cx, d))?;
    }
    let failed = std::mem::take(&mut *st.failed.lock());
    for p in failed {
        if !p.read.load(Ordering::Relaxed) {
            p.read.store(true, Ordering::Relaxed);
            if let Some(Ok(Err(e))) = p.promise.try_get() {
                return Err(e);
            }
        }
    }
    Ok(Value::None)
}

fn pool_enter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(args[0].clone())
}

fn pool_exit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    pool_close(vm, &args[..1], &[])?;
    Ok(Value::bool(false))
}
