//! `time`: clocks and `sleep` (which parks only the calling goroutine).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::builtins::args::{arity, float_arg};
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::value::Value;
use crate::PyResult;

pub fn module() -> Value {
    super::native_module(
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", monotonic),
            ("perf_counter_ns", monotonic_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("sleep", sleep),
            ("__getattr__", lazy_attr),
        ],
        vec![],
    )
}

/// CPU time of the process (CLOCK_PROCESS_CPUTIME_ID), in nanoseconds.
fn cpu_ns() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-parameter for the call.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

fn process_time(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("process_time", args, 0, 0)?;
    Ok(Value::float(cpu_ns() as f64 / 1e9))
}

fn process_time_ns(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("process_time_ns", args, 0, 0)?;
    Ok(Value::Int(cpu_ns()))
}

/// The module's `__getattr__` (PEP 562): the first use of a name the
/// native part lacks (struct_time, localtime, strftime, ...) runs the
/// Python half (`prelude/time.py`) into the module, so `import time` for
/// the clocks alone costs no compilation.
fn lazy_attr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let name = args
        .first()
        .and_then(|v| v.as_str())
        .unwrap_or("")
        .to_string();
    let Some(Value::Module(m)) = vm.ctx.modules.get("time") else {
        return Err(crate::exc::attribute_error(format!(
            "module 'time' has no attribute '{}'",
            name
        )));
    };
    let g = m.globals.clone();
    if g.get_by_name("struct_time").is_none() && !name.starts_with("__") {
        vm.run_in_globals(
            include_str!("prelude/time.py"),
            "<spindle time>",
            g.clone(),
            false,
        )?;
    }
    match g.get_by_name(&name) {
        Some(v) => Ok(v),
        None => Err(crate::exc::attribute_error(format!(
            "module 'time' has no attribute '{}'",
            name
        ))),
    }
}

fn epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn start() -> Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn time(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("time", args, 0, 0)?;
    Ok(Value::float(epoch().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("time_ns", args, 0, 0)?;
    Ok(Value::Int(epoch().as_nanos() as i64))
}

fn monotonic(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("monotonic", args, 0, 0)?;
    Ok(Value::float(start().elapsed().as_secs_f64() + 1.0))
}

fn monotonic_ns(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("monotonic_ns", args, 0, 0)?;
    Ok(Value::Int(
        start().elapsed().as_nanos() as i64 + 1_000_000_000,
    ))
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("sleep", args, 1, 1)?;
    let secs = float_arg(&args[0])?;
    // CPython's checks, in its order: NaN, the clock's range (i64
    // nanoseconds), then the sign.
    if secs.is_nan() {
        return Err(exc::value_error("Invalid value NaN (not a number)"));
    }
    if secs.abs() > 9.2e9 {
        return Err(exc::overflow_error(match &args[0] {
            Value::Int(_) | Value::BigInt(_) => "timestamp too large to convert to C _PyTime_t",
            _ => "timestamp out of range for platform time_t",
        }));
    }
    if secs < 0.0 {
        return Err(exc::value_error("sleep length must be non-negative"));
    }
    crate::sched::sleep(vm, Duration::from_secs_f64(secs))?;
    Ok(Value::None)
}
