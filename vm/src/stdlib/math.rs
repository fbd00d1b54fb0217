//! `math`: CPython's functions and constants, with its error messages.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::args::{arity, float_arg};
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::types::type_name;
use crate::value::Value;
use crate::PyResult;

pub fn module() -> Value {
    super::native_module(
        "math",
        &[
            ("sqrt", sqrt),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("fabs", fabs),
            ("exp", exp),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("log1p", log1p),
            ("expm1", expm1),
            ("exp2", exp2),
            ("cbrt", cbrt),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("erf", erf),
            ("erfc", erfc),
            ("gamma", gamma),
            ("lgamma", lgamma),
            ("pow", pow),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("degrees", degrees),
            ("radians", radians),
            ("hypot", hypot),
            ("copysign", copysign),
            ("fmod", fmod),
            ("isnan", isnan),
            ("isinf", isinf),
            ("isfinite", isfinite),
            ("isclose", isclose),
            ("gcd", gcd),
            ("lcm", lcm),
            ("factorial", factorial),
            ("comb", comb),
            ("perm", perm),
            ("isqrt", isqrt),
            ("fsum", fsum),
            ("prod", prod),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("dist", dist),
        ],
        vec![
            ("pi", Value::float(std::f64::consts::PI)),
            ("e", Value::float(std::f64::consts::E)),
            ("tau", Value::float(std::f64::consts::TAU)),
            ("inf", Value::float(f64::INFINITY)),
            ("nan", Value::float(f64::NAN)),
        ],
    )
}

fn num(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => float_arg(v),
        // Objects with __float__ (Fraction, Decimal) or __index__, as CPython.
        other if vm.lookup_special(other, "__float__").is_some() => {
            let f = vm.lookup_special(other, "__float__").expect("checked");
            match vm.call(&f, std::slice::from_ref(other))? {
                r @ Value::Float(_) => float_arg(&r),
                r => Err(exc::type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    type_name(other),
                    type_name(&r)
                ))),
            }
        }
        other
            if vm.lookup_special(other, "__index__").is_some()
                || vm.builtin_payload(other).is_some() =>
        {
            let i = vm.index_value(other);
            match i {
                Ok(i) => Ok(i as f64),
                Err(_) => match vm.builtin_payload(other) {
                    Some(p) => num(vm, &p),
                    None => Err(exc::type_error(format!(
                        "must be real number, not {}",
                        type_name(other)
                    ))),
                },
            }
        }
        other => Err(exc::type_error(format!(
            "must be real number, not {}",
            type_name(other)
        ))),
    }
}

fn domain() -> crate::exc::PyErr {
    exc::value_error("math domain error")
}

fn range_err() -> crate::exc::PyErr {
    exc::overflow_error("math range error")
}

fn checked(r: f64, x: f64) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

macro_rules! unary_fns {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
                arity(stringify!($name), args, 1, 1)?;
                let x = num(vm, &args[0])?;
                let f: fn(f64) -> f64 = $f;
                checked(f(x), x)
            }
        )*
    };
}

unary_fns! {
    exp => f64::exp;
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    atan => f64::atan;
    sinh => f64::sinh;
    cosh => f64::cosh;
    tanh => f64::tanh;
    fabs => f64::abs;
    degrees => f64::to_degrees;
    radians => f64::to_radians;
    log1p => f64::ln_1p;
    expm1 => f64::exp_m1;
    exp2 => f64::exp2;
    cbrt => f64::cbrt;
    asinh => f64::asinh;
    acosh => f64::acosh;
    atanh => f64::atanh;
    erf => libm_erf;
    erfc => libm_erfc;
    gamma => libm_tgamma;
    lgamma => libm_lgamma;
}

mod c {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn tgamma(x: f64) -> f64;
        pub fn lgamma(x: f64) -> f64;
    }
}

fn libm_erf(x: f64) -> f64 {
    // SAFETY: a pure C math function on a plain f64.
    unsafe { c::erf(x) }
}

fn libm_erfc(x: f64) -> f64 {
    // SAFETY: a pure C math function on a plain f64.
    unsafe { c::erfc(x) }
}

fn libm_tgamma(x: f64) -> f64 {
    // SAFETY: a pure C math function on a plain f64.
    unsafe { c::tgamma(x) }
}

fn libm_lgamma(x: f64) -> f64 {
    // SAFETY: a pure C math function on a plain f64 (glibc's lgamma sets
    // signgam, a process global we never read).
    unsafe { c::lgamma(x) }
}

fn asin(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("asin", args, 1, 1)?;
    let x = num(vm, &args[0])?;
    if !(-1.0..=1.0).contains(&x) {
        return Err(domain());
    }
    Ok(Value::float(x.asin()))
}

fn acos(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("acos", args, 1, 1)?;
    let x = num(vm, &args[0])?;
    if !(-1.0..=1.0).contains(&x) {
        return Err(domain());
    }
    Ok(Value::float(x.acos()))
}

fn sqrt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("sqrt", args, 1, 1)?;
    let x = num(vm, &args[0])?;
    if x < 0.0 {
        return Err(domain());
    }
    Ok(Value::float(x.sqrt()))
}

fn int_from_float(f: f64) -> PyResult {
    if f.is_nan() {
        return Err(exc::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(exc::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    if f.abs() < 9.2e18 {
        Ok(Value::Int(f as i64))
    } else {
        Ok(Value::from_bigint(crate::ops::compare::float_to_big(f)))
    }
}

fn rounding(vm: &mut Vm, args: &[Value], name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult {
    arity(name, args, 1, 1)?;
    match &args[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(args[0].clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(x) => int_from_float(f(x.get())),
        other => {
            if let Some(m) = vm.lookup_special(other, dunder) {
                return vm.call(&m, std::slice::from_ref(other));
            }
            int_from_float(f(num(vm, other)?))
        }
    }
}

fn floor(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    rounding(vm, args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    rounding(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    rounding(vm, args, "trunc", "__trunc__", f64::trunc)
}

fn big_log(v: &Value) -> PyResult<Option<f64>> {
    // ln of an int too big for a float: ln(m * 2**e).
    if let Value::BigInt(b) = v {
        if b.is_negative() || b.is_zero() {
            return Err(domain());
        }
        let bits = b.bits();
        let shift = bits.saturating_sub(60);
        let top = (&**b >> shift).to_f64().unwrap_or(1.0);
        return Ok(Some(top.ln() + shift as f64 * std::f64::consts::LN_2));
    }
    Ok(None)
}

fn ln(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(l) = big_log(v)? {
        return Ok(l);
    }
    let x = num(vm, v)?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

fn log(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("log", args, 1, 2)?;
    let l = ln(vm, &args[0])?;
    match args.get(1) {
        None => Ok(Value::float(l)),
        Some(b) => {
            let lb = ln(vm, b)?;
            if lb == 0.0 {
                return Err(exc::zero_division("float division by zero"));
            }
            Ok(Value::float(l / lb))
        }
    }
}

fn log2(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("log2", args, 1, 1)?;
    if let Value::BigInt(_) = &args[0] {
        return Ok(Value::float(ln(vm, &args[0])? / std::f64::consts::LN_2));
    }
    let x = num(vm, &args[0])?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(Value::float(x.log2()))
}

fn log10(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("log10", args, 1, 1)?;
    if let Value::BigInt(_) = &args[0] {
        return Ok(Value::float(ln(vm, &args[0])? / std::f64::consts::LN_10));
    }
    let x = num(vm, &args[0])?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(Value::float(x.log10()))
}

fn pow(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("pow", args, 2, 2)?;
    let (x, y) = (num(vm, &args[0])?, num(vm, &args[1])?);
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

fn atan2(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("atan2", args, 2, 2)?;
    Ok(Value::float(num(vm, &args[0])?.atan2(num(vm, &args[1])?)))
}

fn hypot(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let mut acc = 0.0f64;
    let mut vals = Vec::with_capacity(args.len());
    for a in args {
        vals.push(num(vm, a)?.abs());
    }
    if vals.iter().any(|v| v.is_infinite()) {
        return Ok(Value::float(f64::INFINITY));
    }
    let m = vals.iter().cloned().fold(0.0, f64::max);
    if m == 0.0 {
        return Ok(Value::float(0.0));
    }
    if vals.len() == 2 {
        return Ok(Value::float(vals[0].hypot(vals[1])));
    }
    for v in &vals {
        let s = v / m;
        acc += s * s;
    }
    Ok(Value::float(m * acc.sqrt()))
}

fn dist(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("dist", args, 2, 2)?;
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(exc::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        diffs.push(Value::float(num(vm, a)? - num(vm, b)?));
    }
    hypot(vm, &diffs, &[])
}

fn copysign(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("copysign", args, 2, 2)?;
    Ok(Value::float(
        num(vm, &args[0])?.copysign(num(vm, &args[1])?),
    ))
}

fn fmod(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("fmod", args, 2, 2)?;
    let (x, y) = (num(vm, &args[0])?, num(vm, &args[1])?);
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::float(x % y))
}

fn isnan(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("isnan", args, 1, 1)?;
    Ok(Value::bool(num(vm, &args[0])?.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("isinf", args, 1, 1)?;
    Ok(Value::bool(num(vm, &args[0])?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("isfinite", args, 1, 1)?;
    Ok(Value::bool(num(vm, &args[0])?.is_finite()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity("isclose", args, 2, 2)?;
    let [rel, abs] = crate::builtins::args::take_kw("isclose", kw, ["rel_tol", "abs_tol"])?;
    let rel = match rel {
        Some(v) => num(vm, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => num(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(exc::value_error("tolerances must be non-negative"));
    }
    let (a, b) = (num(vm, &args[0])?, num(vm, &args[1])?);
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn int_of(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        other
            if vm.lookup_special(other, "__index__").is_some()
                || vm.builtin_payload(other).is_some() =>
        {
            let f = vm.lookup_special(other, "__index__");
            let r = match f {
                Some(f) => vm.call(&f, std::slice::from_ref(other))?,
                None => vm.builtin_payload(other).unwrap_or(Value::None),
            };
            match r {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_of(vm, &r),
                _ => Err(exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(other)
                ))),
            }
        }
        other => Err(exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(other)
        ))),
    }
}

fn gcd(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let mut g = BigInt::zero();
    for a in args {
        g = g.gcd(&int_of(vm, a)?);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let mut l = BigInt::one();
    for a in args {
        let x = int_of(vm, a)?;
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&x);
    }
    Ok(Value::from_bigint(l.abs()))
}

fn factorial(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("factorial", args, 1, 1)?;
    if let Value::Float(_) = args[0] {
        return Err(exc::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = int_of(vm, &args[0])?;
    if n.is_negative() {
        return Err(exc::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().ok_or_else(|| {
        exc::overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    if n > 100_000 {
        return Err(exc::memory_error(""));
    }
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::from_bigint(acc))
}

fn comb(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("comb", args, 2, 2)?;
    let (n, k) = (int_of(vm, &args[0])?, int_of(vm, &args[1])?);
    if n.is_negative() {
        return Err(exc::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(exc::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().unwrap_or(0);
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(acc))
}

fn perm(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("perm", args, 1, 2)?;
    let n = int_of(vm, &args[0])?;
    let k = match args.get(1) {
        Some(Value::None) | None => n.clone(),
        Some(k) => int_of(vm, k)?,
    };
    if n.is_negative() {
        return Err(exc::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(exc::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(0);
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(Value::from_bigint(acc))
}

fn isqrt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("isqrt", args, 1, 1)?;
    let n = int_of(vm, &args[0])?;
    if n.is_negative() {
        return Err(exc::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn fsum(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("fsum", args, 1, 1)?;
    // Streamed, not collected: one item at a time, as CPython.
    let source = vm.iter(&args[0])?;
    // Shewchuk's exact partial sums, as CPython's fsum.
    let mut partials: Vec<f64> = Vec::new();
    while let Some(item) = vm.next(&source)? {
        let it = &item;
        let mut x = num(vm, it)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(0) {
        if n > 0 {
            n -= 1;
            hi = partials[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = partials[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))
            {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
    }
    Ok(Value::float(hi))
}

fn prod(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity("prod", args, 1, 1)?;
    let mut acc = crate::builtins::args::arg_or_kw(&[], 0, kw, "start").unwrap_or(Value::Int(1));
    let source = vm.iter(&args[0])?;
    while let Some(v) = vm.next(&source)? {
        acc = crate::ops::binary(vm, spindle_compiler::op::BinOp::Mul, &acc, &v)?;
    }
    Ok(acc)
}

fn modf(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("modf", args, 1, 1)?;
    let x = num(vm, &args[0])?;
    Ok(Value::tuple(vec![
        Value::float(x.fract()),
        Value::float(x.trunc()),
    ]))
}

fn frexp(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("frexp", args, 1, 1)?;
    let x = num(vm, &args[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::float(x), Value::Int(0)]));
    }
    let e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    let mut e = e;
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("ldexp", args, 2, 2)?;
    let x = num(vm, &args[0])?;
    let e = int_of(vm, &args[1])?.to_i32().unwrap_or(i32::MAX);
    let r = x * 2f64.powi(e.clamp(-1100, 1100));
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}
