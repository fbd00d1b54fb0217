//! Argument checking for native functions, with CPython's messages.

use std::sync::Arc;

use crate::exc;
use crate::object::func::Kwargs;
use crate::types::type_name;
use crate::value::Value;
use crate::PyResult;

/// Checks a positional argument count.
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(if min == max {
        match min {
            0 => exc::type_error(format!("{}() takes no arguments ({} given)", name, n)),
            1 => exc::type_error(format!(
                "{}() takes exactly one argument ({} given)",
                name, n
            )),
            k => exc::type_error(format!("{} expected {} arguments, got {}", name, k, n)),
        }
    } else if n < min {
        exc::type_error(format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            n
        ))
    } else {
        exc::type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            n
        ))
    })
}

/// Checks a method's argument count (`args[0]` is self).
pub fn method_arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    arity(name, &args[1.min(args.len())..], min, max)
}

/// Rejects keyword arguments.
pub fn no_kw(name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(exc::type_error(format!(
            "{}() takes no keyword arguments",
            name
        )))
    }
}

/// Takes the allowed keywords out of `kw`, rejecting any other.
pub fn take_kw<const N: usize>(
    name: &str,
    kw: Kwargs,
    allowed: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (k, v) in kw {
        match allowed.iter().position(|a| **a == **k) {
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(exc::type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    name, k
                )))
            }
        }
    }
    Ok(out)
}

/// Positional argument `i` or keyword `name`.
pub fn arg_or_kw(args: &[Value], i: usize, kw: Kwargs, name: &str) -> Option<Value> {
    args.get(i).cloned().or_else(|| {
        kw.iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| v.clone())
    })
}

/// A str argument.
pub fn str_arg<'a>(fname: &str, v: &'a Value) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(exc::type_error(format!(
            "{}() argument must be str, not {}",
            fname,
            type_name(other)
        ))),
    }
}

/// An int argument that fits in i64 (bools accepted).
pub fn int_arg(fname: &str, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::BigInt(_) => Err(exc::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
        other => {
            let _ = fname;
            Err(exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(other)
            )))
        }
    }
}

/// A float argument (ints converted).
pub fn float_arg(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => crate::ops::arith::big_to_f64(b),
        other => Err(exc::type_error(format!(
            "must be real number, not {}",
            type_name(other)
        ))),
    }
}

/// Interned keyword name helper.
pub fn kw_name(s: &str) -> Arc<str> {
    crate::intern::intern(s)
}

/// A method without parameters (CPython `METH_NOARGS`); `qual` is the
/// qualified name, `str.upper`. `args[0]` is self.
pub fn no_args(qual: &str, args: &[Value], kw: Kwargs) -> PyResult<()> {
    no_kw(qual, kw)?;
    if args.len() > 1 {
        return Err(exc::type_error(format!(
            "{}() takes no arguments ({} given)",
            qual,
            args.len() - 1
        )));
    }
    Ok(())
}

/// A method of exactly one positional parameter (CPython `METH_O`).
pub fn one_arg(qual: &str, args: &[Value], kw: Kwargs) -> PyResult<()> {
    no_kw(qual, kw)?;
    if args.len() != 2 {
        return Err(exc::type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qual,
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

/// The count check of CPython's `PyArg_ParseTuple` (`find() takes at least
/// 1 argument (0 given)`); `args[0]` is self.
pub fn tuple_arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    let (how, k) = if min == max {
        ("exactly", min)
    } else if n < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    Err(exc::type_error(format!(
        "{}() takes {} {} argument{} ({} given)",
        name,
        how,
        k,
        if k == 1 { "" } else { "s" },
        n
    )))
}

/// Binds positional and keyword arguments to the parameters `names` the way
/// CPython's Argument Clinic does (`_PyArg_UnpackKeywords`), with its
/// messages. The first `max_pos` parameters may be positional, the first
/// `min` are required, the rest are keyword-only. `pos` excludes self.
pub fn bind_params<const N: usize>(
    name: &str,
    pos: &[Value],
    kw: Kwargs,
    names: [&str; N],
    min: usize,
    max_pos: usize,
) -> PyResult<[Option<Value>; N]> {
    let total = pos.len() + kw.len();
    if total > N {
        return Err(exc::type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            name,
            N,
            if pos.is_empty() { "keyword " } else { "" },
            if N == 1 { "" } else { "s" },
            total
        )));
    }
    if pos.len() > max_pos {
        return Err(exc::type_error(if max_pos == 0 {
            format!("{}() takes no positional arguments", name)
        } else {
            format!(
                "{}() takes {} {} positional argument{} ({} given)",
                name,
                if min < max_pos { "at most" } else { "exactly" },
                max_pos,
                if max_pos == 1 { "" } else { "s" },
                pos.len()
            )
        }));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| pos.get(i).cloned());
    let mut bad_kw = None;
    for (k, v) in kw {
        match names.iter().position(|n| **n == **k) {
            Some(i) if i >= pos.len() => out[i] = Some(v.clone()),
            Some(i) => {
                bad_kw.get_or_insert_with(|| {
                    format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        name,
                        k,
                        i + 1
                    )
                });
            }
            None => {
                bad_kw.get_or_insert_with(|| {
                    format!("'{}' is an invalid keyword argument for {}()", k, name)
                });
            }
        }
    }
    if let Some(i) = (0..min).find(|&i| out[i].is_none()) {
        return Err(exc::type_error(format!(
            "{}() missing required argument '{}' (pos {})",
            name,
            names[i],
            i + 1
        )));
    }
    if let Some(m) = bad_kw {
        return Err(exc::type_error(m));
    }
    Ok(out)
}
