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
            ("process_time", monotonic),
            ("sleep", sleep),
        ],
        vec![],
    )
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
    if secs < 0.0 {
        return Err(exc::value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() {
        return Err(exc::overflow_error("sleep length is too large"));
    }
    crate::sched::sleep(vm, Duration::from_secs_f64(secs))?;
    Ok(Value::None)
}
