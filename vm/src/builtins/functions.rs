//! The built-in functions (`print`, `len`, `sorted`, `isinstance` ...).

use crate::object::Obj;
use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::args::{arg_or_kw, arity, int_arg, no_kw, take_kw};
use super::func;
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{Class, IterObj, IterState};
use crate::ops::arith::Num;
use crate::types::{class_of, type_name, types};
use crate::value::Value;
use crate::PyResult;

pub(super) fn register(m: &mut HashMap<&'static str, Value>) {
    let fns: &[(&'static str, crate::object::BuiltinFn)] = &[
        ("print", print),
        ("input", input),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("format", format),
        ("hash", hash),
        ("id", id),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("chr", chr),
        ("ord", ord),
        ("abs", abs),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("sum", sum),
        ("min", min),
        ("max", max),
        ("all", all),
        ("any", any),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("iter", iter),
        ("next", next),
        ("isinstance", isinstance),
        ("__build_class__", build_class),
        ("__import__", dunder_import),
        ("issubclass", issubclass),
        ("callable", callable),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("vars", vars),
        ("dir", dir),
        ("globals", globals),
        ("locals", locals),
        ("exit", exit),
        ("quit", exit),
    ];
    for (name, f) in fns {
        m.insert(name, func(name, *f));
    }
}

fn print(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [sep, end, file, flush] = take_kw("print", kw, ["sep", "end", "file", "flush"])?;
    let text_or = |vm: &mut Vm, v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => {
                let _ = vm;
                Err(exc::type_error(format!(
                    "{} must be None or a string, not {}",
                    what,
                    type_name(&other)
                )))
            }
        }
    };
    let sep = text_or(vm, sep, " ", "sep")?;
    let end = text_or(vm, end, "\n", "end")?;
    // The stream: `file`, else the current `sys.stdout` (a script may
    // have replaced it). The standard streams take the whole line at
    // once; any other object gets CPython's sequence of write() calls.
    let file = match file {
        None | Some(Value::None) => crate::stdlib::sys::current_stdout(vm),
        Some(f) => Some(f),
    };
    let obj = match &file {
        Some(f) if !crate::stdlib::sys::is_stdout(f) && !crate::stdlib::sys::is_stderr(f) => {
            Some(vm.getattr(f, "write")?)
        }
        _ => None,
    };
    let to_err = matches!(&file, Some(f) if crate::stdlib::sys::is_stderr(f));
    if let Some(w) = obj {
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                vm.call(&w, &[Value::str(&sep)])?;
            }
            let t = match a {
                Value::Str(_) => a.clone(),
                other => Value::string(vm.to_str(other)?),
            };
            vm.call(&w, &[t])?;
        }
        vm.call(&w, &[Value::str(&end)])?;
        if matches!(flush, Some(Value::Bool(crate::value::BoolWord::TRUE))) {
            if let Some(f) = &file {
                let fl = vm.getattr(f, "flush")?;
                vm.call(&fl, &[])?;
            }
        }
        return Ok(Value::None);
    }
    let emit = |vm: &mut Vm, s: String| -> PyResult<()> {
        if to_err {
            vm.ctx.write_err(&s);
        } else {
            vm.ctx.write_out(&s);
        }
        Ok(())
    };
    let mut s = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            s.push_str(&sep);
        }
        match a {
            Value::Str(x) => s.push_str(x.as_str()),
            other => match vm.to_str(other) {
                Ok(t) => s.push_str(&t),
                Err(e) => {
                    // CPython has written the arguments before this one.
                    if !s.is_empty() {
                        emit(vm, s)?;
                    }
                    return Err(e);
                }
            },
        }
    }
    s.push_str(&end);
    emit(vm, s)?;
    if matches!(flush, Some(Value::Bool(crate::value::BoolWord::TRUE))) {
        vm.ctx.output.flush();
    }
    Ok(Value::None)
}

fn input(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("input", kw)?;
    arity("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let p = vm.to_str(p)?;
        vm.ctx.write_out(&p);
    }
    vm.ctx.output.flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(exc::eof_error("EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(exc::os_error(e.to_string())),
    }
}

fn len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("len", kw)?;
    arity("len", args, 1, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("repr", kw)?;
    arity("repr", args, 1, 1)?;
    Ok(Value::string(vm.repr(&args[0])?))
}

fn ascii(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("ascii", kw)?;
    arity("ascii", args, 1, 1)?;
    let r = vm.repr(&args[0])?;
    Ok(Value::string(super::repr::ascii(&r)))
}

fn format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("format", kw)?;
    arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(exc::type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(other)
            )))
        }
        None => String::new(),
    };
    Ok(Value::string(super::format_builtin(vm, &args[0], &spec)?))
}

fn hash(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("hash", kw)?;
    arity("hash", args, 1, 1)?;
    let h = vm.hash(&args[0])?;
    Ok(Value::Int(h as i64))
}

fn id(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("id", kw)?;
    arity("id", args, 1, 1)?;
    Ok(Value::Int(match &args[0] {
        Value::Int(i) => i.wrapping_mul(2654435761) & 0x7fff_ffff_ffff,
        Value::Float(f) => (f.get().to_bits() >> 4) as i64 & 0x7fff_ffff_ffff,
        Value::Bool(b) => 0x1000 + b.get() as i64,
        Value::None => 0x2000,
        v => v.arc_ptr().unwrap_or(0) as i64,
    }))
}

fn int_for_radix(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        other => Ok(BigInt::from(vm.index_value(other)?)),
    }
}

fn hex(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("hex", args, 1, 1)?;
    let n = int_for_radix(vm, &args[0])?;
    Ok(Value::string(crate::format::int_repr::hex_bigint(&n)))
}

fn oct(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("oct", args, 1, 1)?;
    let n = int_for_radix(vm, &args[0])?;
    Ok(Value::string(crate::format::int_repr::oct_bigint(&n)))
}

fn bin(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("bin", args, 1, 1)?;
    let n = int_for_radix(vm, &args[0])?;
    Ok(Value::string(crate::format::int_repr::bin_bigint(&n)))
}

fn chr(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("chr", kw)?;
    arity("chr", args, 1, 1)?;
    let i = match &args[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(_) => {
            return Err(exc::overflow_error(
                "Python int too large to convert to C int",
            ))
        }
        other => {
            return Err(exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(other)
            )))
        }
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(exc::value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("ord", kw)?;
    arity("ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(exc::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.char_at(0) as i64))
        }
        Value::Bytes(b) => {
            if b.len() != 1 {
                return Err(exc::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(b[0] as i64))
        }
        other => Err(exc::type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(other)
        ))),
    }
}

fn abs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("abs", kw)?;
    arity("abs", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::float(f.get().abs()),
        other => {
            if let Some(f) = vm.lookup_special(other, "__abs__") {
                return vm.call(&f, std::slice::from_ref(other));
            }
            return Err(exc::type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(other)
            )));
        }
    })
}

/// Banker's rounding of a float to an integer value.
pub fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

fn round(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let nd = arg_or_kw(args, 1, kw, "ndigits");
    let x = arg_or_kw(args, 0, kw, "number")
        .ok_or_else(|| exc::type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = match nd {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg("round", &v)?),
    };
    match (&x, nd) {
        (Value::Float(f), None) => {
            if f.get().is_nan() {
                return Err(exc::value_error("cannot convert float NaN to integer"));
            }
            if f.get().is_infinite() {
                return Err(exc::overflow_error(
                    "cannot convert float infinity to integer",
                ));
            }
            let r = round_half_even(f.get());
            Ok(if r.abs() < 9.2e18 {
                Value::Int(r as i64)
            } else {
                Value::from_bigint(crate::ops::compare::float_to_big(r))
            })
        }
        (Value::Float(f), Some(n)) => match crate::format::float_repr::round_float(f.get(), n) {
            Ok(r) => Ok(Value::float(r)),
            Err(_) => Err(exc::overflow_error("rounded value too large to represent")),
        },
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => Ok(match x {
            Value::Bool(b) => Value::Int(b.get() as i64),
            other => other,
        }),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(n)) => {
            if n >= 0 {
                return Ok(match x {
                    Value::Bool(b) => Value::Int(b.get() as i64),
                    other => other,
                });
            }
            let v = match &x {
                Value::Int(i) => BigInt::from(*i),
                Value::Bool(b) => BigInt::from(b.get() as i64),
                Value::BigInt(b) => (**b).clone(),
                _ => unreachable!("matched"),
            };
            let p = num_traits::pow(BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        _ => {
            if let Some(f) = vm.lookup_special(&x, "__round__") {
                let mut a = vec![x.clone()];
                if let Some(n) = nd {
                    a.push(Value::Int(n));
                }
                return vm.call(&f, &a);
            }
            Err(exc::type_error(format!(
                "type {} doesn't define __round__ method",
                type_name(&x)
            )))
        }
    }
}

fn divmod(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("divmod", kw)?;
    arity("divmod", args, 2, 2)?;
    use spindle_compiler::op::BinOp;
    if let (Some(_), Some(_)) = (Num::of(&args[0]), Num::of(&args[1])) {
        let q = crate::ops::binary(vm, BinOp::FloorDiv, &args[0], &args[1])?;
        let r = crate::ops::binary(vm, BinOp::Mod, &args[0], &args[1])?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if let Some(f) = vm.lookup_special(&args[0], "__divmod__") {
        let r = vm.call(&f, &[args[0].clone(), args[1].clone()])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(f) = vm.lookup_special(&args[1], "__rdivmod__") {
        let r = vm.call(&f, &[args[1].clone(), args[0].clone()])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(p) = vm
        .builtin_payload(&args[0])
        .or_else(|| vm.builtin_payload(&args[1]))
    {
        let _ = p;
        let a = vm
            .builtin_payload(&args[0])
            .unwrap_or_else(|| args[0].clone());
        let b = vm
            .builtin_payload(&args[1])
            .unwrap_or_else(|| args[1].clone());
        if Num::of(&a).is_some() && Num::of(&b).is_some() {
            return divmod(vm, &[a, b], kw);
        }
    }
    Err(crate::ops::unsupported("divmod()", &args[0], &args[1]))
}

fn pow(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let base = arg_or_kw(args, 0, kw, "base")
        .ok_or_else(|| exc::type_error("pow() missing required argument 'base' (pos 1)"))?;
    let e = arg_or_kw(args, 1, kw, "exp")
        .ok_or_else(|| exc::type_error("pow() missing required argument 'exp' (pos 2)"))?;
    let m = arg_or_kw(args, 2, kw, "mod");
    match m {
        None | Some(Value::None) => {
            crate::ops::binary(vm, spindle_compiler::op::BinOp::Pow, &base, &e)
        }
        Some(m) if Num::of(&base).is_none() || Num::of(&e).is_none() || Num::of(&m).is_none() => {
            // Three-argument pow of other types: __pow__(exp, mod).
            if let Some(f) = vm.lookup_special(&base, "__pow__") {
                let r = vm.call(&f, &[base.clone(), e.clone(), m.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            Err(exc::type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                type_name(&base),
                type_name(&e),
                type_name(&m)
            )))
        }
        Some(m) => {
            let big = |v: &Value| -> PyResult<BigInt> {
                match v {
                    Value::Int(i) => Ok(BigInt::from(*i)),
                    Value::Bool(b) => Ok(BigInt::from(b.get() as i64)),
                    Value::BigInt(b) => Ok((**b).clone()),
                    _ => Err(exc::type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    )),
                }
            };
            let (b, e, m) = (big(&base)?, big(&e)?, big(&m)?);
            if m.is_zero() {
                return Err(exc::value_error("pow() 3rd argument cannot be 0"));
            }
            let r = if e.is_negative() {
                let inv = mod_inverse(&b, &m).ok_or_else(|| {
                    exc::value_error("base is not invertible for the given modulus")
                })?;
                inv.modpow(&(-e), &m.abs())
            } else {
                b.modpow(&e, &m.abs())
            };
            // Result takes the sign of the modulus.
            let r = if m.is_negative() && !r.is_zero() {
                r + &m
            } else {
                r
            };
            Ok(Value::from_bigint(r))
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let (mut t, mut newt) = (BigInt::zero(), BigInt::from(1));
    let (mut r, mut newr) = (m.clone(), num_integer::Integer::mod_floor(a, &m));
    while !newr.is_zero() {
        let q = &r / &newr;
        let tmp = &t - &q * &newt;
        t = std::mem::replace(&mut newt, tmp);
        let tmp = &r - &q * &newr;
        r = std::mem::replace(&mut newr, tmp);
    }
    if r != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&t, &m))
}

fn sum(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity("sum", args, 1, 2)?;
    let start = arg_or_kw(args, 1, kw, "start").unwrap_or(Value::Int(0));
    if let Value::Str(_) = start {
        return Err(exc::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let mut acc = start;
    for_each_item(vm, &args[0], |vm, v| {
        acc = crate::ops::add(vm, &acc, &v)?;
        Ok(())
    })?;
    Ok(acc)
}

/// Calls `f` with each item of `iterable` as it is produced: reducers
/// (`sum`, `min`, `max`) stream their input instead of collecting it
/// (`sum(range(10**8))` holds one item at a time, as in CPython).
fn for_each_item(
    vm: &mut Vm,
    iterable: &Value,
    mut f: impl FnMut(&mut Vm, Value) -> PyResult<()>,
) -> PyResult<()> {
    if let Value::Tuple(t) = iterable {
        for v in t.items.iter() {
            f(vm, v.clone())?;
        }
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        f(vm, v)?;
    }
    Ok(())
}

fn min_max(vm: &mut Vm, args: &[Value], kw: Kwargs, is_max: bool) -> PyResult {
    let name = if is_max { "max" } else { "min" };
    let [key, default] = take_kw(name, kw, ["key", "default"])?;
    if args.is_empty() {
        return Err(exc::type_error(format!(
            "{} expected at least 1 argument, got 0",
            name
        )));
    }
    if args.len() > 1 && default.is_some() {
        return Err(exc::type_error(format!(
            "Cannot specify a default for {}() with multiple positional arguments",
            name
        )));
    }
    let key = key.filter(|k| !k.is_none());
    let mut best: Option<(Value, Value)> = None;
    let mut consider = |vm: &mut Vm, v: Value| -> PyResult<()> {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&v))?,
            None => v.clone(),
        };
        best = Some(match best.take() {
            None => (k, v),
            Some((bk, bv)) => {
                let better = if is_max {
                    crate::ops::compare::gt(vm, &k, &bk)?
                } else {
                    crate::ops::compare::lt(vm, &k, &bk)?
                };
                if better {
                    (k, v)
                } else {
                    (bk, bv)
                }
            }
        });
        Ok(())
    };
    if args.len() == 1 {
        for_each_item(vm, &args[0], &mut consider)?;
    } else {
        for v in args {
            consider(vm, v.clone())?;
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(exc::value_error(format!(
                "{}() arg is an empty sequence",
                name
            ))),
        },
    }
}

fn min(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    min_max(vm, args, kw, false)
}

fn max(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    min_max(vm, args, kw, true)
}

fn all(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("all", kw)?;
    arity("all", args, 1, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn any(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("any", kw)?;
    arity("any", args, 1, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

/// Sorts `items` in place (stable), with an optional key and reverse.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    // No key and one kind of value (the common case): sort the values in
    // place, without a copy of the keys, an index vector and a second list.
    if key.is_none() && sort_uniform_in_place(items, reverse) {
        return Ok(());
    }
    let keys: Vec<Value> = match &key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for v in items.iter() {
                ks.push(vm.call(f, std::slice::from_ref(v))?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let ks: Vec<i64> = keys.iter().map(|k| k.as_i64().unwrap_or(0)).collect();
        if reverse {
            idx.sort_by(|&a, &b| ks[b].cmp(&ks[a]));
        } else {
            idx.sort_by_key(|&a| ks[a]);
        }
    } else if keys.iter().all(|k| matches!(k, Value::Float(_))) {
        let ks: Vec<f64> = keys
            .iter()
            .map(|k| {
                if let Value::Float(f) = k {
                    f.get()
                } else {
                    0.0
                }
            })
            .collect();
        // NaN compares false both ways, like CPython's `<`.
        let lt = |a: f64, b: f64| a < b;
        if reverse {
            idx.sort_by(|&a, &b| {
                if lt(ks[b], ks[a]) {
                    std::cmp::Ordering::Less
                } else if lt(ks[a], ks[b]) {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            });
        } else {
            idx.sort_by(|&a, &b| {
                if lt(ks[a], ks[b]) {
                    std::cmp::Ordering::Less
                } else if lt(ks[b], ks[a]) {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            });
        }
    } else if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        let ks: Vec<&str> = keys.iter().map(|k| k.as_str().unwrap_or("")).collect();
        if reverse {
            idx.sort_by(|&a, &b| ks[b].cmp(ks[a]));
        } else {
            idx.sort_by(|&a, &b| ks[a].cmp(ks[b]));
        }
    } else {
        let mut err = None;
        idx.sort_by(|&a, &b| {
            if err.is_some() {
                return std::cmp::Ordering::Equal;
            }
            let (x, y) = if reverse {
                (&keys[b], &keys[a])
            } else {
                (&keys[a], &keys[b])
            };
            match crate::ops::compare::lt(vm, x, y) {
                Ok(true) => std::cmp::Ordering::Less,
                Ok(false) => match crate::ops::compare::lt(vm, y, x) {
                    Ok(true) => std::cmp::Ordering::Greater,
                    Ok(false) => std::cmp::Ordering::Equal,
                    Err(e) => {
                        err = Some(e);
                        std::cmp::Ordering::Equal
                    }
                },
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            }
        });
        if let Some(e) = err {
            return Err(e);
        }
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// `sort_values` without a key for a list of only ints, only floats or
/// only strs: a stable sort of the values themselves (with `reverse`, the
/// comparison is reversed, so equal values keep their order, as in
/// CPython). False, with `items` untouched, for any other list.
fn sort_uniform_in_place(items: &mut [Value], reverse: bool) -> bool {
    use std::cmp::Ordering;
    // A stable sort by `order`, with the comparison reversed for `reverse`
    // (generic, so each kind's comparison is inlined into the sort).
    fn by(items: &mut [Value], reverse: bool, order: impl Fn(&Value, &Value) -> Ordering) {
        if reverse {
            items.sort_by(|a, b| order(b, a));
        } else {
            items.sort_by(|a, b| order(a, b));
        }
    }
    fn float(v: &Value) -> f64 {
        match v {
            Value::Float(f) => f.get(),
            _ => 0.0,
        }
    }
    if items.iter().all(|v| matches!(v, Value::Int(_))) {
        by(items, reverse, |a, b| a.as_i64().cmp(&b.as_i64()));
    } else if items.iter().all(|v| matches!(v, Value::Float(_))) {
        // NaN compares false both ways, like CPython's `<`.
        by(items, reverse, |a, b| {
            let (x, y) = (float(a), float(b));
            if x < y {
                Ordering::Less
            } else if y < x {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        });
    } else if items.iter().all(|v| matches!(v, Value::Str(_))) {
        by(items, reverse, |a, b| a.as_str().cmp(&b.as_str()));
    } else {
        return false;
    }
    true
}

fn sorted(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    if args.len() != 1 {
        return Err(exc::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let [key, reverse] = sort_kw(kw)?;
    let mut items = vm.collect(&args[0])?;
    let reverse = match reverse {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    sort_values(vm, &mut items, key.filter(|k| !k.is_none()), reverse)?;
    Ok(Value::list(items))
}

fn reversed(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("reversed", kw)?;
    arity("reversed", args, 1, 1)?;
    let v = &args[0];
    let st = match v {
        Value::List(l) => IterState::ListReversed(l.clone(), l.len()),
        Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => {
            let mut items = vm.collect(v)?;
            items.reverse();
            IterState::Values(items, 0)
        }
        Value::Dict(d) => {
            let mut items = d.inner.lock().keys();
            items.reverse();
            IterState::Values(items, 0)
        }
        Value::Instance(inst) => {
            if let Some(f) = vm.lookup_special(v, "__reversed__") {
                return vm.call(&f, std::slice::from_ref(v));
            }
            let t = crate::types::types();
            if Obj::ptr_eq(&inst.class, &t.dict_values) || Obj::ptr_eq(&inst.class, &t.dict_items) {
                // A values or items view: its own elements, last first.
                let mut items = vm.collect(v)?;
                items.reverse();
                IterState::Values(items, 0)
            } else if vm.lookup_special(v, "__len__").is_some()
                && vm.lookup_special(v, "__getitem__").is_some()
            {
                let n = vm.len(v)?;
                let mut items = Vec::with_capacity(n);
                for i in (0..n).rev() {
                    items.push(vm.getitem(v, &Value::Int(i as i64))?);
                }
                IterState::Values(items, 0)
            } else if let Some(p) = vm.builtin_payload(v) {
                return reversed(vm, &[p], kw);
            } else {
                return Err(exc::type_error(format!(
                    "'{}' object is not reversible",
                    type_name(v)
                )));
            }
        }
        _ => {
            return Err(exc::type_error(format!(
                "'{}' object is not reversible",
                type_name(v)
            )))
        }
    };
    Ok(Value::Iter(Obj::new(IterObj::new("reversed", st))))
}

fn enumerate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let it = arg_or_kw(args, 0, kw, "iterable")
        .ok_or_else(|| exc::type_error("enumerate() missing required argument 'iterable'"))?;
    let start = arg_or_kw(args, 1, kw, "start").unwrap_or(Value::Int(0));
    if !matches!(start, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Err(exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&start)
        )));
    }
    let it = vm.iter(&it)?;
    Ok(Value::Iter(Obj::new(IterObj::new(
        "enumerate",
        IterState::Enumerate(it, start),
    ))))
}

fn zip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [strict] = take_kw("zip", kw, ["strict"])?;
    let strict = match strict {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let mut its = Vec::with_capacity(args.len());
    for a in args.iter() {
        its.push(vm.iter(a)?);
    }
    Ok(Value::Iter(Obj::new(IterObj::new(
        "zip",
        IterState::Zip(its, strict),
    ))))
}

fn map(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("map", kw)?;
    if args.len() < 2 {
        return Err(exc::type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        its.push(vm.iter(a)?);
    }
    Ok(Value::Iter(Obj::new(IterObj::new(
        "map",
        IterState::Map(args[0].clone(), its),
    ))))
}

fn filter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("filter", kw)?;
    arity("filter", args, 2, 2)?;
    let it = vm.iter(&args[1])?;
    Ok(Value::Iter(Obj::new(IterObj::new(
        "filter",
        IterState::Filter(args[0].clone(), it),
    ))))
}

fn iter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("iter", kw)?;
    arity("iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(Value::Iter(Obj::new(IterObj::new(
            "callable_iterator",
            IterState::Callable(args[0].clone(), args[1].clone()),
        ))));
    }
    vm.iter(&args[0])
}

fn next(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("next", kw)?;
    arity("next", args, 1, 2)?;
    let it = &args[0];
    let is_iter = matches!(it, Value::Iter(_) | Value::Generator(_))
        || vm.lookup_special(it, "__next__").is_some()
        || (matches!(it, Value::Native(_)) && class_of(it).lookup("__next__").is_some());
    if !is_iter {
        return Err(exc::type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    }
    if let Value::Generator(g) = it {
        let g = g.clone();
        return match vm.gen_resume(&g, Value::None, None)? {
            crate::ops::SendResult::Yielded(v) => Ok(v),
            crate::ops::SendResult::Returned(v) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(exc::stop_iteration(v)),
            },
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(exc::stop_iteration(Value::None)),
        },
    }
}

/// `isinstance(v, spec)` where spec is a class or a tuple of them.
pub fn isinstance_of(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult<bool> {
    match spec {
        Value::Class(c) => {
            if c.meta.is_some() && !Obj::ptr_eq(&class_of(v), c) {
                if let Some(r) =
                    vm.meta_dunder(spec, "__instancecheck__", std::slice::from_ref(v))?
                {
                    return vm.truthy(&r);
                }
            }
            Ok(crate::types::is_instance(v, c) || payload_is(vm, v, c))
        }
        Value::Tuple(t) => crate::stack::nested(vm, |vm| {
            for s in t.items.iter() {
                if isinstance_of(vm, v, s)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }),
        other => {
            if let Some(f) = vm.lookup_special(other, "__instancecheck__") {
                let r = vm.call(&f, &[other.clone(), v.clone()])?;
                return vm.truthy(&r);
            }
            Err(exc::type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            ))
        }
    }
}

fn payload_is(_vm: &mut Vm, _v: &Value, _c: &Class) -> bool {
    false
}

/// `__build_class__(func, name, *bases, **kw)`: what a class statement
/// with keywords compiles to.
fn build_class(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    if args.len() < 2 {
        return Err(exc::type_error("__build_class__: not enough arguments"));
    }
    let kw: Vec<(Arc<str>, Value)> = kw.to_vec();
    vm.build_class_kw(args[0].clone(), args[1].clone(), args[2..].to_vec(), kw)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`:
/// the top package, or the named module itself when `fromlist` is given.
fn dunder_import(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let name = match arg_or_kw(args, 0, kw, "name") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(exc::type_error(format!(
                "__import__() argument 1 must be str, not {}",
                type_name(&other)
            )))
        }
        None => {
            return Err(exc::type_error(
                "__import__() missing required argument 'name' (pos 1)",
            ))
        }
    };
    let globals = arg_or_kw(args, 1, kw, "globals");
    let fromlist = arg_or_kw(args, 3, kw, "fromlist");
    let level = match arg_or_kw(args, 4, kw, "level") {
        Some(v) => super::args::int_arg("__import__", &v)?,
        None => 0,
    };
    if level < 0 {
        return Err(exc::value_error("level must be >= 0"));
    }
    if name.is_empty() && level == 0 {
        return Err(exc::value_error("Empty module name"));
    }
    let full = if level > 0 {
        let g = crate::import::new_module_globals("__import__", &[], None);
        let pkg = match &globals {
            Some(Value::Dict(d)) => d
                .get_str("__package__")
                .filter(|p| !p.is_none())
                .or_else(|| d.get_str("__name__")),
            _ => None,
        };
        match pkg {
            Some(Value::Str(p)) => g.set_by_name("__package__", Value::str(p.as_str())),
            _ => {
                return Err(exc::import_error(
                    "attempted relative import with no known parent package",
                ))
            }
        }
        let dotted = format!("{}{}", ".".repeat(level as usize), name);
        vm.resolve_relative(&dotted, &g)?
    } else {
        name.clone()
    };
    let leaf = vm.import_module(&full)?;
    let has_fromlist = match &fromlist {
        None | Some(Value::None) => false,
        Some(f) => vm.truthy(f)?,
    };
    if has_fromlist {
        if let (Some(f), Value::Module(m)) = (&fromlist, &leaf) {
            // A fromlist entry that names a submodule imports it.
            if m.globals.get_by_name("__path__").is_some() {
                for item in vm.collect(f)? {
                    if let Some(s) = item.as_str() {
                        if s != "*" && m.globals.get_by_name(s).is_none() {
                            let _ = vm.import_module(&format!("{}.{}", full, s));
                        }
                    }
                }
            }
        }
        return Ok(leaf);
    }
    if level == 0 {
        if let Some(i) = name.find('.') {
            return vm.import_module(&name[..i]);
        }
        return Ok(leaf);
    }
    // Relative: the module named by the part of `name` before its first dot.
    match name.find('.') {
        None => Ok(leaf),
        Some(i) => {
            let cut = full.len() - (name.len() - i);
            vm.import_module(&full[..cut])
        }
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("isinstance", kw)?;
    arity("isinstance", args, 2, 2)?;
    Ok(Value::bool(isinstance_of(vm, &args[0], &args[1])?))
}

pub fn issubclass_of(vm: &mut Vm, cv: &Value, c: &Class, spec: &Value) -> PyResult<bool> {
    match spec {
        Value::Class(s) => {
            if s.meta.is_some() {
                if let Some(r) =
                    vm.meta_dunder(spec, "__subclasscheck__", std::slice::from_ref(cv))?
                {
                    return vm.truthy(&r);
                }
            }
            Ok(c.is_subclass(s))
        }
        Value::Tuple(t) => {
            for s in t.items.iter() {
                if issubclass_of(vm, cv, c, s)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => {
            if let Some(f) = vm.lookup_special(other, "__subclasscheck__") {
                let r = vm.call(&f, &[other.clone(), cv.clone()])?;
                return vm.truthy(&r);
            }
            Err(exc::type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            ))
        }
    }
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("issubclass", kw)?;
    arity("issubclass", args, 2, 2)?;
    match &args[0] {
        Value::Class(c) => Ok(Value::bool(issubclass_of(vm, &args[0], c, &args[1])?)),
        _ => Err(exc::type_error("issubclass() arg 1 must be a class")),
    }
}

fn callable(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("callable", kw)?;
    arity("callable", args, 1, 1)?;
    let v = &args[0];
    Ok(Value::bool(match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
        Value::Instance(_) => vm.lookup_special(v, "__call__").is_some(),
        Value::Native(_) => class_of(v).lookup("__call__").is_some(),
        _ => false,
    }))
}

fn attr_name<'a>(_fname: &str, v: &'a Value) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(exc::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(other)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("getattr", kw)?;
    arity("getattr", args, 2, 3)?;
    let name = attr_name("getattr", &args[1])?;
    match vm.getattr(&args[0], name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && e.is(&types().attribute_error) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("setattr", kw)?;
    arity("setattr", args, 3, 3)?;
    let name = attr_name("setattr", &args[1])?;
    vm.setattr(&args[0], name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("hasattr", kw)?;
    arity("hasattr", args, 2, 2)?;
    let name = attr_name("hasattr", &args[1])?;
    match vm.getattr(&args[0], name) {
        Ok(_) => Ok(Value::bool(true)),
        Err(e) if e.is(&types().attribute_error) => Ok(Value::bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("delattr", kw)?;
    arity("delattr", args, 2, 2)?;
    let name = attr_name("delattr", &args[1])?;
    vm.delattr(&args[0], name)?;
    Ok(Value::None)
}

fn vars(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("vars", kw)?;
    arity("vars", args, 0, 1)?;
    match args.first() {
        Some(v) => match vm.getattr_opt(v, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(exc::type_error(
                "vars() argument must have __dict__ attribute",
            )),
        },
        None => locals(vm, args, kw),
    }
}

fn dir(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("dir", kw)?;
    arity("dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match args.first() {
        None => {
            if let Some(f) = vm.frames.last() {
                names.extend(f.globals().items().into_iter().map(|(k, _)| k.to_string()));
            }
        }
        Some(Value::Module(m)) => {
            names.extend(m.globals.items().into_iter().map(|(k, _)| k.to_string()))
        }
        Some(v) => {
            if let Value::Instance(i) = v {
                names.extend(i.attr_names());
            }
            let cls = match v {
                Value::Class(c) => c.clone(),
                other => class_of(other),
            };
            for c in crate::object::Class::full_mro(&cls) {
                names.extend(c.own_items().iter().map(|(k, _)| k.to_string()));
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn globals(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    let d = crate::object::Dict::new();
    if let Some(f) = vm.frames.last() {
        for (k, v) in f.globals().items() {
            d.set_native(Value::str(&k), v);
        }
    }
    Ok(Value::Dict(Obj::new(d)))
}

/// `locals()` (and `vars()`): the calling function's variables that have
/// values (its locals, then its cell and free variables), a class body's
/// namespace, or the module's globals.
pub(super) fn locals(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let Some(f) = vm.frames.last() else {
        return globals(vm, args, kw);
    };
    if let Some(ns) = &f.ns {
        return Ok(Value::Dict(ns.clone()));
    }
    let crate::frame::FrameCode::Func(func) = &f.code else {
        return globals(vm, args, kw);
    };
    let code = &func.code.code;
    let d = crate::object::Dict::new();
    let slot = |i: usize| vm.stack.get(f.base + i).cloned().unwrap_or(Value::Undef);
    let cell_value = |v: Value| match v {
        Value::Cell(c) => c.value.lock().clone(),
        other => other,
    };
    for (i, name) in code.varnames.iter().enumerate() {
        let v = slot(i);
        if !v.is_undef() && !code.cellvars.contains(name) {
            d.set_native(Value::str(name), v);
        }
    }
    let nlocals = code.varnames.len();
    for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        let v = cell_value(slot(nlocals + i));
        if !v.is_undef() {
            d.set_native(Value::str(name), v);
        }
    }
    Ok(Value::Dict(Obj::new(d)))
}

fn exit(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let code = args.first().cloned().unwrap_or(Value::None);
    Err(crate::exc::PyErr::new(
        &types().system_exit,
        if code.is_none() { vec![] } else { vec![code] },
    ))
}

/// The `key` and `reverse` keywords of `sorted()` and `list.sort()`.
pub(crate) fn sort_kw(kw: Kwargs) -> PyResult<[Option<Value>; 2]> {
    let mut out = [None, None];
    for (k, v) in kw {
        match &**k {
            "key" => out[0] = Some(v.clone()),
            "reverse" => out[1] = Some(v.clone()),
            _ => {
                return Err(exc::type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    k
                )))
            }
        }
    }
    Ok(out)
}
