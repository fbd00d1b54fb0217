//! Methods of `str`.

use super::args::{method_arity, no_kw};
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::types::{type_name, Types};
use crate::value::Value;
use crate::PyResult;

pub(super) fn register(t: &Types) {
    super::add_methods(
        &t.str_,
        "str",
        &[
            ("join", join),
            ("split", split),
            ("strip", strip),
            ("upper", upper),
            ("lower", lower),
            ("replace", replace),
            ("startswith", startswith),
            ("endswith", endswith),
            ("format", format),
        ],
    );
}

/// The text of `self`.
pub fn this(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => match vm.builtin_payload(other) {
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            _ => Err(exc::type_error(format!("descriptor requires a 'str' object but received a '{}'", type_name(other)))),
        },
    }
}

fn join(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("join", kw)?;
    method_arity("join", args, 1, 1)?;
    let sep = this(vm, &args[0])?;
    let items = vm.collect(&args[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                return Err(exc::type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    type_name(other)
                )))
            }
        }
    }
    Ok(Value::string(out))
}

fn split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let s = this(vm, &args[0])?;
    let sep = super::args::arg_or_kw(&args[1..], 0, kw, "sep").filter(|v| !v.is_none());
    let parts: Vec<Value> = match sep {
        Some(Value::Str(sep)) => {
            if sep.as_str().is_empty() {
                return Err(exc::value_error("empty separator"));
            }
            s.split(sep.as_str()).map(Value::str).collect()
        }
        Some(other) => return Err(exc::type_error(format!("must be str or None, not {}", type_name(&other)))),
        None => s.split_whitespace().map(Value::str).collect(),
    };
    Ok(Value::list(parts))
}

fn strip(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = this(vm, &args[0])?;
    Ok(match args.get(1) {
        Some(Value::Str(chars)) => {
            let cs: Vec<char> = chars.as_str().chars().collect();
            Value::str(s.trim_matches(|c| cs.contains(&c)))
        }
        _ => Value::str(s.trim()),
    })
}

fn upper(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::string(this(vm, &args[0])?.to_uppercase()))
}

fn lower(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::string(this(vm, &args[0])?.to_lowercase()))
}

fn replace(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("replace", args, 2, 3)?;
    let s = this(vm, &args[0])?;
    let old = super::args::str_arg("replace", &args[1])?;
    let new = super::args::str_arg("replace", &args[2])?;
    Ok(Value::string(s.replace(old, new)))
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = this(vm, &args[0])?;
    match &args[1] {
        Value::Str(p) => Ok(Value::Bool(s.starts_with(p.as_str()))),
        Value::Tuple(t) => Ok(Value::Bool(t.items.iter().any(|p| p.as_str().is_some_and(|p| s.starts_with(p))))),
        other => Err(exc::type_error(format!("startswith first arg must be str or a tuple of str, not {}", type_name(other)))),
    }
}

fn endswith(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = this(vm, &args[0])?;
    match &args[1] {
        Value::Str(p) => Ok(Value::Bool(s.ends_with(p.as_str()))),
        Value::Tuple(t) => Ok(Value::Bool(t.items.iter().any(|p| p.as_str().is_some_and(|p| s.ends_with(p))))),
        other => Err(exc::type_error(format!("endswith first arg must be str or a tuple of str, not {}", type_name(other)))),
    }
}

fn format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let s = this(vm, &args[0])?;
    crate::format::str_format::format(vm, &s, &args[1..], kw).map(Value::string)
}
