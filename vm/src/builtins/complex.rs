//! `complex`: a native class whose instances hold two floats. Operators
//! reach it through its dunder methods (`lookup_special` returns a native
//! class's own methods), so ints, floats and complexes mix as in CPython.
//! Written by hand because CPython's exact results matter: `c_powi` for
//! small integer powers, the repr without `.0`, the hash formula.

use crate::object::Obj;
use std::sync::OnceLock;

use super::args::method_arity;
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{Class, NativeObj};
use crate::types::type_name;
use crate::value::Value;
use crate::PyResult;

/// The payload of a complex value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// The `complex` class.
pub fn class() -> &'static Obj<Class> {
    static C: OnceLock<Obj<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = super::native_class("complex", "builtins");
        super::add_methods(
            &c,
            "complex",
            &[
                ("__add__", add),
                ("__radd__", add),
                ("__sub__", sub),
                ("__rsub__", rsub),
                ("__mul__", mul),
                ("__rmul__", mul),
                ("__truediv__", truediv),
                ("__rtruediv__", rtruediv),
                ("__pow__", pow),
                ("__rpow__", rpow),
                ("__neg__", neg),
                ("__pos__", pos),
                ("__abs__", abs),
                ("__bool__", bool_),
                ("__eq__", eq),
                ("__ne__", ne),
                ("__hash__", hash),
                ("__repr__", repr),
                ("__str__", repr),
                ("__format__", format),
                ("__complex__", pos),
                ("__getnewargs__", getnewargs),
                ("conjugate", conjugate),
            ],
        );
        let t = crate::types::types();
        super::add_static_methods(t, &c, "complex", &[("__new__", new)]);
        let mut d = c.dict.write();
        d.insert(
            crate::intern::intern("real"),
            crate::stdlib::property("real", real),
        );
        d.insert(
            crate::intern::intern("imag"),
            crate::stdlib::property("imag", imag),
        );
        drop(d);
        c
    })
}

/// A complex value.
pub fn value(re: f64, im: f64) -> Value {
    Value::Native(Obj::new(NativeObj {
        class: class().clone(),
        data: Box::new(Complex { re, im }),
    }))
}

/// The complex payload of `v`, if it is a complex.
pub fn get(v: &Value) -> Option<Complex> {
    match v {
        Value::Native(n) => n.data.downcast_ref::<Complex>().copied(),
        _ => None,
    }
}

/// `v` as a complex when it is a number (complex, float, int, bool).
fn operand(v: &Value) -> PyResult<Option<Complex>> {
    Ok(match v {
        Value::Native(_) => get(v),
        Value::Float(f) => Some(Complex {
            re: f.get(),
            im: 0.0,
        }),
        Value::Int(i) => Some(Complex {
            re: *i as f64,
            im: 0.0,
        }),
        Value::Bool(b) => Some(Complex {
            re: b.get() as u8 as f64,
            im: 0.0,
        }),
        Value::BigInt(b) => {
            let f = num_traits::ToPrimitive::to_f64(&**b).unwrap_or(f64::INFINITY);
            if f.is_infinite() {
                return Err(exc::overflow_error("int too large to convert to float"));
            }
            Some(Complex { re: f, im: 0.0 })
        }
        _ => None,
    })
}

fn this(args: &[Value]) -> PyResult<Complex> {
    args.first()
        .and_then(get)
        .ok_or_else(|| exc::type_error("descriptor requires a 'complex' object"))
}

/// The two operands of a binary dunder, or NotImplemented.
fn pair(name: &str, args: &[Value]) -> PyResult<Option<(Complex, Complex)>> {
    method_arity(name, args, 1, 1)?;
    let a = this(args)?;
    Ok(operand(&args[1])?.map(|b| (a, b)))
}

fn add(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(match pair("__add__", args)? {
        Some((a, b)) => value(a.re + b.re, a.im + b.im),
        None => Value::NotImplemented,
    })
}

fn sub(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(match pair("__sub__", args)? {
        Some((a, b)) => value(a.re - b.re, a.im - b.im),
        None => Value::NotImplemented,
    })
}

fn rsub(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(match pair("__rsub__", args)? {
        Some((a, b)) => value(b.re - a.re, b.im - a.im),
        None => Value::NotImplemented,
    })
}

fn mul_c(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

fn mul(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(match pair("__mul__", args)? {
        Some((a, b)) => {
            let c = mul_c(a, b);
            value(c.re, c.im)
        }
        None => Value::NotImplemented,
    })
}

/// CPython's `_Py_c_quot` (Smith's algorithm).
fn quot(a: Complex, b: Complex) -> PyResult<Complex> {
    let (abs_breal, abs_bimag) = (b.re.abs(), b.im.abs());
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return Err(exc::zero_division("complex division by zero"));
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(Complex {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(Complex {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        Ok(Complex {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

fn truediv(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(match pair("__truediv__", args)? {
        Some((a, b)) => {
            let c = quot(a, b)?;
            value(c.re, c.im)
        }
        None => Value::NotImplemented,
    })
}

fn rtruediv(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(match pair("__rtruediv__", args)? {
        Some((a, b)) => {
            let c = quot(b, a)?;
            value(c.re, c.im)
        }
        None => Value::NotImplemented,
    })
}

/// CPython's `_Py_c_pow`.
fn pow_c(a: Complex, b: Complex) -> PyResult<Complex> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(Complex { re: 1.0, im: 0.0 });
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(exc::zero_division("0.0 to a negative or complex power"));
        }
        return Ok(Complex { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Ok(Complex {
        re: len * phase.cos(),
        im: len * phase.sin(),
    })
}

/// CPython's `c_powi`: repeated squaring for small integer exponents.
fn powi(x: Complex, n: i64) -> PyResult<Complex> {
    let pos = |mut n: i64| {
        let mut r = Complex { re: 1.0, im: 0.0 };
        let mut p = x;
        while n > 0 {
            if n & 1 == 1 {
                r = mul_c(r, p);
            }
            n >>= 1;
            p = mul_c(p, p);
        }
        r
    };
    if n > 0 {
        Ok(pos(n))
    } else {
        quot(Complex { re: 1.0, im: 0.0 }, pos(-n))
    }
}

fn power(a: Complex, b: Complex) -> PyResult<Value> {
    let r = if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() <= 100.0 {
        powi(a, b.re as i64)?
    } else {
        pow_c(a, b)?
    };
    if (!r.re.is_finite() || !r.im.is_finite())
        && a.re.is_finite()
        && a.im.is_finite()
        && b.re.is_finite()
        && b.im.is_finite()
    {
        return Err(exc::overflow_error("complex exponentiation"));
    }
    Ok(value(r.re, r.im))
}

fn pow(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() == 3 && !args[2].is_none() {
        return Err(exc::value_error("complex modulo"));
    }
    match pair("__pow__", &args[..2.min(args.len())])? {
        Some((a, b)) => power(a, b),
        None => Ok(Value::NotImplemented),
    }
}

fn rpow(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    match pair("__rpow__", &args[..2.min(args.len())])? {
        Some((a, b)) => power(b, a),
        None => Ok(Value::NotImplemented),
    }
}

fn neg(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let a = this(args)?;
    Ok(value(-a.re, -a.im))
}

fn pos(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let a = this(args)?;
    Ok(value(a.re, a.im))
}

fn abs(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let a = this(args)?;
    let r = a.re.hypot(a.im);
    if r.is_infinite() && a.re.is_finite() && a.im.is_finite() {
        return Err(exc::overflow_error("absolute value too large"));
    }
    Ok(Value::float(r))
}

fn bool_(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let a = this(args)?;
    Ok(Value::bool(a.re != 0.0 || a.im != 0.0))
}

fn eq_impl(args: &[Value]) -> PyResult<Option<bool>> {
    method_arity("__eq__", args, 1, 1)?;
    let a = this(args)?;
    Ok(match &args[1] {
        // An int compares exactly (a big int never equals a float here
        // unless it converts exactly).
        Value::Int(i) => Some(a.im == 0.0 && a.re == *i as f64 && (a.re as i64) == *i),
        other => operand(other)
            .ok()
            .flatten()
            .map(|b| a.re == b.re && a.im == b.im),
    })
}

fn eq(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(match eq_impl(args)? {
        Some(b) => Value::bool(b),
        None => Value::NotImplemented,
    })
}

fn ne(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(match eq_impl(args)? {
        Some(b) => Value::bool(!b),
        None => Value::NotImplemented,
    })
}

/// CPython's complex hash: hash(re) + 1000003 * hash(im), -1 made -2.
pub fn hash_complex(c: Complex) -> i64 {
    let hr = crate::hash::hash_f64(c.re) as u64;
    let hi = crate::hash::hash_f64(c.im) as u64;
    let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Int(hash_complex(this(args)?)))
}

/// One part of a complex repr: the float's repr without a trailing `.0`.
fn part(x: f64) -> String {
    let s = crate::format::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `repr(c)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn repr_of(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", part(c.im));
    }
    let im = part(c.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", part(c.re), sign, im)
}

fn repr(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::string(repr_of(this(args)?)))
}

fn format(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__format__", args, 1, 1)?;
    let c = this(args)?;
    let spec = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(exc::type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(other)
            )))
        }
    };
    if spec.is_empty() {
        return Ok(Value::string(repr_of(c)));
    }
    // Both parts with the float spec, the imaginary one always signed.
    let re = super::format_builtin(vm, &Value::float(c.re), &spec)?;
    let im_spec = if spec.starts_with(['+', '-', ' ']) {
        format!("+{}", &spec[1..])
    } else {
        format!("+{}", spec)
    };
    let im = super::format_builtin(vm, &Value::float(c.im), &im_spec)?;
    Ok(Value::string(format!(
        "{}{}j",
        re.trim_end(),
        im.trim_start()
    )))
}

fn getnewargs(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let c = this(args)?;
    Ok(Value::tuple(vec![Value::float(c.re), Value::float(c.im)]))
}

fn conjugate(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let c = this(args)?;
    Ok(value(c.re, -c.im))
}

fn real(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::float(this(args)?.re))
}

fn imag(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::float(this(args)?.im))
}

/// Parses CPython's complex literal syntax: `1+2j`, `(3-4.5J)`, `j`, `-inf`.
fn parse(s: &str) -> Option<Complex> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() || t.contains('_') && (t.starts_with('_') || t.ends_with('_')) {
        return None;
    }
    let float = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => crate::format::int_parse::parse_float(x),
        }
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return crate::format::int_parse::parse_float(t).map(|re| Complex { re, im: 0.0 });
    };
    // The split between the parts: the last sign not at the start and not
    // after an exponent marker.
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    match split {
        None => {
            if body.contains(char::is_whitespace) {
                return None;
            }
            float(body).map(|im| Complex { re: 0.0, im })
        }
        Some(i) => {
            let (r, m) = (&body[..i], &body[i..]);
            if r.contains(char::is_whitespace) || m.contains(char::is_whitespace) {
                return None;
            }
            let re = crate::format::int_parse::parse_float(r)?;
            let im = float(m)?;
            Some(Complex { re, im })
        }
    }
}

/// A number argument of `complex()`: complex, or anything with
/// `__complex__`, or a real number.
/// The flag says whether it was a complex (its imaginary part counts).
fn number_arg(vm: &mut Vm, v: &Value, which: &str) -> PyResult<(Complex, bool)> {
    if let Some(c) = get(v) {
        return Ok((c, true));
    }
    if let Some(c) = operand(v)? {
        return Ok((c, false));
    }
    if let Some(f) = vm.lookup_special(v, "__complex__") {
        let r = vm.call(&f, std::slice::from_ref(v))?;
        return get(&r).map(|c| (c, true)).ok_or_else(|| {
            exc::type_error(format!(
                "__complex__ returned non-complex (type {})",
                type_name(&r)
            ))
        });
    }
    if vm.lookup_special(v, "__float__").is_some() || vm.lookup_special(v, "__index__").is_some() {
        let f = super::construct::to_float(vm, v)?;
        return Ok((Complex { re: f, im: 0.0 }, false));
    }
    Err(exc::type_error(format!(
        "complex() {} must be a number, not '{}'",
        which,
        type_name(v)
    )))
}

/// `complex(...)` called on the class.
pub fn construct(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    new(vm, args, kw)
}

/// `complex(real=0, imag=0)` / `complex(string)`.
fn new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let args = &args[1.min(args.len())..];
    if args.len() > 2 {
        return Err(exc::type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let real = super::args::arg_or_kw(args, 0, kw, "real");
    let imag = super::args::arg_or_kw(args, 1, kw, "imag");
    if let Some(Value::Str(s)) = &real {
        if imag.is_some() {
            return Err(exc::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return parse(s.as_str())
            .map(|c| value(c.re, c.im))
            .ok_or_else(|| exc::value_error("complex() arg is a malformed string"));
    }
    if let Some(Value::Str(_)) = &imag {
        return Err(exc::type_error("complex() second arg can't be a string"));
    }
    let (r, r_complex) = match &real {
        Some(v) => number_arg(vm, v, "first argument")?,
        None => (Complex { re: 0.0, im: 0.0 }, false),
    };
    let Some(iv) = &imag else {
        if r_complex && imag.is_none() && matches!(real, Some(Value::Native(_))) {
            return Ok(real.expect("checked"));
        }
        return Ok(value(r.re, r.im));
    };
    let (i, i_complex) = number_arg(vm, iv, "second argument")?;
    // (a+bj) + (c+dj)*1j, adding only the parts that exist (CPython keeps
    // the sign of a zero imaginary argument).
    let mut re = r.re;
    let mut im = i.re;
    if i_complex {
        re -= i.im;
    }
    if r_complex {
        im += r.im;
    }
    Ok(value(re, im))
}
