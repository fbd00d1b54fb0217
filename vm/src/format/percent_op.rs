//! The `str % args` operator: parses each `%(key)flags width.prec conv`
//! directive, fetches and converts its argument, and lays it out with
//! `percent`.

use num_bigint::BigInt;

use super::percent::{
    percent_format_float, percent_format_int, percent_format_text, PercentFlags, PercentSpec,
};
use crate::exc;
use crate::interp::Vm;
use crate::types::type_name;
use crate::value::Value;
use crate::PyResult;

/// Where the directives take their arguments from.
enum Source<'a> {
    Seq(&'a [Value], usize),
    /// A mapping; the bool says whether a spec has consumed the one
    /// argument a keyless spec may take (the mapping itself, as in
    /// `"%s" % {"a": 1}`).
    Map(&'a Value, bool),
}

/// `fmt % args`.
pub fn format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult {
    let single;
    let mut src = match args {
        Value::Tuple(t) => Source::Seq(&t.items, 0),
        Value::Dict(_) => Source::Map(args, false),
        Value::Instance(_)
            if vm
                .builtin_payload(args)
                .is_some_and(|p| matches!(p, Value::Dict(_))) =>
        {
            Source::Map(args, false)
        }
        other => {
            single = [other.clone()];
            Source::Seq(&single, 0)
        }
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if i >= chars.len() {
            return Err(exc::value_error("incomplete format"));
        }
        let mut key = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(exc::value_error("incomplete format key"));
            }
            key = Some(chars[start..i - 1].iter().collect::<String>());
        }
        let mut flags = PercentFlags::default();
        while i < chars.len() {
            match chars[i] {
                '-' => flags.left = true,
                '+' => flags.sign = true,
                ' ' => flags.space = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = None;
        if i < chars.len() && chars[i] == '*' {
            i += 1;
            let w = next_arg(vm, &mut src, None)?;
            if !matches!(w, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                return Err(exc::type_error("* wants int"));
            }
            let w = vm.index_value(&w)?;
            if w < 0 {
                flags.left = true;
            }
            width = Some(w.unsigned_abs() as usize);
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                width = Some(w.parse().map_err(|_| exc::value_error("width too big"))?);
            }
        }
        let mut precision = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                let p = next_arg(vm, &mut src, None)?;
                if !matches!(p, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                    return Err(exc::type_error("* wants int"));
                }
                let p = match vm.index_value(&p) {
                    Ok(p) if p <= i32::MAX as i64 => p,
                    _ => {
                        return Err(exc::overflow_error(
                            "Python int too large to convert to C int",
                        ))
                    }
                };
                precision = Some(p.max(0) as usize);
            } else {
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                precision = match p.parse::<u64>() {
                    Ok(p) if p <= i32::MAX as u64 => Some(p as usize),
                    Ok(_) | Err(_) if !p.is_empty() => {
                        return Err(exc::value_error("precision too big"))
                    }
                    _ => Some(0),
                };
            }
        }
        // The result holds `width` characters, and a number `precision`
        // digits: refuse what cannot be allocated before building it.
        if let Some(w) = width {
            exc::check_alloc(w)?;
        }
        if let Some(p) = precision {
            exc::check_alloc(p)?;
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(exc::value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let spec = PercentSpec {
            flags,
            width,
            precision,
            conv,
        };
        let arg = next_arg(vm, &mut src, key.as_deref())?;
        out.push_str(&convert(vm, &arg, &spec, i - 1)?);
    }
    if let Source::Seq(items, used) = src {
        if used < items.len() {
            return Err(exc::type_error(
                "not all arguments converted during string formatting",
            ));
        }
    }
    Ok(Value::string(out))
}

fn next_arg(vm: &mut Vm, src: &mut Source, key: Option<&str>) -> PyResult {
    match src {
        Source::Map(m, whole_used) => match key {
            // After a keyed spec, CPython has no argument left for a
            // keyless one.
            Some(k) => {
                *whole_used = true;
                vm.getitem(m, &Value::str(k))
            }
            None if !*whole_used => {
                *whole_used = true;
                Ok((*m).clone())
            }
            None => Err(exc::type_error("not enough arguments for format string")),
        },
        Source::Seq(items, used) => {
            if key.is_some() {
                return Err(exc::type_error("format requires a mapping"));
            }
            if *used >= items.len() {
                return Err(exc::type_error("not enough arguments for format string"));
            }
            *used += 1;
            Ok(items[*used - 1].clone())
        }
    }
}

fn convert(vm: &mut Vm, arg: &Value, spec: &PercentSpec, pos: usize) -> PyResult<String> {
    match spec.conv {
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = match arg {
                Value::Int(i) => BigInt::from(*i),
                Value::Bool(b) => BigInt::from(b.get() as i64),
                Value::BigInt(b) => (**b).clone(),
                Value::Float(f) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                    if !f.get().is_finite() {
                        return Err(exc::overflow_error(
                            "cannot convert float infinity to integer",
                        ));
                    }
                    crate::ops::compare::float_to_big(f.get().trunc())
                }
                other => {
                    if let Some(p) = vm.builtin_payload(other) {
                        return convert(vm, &p, spec, pos);
                    }
                    let what = if matches!(spec.conv, 'o' | 'x' | 'X') {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    return Err(exc::type_error(format!(
                        "%{} format: {} is required, not {}",
                        spec.conv,
                        what,
                        type_name(other)
                    )));
                }
            };
            Ok(percent_format_int(&n, spec))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                Value::Float(f) => f.get(),
                Value::Int(i) => *i as f64,
                Value::Bool(b) => b.get() as i64 as f64,
                Value::BigInt(b) => crate::ops::arith::big_to_f64(b)?,
                other => {
                    if let Some(p) = vm.builtin_payload(other) {
                        return convert(vm, &p, spec, pos);
                    }
                    return Err(exc::type_error(format!(
                        "must be real number, not {}",
                        type_name(other)
                    )));
                }
            };
            Ok(percent_format_float(x, spec))
        }
        's' => {
            let s = vm.to_str(arg)?;
            Ok(percent_format_text(&s, spec))
        }
        'r' => {
            let s = vm.repr(arg)?;
            Ok(percent_format_text(&s, spec))
        }
        'a' => {
            let s = vm.repr(arg)?;
            Ok(percent_format_text(&crate::builtins::repr::ascii(&s), spec))
        }
        'c' => {
            let s = match arg {
                Value::Int(i) => match char::from_u32(*i as u32) {
                    Some(c) if *i >= 0 => c.to_string(),
                    _ => return Err(exc::overflow_error("%c arg not in range(0x110000)")),
                },
                Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                _ => return Err(exc::type_error("%c requires int or char")),
            };
            Ok(percent_format_text(&s, spec))
        }
        other => Err(exc::value_error(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            other, other as u32, pos
        ))),
    }
}
