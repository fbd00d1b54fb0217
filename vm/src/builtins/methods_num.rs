//! Methods of `int` and `float`: bit operations, conversion to and from
//! bytes, exact ratios, and float's hexadecimal form.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::args::{bind_params, no_args, no_kw};
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::types::{type_name, Types};
use crate::value::Value;
use crate::PyResult;

pub(super) fn register(t: &Types) {
    super::add_methods(
        &t.int,
        "int",
        &[
            ("as_integer_ratio", int_as_integer_ratio),
            ("bit_count", bit_count),
            ("bit_length", bit_length),
            ("conjugate", int_conjugate),
            ("to_bytes", to_bytes),
        ],
    );
    let from_bytes = super::func("from_bytes", from_bytes);
    t.int.dict.write().insert(
        crate::intern::intern("from_bytes"),
        super::wrapper(&t.classmethod, vec![from_bytes]),
    );
    super::add_methods(
        &t.float,
        "float",
        &[
            ("as_integer_ratio", float_as_integer_ratio),
            ("conjugate", float_conjugate),
            ("hex", float_hex),
            ("is_integer", float_is_integer),
        ],
    );
    let fromhex = super::func("fromhex", float_fromhex);
    t.float.dict.write().insert(
        crate::intern::intern("fromhex"),
        super::wrapper(&t.classmethod, vec![fromhex]),
    );
}

// ----- int -----

/// The int behind `self` (int, bool, or an int subclass instance).
fn this_int(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Instance(_) => match vm.builtin_payload(v) {
            Some(p @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => this_int(vm, &p),
            _ => Err(exc::type_error(format!(
                "descriptor requires a 'int' object but received a '{}'",
                type_name(v)
            ))),
        },
        _ => Err(exc::type_error(format!(
            "descriptor requires a 'int' object but received a '{}'",
            type_name(v)
        ))),
    }
}

fn bit_length(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("int.bit_length", args, kw)?;
    Ok(Value::Int(match &args[0] {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        other => this_int(vm, other)?.abs().bits() as i64,
    }))
}

fn bit_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("int.bit_count", args, kw)?;
    Ok(Value::Int(match &args[0] {
        Value::Int(i) => i.unsigned_abs().count_ones() as i64,
        other => this_int(vm, other)?.magnitude().count_ones() as i64,
    }))
}

fn int_conjugate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("int.conjugate", args, kw)?;
    Ok(Value::from_bigint(this_int(vm, &args[0])?))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("int.as_integer_ratio", args, kw)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(this_int(vm, &args[0])?),
        Value::Int(1),
    ]))
}

/// `byteorder` of `to_bytes`/`from_bytes`: true for big-endian.
fn byteorder_arg(fname: &str, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) => match s.as_str() {
            "big" => Ok(true),
            "little" => Ok(false),
            _ => Err(exc::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
        },
        Some(other) => Err(exc::type_error(format!(
            "{}() argument 'byteorder' must be str, not {}",
            fname,
            type_name(&other)
        ))),
    }
}

fn signed_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => vm.truthy(&v),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [length, byteorder, signed] = bind_params(
        "to_bytes",
        &args[1..],
        kw,
        ["length", "byteorder", "signed"],
        0,
        2,
    )?;
    let n = this_int(vm, &args[0])?;
    let length = match length {
        Some(v) => vm.index_value(&v)?,
        None => 1,
    };
    if length < 0 {
        return Err(exc::value_error("length argument must be non-negative"));
    }
    let big_endian = byteorder_arg("to_bytes", byteorder)?;
    let signed = signed_arg(vm, signed)?;
    let length = length as usize;
    exc::check_alloc(length)?;
    if !signed && n.is_negative() {
        return Err(exc::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    // Little-endian bytes of the minimal representation.
    let mut le = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if le.len() > length {
        return Err(exc::overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    le.resize(length, fill);
    if big_endian {
        le.reverse();
    }
    Ok(Value::Bytes(le.into()))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, a class
/// method: `args[0]` is the class.
fn from_bytes(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [data, byteorder, signed] = bind_params(
        "from_bytes",
        &args[1..],
        kw,
        ["bytes", "byteorder", "signed"],
        1,
        2,
    )?;
    let data = data.expect("required");
    let bytes: Vec<u8> = match &data {
        Value::Bytes(b) => b.to_vec(),
        Value::Str(_)
        | Value::Int(_)
        | Value::Bool(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::None => {
            return Err(exc::type_error(format!(
                "cannot convert '{}' object to bytes",
                type_name(&data)
            )))
        }
        other => {
            let items = vm.collect(other)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                match vm.index_value(&it) {
                    Ok(i @ 0..=255) => out.push(i as u8),
                    Ok(_) => return Err(exc::value_error("bytes must be in range(0, 256)")),
                    Err(e) => return Err(e),
                }
            }
            out
        }
    };
    let big_endian = byteorder_arg("from_bytes", byteorder)?;
    let signed = signed_arg(vm, signed)?;
    let n = match (big_endian, signed) {
        (true, true) => BigInt::from_signed_bytes_be(&bytes),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, &bytes),
        (false, true) => BigInt::from_signed_bytes_le(&bytes),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &bytes),
    };
    let v = Value::from_bigint(n);
    match &args[0] {
        Value::Class(c) if !crate::object::Obj::ptr_eq(c, &crate::types::types().int) => {
            vm.call(&args[0], &[v])
        }
        _ => Ok(v),
    }
}

// ----- float -----

fn this_float(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Instance(_) => match vm.builtin_payload(v) {
            Some(Value::Float(f)) => Ok(f.get()),
            _ => Err(exc::type_error(format!(
                "descriptor requires a 'float' object but received a '{}'",
                type_name(v)
            ))),
        },
        _ => Err(exc::type_error(format!(
            "descriptor requires a 'float' object but received a '{}'",
            type_name(v)
        ))),
    }
}

fn float_conjugate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("float.conjugate", args, kw)?;
    Ok(Value::float(this_float(vm, &args[0])?))
}

fn float_is_integer(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("float.is_integer", args, kw)?;
    let f = this_float(vm, &args[0])?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

/// `(mantissa, exponent)` with `x == mantissa * 2**exponent` exactly.
fn decompose(x: f64) -> (i64, i32) {
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = (bits & ((1 << 52) - 1)) as i64;
    if exp == 0 {
        (sign * frac, -1074)
    } else {
        (sign * (frac | (1 << 52)), exp - 1075)
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("float.as_integer_ratio", args, kw)?;
    let x = this_float(vm, &args[0])?;
    if x.is_nan() {
        return Err(exc::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(exc::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let (mut m, mut e) = decompose(x);
    let tz = m.trailing_zeros() as i32;
    m >>= tz;
    e += tz;
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e as usize, BigInt::one())
    } else {
        (BigInt::from(m), BigInt::one() << (-e) as usize)
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

/// `float.hex()`: `0x1.8000000000000p+0`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!(
        "{}0x{}.{:013x}p{}{}",
        sign,
        lead,
        frac,
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )
}

fn float_hex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("float.hex", args, kw)?;
    Ok(Value::string(float_to_hex(this_float(vm, &args[0])?)))
}

/// Why `parse_hex_float` failed.
#[derive(Debug, PartialEq)]
pub enum HexFloatError {
    Invalid,
    Overflow,
}

/// Parses `float.fromhex`'s syntax, rounding half to even like CPython.
pub fn parse_hex_float(s: &str) -> Result<f64, HexFloatError> {
    let s = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |x: f64| if neg { -x } else { x };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(HexFloatError::Invalid);
    }
    let mut m = BigUint::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(HexFloatError::Invalid)?;
        m = (m << 4u32) + BigUint::from(d);
    }
    let exp: i64 = match exp {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexFloatError::Invalid);
            }
            // Saturate: anything this large overflows or underflows anyway.
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    if m.is_zero() {
        return Ok(signed(0.0));
    }
    let e = exp - 4 * frac_part.len() as i64;
    let bits = m.bits() as i64;
    let top = bits - 1 + e;
    if top > 1024 {
        return Err(HexFloatError::Overflow);
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let q: u64 = if shift <= 0 {
        (m << (-shift) as usize).to_u64().expect("at most 53 bits")
    } else if shift > bits + 1 {
        0
    } else {
        let q = &m >> shift as usize;
        let rem = &m - (&q << shift as usize);
        let half = BigUint::one() << (shift - 1) as usize;
        let mut q = q.to_u64().expect("at most 53 bits");
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        q
    };
    // q * 2**lsb is exact (q has at most 54 bits); scale in two steps so
    // the intermediate never underflows.
    let mut x = q as f64;
    let mut k = lsb;
    while k < -1000 {
        x *= 2f64.powi(-1000);
        k += 1000;
    }
    x *= 2f64.powi(k as i32);
    if x.is_infinite() {
        return Err(HexFloatError::Overflow);
    }
    Ok(signed(x))
}

/// `float.fromhex(string)`, a class method.
fn float_fromhex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("float.fromhex", kw)?;
    if args.len() != 2 {
        return Err(exc::type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let s = match &args[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(exc::type_error(format!(
                "bad argument type for built-in operation: {}",
                type_name(other)
            )))
        }
    };
    let x = parse_hex_float(s.as_str()).map_err(|e| match e {
        HexFloatError::Invalid => exc::value_error("invalid hexadecimal floating-point string"),
        HexFloatError::Overflow => {
            exc::overflow_error("hexadecimal value too large to represent as a float")
        }
    })?;
    match &args[0] {
        Value::Class(c) if !crate::object::Obj::ptr_eq(c, &crate::types::types().float) => {
            vm.call(&args[0], &[Value::float(x)])
        }
        _ => Ok(Value::float(x)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip() {
        for x in [
            0.1,
            1.5,
            5e-324,
            1e-310,
            1.7976931348623157e308,
            3.0,
            -2.5e-7,
        ] {
            assert_eq!(parse_hex_float(&float_to_hex(x)), Ok(x));
        }
    }

    #[test]
    fn hex_rounding() {
        assert_eq!(parse_hex_float("0x1.00000000000008p0"), Ok(1.0));
        assert_eq!(
            parse_hex_float("0x1.00000000000018p0"),
            Ok(1.0000000000000004)
        );
        assert_eq!(parse_hex_float("0x1p-1080"), Ok(0.0));
        assert_eq!(
            parse_hex_float("0x1.fffffffffffff8p1023"),
            Err(HexFloatError::Overflow)
        );
        assert_eq!(parse_hex_float("0x.p1"), Err(HexFloatError::Invalid));
    }
}
